"""Problems found in a data file, as data, with their messages in Dutch and English.

Validation never stops at the first problem: it collects an :class:`Issue` for each one (file, row,
column, the value, what is allowed) and raises a single :class:`DataFormatError` holding them all,
so a person can fix a file in one pass. The web app shows the same issues as a table; the CLI
prints :meth:`DataFormatError.render`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

ERROR = "error"
WARNING = "warning"

# Message templates per issue code: (Dutch, English). Placeholders are named, filled from params.
MESSAGES: dict[str, tuple[str, str]] = {
    "missing_file": (
        "Het verplichte bestand {file} ontbreekt.",
        "The required file {file} is missing.",
    ),
    "not_found": (
        "Er staat niets op {path}: geef een map met CSV-bestanden, een .zip of een .xlsx op.",
        "Nothing found at {path}: give a folder of CSV files, a .zip or an .xlsx.",
    ),
    "unsupported_source": (
        "{path} is geen map, .zip of .xlsx. Geef een map met CSV-bestanden, een .zip of een .xlsx op.",
        "{path} is not a folder, .zip or .xlsx. Give a folder of CSV files, a .zip or an .xlsx.",
    ),
    "unreadable_workbook": (
        "Het Excel-bestand kan niet geopend worden ({detail}). Is het een echt .xlsx-bestand?",
        "The Excel file cannot be opened ({detail}). Is it a real .xlsx file?",
    ),
    "bad_round_code": (
        "'{value}' is geen bruikbare rondecode: gebruik geen '/' en niet het woord 'import'.",
        "'{value}' is not a usable round code: use no '/' and not the word 'import'.",
    ),
    "too_large": (
        "Het bestand is te groot ({size}; ten hoogste {limit}).",
        "The file is too large ({size}; at most {limit}).",
    ),
    "zip_entries": (
        "Het zip-bestand bevat {count} bestanden; ten hoogste {limit} worden gelezen. Zet alleen "
        "de CSV-bestanden van de ronde in de zip.",
        "The zip file holds {count} files; at most {limit} are read. Put only the round's CSV "
        "files in the zip.",
    ),
    "zip_expands": (
        "Uitgepakt zou het zip-bestand {size} groot zijn; ten hoogste {limit} wordt gelezen.",
        "Unpacked, the zip file would be {size}; at most {limit} is read.",
    ),
    "zip_ratio": (
        "{entry} in het zip-bestand is {ratio} keer samengeperst: zo gedraagt een zip-bom zich, "
        "niet een gegevensbestand. Het bestand wordt niet gelezen.",
        "{entry} in the zip file is compressed {ratio} times: that is how a zip bomb behaves, not "
        "a data file. The file is not read.",
    ),
    "zip_entry_size": (
        "{entry} in het zip-bestand is groter dan het zelf opgeeft. Het bestand wordt niet gelezen.",
        "{entry} in the zip file is larger than it declares. The file is not read.",
    ),
    "xml_entities": (
        "Het Excel-bestand bevat een XML-declaratie die een echt .xlsx-bestand nooit heeft "
        "({entry}: DOCTYPE of ENTITY). Het wordt niet gelezen; bewaar het opnieuw vanuit Excel "
        "of LibreOffice.",
        "The Excel file holds an XML declaration a real .xlsx file never has ({entry}: DOCTYPE "
        "or ENTITY). It is not read; save it again from Excel or LibreOffice.",
    ),
    "not_a_workbook": (
        "Dit is geen echt .xlsx-bestand (het is geen zip). Bewaar het als Excel-werkmap (.xlsx) "
        "of als CSV.",
        "This is not a real .xlsx file (it is not a zip). Save it as an Excel workbook (.xlsx) "
        "or as CSV.",
    ),
    "cell_too_long": (
        "Rij {row}: een cel bevat {length} tekens; ten hoogste {limit} zijn toegestaan.",
        "Row {row}: a cell holds {length} characters; at most {limit} are allowed.",
    ),
    "unreadable_zip": (
        "Het zip-bestand kan niet geopend worden ({detail}).",
        "The zip file cannot be opened ({detail}).",
    ),
    "empty_file": (
        "Het bestand is leeg: er staat zelfs geen kopregel in.",
        "The file is empty: it does not even have a header row.",
    ),
    "no_rows": (
        "Het bestand heeft een kopregel maar geen enkele rij met gegevens.",
        "The file has a header row but no rows of data.",
    ),
    "encoding": (
        "Het bestand is niet in UTF-8 opgeslagen (onleesbare byte op rij {row}); het lijkt "
        "{guess}. Sla het in Excel op als 'CSV UTF-8 (door komma's gescheiden)'.",
        "The file is not saved as UTF-8 (unreadable byte on row {row}); it looks like {guess}. "
        "In Excel, save it as 'CSV UTF-8 (comma delimited)'.",
    ),
    "utf16": (
        "Het bestand is opgeslagen als UTF-16 ('Unicode-tekst' uit Excel). Het werd gelezen, maar "
        "sla het voortaan op als 'CSV UTF-8'.",
        "The file is saved as UTF-16 ('Unicode text' from Excel). It was read, but please save it "
        "as 'CSV UTF-8' next time.",
    ),
    "binary": (
        "Dit is geen tekstbestand (het bevat binaire gegevens). Is het misschien een Excel-bestand "
        "met de extensie .csv?",
        "This is not a text file (it holds binary data). Is it perhaps an Excel file named .csv?",
    ),
    "delimiter": (
        "De kolommen zijn gescheiden door '{delimiter}' in plaats van een komma; het bestand werd "
        "zo gelezen.",
        "Columns are separated by '{delimiter}' instead of a comma; the file was read that way.",
    ),
    "duplicate_header": (
        "De kolom '{column}' staat meer dan eens in de kopregel.",
        "The column '{column}' appears more than once in the header row.",
    ),
    "empty_header": (
        "Kolom {position} heeft geen naam in de kopregel.",
        "Column {position} has no name in the header row.",
    ),
    "missing_column": (
        "De verplichte kolom '{column}' ontbreekt. Verplicht zijn: {allowed}.",
        "The required column '{column}' is missing. Required are: {allowed}.",
    ),
    "unknown_column": (
        "De kolom '{column}' is onbekend en wordt genegeerd. Gekende kolommen: {allowed}.",
        "The column '{column}' is unknown and ignored. Known columns: {allowed}.",
    ),
    "ragged_row": (
        "Deze rij heeft {found} cellen, de kopregel {expected}. Staat er ergens een scheidingsteken "
        "of aanhalingsteken te veel?",
        "This row has {found} cells, the header {expected}. Is there a stray delimiter or quote?",
    ),
    "required_value": (
        "Deze cel mag niet leeg zijn.",
        "This cell must not be empty.",
    ),
    "unknown_code": (
        "'{value}' is geen geldige waarde. Toegelaten: {allowed}.",
        "'{value}' is not a valid value. Allowed: {allowed}.",
    ),
    "unknown_factor": (
        "'{value}' is geen gekende factor. Schrijf 'categorie:item' of enkel de categorie; "
        "categorieën: {allowed}.",
        "'{value}' is not a known factor. Write 'category:item' or just the category; "
        "categories: {allowed}.",
    ),
    "not_a_count": (
        "'{value}' is geen geheel getal van 0 of meer.",
        "'{value}' is not a whole number of 0 or more.",
    ),
    "not_a_score": (
        "'{value}' is geen geheel getal van {min} tot en met {max}.",
        "'{value}' is not a whole number from {min} to {max}.",
    ),
    "not_an_email": (
        "'{value}' is geen geldig e-mailadres.",
        "'{value}' is not a valid e-mail address.",
    ),
    "duplicate_row": (
        "Deze rij herhaalt rij {first} (zelfde {key}).",
        "This row repeats row {first} (same {key}).",
    ),
    "inconsistent_respondent": (
        "Respondent '{respondent}' heeft hier {column} '{value}', maar '{first_value}' op rij {first}.",
        "Respondent '{respondent}' has {column} '{value}' here, but '{first_value}' on row {first}.",
    ),
    "too_long": (
        "Deze waarde is {length} tekens lang; in deze kolom passen er hoogstens {max}.",
        "This value is {length} characters long; this column holds at most {max}.",
    ),
    "nul_character": (
        "Deze cel bevat een NUL-teken (code 0, onzichtbaar; vaak een spoor van een beschadigd of "
        "binair bestand). Verwijder het en lees het bestand opnieuw in.",
        "This cell holds a NUL character (code 0, invisible; often left by a damaged or binary "
        "file). Remove it and import the file again.",
    ),
    "formula": (
        "De cel begint met '{prefix}' en lijkt een formule; ze werd als gewone tekst bewaard.",
        "The cell starts with '{prefix}' and looks like a formula; it was kept as plain text.",
    ),
}

HEADINGS = {
    "nl": ("bestand", "rij", "kolom", "waarde", "probleem"),
    "en": ("file", "row", "column", "value", "problem"),
}


@dataclass(frozen=True, slots=True)
class Issue:
    """One problem in one place of a data file.

    ``row`` counts as a spreadsheet does: the header is row 1, the first data row is row 2; ``None``
    when the problem concerns the whole file. ``severity`` is ``"error"`` (the file is rejected) or
    ``"warning"`` (the file is accepted; the person is told).
    """

    file: str
    code: str
    row: int | None = None
    column: str | None = None
    value: str | None = None
    params: dict[str, object] = field(default_factory=dict)
    severity: str = ERROR

    def message(self, lang: str = "nl") -> str:
        nl, en = MESSAGES[self.code]
        template = en if lang == "en" else nl
        values = {"value": self.value, "column": self.column, "row": self.row, "file": self.file}
        return template.format(**{**values, **self.params})

    def as_row(self, lang: str = "nl") -> dict[str, object]:
        """The issue as a table row, keyed by the headings of ``lang``."""
        keys = HEADINGS.get(lang, HEADINGS["nl"])
        cells = (self.file, self.row, self.column, self.value, self.message(lang))
        return dict(zip(keys, cells, strict=True))


class DataFormatError(Exception):
    """A data file was rejected; ``issues`` lists every problem found (errors and warnings)."""

    def __init__(self, issues: Sequence[Issue]):
        self.issues = list(issues)
        errors = [issue for issue in self.issues if issue.severity == ERROR]
        super().__init__(f"{len(errors)} problem(s) in the data; first: {errors[0].message('en')}")

    @property
    def errors(self) -> list[Issue]:
        return [issue for issue in self.issues if issue.severity == ERROR]

    def render(self, lang: str = "nl", limit: int = 200) -> str:
        return render_issues(self.issues, lang, limit)


def render_issues(issues: Sequence[Issue], lang: str = "nl", limit: int = 200) -> str:
    """Issues as readable lines, errors first; at most ``limit`` lines, then how many more."""
    errors = sum(1 for issue in issues if issue.severity == ERROR)
    if lang == "en":
        noun = "problem" if errors == 1 else "problems"
        head = f"The data was rejected: {errors} {noun}." if errors else "The data was read."
    else:
        head = (
            f"De gegevens werden geweigerd: {errors} {'probleem' if errors == 1 else 'problemen'}."
            if errors
            else ("De gegevens werden ingelezen.")
        )
    ordered = sorted(issues, key=lambda i: (i.severity != ERROR, i.file, i.row or 0))
    lines = [head]
    for issue in ordered[:limit]:
        place = [issue.file]
        if issue.row is not None:
            place.append(("row " if lang == "en" else "rij ") + str(issue.row))
        if issue.column:
            place.append(("column " if lang == "en" else "kolom ") + issue.column)
        marker = "!" if issue.severity == WARNING else "-"
        lines.append(f"{marker} {', '.join(place)}: {issue.message(lang)}")
    if len(ordered) > limit:
        rest = len(ordered) - limit
        lines.append(f"... and {rest} more" if lang == "en" else f"... en nog {rest}")
    return "\n".join(lines)

"""The register's downloadable XLSX template, and reading it back filled in.

The template has the columns of ``actors.csv`` under readable headers (in the site's language), a
sheet that explains each column, and drop-down lists (data validation on a hidden sheet of
vocabulary labels) for type, sector and scope. The import recognises a filled-in template by its
sheet ``actoren``, maps the headers (Dutch, English or the format's own names) back to the format's
columns and hands the rows to the core's validation as a CSV would be: one path, every error at once.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date, datetime

from django.utils import translation
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _
from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from netwerkkaart.core import vocab
from netwerkkaart.core.vocab import normalise_key

SHEET = "actoren"  # the template's data sheet: also how the import recognises it
LISTS_SHEET = "lijsten"
ROWS_WITH_LISTS = 2000  # rows that get the drop-down lists


@dataclass(frozen=True)
class TemplateColumn:
    code: str  # the column of actors.csv
    header: Promise
    explanation: Promise
    required: bool = False
    vocabulary: vocab.Vocabulary | None = None
    width: int = 18


COLUMNS: tuple[TemplateColumn, ...] = (
    TemplateColumn("id", _("id"), _("Een vaste, unieke code per actor, bijvoorbeeld GG-HA-01. Een bestaande id werkt die actor bij."), True, width=14),
    TemplateColumn("name", _("naam"), _("De naam van de organisatie of persoon."), True, width=36),
    TemplateColumn("actor_type", _("type actor"), _("Kies uit de lijst."), vocabulary=vocab.RESPONDENT_TYPE, width=30),
    TemplateColumn("sector", _("sector"), _("Kies uit de lijst. Leeg laten mag: de actor telt dan als 'sector onbekend'."), vocabulary=vocab.SECTOR, width=20),
    TemplateColumn("category", _("categorie"), _("Vrije tekst, bijvoorbeeld huisartsen, CAW of buurtwerk."), width=22),
    TemplateColumn("location", _("locatie"), _("De gemeente, deelgemeente of wijk."), width=18),
    TemplateColumn("scope", _("werkgebied"), _("Kies uit de lijst: hoe ver het werk van de actor reikt."), vocabulary=vocab.SCOPE, width=20),
    TemplateColumn("employees", _("medewerkers"), _("Een geheel getal van 0 of meer."), width=14),
    TemplateColumn("clients", _("cliënten per jaar"), _("Het aantal personen dat per jaar geholpen wordt: een geheel getal."), width=16),
    TemplateColumn("email", _("e-mailadres"), _("Waar de uitnodiging voor een bevraging naartoe gaat. Alleen coördinatoren zien het."), width=28),
    TemplateColumn("contact", _("contactpersoon"), _("Aan wie de uitnodiging gericht is. Alleen coördinatoren zien het."), width=22),
)  # fmt: skip

HEADER_FILL = PatternFill("solid", fgColor="DCE9F5")


def template_workbook(lang: str = "nl") -> bytes:
    """The template as XLSX bytes, with headers, explanations and list labels in ``lang``."""
    book = Workbook()
    sheet = book.active
    sheet.title = SHEET
    for index, column in enumerate(COLUMNS, start=1):
        cell = sheet.cell(row=1, column=index, value=str(column.header))
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
        sheet.column_dimensions[get_column_letter(index)].width = column.width
    sheet.freeze_panes = "A2"

    lists = book.create_sheet(LISTS_SHEET)
    list_column = 0
    for index, column in enumerate(COLUMNS, start=1):
        if column.vocabulary is None:
            continue
        list_column += 1
        letter = get_column_letter(list_column)
        lists.cell(row=1, column=list_column, value=str(column.header))
        labels = [term.label(lang) for term in column.vocabulary]
        for row, label in enumerate(labels, start=2):
            lists.cell(row=row, column=list_column, value=label)
        choice = DataValidation(
            type="list",
            formula1=f"{LISTS_SHEET}!${letter}$2:${letter}${len(labels) + 1}",
            allow_blank=True,
            showErrorMessage=True,
            errorTitle=str(_("Kies uit de lijst")),
            error=str(_("Kies een waarde uit de keuzelijst.")),
        )
        target = get_column_letter(index)
        choice.add(f"{target}2:{target}{ROWS_WITH_LISTS + 1}")
        sheet.add_data_validation(choice)
    lists.sheet_state = "hidden"

    about = book.create_sheet(str(_("uitleg")))
    about.append([str(_("kolom")), str(_("verplicht")), str(_("wat u invult"))])
    for cell in about[1]:
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
    for column in COLUMNS:
        about.append([
            str(column.header),
            str(_("ja")) if column.required else str(_("nee")),
            str(column.explanation),
        ])  # fmt: skip
    about.append([])
    about.append(
        [
            "",
            "",
            str(
                _(
                    "Vul één actor per rij in op het blad 'actoren'. Lees het bestand daarna in via 'Register inlezen': bevat het een fout, dan wordt niets ingelezen en ziet u alle fouten samen."
                )
            ),
        ]
    )
    about.column_dimensions["A"].width = 20
    about.column_dimensions["B"].width = 10
    about.column_dimensions["C"].width = 90
    for row in about.iter_rows(min_row=2):
        row[2].alignment = Alignment(wrap_text=True, vertical="top")

    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def header_codes() -> dict[str, str]:
    """Every header the import understands (Dutch, English, the format's names) to its column."""
    known: dict[str, str] = {}
    for column in COLUMNS:
        known[normalise_key(column.code)] = column.code
        for language in ("nl-be", "en"):
            with translation.override(language):
                known[normalise_key(str(column.header))] = column.code
    return known


def is_template(path: str) -> bool:
    """Whether the workbook at ``path`` is a (filled-in) template: it has the sheet ``actoren``."""
    try:
        book = load_workbook(path, read_only=True)
    except Exception:  # not readable as a workbook: the core's reader says why
        return False
    try:
        return SHEET in book.sheetnames
    finally:
        book.close()


def template_as_csv(path: str) -> bytes:
    """The template's data sheet as ``actors.csv`` bytes: headers mapped to the format's columns
    (an unknown header is kept, as an extra attribute), cells as text."""
    book = load_workbook(path, read_only=True, data_only=True)
    try:
        rows = list(book[SHEET].iter_rows(values_only=True))
    finally:
        book.close()
    out = io.StringIO()
    writer = csv.writer(out)
    if not rows:
        return b""
    codes = header_codes()
    header = [_header(cell, codes) for cell in rows[0]]
    while header and not header[-1]:
        header.pop()
    writer.writerow(header)
    body = [[_text(cell) for cell in row[: len(header)]] for row in rows[1:]]
    # Trailing empty rows are dropped; an empty row in between stays, so every problem keeps the
    # row number the coordinator sees in Excel.
    while body and not any(body[-1]):
        body.pop()
    for cells in body:
        writer.writerow(cells + [""] * (len(header) - len(cells)))
    return out.getvalue().encode("utf-8")


def _header(cell: object, codes: dict[str, str]) -> str:
    text = _text(cell)
    return codes.get(normalise_key(text), text) if text else ""


def _text(cell: object) -> str:
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    if isinstance(cell, datetime | date):
        return cell.isoformat()
    return str(cell).strip()

"""Getting raw tables out of a folder of CSV files, a zip of them, or one XLSX workbook.

A *raw table* is the header and the rows of one file as text, before any validation. This module
deals with everything that can go wrong below the level of values: encodings (UTF-8 with or
without BOM, UTF-16 from Excel, Latin-1 by mistake), delimiters (a Dutch-language Excel writes
``;``), binary files named ``.csv``, empty files and ragged rows.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import polars as pl

from netwerkkaart.core.dataformat import limits
from netwerkkaart.core.dataformat.issues import WARNING, Issue

DELIMITERS = (",", ";", "\t")


@dataclass
class RawTable:
    """Header and cells of one file, before validation.

    ``cells`` has one String column per header position (``c0``, ``c1``, ...; null for an empty
    cell) and ``row``, the spreadsheet row number (header = 1; blank rows are dropped but still
    counted). ``ragged`` lists ``(row, cells found)`` for rows with more cells than the header.
    """

    name: str  # the logical file name, e.g. "ties.csv"
    header: list[str]
    cells: pl.DataFrame
    ragged: list[tuple[int, int]] = field(default_factory=list)

    @classmethod
    def from_rows(
        cls, name: str, header: list[str], rows: list[list[str]], numbers: list[int]
    ) -> RawTable:
        """Build from rows of text (the slow but exact path, used for workbooks and odd CSVs)."""
        width = len(header)
        ragged = [(n, len(r)) for r, n in zip(rows, numbers, strict=True) if len(r) > width]
        padded = [(r + [""] * width)[:width] for r in rows]
        columns = list(zip(*padded, strict=True)) if padded else [()] * width
        data: dict[str, list] = {f"c{i}": list(columns[i]) for i in range(width)}
        data["row"] = numbers
        frame = pl.DataFrame(
            data, schema={**{f"c{i}": pl.String for i in range(width)}, "row": pl.Int64}
        )
        frame = frame.with_columns(pl.col(f"c{i}").replace("", None) for i in range(width))
        return cls(name, header, frame, ragged)

    @property
    def height(self) -> int:
        return self.cells.height


def find_sources(path: Path, names: Iterable[str]) -> tuple[dict[str, RawTable], list[Issue]]:
    """Read the tables named ``names`` (without extension) from ``path``.

    Returns the tables found, keyed by name, and the issues met on the way (a file that could not
    be read gives an issue instead of a table).
    """
    wanted = list(names)
    if not path.exists():
        return {}, [Issue(path.name, "not_found", params={"path": str(path)})]
    if path.is_dir():
        found = {n: path / f"{n}.csv" for n in wanted if (path / f"{n}.csv").is_file()}
        total = sum(p.stat().st_size for p in found.values())
        if too_large := limits.file_too_large(path.name, total):
            return {}, [too_large]
        return _read_all({n: p.read_bytes() for n, p in found.items()})
    suffix = path.suffix.lower()
    if suffix == ".zip":
        return _from_zip(path, wanted)
    if suffix in (".xlsx", ".xlsm"):
        return _from_workbook(path, wanted)
    if suffix == ".csv":
        if too_large := limits.file_too_large(path.name, path.stat().st_size):
            return {}, [too_large]
        # A single CSV is taken as the ties file: the only required one.
        return _read_all({"ties": path.read_bytes()} if "ties" in wanted else {})
    return {}, [Issue(path.name, "unsupported_source", params={"path": str(path)})]


def _read_all(blobs: dict[str, bytes]) -> tuple[dict[str, RawTable], list[Issue]]:
    tables: dict[str, RawTable] = {}
    issues: list[Issue] = []
    for name, data in blobs.items():
        table, found = parse_csv_bytes(f"{name}.csv", data)
        issues.extend(found)
        if table is not None:
            long_cell = _first_long_cell(table)
            if long_cell is not None:
                issues.append(long_cell)
                continue
            tables[name] = table
    return tables, issues


def _first_long_cell(table: RawTable) -> Issue | None:
    """The first cell longer than the limit, checked column-wise on the parsed table."""
    limit = limits.DEFAULT_LIMITS.max_cell_chars
    columns = [c for c in table.cells.columns if c != "row"]
    if not columns or table.cells.is_empty():
        return None
    lengths = table.cells.select(
        "row", pl.max_horizontal(pl.col(columns).str.len_chars()).alias("longest")
    ).filter(pl.col("longest") > limit)
    if lengths.is_empty():
        return None
    row, length = lengths.row(0)
    return limits.cell_too_long(table.name, row, length)


def _from_zip(path: Path, wanted: list[str]) -> tuple[dict[str, RawTable], list[Issue]]:
    try:
        with zipfile.ZipFile(path) as archive:
            if refused := limits.zip_issues(path.name, archive):
                return {}, refused
            blobs: dict[str, bytes] = {}
            for info in archive.infolist():
                # Only the base name counts: a path inside the zip ("../../x.csv") is never
                # used as a path, nothing is extracted.
                stem = Path(info.filename).name.lower()
                if info.is_dir() or stem.startswith(("._", "~$")):
                    continue  # macOS resource forks and Office lock files are not data
                name = stem.removesuffix(".csv")
                if stem.endswith(".csv") and name in wanted and name not in blobs:
                    data = limits.read_entry(archive, info)
                    if data is None:
                        entry = {"entry": info.filename}
                        return {}, [Issue(path.name, "zip_entry_size", params=entry)]
                    blobs[name] = data
    except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError, ValueError) as error:
        return {}, [Issue(path.name, "unreadable_zip", params={"detail": str(error)})]
    return _read_all(blobs)


def _from_workbook(path: Path, wanted: list[str]) -> tuple[dict[str, RawTable], list[Issue]]:
    from openpyxl import load_workbook

    if not zipfile.is_zipfile(path):
        return {}, [Issue(path.name, "not_a_workbook")]
    try:
        with zipfile.ZipFile(path) as archive:
            refused = limits.zip_issues(path.name, archive) or limits.workbook_issues(
                path.name, archive
            )
    except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError, ValueError) as error:
        return {}, [
            Issue(path.name, "unreadable_workbook", params={"detail": type(error).__name__})
        ]
    if refused:
        return {}, refused
    try:
        # data_only=False: a formula is read as its text and never evaluated.
        workbook = load_workbook(path, read_only=True, data_only=False)
    except Exception as error:  # openpyxl raises many kinds for a broken or fake file
        return {}, [
            Issue(path.name, "unreadable_workbook", params={"detail": type(error).__name__})
        ]
    try:
        return _read_sheets(workbook, wanted)
    except Exception as error:  # the sheets are parsed lazily: a broken part fails here
        return {}, [
            Issue(path.name, "unreadable_workbook", params={"detail": type(error).__name__})
        ]
    finally:
        workbook.close()


def _read_sheets(workbook, wanted: list[str]) -> tuple[dict[str, RawTable], list[Issue]]:
    tables: dict[str, RawTable] = {}
    issues: list[Issue] = []
    limit = limits.DEFAULT_LIMITS.max_cell_chars
    sheets = {s.title.strip().lower().removesuffix(".csv"): s for s in workbook.worksheets}
    for name in wanted:
        sheet = sheets.get(name)
        if sheet is None:
            continue
        rows = [[_cell_text(v) for v in row] for row in sheet.iter_rows(values_only=True)]
        long_cell = next(
            ((n, len(c)) for n, r in enumerate(rows, 1) for c in r if len(c) > limit), None
        )
        if long_cell is not None:
            issues.append(limits.cell_too_long(f"{name} (sheet)", *long_cell))
            continue
        while rows and not any(rows[-1]):
            rows.pop()  # Excel often keeps formatted but empty rows at the bottom
        label = f"{name} (sheet)"
        if not rows:
            issues.append(Issue(label, "empty_file"))
            continue
        header = _trim_trailing_empty(rows[0])
        width = len(header)
        numbered = [(n, _fit(r, width)) for n, r in enumerate(rows[1:], start=2) if any(r)]
        tables[name] = RawTable.from_rows(
            label,
            [h.strip() for h in header],
            [r for _, r in numbered],
            [n for n, _ in numbered],
        )
    return tables, issues


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # Excel stores 12 as 12.0
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


def _trim_trailing_empty(row: list[str]) -> list[str]:
    end = len(row)
    while end and not row[end - 1].strip():
        end -= 1
    return row[:end]


def _fit(row: list[str], width: int) -> list[str]:
    # Cells beyond the header's width are kept only when they hold something (then: ragged).
    if len(row) > width and not any(cell.strip() for cell in row[width:]):
        return row[:width]
    return row + [""] * (width - len(row)) if len(row) < width else row


def decode(name: str, data: bytes) -> tuple[str | None, list[Issue]]:
    """Bytes to text: UTF-8 (BOM optional) or UTF-16 with BOM; anything else is refused clearly."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), [Issue(name, "utf16", severity=WARNING)]
        except UnicodeDecodeError:
            return None, [Issue(name, "binary")]
    if b"\x00" in data[:4096]:
        sample = data[:400]
        if sample[1::2].count(0) > len(sample) // 3 or sample[0::2].count(0) > len(sample) // 3:
            return _decode_utf16_without_bom(name, data)
        return None, [Issue(name, "binary")]
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError as error:
        row = data[: error.start].count(b"\n") + 1
        guess = "Windows-1252 of Latin-1" if _is_cp1252(data) else "een andere codering"
        return None, [Issue(name, "encoding", row=row, params={"row": row, "guess": guess})]


def _decode_utf16_without_bom(name: str, data: bytes) -> tuple[str | None, list[Issue]]:
    codec = "utf-16-le" if data[1:200:2].count(0) > data[0:200:2].count(0) else "utf-16-be"
    try:
        return data.decode(codec), [Issue(name, "utf16", severity=WARNING)]
    except UnicodeDecodeError:
        return None, [Issue(name, "binary")]


def _is_cp1252(data: bytes) -> bool:
    try:
        data.decode("cp1252")
    except UnicodeDecodeError:
        return False
    return True


def sniff_delimiter(header_line: str) -> str:
    """The delimiter of a header line: the candidate that splits it most (comma on a tie)."""
    counts = {d: len(next(csv.reader([header_line], delimiter=d))) for d in DELIMITERS}
    best = max(counts.values())
    return next(d for d in DELIMITERS if counts[d] == best)


def parse_csv_bytes(name: str, data: bytes) -> tuple[RawTable | None, list[Issue]]:
    """Parse one CSV file's bytes into a :class:`RawTable`, or say why it cannot be read."""
    text, issues = decode(name, data)
    if text is None:
        return None, issues
    text = text.lstrip("\ufeff")  # a BOM left over after UTF-16 decoding
    if not text.strip():
        return None, [*issues, Issue(name, "empty_file")]
    first_line = text.lstrip("\r\n").split("\n", 1)[0]
    delimiter = sniff_delimiter(first_line)
    if delimiter != ",":
        shown = "tab" if delimiter == "\t" else delimiter
        issues.append(Issue(name, "delimiter", params={"delimiter": shown}, severity=WARNING))
    # polars reads UTF-8 bytes; only a UTF-16 file has to be encoded anew.
    was_utf16 = any(issue.code == "utf16" for issue in issues)
    utf8 = text.encode("utf-8") if was_utf16 else data.removeprefix(b"\xef\xbb\xbf")
    table = _parse_fast(name, text, utf8, delimiter) or _parse_exact(name, text, delimiter)
    if table is None:
        return None, [*issues, Issue(name, "empty_file")]
    return table, issues


def _parse_fast(name: str, text: str, utf8: bytes, delimiter: str) -> RawTable | None:
    """Parse with polars (fast); ``None`` when the file needs the exact path (ragged rows etc.)."""
    try:
        frame = pl.read_csv(
            io.BytesIO(utf8),
            has_header=False,
            infer_schema=False,
            separator=delimiter,
            raise_if_empty=True,
        )
    except (pl.exceptions.ComputeError, pl.exceptions.NoDataError, pl.exceptions.ShapeError):
        return None
    width = frame.width
    frame = frame.rename({old: f"c{i}" for i, old in enumerate(frame.columns)})
    frame = frame.with_row_index("row", offset=1).with_columns(pl.col("row").cast(pl.Int64))
    header_row = frame.row(0)
    if header_row[0] != 1 or all(v is None for v in header_row[1:]):
        return None  # a leading blank line: leave the numbering to the exact path
    header = ["" if v is None else v.strip() for v in header_row[1:]]
    columns = [f"c{i}" for i in range(width)]
    blank = pl.all_horizontal(
        pl.col(c).is_null() | (pl.col(c).str.strip_chars() == "") for c in columns
    )
    cells = frame.slice(1).filter(~blank).select(*columns, "row")
    return RawTable(name, header, cells)


def _parse_exact(name: str, text: str, delimiter: str) -> RawTable | None:
    """Parse with the ``csv`` module, keeping exact row numbers and noting ragged rows."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[list[str]] = []
    numbers: list[int] = []
    for number, row in enumerate(reader, start=1):
        if any(cell.strip() for cell in row):
            rows.append(row)
            numbers.append(number)
    if not rows:
        return None
    header = [cell.strip() for cell in rows[0]]
    return RawTable.from_rows(name, header, rows[1:], numbers[1:])

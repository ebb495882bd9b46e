"""Writing tables to files people open in a spreadsheet: CSV, semicolon CSV, XLSX and Markdown.

Every table the product writes (the report's tables, measure lists, the open data format itself)
goes through here, so the same rules hold everywhere:

* text that a spreadsheet would evaluate as a formula (starting with ``=``, ``+``, ``-``, ``@``, a
  tab or a carriage return) is neutralised by a leading apostrophe — the OWASP advice against CSV
  injection. Numbers are written as numbers and are never touched;
* CSV is UTF-8 with a header row; ``csv`` uses commas, ``csv-semicolon`` semicolons (what a
  Dutch-language Excel opens directly) with a BOM so Excel detects UTF-8;
* XLSX has one sheet per table, a frozen, bold header row, widths fitted to the content and a
  number format per column (whole numbers without decimals, fractions with three).
"""

from __future__ import annotations

import csv
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import BinaryIO

import polars as pl

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
TABLE_FORMATS = ("csv", "csv-semicolon", "xlsx", "md")
MAX_SHEET_NAME = 31  # Excel's limit
INTEGER_FORMAT = "#,##0"
DECIMAL_FORMAT = "0.000"
PERCENT_FORMAT = "0%"  # a share of 0-1 as a whole percentage


def neutralise_formula(value: object) -> object:
    """Make a text cell safe to open in a spreadsheet; other values pass unchanged.

    >>> neutralise_formula("=1+1")
    "'=1+1"
    >>> neutralise_formula(-3)
    -3
    """
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def _cell(value: object) -> object:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return ";".join(str(v) for v in value)
    return neutralise_formula(value)


def rows_of(frame: pl.DataFrame) -> list[list[object]]:
    """The frame's rows with every cell made safe and list cells joined with ``;``."""
    return [[_cell(v) for v in row] for row in frame.iter_rows()]


def write_csv(frame: pl.DataFrame, path: Path, *, delimiter: str = ",", bom: bool = False) -> None:
    """Write ``frame`` as a CSV file with a header row, formula-safe."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8-sig" if bom else "utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter, lineterminator="\n")
        writer.writerow(frame.columns)
        writer.writerows(rows_of(frame))


def write_markdown(frame: pl.DataFrame, title: str | None = None) -> str:
    """Render ``frame`` as a Markdown table (numbers right-aligned)."""
    numeric = [dtype.is_numeric() for dtype in frame.dtypes]
    lines: list[str] = []
    if title:
        lines += [f"### {title}", ""]
    lines.append("| " + " | ".join(frame.columns) + " |")
    lines.append("|" + "|".join("---:" if n else "---" for n in numeric) + "|")
    for row in frame.iter_rows():
        cells = ["" if v is None else str(_cell(v)).replace("|", "\\|") for v in row]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def write_workbook(
    sheets: Mapping[str, pl.DataFrame],
    path: Path | BinaryIO,
    *,
    about: Sequence[tuple[str, object]] = (),
    number_formats: Mapping[str, Mapping[str, str | Sequence[str | None]]] | None = None,
    about_name: str = "about",
    wrap: bool = False,
) -> None:
    """Write one sheet per frame (sheet name = key), plus an optional "about" sheet first.

    Headers are bold and frozen, column widths fitted to the longest value (capped at 60).
    Numeric columns get :data:`INTEGER_FORMAT` or :data:`DECIMAL_FORMAT` by their type, unless
    ``number_formats[sheet][column]`` names another Excel format (e.g. ``"0%"``) or gives one
    format per row (a column mixing counts and shares). With ``wrap``, text longer than the
    widest column wraps inside its cell instead of running out of sight. ``path`` is a file path
    or an open binary file (e.g. ``io.BytesIO`` for a download).
    """
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    if isinstance(path, Path):
        path.parent.mkdir(parents=True, exist_ok=True)
    workbook = Workbook(write_only=False)
    workbook.remove(workbook.active)
    bold = Font(bold=True)
    if about:
        sheet = workbook.create_sheet(_sheet_name(about_name, []))
        for key, value in about:
            sheet.append([_cell(key), _cell(value)])
        for cell in sheet["A"]:
            cell.font = bold
        _fit_widths(sheet)
        if wrap:
            _wrap_long(sheet, Alignment(wrap_text=True, vertical="top"))
    for name, frame in sheets.items():
        sheet = workbook.create_sheet(_sheet_name(name, workbook.sheetnames))
        sheet.append(list(frame.columns))
        for cell in sheet[1]:
            cell.font = bold
        for row in rows_of(frame):
            sheet.append(row)
        sheet.freeze_panes = "A2"
        _fit_widths(sheet)
        if wrap:
            _wrap_long(sheet, Alignment(wrap_text=True, vertical="top"))
        _number_formats(sheet, frame, (number_formats or {}).get(name, {}))
    workbook.save(path)


def _number_formats(
    sheet, frame: pl.DataFrame, chosen: Mapping[str, str | Sequence[str | None]]
) -> None:
    for index, (column, dtype) in enumerate(frame.schema.items(), start=1):
        fmt = chosen.get(column)
        if fmt is None and dtype.is_numeric():
            fmt = INTEGER_FORMAT if dtype.is_integer() else DECIMAL_FORMAT
        if fmt is None:
            continue
        per_row = [fmt] * frame.height if isinstance(fmt, str) else list(fmt)
        cells = sheet.iter_rows(min_row=2, min_col=index, max_col=index)
        for (cell,), row_format in zip(cells, per_row, strict=False):
            if row_format and isinstance(cell.value, int | float):
                cell.number_format = row_format


def write_table(frame: pl.DataFrame, path: Path, fmt: str = "csv") -> Path:
    """Write one table in format ``fmt``; the file suffix is set from the format. Returns the path."""
    if fmt == "csv":
        target = path.with_suffix(".csv")
        write_csv(frame, target)
    elif fmt == "csv-semicolon":
        target = path.with_suffix(".csv")
        write_csv(frame, target, delimiter=";", bom=True)
    elif fmt == "xlsx":
        target = path.with_suffix(".xlsx")
        write_workbook({path.stem: frame}, target)
    elif fmt == "md":
        target = path.with_suffix(".md")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(write_markdown(frame), encoding="utf-8")
    else:
        raise ValueError(f"unknown table format {fmt!r}; expected one of {TABLE_FORMATS}")
    return target


def _sheet_name(name: str, taken: list[str]) -> str:
    clean = "".join("_" if ch in "[]:*?/\\" else ch for ch in name)[:MAX_SHEET_NAME] or "sheet"
    candidate, counter = clean, 2
    while candidate in taken:
        suffix = f"_{counter}"
        candidate = clean[: MAX_SHEET_NAME - len(suffix)] + suffix
        counter += 1
    return candidate


MAX_WIDTH = 60


def _wrap_long(sheet, alignment) -> None:
    for row in sheet.iter_rows():
        for cell in row:
            if isinstance(cell.value, str) and len(cell.value) > MAX_WIDTH:
                cell.alignment = alignment


def _fit_widths(sheet) -> None:
    widths: dict[str, int] = {}
    for row in sheet.iter_rows():
        for cell in row:
            length = len(str(cell.value)) if cell.value is not None else 0
            widths[cell.column_letter] = max(widths.get(cell.column_letter, 0), length)
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = min(max(width + 2, 8), MAX_WIDTH)

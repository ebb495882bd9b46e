"""Lists offered for download from a page: XLSX (one or more sheets) or semicolon CSV.

The cells go through :mod:`netwerkkaart.core.tabular` (formula-safe, frozen bold headers, fitted
widths, number formats). The CSV is what a Dutch-language Excel opens with a double click:
semicolons, UTF-8 with a byte order mark, one header row.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping, Sequence

import polars as pl
from django.http import HttpResponse

from netwerkkaart.core.tabular import rows_of, write_workbook

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CSV = "text/csv; charset=utf-8"


def attachment(response: HttpResponse, filename: str) -> HttpResponse:
    """Mark ``response`` as a download named ``filename``."""
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def xlsx_response(
    sheets: Mapping[str, pl.DataFrame],
    filename: str,
    *,
    about: Sequence[tuple[str, object]] = (),
    about_name: str = "about",
    number_formats: Mapping[str, Mapping[str, str | Sequence[str | None]]] | None = None,
) -> HttpResponse:
    """``sheets`` as an XLSX download, with an optional about sheet first."""
    buffer = io.BytesIO()
    write_workbook(sheets, buffer, about=about, about_name=about_name,
                   number_formats=number_formats, wrap=True)  # fmt: skip
    return attachment(HttpResponse(buffer.getvalue(), content_type=XLSX), filename)


def csv_text(frame: pl.DataFrame) -> str:
    """``frame`` as semicolon CSV with a BOM, formula-safe."""
    text = io.StringIO()
    writer = csv.writer(text, delimiter=";", lineterminator="\r\n")
    writer.writerow(frame.columns)
    writer.writerows(rows_of(frame))
    return "\ufeff" + text.getvalue()


def csv_response(frame: pl.DataFrame, filename: str) -> HttpResponse:
    """``frame`` as a semicolon CSV download."""
    return attachment(HttpResponse(csv_text(frame), content_type=CSV), filename)

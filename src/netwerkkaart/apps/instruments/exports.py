"""A session's results as a workbook and as a PDF page (through the reports' PDF machinery)."""

from __future__ import annotations

import io

import polars as pl
from django.template.loader import render_to_string

from netwerkkaart.apps.instruments.models import InstrumentSession
from netwerkkaart.apps.instruments.results import session_result
from netwerkkaart.apps.instruments.services import instrument_of
from netwerkkaart.core.tabular import write_workbook
from netwerkkaart.web.pdf import html_to_pdf, made_on

SPREAD_COLUMNS = ("n", "minimum", "q1", "median", "q3", "maximum", "mean")


def _row(distribution) -> dict:
    return {column: getattr(distribution, column) for column in SPREAD_COLUMNS}


def session_workbook(session: InstrumentSession, lang: str) -> bytes:
    """Sheets ``items`` (widest disagreement first), ``dimensions`` and ``outcomes``; an about
    sheet with the instrument, network, date, number of participants and the threshold. A group
    below the threshold gets the about sheet only."""
    instrument = instrument_of(session)
    result = session_result(session)
    sheets: dict[str, pl.DataFrame] = {}
    if not result.suppressed:
        sheets["items"] = pl.DataFrame([
            {"item": s.id, "label": instrument.item(s.id).label.get(lang),
             "dimension": s.dimension, **_row(s.distribution),
             "counts": "; ".join(f"{k}: {v}" for k, v in s.distribution.counts.items())}
            for s in result.items
        ])  # fmt: skip
        sheets["dimensions"] = pl.DataFrame([
            {"dimension": s.id, "label": instrument.dimension(s.id).label.get(lang),
             **_row(s.distribution)}
            for s in result.dimensions
        ])  # fmt: skip
        if instrument.outcomes:
            sheets["outcomes"] = pl.DataFrame([
                {"outcome": o.id, "label": o.label.get(lang),
                 "participants": result.outcomes.get(o.id, 0)}
                for o in instrument.outcomes
            ])  # fmt: skip
    about = [
        ("instrument", instrument.title.get(lang)), ("version", instrument.version),
        ("source", instrument.reference), ("network", session.network),
        ("date", session.held_on.isoformat()), ("participants", result.participants),
        ("min_group", result.min_group), ("made", made_on(lang)),
    ]  # fmt: skip
    buffer = io.BytesIO()
    write_workbook(sheets, buffer, about=about)
    return buffer.getvalue()


def session_pdf(session: InstrumentSession, context: dict) -> bytes:
    """One or more A4 pages: the picture, the spread per dimension and item, the advice."""
    html = render_to_string("instruments/session_pdf.html", {**context, "made": made_on("nl")})
    return html_to_pdf(html)

"""A session's results as a workbook and as a PDF page (through the reports' PDF machinery).

The workbook speaks the facilitator's language: sheet names, headers and answers as labels,
scores rounded to two decimals as on the results page, an "Uitleg" sheet first with the
instrument, the network, the date, the number of participants and the privacy rule. A group
below the minimum gets the "Uitleg" sheet only, as the page shows no results for it.
"""

from __future__ import annotations

import io

from django.template.loader import render_to_string
from django.utils import translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from netwerkkaart.apps.instruments.models import InstrumentSession
from netwerkkaart.apps.instruments.results import earlier_session, session_result
from netwerkkaart.apps.instruments.services import instrument_of
from netwerkkaart.core.questionnaire.aggregates import Distribution
from netwerkkaart.core.reflection import GroupResult, Instrument, compare_sessions
from netwerkkaart.core.tabular import write_workbook
from netwerkkaart.web.pdf import html_to_pdf, made_on
from netwerkkaart.web.sheets import COUNT, Sheet, frame_of

SCORE = "General"  # 3 and 2,88 as the page prints them (at most two decimals)
SPREAD = ("minimum", "q1", "median", "q3", "maximum", "mean")


def _score(value: float | None) -> float | None:
    return None if value is None else round(float(value), 2)


def _spread_columns() -> list[str]:
    return [_("Aantal antwoorden"), _("Minimum"), _("Eerste kwartiel"), _("Mediaan"),
            _("Derde kwartiel"), _("Maximum"), _("Gemiddelde")]  # fmt: skip


def _spread(distribution: Distribution) -> list[object]:
    return [distribution.n, *(_score(getattr(distribution, c)) for c in SPREAD)]


def _spread_formats(columns: list[str]) -> dict[str, str]:
    return {columns[0]: COUNT, **{c: SCORE for c in columns[1:]}}


def _answers(instrument: Instrument, item_id: str, distribution: Distribution, lang: str) -> str:
    labels = {o.code: o.label.get(lang) for o in instrument.item(item_id).options}
    labels.update({"true": _("ja"), "false": _("nee")})
    return "; ".join(f"{labels.get(code, code)}: {n}" for code, n in distribution.counts.items())


def result_sheets(instrument: Instrument, result: GroupResult, lang: str,
                  earlier: GroupResult | None = None) -> list[Sheet]:  # fmt: skip
    """The result's sheets in order; none for a group below the minimum."""
    if result.suppressed:
        return []
    spread = _spread_columns()
    items = [_("Uitspraak"), _("Dimensie"), *spread, _("Antwoorden (aantal deelnemers)")]
    sheets = [Sheet(
        _("Uitspraken"), _("Per uitspraak de spreiding van de antwoorden, grootste spreiding "
                           "eerst, en hoeveel deelnemers elk antwoord gaven."),
        frame_of(items, [[instrument.item(s.id).label.get(lang),
                          instrument.dimension(s.dimension).label.get(lang),
                          *_spread(s.distribution),
                          _answers(instrument, s.id, s.distribution, lang)]
                         for s in result.items]),
        _spread_formats(spread),
    )]  # fmt: skip
    dimensions = [_("Dimensie"), *spread]
    sheets.append(Sheet(
        _("Dimensies"), _("Per dimensie de spreiding van de scores van de deelnemers."),
        frame_of(dimensions, [[instrument.dimension(s.id).label.get(lang), *_spread(s.distribution)]
                              for s in result.dimensions]),
        _spread_formats(spread),
    ))  # fmt: skip
    if instrument.outcomes:
        columns = [_("Advies"), _("Deelnemers"), _("Toelichting")]
        sheets.append(Sheet(
            _("Advies"), _("Hoeveel deelnemers elk advies kregen, met de uitleg van het advies."),
            frame_of(columns, [[o.label.get(lang), result.outcomes.get(o.id, 0),
                                o.advice.get(lang) if o.advice else ""]
                               for o in instrument.outcomes]),
            {columns[1]: COUNT},
        ))  # fmt: skip
    if earlier is not None and not earlier.suppressed:
        labels = {d.id: d.label.get(lang) for d in instrument.dimensions}
        columns = [_("Dimensie"), _("Mediaan toen"), _("Mediaan nu"), _("Verschil")]
        sheets.append(Sheet(
            _("Vergelijking"), _("Per dimensie de mediaan van de vorige sessie van dit "
                                 "instrument en netwerk tegenover deze."),
            frame_of(columns, [[labels.get(c.id, c.id), _score(c.median_before),
                                _score(c.median_after), _score(c.median_change)]
                               for c in compare_sessions(earlier, result)]),
            {c: SCORE for c in columns[1:]},
        ))  # fmt: skip
    return sheets


def session_workbook(session: InstrumentSession, lang: str) -> bytes:
    """The session's results as XLSX bytes, in ``lang`` (see the module's note)."""
    instrument = instrument_of(session)
    result = session_result(session)
    earlier = earlier_session(session)
    earlier_result = session_result(earlier) if earlier is not None else None
    with translation.override(lang):
        sheets = result_sheets(instrument, result, lang, earlier_result)
        about: list[tuple[str, object]] = [
            (_("Instrument"), instrument.title.get(lang)),
            (_("Versie"), instrument.version),
            (_("Bron"), instrument.reference),
            (_("Netwerk"), session.network),
            (_("Datum"), date_format(session.held_on, "DATE_FORMAT")),
            (_("Deelnemers"), result.participants),
            (_("Privacy"), _("Resultaten verschijnen pas vanaf %(n)d deelnemers: in een kleinere "
                             "groep zou één antwoord te herkennen zijn.") % {"n": result.min_group}),
            (_("Gemaakt op"), made_on(lang)),
        ]  # fmt: skip
        if result.suppressed:
            about.append((_("Resultaten"), _("Nog te weinig deelnemers om resultaten te tonen.")))
        else:
            about += [("", ""), (_("Blad"), _("Wat het bevat"))]
            about += [(sheet.name, sheet.holds) for sheet in sheets]
        about_name = _("Uitleg")
    buffer = io.BytesIO()
    write_workbook({s.name: s.frame for s in sheets}, buffer, about=about, about_name=about_name,
                   number_formats={s.name: s.formats for s in sheets}, wrap=True)  # fmt: skip
    return buffer.getvalue()


def session_pdf(session: InstrumentSession, context: dict) -> bytes:
    """One or more A4 pages: the picture, the spread per dimension and item, the advice."""
    html = render_to_string("instruments/session_pdf.html", {**context, "made": made_on("nl")})
    return html_to_pdf(html)

"""The round report (PDF) and workbook (XLSX): gathered from the figures, rendered, returned.

Used by the dashboard's download buttons and by ``netwerkkaart report`` alike, so a report made
from the command line on a data file is the same document as the one made on the site.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

import numpy as np
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from netwerkkaart.apps.dashboard import presenters
from netwerkkaart.apps.reports.comparison import comparison_context
from netwerkkaart.apps.reports.pictures import comparison_map_svg, round_map_svg
from netwerkkaart.core.advice import figure_set
from netwerkkaart.core.advice.render import change_dict, recommendation_dict
from netwerkkaart.core.advice.rounds import advice_over_time
from netwerkkaart.core.compare.rounds import RoundComparison
from netwerkkaart.core.export.workbook import write_round_workbook
from netwerkkaart.core.figures import RoundFigures
from netwerkkaart.core.network.findings import format_share
from netwerkkaart.core.network.layout import layout_positions
from netwerkkaart.web.pdf import html_to_pdf, made_on

QUESTION_NAMES = {
    "finality": _("Finaliteit"),
    "frequency": _("Frequentie"),
    "evaluation": _("Evaluatie van het verloop"),
    "evolution": _("Gewenste evolutie"),
    "level": _("Niveau"),
    "scale": _("Schaal"),
    "stimulating": _("Stimulerende factoren"),
    "inhibiting": _("Belemmerende factoren"),
}


@dataclass(frozen=True)
class ReportRequest:
    """What a report is about and for whom.

    Attributes
    ----------
    workspace_name
        The ecosystem, printed on the title page.
    figures
        The round's figures (dashboard and map show the same).
    lang
        ``nl`` or ``en``.
    names
        Whether the reader may see actors' names; otherwise categories, as on the dashboard.
    comparison
        The comparison with an earlier round, with that round's figures, or ``None``.
    survey
        Invited, not started, halfway and finished, when the round ran on the site.
    positions
        The map's layout when already computed (the site caches it); computed otherwise.
    advice
        The round's recommendations and their changes since the compared round (the site's,
        with trust and group sessions); from the figures alone when ``None``.
    """

    workspace_name: str
    figures: RoundFigures
    lang: str = "nl"
    names: bool = False
    comparison: tuple[RoundComparison, RoundFigures] | None = None
    survey: dict[str, int] | None = None
    positions: np.ndarray | None = None
    advice: tuple[list, list] | None = None


def report_html(request: ReportRequest) -> str:
    """The report as one HTML document with its print stylesheet (what the PDF is made of)."""
    with translation.override(request.lang):
        return render_to_string("reports/round_report.html", _context(request))


def report_pdf(request: ReportRequest) -> bytes:
    """The round report as a tagged A4 PDF."""
    return html_to_pdf(report_html(request))


def report_workbook(request: ReportRequest) -> bytes:
    """The round's tables and measure lists as an XLSX workbook (see the core's workbook)."""
    buffer = io.BytesIO()
    figures = request.figures
    recommendations, _changes = _advice(request)
    advice = [recommendation_dict(r, request.lang, names=request.names) for r in recommendations]
    write_round_workbook(
        figures.tables, figures.network, buffer, workspace=request.workspace_name,
        made=made_on(request.lang), lang=request.lang, names=request.names, advice=advice,
    )  # fmt: skip
    return buffer.getvalue()


def _advice(request: ReportRequest) -> tuple[list, list]:
    """The request's advice, or the core's from the figures (and the compared round's)."""
    if request.advice is not None:
        return request.advice
    figures = request.figures
    now = figure_set(figures.network, figures.tables, wishes=figures.wishes,
                     robustness=figures.robustness, perception=figures.perception,
                     targets=figures.targets)  # fmt: skip
    before = None
    if request.comparison is not None:
        earlier = request.comparison[1]
        before = figure_set(earlier.network, earlier.tables, wishes=earlier.wishes,
                            perception=earlier.perception, targets=earlier.targets)  # fmt: skip
    return advice_over_time(now, before)


def _context(request: ReportRequest) -> dict:
    figures, lang, names = request.figures, request.lang, request.names
    positions = request.positions
    if positions is None:
        positions = layout_positions(figures.network.graph)
    context = presenters.dashboard_context(figures, lang, names=names)
    dropout = figures.dropout
    map_svg, map_key = round_map_svg(figures, positions, lang, names=names)
    context.update({
        "workspace_name": request.workspace_name,
        "round_code": figures.round_code,
        "made": made_on(lang),
        "lang_code": "en" if lang == "en" else "nl-BE",
        "map_svg": map_svg,
        "map_key": map_key,
        "dropout": [
            {"question": str(QUESTION_NAMES.get(q, q)), "key": q, "answered": a, "ties": t,
             "share": None if s is None else format_share(s, lang), "respondents": r}
            for q, a, t, s, r in dropout.select(
                "question", "ties_answered", "ties", "share", "respondents_answered"
            ).iter_rows()
        ],
        "survey": request.survey,
        "printed": True,  # tables under their picture are printed unfolded
    })  # fmt: skip
    recommendations, changes = _advice(request)
    context["advice"] = [recommendation_dict(r, lang, names=names) for r in recommendations]
    context["advice_changes"] = [change_dict(c, lang) for c in changes]
    if request.comparison is not None:
        comparison, before = request.comparison
        context["comparison"] = comparison_context(comparison, lang, names=names)
        context["comparison_svg"], context["comparison_key"] = comparison_map_svg(
            comparison, before.network, figures.network, lang, names=names
        )
    return context

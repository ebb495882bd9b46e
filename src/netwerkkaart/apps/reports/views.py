"""Downloads of a round's report (PDF) and workbook (XLSX), and the comparison of two rounds."""

from __future__ import annotations

import io

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe
from django_scopes import scope

from netwerkkaart.apps.reports.comparison import (
    comparison_context,
    small_multiples,
    workspace_comparison,
)
from netwerkkaart.apps.reports.documents import (
    ReportRequest,
    report_pdf,
    report_workbook,
)
from netwerkkaart.apps.reports.pictures import comparison_map_svg
from netwerkkaart.apps.reports.workbook import coordinator_workbook
from netwerkkaart.apps.rounds.figures import (
    figures_key,
    previous_round,
    round_figures,
    round_layout,
    rounds_with_answers,
)
from netwerkkaart.apps.rounds.models import Round
from netwerkkaart.apps.workspaces.choices import vocab_language
from netwerkkaart.apps.workspaces.models import Workspace
from netwerkkaart.apps.workspaces.tenancy import require_role
from netwerkkaart.core.advice.render import recommendation_dict
from netwerkkaart.core.export.workbook import write_comparison_workbook
from netwerkkaart.core.figures import RoundFigures
from netwerkkaart.web.pdf import PdfUnavailable, made_on

PDF = "application/pdf"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _figures(workspace: Workspace, code: str) -> RoundFigures:
    try:
        key = figures_key(workspace, code)
    except Round.DoesNotExist as missing:
        raise Http404("no such round") from missing
    return round_figures(workspace, code, key=key)


def _survey_counts(workspace: Workspace, code: str) -> dict[str, int] | None:
    from netwerkkaart.apps.surveys.closing import follow_up
    from netwerkkaart.apps.surveys.models import SurveyRound

    with scope(workspace=workspace):
        survey = SurveyRound.objects.filter(round__workspace=workspace, round__code=code).first()
    if survey is None:
        return None
    # A report is read beyond the coordinators: the same rule as for an analyst or a viewer.
    total = follow_up(survey).protected(workspace.min_group).total
    if total.suppressed:
        return None
    return {"invited": total.invited, "not_started": total.not_started,
            "halfway": total.halfway, "finished": total.finished}  # fmt: skip


def _report_request(request: HttpRequest, code: str) -> ReportRequest:
    workspace = request.workspace
    figures = _figures(workspace, code)
    names = request.membership.sees_names
    comparison = None
    earlier = previous_round(workspace, code)
    if earlier is not None:
        before = _figures(workspace, earlier)
        comparison = (workspace_comparison(workspace, before, figures), before)
    return ReportRequest(
        workspace_name=workspace.name,
        figures=figures,
        lang=vocab_language(),
        names=names,
        comparison=comparison,
        survey=_survey_counts(workspace, code),
        positions=round_layout(figures),
        advice=_site_advice(workspace, code),
    )


def _site_advice(workspace: Workspace, code: str) -> tuple[list, list]:
    # The advice app's (cached, with trust and group sessions); imported here: it imports us.
    from netwerkkaart.apps.advice.recommendations import round_advice

    advice = round_advice(workspace, code)
    return advice.recommendations, advice.changes


def _download(content: bytes, content_type: str, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def _filename(request: HttpRequest, code: str, suffix: str, tail: str = "") -> str:
    return f"netwerkkaart-{slugify(request.workspace.slug)}-{slugify(code)}{tail}.{suffix}"


@require_role("viewer")
@require_safe
def round_pdf(request: HttpRequest, workspace: str, code: str) -> HttpResponse:
    try:
        content = report_pdf(_report_request(request, code))
    except PdfUnavailable as error:
        return HttpResponse(str(error), status=503, content_type="text/plain; charset=utf-8")
    return _download(content, PDF, _filename(request, code, "pdf"))


@require_role("viewer")
@require_safe
def round_xlsx(request: HttpRequest, workspace: str, code: str) -> HttpResponse:
    """The coordinator's workbook: the dashboard's figures with labels, in the reader's language."""
    lang, names = vocab_language(), request.membership.sees_names
    figures = _figures(request.workspace, code)  # 404 for an unknown round
    recommendations, _changes = _site_advice(request.workspace, code)
    content = coordinator_workbook(
        figures, workspace=request.workspace.name, made=made_on(lang),
        lang=lang, names=names,
        advice=[recommendation_dict(r, lang, names=names) for r in recommendations],
    )  # fmt: skip
    return _download(content, XLSX, _filename(request, code, "xlsx"))


@require_role("viewer")
@require_safe
def research_xlsx(request: HttpRequest, workspace: str, code: str) -> HttpResponse:
    """The researcher's workbook: the same figures with the codes of the open data format."""
    report = ReportRequest(
        workspace_name=request.workspace.name,
        figures=_figures(request.workspace, code),
        lang=vocab_language(),
        names=request.membership.sees_names,
        advice=_site_advice(request.workspace, code),
    )
    return _download(report_workbook(report), XLSX, _filename(request, code, "xlsx", "-codes"))


def _chosen_rounds(request: HttpRequest, codes: list[str]) -> tuple[str, str]:
    before = request.GET.get("van") or codes[-2]
    after = request.GET.get("naar") or codes[-1]
    if before not in codes or after not in codes:
        raise Http404("no such round")
    return before, after


@require_role("viewer")
@require_safe
def compare_xlsx(request: HttpRequest, workspace: str) -> HttpResponse:
    """Every changed tie, measure and table figure of two rounds, as a workbook."""
    codes = rounds_with_answers(request.workspace)
    if len(codes) < 2:
        raise Http404("nothing to compare")
    before, after = _chosen_rounds(request, codes)
    if before == after:
        raise Http404("the same round twice")
    comparison = workspace_comparison(
        request.workspace, _figures(request.workspace, before), _figures(request.workspace, after)
    )
    buffer = io.BytesIO()
    lang = vocab_language()
    write_comparison_workbook(
        comparison, buffer, workspace=request.workspace.name, made=made_on(lang), lang=lang,
        names=request.membership.sees_names,
    )  # fmt: skip
    filename = (
        f"netwerkkaart-{slugify(request.workspace.slug)}-{slugify(before)}-{slugify(after)}.xlsx"
    )
    return _download(buffer.getvalue(), XLSX, filename)


@require_role("viewer")
@require_safe
def compare(request: HttpRequest, workspace: str) -> HttpResponse:
    """Two rounds side by side; by default the two latest rounds with answers."""
    codes = rounds_with_answers(request.workspace)
    context: dict[str, object] = {"codes": codes}
    if len(codes) < 2:
        return render(request, "reports/compare.html", context)
    before, after = _chosen_rounds(request, codes)
    context.update({"before": before, "after": after})
    if before == after:
        context["same"] = True
        return render(request, "reports/compare.html", context)
    lang, names = vocab_language(), request.membership.sees_names
    figures_a = _figures(request.workspace, before)
    figures_b = _figures(request.workspace, after)
    comparison = workspace_comparison(request.workspace, figures_a, figures_b)
    svg, key = comparison_map_svg(
        comparison, figures_a.network, figures_b.network, lang, names=names
    )
    context.update({
        "comparison": comparison_context(comparison, lang, names=names),
        "comparison_svg": svg,
        "comparison_key": key,
        "multiples": small_multiples(figures_a, figures_b, lang),
        "title": _("Ronde %(before)s en %(after)s vergeleken") % {"before": before,
                                                                 "after": after},
    })  # fmt: skip
    return render(request, "reports/compare.html", context)

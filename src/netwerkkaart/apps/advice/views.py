"""The advice page of a round: every recommendation by priority, with a filter by sector."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_safe

from netwerkkaart.apps.advice import recommendations
from netwerkkaart.apps.rounds.figures import filter_options, latest_round_code
from netwerkkaart.apps.rounds.models import Round
from netwerkkaart.apps.workspaces.choices import vocab_language
from netwerkkaart.apps.workspaces.tenancy import require_role
from netwerkkaart.core import vocab
from netwerkkaart.core.advice.render import change_dict, recommendation_dict


@require_role("viewer")
@require_safe
def latest(request: HttpRequest, workspace: str) -> HttpResponse:
    code = latest_round_code(request.workspace)
    if code is None:
        return render(request, "dashboard/no_rounds.html")
    return redirect("advice:round", workspace=workspace, code=code)


@require_role("viewer")
@require_safe
def round_advice(request: HttpRequest, workspace: str, code: str) -> HttpResponse:
    lang, names = vocab_language(), request.membership.sees_names
    try:
        _locations, sectors = filter_options(request.workspace, code)
        advice = recommendations.round_advice(request.workspace, code)
    except Round.DoesNotExist as missing:
        raise Http404("no such round") from missing
    sector = request.GET.get("sector") or None
    if sector not in sectors:
        sector = None
    records = [recommendation_dict(r, lang, names=names) for r in advice.recommendations]
    if sector is not None:
        # A recommendation about that sector, or about the network as a whole (no sector named).
        records = [r for r in records if sector in r["sector_codes"] or not r["sector_codes"]]
    context = {
        "round_code": code,
        "rounds": Round.objects.filter(workspace=request.workspace).values_list("code", flat=True),
        "recommendations": records,
        "has_earlier": advice.earlier_round is not None,
        "earlier_round": advice.earlier_round,
        "changes": [change_dict(c, lang) for c in advice.changes],
        "sector": sector,
        "sector_label": vocab.SECTOR.label(sector, lang) if sector else "",
        "sector_choices": [(c, vocab.SECTOR.label(c, lang)) for c in sectors],
        "running_survey": Round.objects.filter(
            workspace=request.workspace, code=code, source="survey", status="open"
        ).exists(),
    }
    return render(request, "advice/round.html", context)

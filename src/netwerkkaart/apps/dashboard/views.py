"""The dashboard of a round: findings, the report's tables, network measures and lists."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_safe

from netwerkkaart.apps.dashboard import presenters
from netwerkkaart.apps.dashboard.figures import latest_round_code, round_figures
from netwerkkaart.apps.dashboard.forms import FilterForm
from netwerkkaart.apps.rounds.models import Round
from netwerkkaart.apps.rounds.views import issue_language
from netwerkkaart.apps.workspaces.tenancy import require_role


@require_role("viewer")
@require_safe
def latest(request: HttpRequest, workspace: str) -> HttpResponse:
    code = latest_round_code(request.workspace)
    if code is None:
        return render(request, "dashboard/no_rounds.html")
    return redirect("dashboard:round", workspace=workspace, code=code)


@require_role("viewer")
@require_safe
def round_dashboard(request: HttpRequest, workspace: str, code: str) -> HttpResponse:
    lang = issue_language()
    try:
        overall = round_figures(request.workspace, code)
    except Round.DoesNotExist as missing:
        raise Http404("no such round") from missing
    form = FilterForm(
        request.GET or None, locations=overall.locations, sectors=overall.sectors, lang=lang
    )
    location, sector = form.selection()
    figures = (
        overall
        if location is None and sector is None
        else round_figures(request.workspace, code, location=location, sector=sector)
    )
    context = {
        "round_code": code,
        "rounds": Round.objects.filter(workspace=request.workspace).values_list("code", flat=True),
        "form": form,
        "filtered": location is not None or sector is not None,
        **presenters.dashboard_context(figures, lang, names=request.membership.sees_names),
    }
    if request.headers.get("HX-Request"):
        return render(request, "dashboard/_content.html", context)
    return render(request, "dashboard/round.html", context)

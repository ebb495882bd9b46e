"""The dashboard of a round: findings, the report's tables, network measures and lists."""

from __future__ import annotations

from django.contrib import messages
from django.core.cache import cache
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST, require_safe

from netwerkkaart.apps.dashboard import presenters
from netwerkkaart.apps.dashboard.forms import FilterForm
from netwerkkaart.apps.rounds.figures import (
    CACHE_SECONDS,
    figures_key,
    filter_options,
    latest_round_code,
    round_figures,
)
from netwerkkaart.apps.rounds.models import Round
from netwerkkaart.apps.workspaces.choices import vocab_language
from netwerkkaart.apps.workspaces.services import set_perception_pairs
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
    lang = vocab_language()
    try:
        locations, sectors = filter_options(request.workspace, code)
    except Round.DoesNotExist as missing:
        raise Http404("no such round") from missing
    form = FilterForm(request.GET or None, locations=locations, sectors=sectors, lang=lang)
    location, sector = form.selection()
    content = _content(request, code, location, sector, lang)
    if request.headers.get("HX-Request"):
        return HttpResponse(content)
    running = Round.objects.filter(
        workspace=request.workspace, code=code, source="survey", status="open"
    ).exists()
    context = {
        "round_code": code,
        "rounds": Round.objects.filter(workspace=request.workspace).values_list("code", flat=True),
        "form": form,
        "content": content,
        # A round answered on the site gets its figures when it closes; say so instead of zeros.
        "running_survey": running,
        # The recommendations read the whole round: beside a filtered page they would read as
        # being about the filter (the advice page filters them by sector itself).
        "advice_top": [] if running or location or sector else _advice_top(request, code),
    }
    return render(request, "dashboard/round.html", context)


def _advice_top(request: HttpRequest, code: str) -> list[dict]:
    """The round's first three recommendations (the advice app caches them)."""
    from netwerkkaart.apps.advice.recommendations import top_recommendations

    return top_recommendations(request.workspace, code, sees_names=request.membership.sees_names)


def _content(
    request: HttpRequest, code: str, location: str | None, sector: str | None, lang: str
) -> str:
    """The figures part of the page, rendered once per figures, language and name visibility.

    It depends on nothing else (no user, no URL), and rendering it is most of a page view: under
    many readers it comes from the cache, without even loading the (large) figures.
    """
    names = request.membership.sees_names
    key = figures_key(request.workspace, code, location=location, sector=sector)
    content_key = f"{key}:content:{lang}:{int(names)}"
    content = cache.get(content_key)
    if content is None:
        figures = round_figures(request.workspace, code, location=location, sector=sector, key=key)
        context = {
            "filtered": location is not None or sector is not None,
            **presenters.dashboard_context(figures, lang, names=names),
        }
        content = str(render_to_string("dashboard/_content.html", context))
        cache.set(content_key, content, CACHE_SECONDS)
    # Our own template's output, from our own cache: safe to insert unescaped.
    return mark_safe(content)


@require_role("coordinator")
@require_safe
def perception_pairs(request: HttpRequest, workspace: str, code: str) -> HttpResponse:
    """Every pair of respondents that see their tie differently, for coordinators only, and
    only when the workspace allows it (otherwise the page says how to allow it)."""
    from netwerkkaart.apps.dashboard.tie_views import perception_pair_rows

    allowed = request.workspace.perception_pairs
    rows: list[dict] = []
    if allowed:
        try:
            figures = round_figures(request.workspace, code)
        except Round.DoesNotExist as missing:
            raise Http404("no such round") from missing
        names = dict(figures.network.actors.select("id", "name").iter_rows())
        rows = perception_pair_rows(figures.perception_pairs, names, vocab_language())
    elif not Round.objects.filter(workspace=request.workspace, code=code).exists():
        raise Http404("no such round")
    context = {"round_code": code, "allowed": allowed, "rows": rows}
    return render(request, "dashboard/perception_pairs.html", context)


@require_role("coordinator")
@require_POST
def perception_pairs_setting(request: HttpRequest, workspace: str, code: str) -> HttpResponse:
    """Allow or forbid perception gaps pair by pair for coordinators, then back to the round."""
    if not Round.objects.filter(workspace=request.workspace, code=code).exists():
        raise Http404("no such round")
    allowed = request.POST.get("allowed") == "1"
    set_perception_pairs(request.workspace, allowed, by=request.user)
    if allowed:
        messages.success(request, _("Coördinatoren zien nu de verschillen per paar."))
    else:
        messages.success(request, _("De verschillen per paar zijn nu voor niemand zichtbaar."))
    return redirect("dashboard:perception_pairs", workspace=workspace, code=code)

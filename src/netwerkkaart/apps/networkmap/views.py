"""The network map of a round: the page, the graph it draws, and an actor's profile."""

from __future__ import annotations

from django.core.cache import cache
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from netwerkkaart.apps.networkmap import presenters
from netwerkkaart.apps.rounds.figures import (
    CACHE_SECONDS,
    figures_key,
    latest_round_code,
    round_figures,
    round_layout,
)
from netwerkkaart.apps.rounds.models import Round
from netwerkkaart.apps.workspaces.choices import vocab_language
from netwerkkaart.apps.workspaces.tenancy import require_role
from netwerkkaart.core.figures import RoundFigures


@require_role("viewer")
@require_safe
def latest(request: HttpRequest, workspace: str) -> HttpResponse:
    code = latest_round_code(request.workspace)
    if code is None:
        return redirect("dashboard:latest", workspace=workspace)
    return redirect("networkmap:round", workspace=workspace, code=code)


@require_role("viewer")
@require_safe
def round_map(request: HttpRequest, workspace: str, code: str) -> HttpResponse:
    if not Round.objects.filter(workspace=request.workspace, code=code).exists():
        raise Http404("no such round")
    context = {
        "round_code": code,
        "rounds": Round.objects.filter(workspace=request.workspace).values_list("code", flat=True),
        "names": request.membership.sees_names,
        "map_config": {
            "graph": reverse("networkmap:graph", kwargs={"workspace": workspace, "code": code}),
            "profile": reverse(
                "networkmap:profile", kwargs={"workspace": workspace, "code": code, "index": 0}
            ),
            "filename": f"netwerkkaart-{workspace}-{code}",
            "strings": {
                "summary": _(
                    "{nodes} actoren en {edges} meldingen van samenwerking zichtbaar (een "
                    "samenwerking die beide partners melden, zijn twee meldingen)."
                ),
                "failed": _("De kaart kon niet geladen worden. Probeer het opnieuw."),
                "not_found": _("Geen zichtbare actor gevonden met die naam."),
                "no_finality": _("finaliteit niet ingevuld"),
                "community": _("cluster {n}"),
            },
        },
    }
    return render(request, "networkmap/map.html", context)


@require_role("viewer")
@require_safe
def graph_data(request: HttpRequest, workspace: str, code: str) -> JsonResponse:
    """The round's graph with positions, labelled for the member (JSON, arrays per attribute)."""
    figures = _figures(request, code)
    names = request.membership.sees_names
    lang = vocab_language()
    key = f"{figures.key}:graph:{lang}:{int(names)}"
    payload = cache.get(key)
    if payload is None:
        payload = presenters.graph_payload(figures, round_layout(figures), lang, names=names)
        cache.set(key, payload, CACHE_SECONDS)
    return JsonResponse(payload)


@require_role("viewer")
@require_safe
def actor_profile(request: HttpRequest, workspace: str, code: str, index: int) -> HttpResponse:
    """One actor's profile, as a fragment for the map's side panel."""
    figures = _figures(request, code)
    try:
        profile = presenters.actor_profile(
            figures, index, vocab_language(), names=request.membership.sees_names
        )
    except IndexError as missing:
        raise Http404("no such actor") from missing
    return render(request, "networkmap/_profile.html", {"profile": profile})


def _figures(request: HttpRequest, code: str) -> RoundFigures:
    try:
        key = figures_key(request.workspace, code)
    except Round.DoesNotExist as missing:
        raise Http404("no such round") from missing
    return round_figures(request.workspace, code, key=key)

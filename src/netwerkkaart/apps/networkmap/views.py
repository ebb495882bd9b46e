"""The network map of a round (placeholder until the map is built)."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect

from netwerkkaart.apps.dashboard.figures import latest_round_code
from netwerkkaart.apps.workspaces.tenancy import require_role


@require_role("viewer")
def latest(request: HttpRequest, workspace: str) -> HttpResponse:
    code = latest_round_code(request.workspace)
    if code is None:
        return redirect("rounds:list", workspace=workspace)
    return redirect("networkmap:round", workspace=workspace, code=code)


@require_role("viewer")
def round_map(request: HttpRequest, workspace: str, code: str) -> HttpResponse:
    raise Http404

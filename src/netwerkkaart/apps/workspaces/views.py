"""Workspace pages: the list of one's own workspaces and a workspace's home page."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_safe
from django_scopes import scopes_disabled

from netwerkkaart.apps.workspaces.models import Membership
from netwerkkaart.apps.workspaces.tenancy import require_role


@login_required
def workspace_list(request: HttpRequest) -> HttpResponse:
    with scopes_disabled():
        memberships = list(
            Membership.objects.filter(user=request.user)
            .select_related("workspace")
            .order_by("workspace__name")
        )
    return render(request, "workspaces/list.html", {"memberships": memberships})


@require_role("viewer")
@require_safe
def workspace_home(request: HttpRequest, workspace: str) -> HttpResponse:
    return render(request, "workspaces/home.html")

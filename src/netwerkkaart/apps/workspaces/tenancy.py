"""Tenancy in one place: the workspace of a request, its member's role, and the query scope.

Every workspace URL starts with ``/w/<workspace>/``. The middleware resolves the workspace among
the *user's own* memberships — an unknown slug and a slug of someone else's workspace both give 404,
so a URL reveals nothing — and runs the view inside a django-scopes scope: a query on a scoped model
that forgets to filter by workspace raises instead of leaking another workspace's rows.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.urls import Resolver404, resolve
from django_scopes import scope, scopes_disabled

from netwerkkaart.apps.workspaces.models import Membership

WORKSPACE_KWARG = "workspace"


class WorkspaceMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        request.workspace = None
        request.membership = None
        try:
            match = resolve(request.path_info)
        except Resolver404:
            return self.get_response(request)
        slug = match.kwargs.get(WORKSPACE_KWARG)
        if slug is None:
            with scope(workspace=None):
                return self.get_response(request)
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path(), settings.LOGIN_URL)
        with scopes_disabled():
            membership = (
                Membership.objects.select_related("workspace")
                .filter(user=request.user, workspace__slug=slug)
                .first()
            )
        if membership is None:
            raise Http404("no such workspace")
        request.workspace = membership.workspace
        request.membership = membership
        with scope(workspace=membership.workspace):
            return self.get_response(request)


def require_role(role: str) -> Callable:
    """View decorator: the member needs at least ``role`` in the request's workspace (else 403)."""

    def decorator(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
        @wraps(view)
        def wrapper(request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
            membership = getattr(request, "membership", None)
            if membership is None or not membership.allows(role):
                raise PermissionDenied
            return view(request, *args, **kwargs)

        return wrapper

    return decorator


def workspace_context(request: HttpRequest) -> dict[str, object]:
    """Template context: the current workspace and membership, where there is one."""
    return {
        "workspace": getattr(request, "workspace", None),
        "membership": getattr(request, "membership", None),
    }

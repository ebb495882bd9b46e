"""The site administrators' pages: every workspace, creating one, its settings and coordinators.

A site administrator is an account with Django's ``is_superuser`` flag (``manage.py
createsuperuser`` or the first-run page). These pages show a workspace's settings and people,
never its data: to read a workspace's figures an administrator needs a membership like anyone.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST, require_safe
from django_scopes import scopes_disabled

from netwerkkaart.apps.accounts import services
from netwerkkaart.apps.accounts.forms import InvitationForm, NewWorkspaceForm, WorkspaceForm
from netwerkkaart.apps.accounts.members import (
    pending_invitations,
    resend_and_tell,
    withdraw_and_tell,
)
from netwerkkaart.apps.accounts.models import Invitation
from netwerkkaart.apps.workspaces import audit
from netwerkkaart.apps.workspaces import services as workspace_services
from netwerkkaart.apps.workspaces.models import AuditEntry, Membership, Role, Workspace

SITE_LOG_LENGTH = 20


def site_admin_required(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Anonymous visitors log in first; accounts without the flag get 403."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not request.user.is_superuser:
            raise PermissionDenied
        with scopes_disabled():
            return view(request, *args, **kwargs)

    return wrapper


@site_admin_required
@require_safe
def workspace_list(request: HttpRequest) -> HttpResponse:
    workspaces = Workspace.objects.annotate(
        members=Count("memberships"),
        coordinators=Count("memberships", filter=Q(memberships__role=Role.COORDINATOR)),
    ).order_by("name")
    site_log = AuditEntry.objects.filter(workspace__isnull=True).select_related("user")
    context = {
        "workspaces": workspaces,
        "site_log": [audit.described(e) for e in site_log[:SITE_LOG_LENGTH]],
    }
    return render(request, "accounts/site_list.html", context)


def _fields(form: WorkspaceForm) -> dict[str, object]:
    data = form.cleaned_data
    return {
        "name": data["name"],
        "description": data["description"],
        "locations": data["locations_text"],
        "min_group": data["min_group"],
        "language": data["language"],
    }


@site_admin_required
@require_http_methods(["GET", "HEAD", "POST"])
def workspace_create(request: HttpRequest) -> HttpResponse:
    form = NewWorkspaceForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            workspace = services.open_workspace(
                by=request.user,
                base_url=request.build_absolute_uri("/"),
                coordinator_email=form.cleaned_data["coordinator_email"],
                slug=form.cleaned_data["slug"],
                **_fields(form),
            )
        except workspace_services.WorkspaceError as error:
            form.add_error(None, error.message)
        except services.AccountError as error:
            form.add_error("coordinator_email", error.message)
        else:
            messages.success(request, _("Werkruimte %(name)s aangemaakt.") % {"name": workspace})
            return redirect("siteadmin:detail", slug=workspace.slug)
    status = 400 if form.errors else 200
    return render(request, "accounts/site_form.html", {"form": form}, status=status)


@site_admin_required
@require_http_methods(["GET", "HEAD", "POST"])
def workspace_detail(request: HttpRequest, slug: str) -> HttpResponse:
    workspace = get_object_or_404(Workspace, slug=slug)
    form = WorkspaceForm(request.POST or None, instance=workspace, prefix="ws")
    invite_form = InvitationForm(initial={"role": Role.COORDINATOR}, prefix="inv")
    if request.method == "POST" and "ws-name" in request.POST:
        if form.is_valid():
            try:
                workspace_services.update_workspace(
                    Workspace.objects.get(pk=workspace.pk), by=request.user, **_fields(form)
                )
            except workspace_services.WorkspaceError as error:
                form.add_error(None, error.message)
            else:
                messages.success(request, _("De instellingen zijn bewaard."))
                return redirect("siteadmin:detail", slug=slug)
    elif request.method == "POST":
        invite_form = InvitationForm(request.POST, prefix="inv")
        if invite_form.is_valid():
            try:
                services.invite(
                    workspace,
                    invite_form.cleaned_data["email"],
                    invite_form.cleaned_data["role"],
                    by=request.user,
                    base_url=request.build_absolute_uri("/"),
                )
            except services.AccountError as error:
                invite_form.add_error("email", error.message)
            else:
                messages.success(
                    request,
                    _("Uitnodiging verstuurd naar %(email)s.") % invite_form.cleaned_data,
                )
                return redirect("siteadmin:detail", slug=slug)
    workspace.refresh_from_db()
    members = list(
        Membership.objects.filter(workspace=workspace).select_related("user").order_by("role")
    )
    for member in members:
        member.name = workspace_services.display_name(member.user)
    context = {
        "managed": workspace,
        "form": form,
        "invite_form": invite_form,
        "members": members,
        "invitations": pending_invitations(workspace),
    }
    errors = form.errors or invite_form.errors
    return render(request, "accounts/site_detail.html", context, status=400 if errors else 200)


@site_admin_required
@require_POST
def invitation_resend(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    invitation = get_object_or_404(Invitation, workspace__slug=slug, pk=pk)
    resend_and_tell(request, invitation)
    return redirect("siteadmin:detail", slug=slug)


@site_admin_required
@require_POST
def invitation_withdraw(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    invitation = get_object_or_404(Invitation, workspace__slug=slug, pk=pk)
    withdraw_and_tell(request, invitation)
    return redirect("siteadmin:detail", slug=slug)

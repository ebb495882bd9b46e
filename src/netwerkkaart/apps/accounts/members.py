"""A workspace's people: members with their role, pending invitations, inviting someone.

Coordinators only. Every change goes through the services (which refuse to leave a workspace
without a coordinator) and is logged.
"""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from netwerkkaart.apps.accounts import services
from netwerkkaart.apps.accounts.forms import InvitationForm, RoleForm
from netwerkkaart.apps.accounts.models import Invitation
from netwerkkaart.apps.workspaces import services as workspace_services
from netwerkkaart.apps.workspaces.models import Membership, Role
from netwerkkaart.apps.workspaces.tenancy import require_role


def pending_invitations(workspace) -> list[Invitation]:
    return list(
        Invitation.objects.filter(
            workspace=workspace, accepted_at__isnull=True, withdrawn_at__isnull=True
        ).select_related("invited_by")
    )


@require_role("coordinator")
@require_http_methods(["GET", "HEAD", "POST"])
def member_list(request: HttpRequest, workspace: str) -> HttpResponse:
    form = InvitationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.invite(
                request.workspace,
                form.cleaned_data["email"],
                form.cleaned_data["role"],
                by=request.user,
                base_url=request.build_absolute_uri("/"),
            )
        except services.AccountError as error:
            form.add_error("email", error.message)
        else:
            messages.success(
                request, _("Uitnodiging verstuurd naar %(email)s.") % form.cleaned_data
            )
            return redirect("members:list", workspace=workspace)
    members = list(
        Membership.objects.filter(workspace=request.workspace)
        .select_related("user")
        .order_by("user__first_name", "user__last_name", "user__username")
    )
    coordinators = sum(m.role == Role.COORDINATOR for m in members)
    for member in members:
        member.name = workspace_services.display_name(member.user)
        member.last_coordinator = member.role == Role.COORDINATOR and coordinators == 1
        member.role_form = RoleForm(initial={"role": member.role}, prefix=f"m{member.pk}")
    context = {
        "form": form,
        "members": members,
        "invitations": pending_invitations(request.workspace),
        "roles": Role.choices,
    }
    return render(request, "accounts/members.html", context, status=400 if form.errors else 200)


def _membership(request: HttpRequest, pk: int) -> Membership:
    return get_object_or_404(
        Membership.objects.select_related("user", "workspace"), workspace=request.workspace, pk=pk
    )


@require_role("coordinator")
@require_POST
def member_role(request: HttpRequest, workspace: str, pk: int) -> HttpResponse:
    membership = _membership(request, pk)
    form = RoleForm(request.POST, prefix=f"m{pk}")
    if not form.is_valid():
        messages.error(request, _("Kies een rol."))
        return redirect("members:list", workspace=workspace)
    try:
        workspace_services.change_role(membership, form.cleaned_data["role"], by=request.user)
    except workspace_services.WorkspaceError as error:
        messages.error(request, error.message)
    else:
        messages.success(
            request,
            _("%(member)s is nu %(role)s.")
            % {
                "member": workspace_services.display_name(membership.user),
                "role": membership.get_role_display().lower(),
            },
        )
    return redirect("members:list", workspace=workspace)


@require_role("coordinator")
@require_POST
def member_remove(request: HttpRequest, workspace: str, pk: int) -> HttpResponse:
    membership = _membership(request, pk)
    name = workspace_services.display_name(membership.user)
    try:
        workspace_services.remove_member(membership, by=request.user)
    except workspace_services.WorkspaceError as error:
        messages.error(request, error.message)
        return redirect("members:list", workspace=workspace)
    messages.success(
        request, _("%(member)s is geen lid meer van deze werkruimte.") % {"member": name}
    )
    if membership.user_id == request.user.pk:
        return redirect("workspaces:list")
    return redirect("members:list", workspace=workspace)


def _invitation(request: HttpRequest, pk: int) -> Invitation:
    return get_object_or_404(Invitation, workspace=request.workspace, pk=pk)


@require_role("coordinator")
@require_POST
def invitation_resend(request: HttpRequest, workspace: str, pk: int) -> HttpResponse:
    invitation = _invitation(request, pk)
    resend_and_tell(request, invitation)
    return redirect("members:list", workspace=workspace)


@require_role("coordinator")
@require_POST
def invitation_withdraw(request: HttpRequest, workspace: str, pk: int) -> HttpResponse:
    invitation = _invitation(request, pk)
    withdraw_and_tell(request, invitation)
    return redirect("members:list", workspace=workspace)


def resend_and_tell(request: HttpRequest, invitation: Invitation) -> None:
    """Resend ``invitation`` (a new link, the old one dead) and say how it went."""
    try:
        services.resend(invitation, by=request.user, base_url=request.build_absolute_uri("/"))
    except services.AccountError as error:
        messages.error(request, error.message)
    else:
        messages.success(
            request,
            _("Een nieuwe link ging naar %(email)s; de vorige werkt niet meer.")
            % {"email": invitation.email},
        )


def withdraw_and_tell(request: HttpRequest, invitation: Invitation) -> None:
    """Withdraw ``invitation`` and say how it went."""
    try:
        services.withdraw(invitation, by=request.user)
    except services.AccountError as error:
        messages.error(request, error.message)
    else:
        messages.success(
            request, _("De uitnodiging van %(email)s is ingetrokken.") % {"email": invitation.email}
        )

"""Every write to workspaces and memberships goes through here (views only call these)."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.db.models import F
from django_scopes import scopes_disabled

from netwerkkaart.apps.workspaces.models import AuditEntry, Membership, Role, Workspace

# Logged actions that change what figures are computed from (answers, register).
DATA_ACTIONS = ("rounds.", "register.")


def log_action(
    workspace: Workspace, action: str, user: AbstractBaseUser | None = None, **data: object
) -> AuditEntry:
    """Record ``action`` in the audit log; a data action also raises the workspace's data version.

    Every write service logs inside its own transaction, so the version moves together with the
    data: a cache keyed on it can never outlive the rows it was computed from.
    """
    if action.startswith(DATA_ACTIONS):
        Workspace.objects.filter(pk=workspace.pk).update(data_version=F("data_version") + 1)
    return AuditEntry.objects.create(workspace=workspace, user=user, action=action, data=data)


def current_data_version(workspace: Workspace) -> int:
    """The workspace's data version as stored now (the in-memory object may be older)."""
    return Workspace.objects.values_list("data_version", flat=True).get(pk=workspace.pk)


@transaction.atomic
def create_workspace(
    slug: str, name: str, *, owner: AbstractBaseUser | None = None, min_group: int = 5
) -> Workspace:
    """Create a workspace; ``owner`` becomes its first coordinator."""
    workspace = Workspace.objects.create(slug=slug, name=name, min_group=min_group)
    with scopes_disabled():
        if owner is not None:
            Membership.objects.create(workspace=workspace, user=owner, role=Role.COORDINATOR)
        log_action(workspace, "workspace.created", owner, slug=slug, name=name)
    return workspace


@transaction.atomic
def add_member(
    workspace: Workspace, user: AbstractBaseUser, role: str, *, by: AbstractBaseUser | None = None
) -> Membership:
    """Give ``user`` a role in ``workspace`` (or change the role they have)."""
    with scopes_disabled():
        membership, _ = Membership.objects.update_or_create(
            workspace=workspace, user=user, defaults={"role": Role(role)}
        )
        log_action(workspace, "membership.set", by, member=user.get_username(), role=role)
    return membership


def ensure_user(username: str, password: str, *, email: str = "") -> AbstractBaseUser:
    """Create a user with a hashed password, or reset the password of an existing one."""
    user_model = get_user_model()
    user, _ = user_model.objects.get_or_create(username=username, defaults={"email": email})
    user.set_password(password)
    user.save()
    return user

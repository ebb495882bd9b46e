"""Every write to workspaces and memberships goes through here (views only call these).

Each service checks what it is asked (a refusal is a :class:`WorkspaceError` naming why, before
anything is written), writes in one transaction and leaves an audit entry.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.core.validators import validate_slug
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils.translation import gettext_lazy as _
from django_scopes import scopes_disabled

from netwerkkaart.apps.workspaces.models import (
    AuditEntry,
    Language,
    Membership,
    Milestone,
    Role,
    Workspace,
    min_group_floor,
)
from netwerkkaart.apps.workspaces.signals import data_changed

MESSAGES = {
    "below_floor": _("De minimale groepsgrootte is op deze site minstens %(floor)s."),
    "slug_taken": _("Er is al een werkruimte met de korte naam '%(slug)s'."),
    "slug_invalid": _(
        "De korte naam mag alleen kleine letters, cijfers en streepjes bevatten: '%(slug)s'."
    ),
    "name_missing": _("Geef de werkruimte een naam."),
    "language_unknown": _("Onbekende taal: '%(language)s'."),
    "role_unknown": _("Onbekende rol: '%(role)s'."),
    "last_coordinator": _(
        "%(member)s is de laatste coördinator van deze werkruimte. Maak eerst iemand anders "
        "coördinator."
    ),
}


class WorkspaceError(Exception):
    """A request on a workspace that cannot be carried out; ``code`` names why."""

    def __init__(self, code: str, **details: object):
        self.code = code
        self.details = details
        super().__init__(code)

    @property
    def message(self) -> str:
        return str(MESSAGES[self.code]) % self.details


def log_action(
    workspace: Workspace | None,
    action: str,
    user: AbstractBaseUser | None = None,
    *,
    changes_data: bool = False,
    **data: object,
) -> AuditEntry:
    """Record ``action`` (named ``<app>.<what>``) in the audit log.

    ``changes_data=True`` says the write changed what figures are computed from (a round's rows,
    the register): the workspace's data version goes up with it. Every write service logs inside
    its own transaction, so the version moves together with the data and a cache keyed on it can
    never outlive the rows it was computed from. ``workspace`` is ``None`` for what concerns the
    site or one account (the site administrators' log).
    """
    if changes_data:
        if workspace is None:
            raise ValueError("only a workspace's data can change")
        Workspace.objects.filter(pk=workspace.pk).update(data_version=F("data_version") + 1)
        data_changed.send(sender=Workspace, workspace=workspace)
    with scopes_disabled():
        return AuditEntry.objects.create(workspace=workspace, user=user, action=action, data=data)


def current_data_version(workspace: Workspace) -> int:
    """The workspace's data version as stored now (the in-memory object may be older)."""
    return Workspace.objects.values_list("data_version", flat=True).get(pk=workspace.pk)


def check_min_group(value: int) -> int:
    """``value`` if it is at least the site's floor, else a refusal."""
    floor = min_group_floor()
    if value < floor:
        raise WorkspaceError("below_floor", floor=floor)
    return value


def clean_locations(locations: Iterable[str] | str) -> list[str]:
    """Locations from a list or from text (one per line or separated by commas), no doubles."""
    if isinstance(locations, str):
        locations = locations.replace(",", "\n").splitlines()
    seen: list[str] = []
    for location in locations:
        location = " ".join(location.split())
        if location and location.casefold() not in {s.casefold() for s in seen}:
            seen.append(location)
    return seen


def _check(name: str, language: str, min_group: int) -> None:
    if not name.strip():
        raise WorkspaceError("name_missing")
    if language not in Language.values:
        raise WorkspaceError("language_unknown", language=language)
    check_min_group(min_group)


@transaction.atomic
def create_workspace(
    slug: str,
    name: str,
    *,
    owner: AbstractBaseUser | None = None,
    min_group: int | None = None,
    description: str = "",
    locations: Iterable[str] | str = (),
    language: str = Language.DUTCH,
    by: AbstractBaseUser | None = None,
) -> Workspace:
    """Create a workspace; ``owner`` (if any) becomes its first coordinator.

    ``min_group`` defaults to the site's floor and may not be below it.
    """
    min_group = min_group_floor() if min_group is None else min_group
    _check(name, language, min_group)
    try:
        validate_slug(slug)
    except ValidationError as error:
        raise WorkspaceError("slug_invalid", slug=slug) from error
    if slug != slug.lower():
        raise WorkspaceError("slug_invalid", slug=slug)
    if Workspace.objects.filter(slug=slug).exists():
        raise WorkspaceError("slug_taken", slug=slug)
    try:
        with transaction.atomic():
            workspace = Workspace.objects.create(
                slug=slug,
                name=name.strip(),
                min_group=min_group,
                description=description.strip(),
                locations=clean_locations(locations),
                language=language,
            )
    except IntegrityError as error:  # created meanwhile by someone else
        raise WorkspaceError("slug_taken", slug=slug) from error
    with scopes_disabled():
        if owner is not None:
            Membership.objects.create(workspace=workspace, user=owner, role=Role.COORDINATOR)
        log_action(
            workspace,
            "workspaces.created",
            by or owner,
            slug=slug,
            name=workspace.name,
            min_group=min_group,
            coordinator=owner.get_username() if owner else "",
        )
    return workspace


@transaction.atomic
def update_workspace(
    workspace: Workspace,
    *,
    name: str,
    description: str,
    locations: Iterable[str] | str,
    min_group: int,
    language: str,
    by: AbstractBaseUser | None,
) -> Workspace:
    """Change a workspace's name, description, locations, minimum group or language."""
    _check(name, language, min_group)
    new = {
        "name": name.strip(),
        "description": description.strip(),
        "locations": clean_locations(locations),
        "min_group": min_group,
        "language": language,
    }
    changed = sorted(field for field, value in new.items() if getattr(workspace, field) != value)
    if not changed:
        return workspace
    for field, value in new.items():
        setattr(workspace, field, value)
    workspace.save(update_fields=list(new))
    with scopes_disabled():
        log_action(workspace, "workspaces.updated", by, fields=changed, min_group=min_group)
    return workspace


@transaction.atomic
def set_perception_pairs(
    workspace: Workspace, allowed: bool, *, by: AbstractBaseUser | None
) -> Workspace:
    """Allow or forbid coordinators to see perception gaps pair by pair (audited)."""
    if workspace.perception_pairs == allowed:
        return workspace
    workspace.perception_pairs = allowed
    workspace.save(update_fields=["perception_pairs"])
    with scopes_disabled():
        log_action(workspace, "workspaces.perception_pairs", by, allowed=allowed)
    return workspace


def _coordinators(workspace: Workspace) -> int:
    # Locks the coordinators' rows (PostgreSQL), so two removals at once cannot both pass.
    return len(
        Membership.objects.select_for_update()
        .filter(workspace=workspace, role=Role.COORDINATOR)
        .values_list("pk", flat=True)
    )


def _keep_a_coordinator(membership: Membership, new_role: str | None) -> None:
    """Refuse to leave the workspace without a coordinator."""
    if membership.role != Role.COORDINATOR or new_role == Role.COORDINATOR:
        return
    if _coordinators(membership.workspace) <= 1:
        raise WorkspaceError("last_coordinator", member=display_name(membership.user))


def display_name(user: AbstractBaseUser) -> str:
    """A person as others see them: their name, else their e-mail, else their username."""
    full = user.get_full_name() if hasattr(user, "get_full_name") else ""
    return full or getattr(user, "email", "") or user.get_username()


def _role(role: str) -> Role:
    try:
        return Role(role)
    except ValueError as error:
        raise WorkspaceError("role_unknown", role=role) from error


@transaction.atomic
def add_member(
    workspace: Workspace, user: AbstractBaseUser, role: str, *, by: AbstractBaseUser | None = None
) -> Membership:
    """Give ``user`` a role in ``workspace`` (or change the role they have)."""
    role = _role(role)
    with scopes_disabled():
        existing = Membership.objects.filter(workspace=workspace, user=user).first()
        if existing is not None:
            return change_role(existing, role, by=by)
        membership = Membership.objects.create(workspace=workspace, user=user, role=role)
        log_action(
            workspace, "workspaces.member_added", by, member=display_name(user), role=str(role)
        )
    return membership


@transaction.atomic
def change_role(
    membership: Membership, role: str, *, by: AbstractBaseUser | None = None
) -> Membership:
    """Change a member's role; the last coordinator keeps theirs."""
    role = _role(role)
    if membership.role == role:
        return membership
    with scopes_disabled():
        _keep_a_coordinator(membership, role)
        old = membership.role
        membership.role = role
        membership.save(update_fields=["role"])
        log_action(
            membership.workspace,
            "workspaces.role_changed",
            by,
            member=display_name(membership.user),
            old=str(old),
            role=str(role),
        )
    return membership


@transaction.atomic
def remove_member(membership: Membership, *, by: AbstractBaseUser | None = None) -> None:
    """Take someone out of a workspace (their account stays); never the last coordinator."""
    with scopes_disabled():
        _keep_a_coordinator(membership, None)
        log_action(
            membership.workspace,
            "workspaces.member_removed",
            by,
            member=display_name(membership.user),
            role=str(membership.role),
        )
        membership.delete()


def record_milestone(workspace: Workspace, kind: str) -> bool:
    """Note that ``workspace`` reached ``kind`` for the first time; ``True`` if it is new."""
    with scopes_disabled():
        if Milestone.objects.filter(workspace=workspace, kind=kind).exists():
            return False
        try:
            with transaction.atomic():
                Milestone.objects.create(workspace=workspace, kind=kind)
        except IntegrityError:  # reached at the same moment by another request
            return False
    return True


def ensure_user(username: str, password: str, *, email: str = "") -> AbstractBaseUser:
    """Create a user with a hashed password, or reset the password of an existing one."""
    user_model = get_user_model()
    user, _created = user_model.objects.get_or_create(username=username, defaults={"email": email})
    user.set_password(password)
    user.save()
    return user

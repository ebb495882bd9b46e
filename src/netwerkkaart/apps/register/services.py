"""Every write to the actor register goes through here; views and the command only call these.

Services take a workspace, a user and plain values (never a request), write inside one
transaction and leave an audit entry.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import polars as pl
from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.db.models import Count
from django_scopes import scope

from netwerkkaart.apps.register.importing import read_register_file
from netwerkkaart.apps.register.models import Actor
from netwerkkaart.apps.workspaces.models import Workspace
from netwerkkaart.apps.workspaces.services import log_action
from netwerkkaart.core.dataset import ACTORS_SCHEMA

# Register columns (the data format's names) and the model fields they fill.
FIELDS = {
    "name": "name",
    "actor_type": "actor_type",
    "sector": "sector",
    "category": "category",
    "location": "location",
    "scope": "scope",
    "employees": "employees",
    "clients": "clients",
}
# Contact details: imported and edited like the others, but never part of the core's frame.
CONTACT_FIELDS = {"email": "email", "contact": "contact_name"}
NUMBER_FIELDS = ("employees", "clients")
TEXT_FIELDS = (
    *(f for f in FIELDS.values() if f not in NUMBER_FIELDS),
    *CONTACT_FIELDS.values(),
)
IMPORTED = {**FIELDS, **CONTACT_FIELDS}


class MergeError(ValueError):
    """Two actors that cannot be merged (the same actor, or one already merged)."""


@dataclass(frozen=True)
class ImportResult:
    created: int
    updated: int


def active_actors(workspace: Workspace):
    """The register as shown: every actor that is not a merged duplicate."""
    return Actor.objects.filter(workspace=workspace, merged_into__isnull=True)


def _assign(actor: Actor, data: Mapping[str, object]) -> None:
    for field in (*TEXT_FIELDS, *NUMBER_FIELDS):
        if field in data:
            value = data[field]
            if field in TEXT_FIELDS:
                value = "" if value is None else str(value)
            setattr(actor, field, value)


@transaction.atomic
def create_actor(workspace: Workspace, user: AbstractBaseUser | None, data: Mapping) -> Actor:
    with scope(workspace=workspace):
        actor = Actor(workspace=workspace, external_id=data["external_id"])
        _assign(actor, data)
        actor.save()
        log_action(
            workspace, "register.actor_created", user, changes_data=True, actor=actor.external_id
        )
    return actor


@transaction.atomic
def update_actor(actor: Actor, user: AbstractBaseUser | None, data: Mapping) -> Actor:
    with scope(workspace=actor.workspace):
        old_id = actor.external_id
        actor.external_id = data.get("external_id", actor.external_id)
        _assign(actor, data)
        actor.save()
        log_action(
            actor.workspace,
            "register.actor_updated",
            user,
            changes_data=True,
            actor=actor.external_id,
            was=old_id,
        )
    return actor


@transaction.atomic
def merge_actors(
    workspace: Workspace, user: AbstractBaseUser | None, duplicate: Actor, keep: Actor
) -> Actor:
    """Fold ``duplicate`` into ``keep``: ``keep`` takes over what it lacks; ``duplicate`` stays,
    marked as merged and hidden from the register, so its history is not lost."""
    with scope(workspace=workspace):
        duplicate = Actor.objects.select_for_update().get(workspace=workspace, pk=duplicate.pk)
        keep = Actor.objects.select_for_update().get(workspace=workspace, pk=keep.pk)
        if duplicate.pk == keep.pk:
            raise MergeError("an actor cannot be merged with itself")
        if duplicate.is_merged or keep.is_merged:
            raise MergeError("a merged actor cannot be merged again")
        taken = []
        for field in (*TEXT_FIELDS, *NUMBER_FIELDS):
            if getattr(keep, field) in ("", None) and getattr(duplicate, field) not in ("", None):
                setattr(keep, field, getattr(duplicate, field))
                taken.append(field)
        added = sorted(set(duplicate.attributes) - set(keep.attributes))
        keep.attributes = {**duplicate.attributes, **keep.attributes}
        keep.save()
        duplicate.merged_into = keep
        duplicate.save()
        # Earlier duplicates of the duplicate now point straight at the actor that is kept.
        Actor.objects.filter(workspace=workspace, merged_into=duplicate).update(merged_into=keep)
        log_action(
            workspace,
            "register.actors_merged",
            user,
            changes_data=True,
            duplicate=duplicate.external_id,
            kept=keep.external_id,
            fields=taken,
            attributes=added,
        )
    return keep


def duplicate_suggestions(workspace: Workspace) -> list[list[Actor]]:
    """Groups of active actors with the same name once case, accents and separators are ignored."""
    with scope(workspace=workspace):
        actors = active_actors(workspace)
        keys = (
            actors.values("name_key")
            .annotate(n=Count("pk"))
            .filter(n__gt=1)
            .values_list("name_key", flat=True)
        )
        groups: dict[str, list[Actor]] = {}
        for actor in actors.filter(name_key__in=list(keys)).order_by("name_key", "pk"):
            groups.setdefault(actor.name_key, []).append(actor)
    return list(groups.values())


def _save_imported(actor: Actor) -> None:
    """Save one imported row (a seam of its own, so a test can make it fail half-way)."""
    actor.save()


@transaction.atomic
def import_actors(
    workspace: Workspace,
    user: AbstractBaseUser | None,
    rows: Iterable[Mapping[str, object]],
    *,
    source: str = "",
) -> ImportResult:
    """Upsert validated register rows by ``id``: new ids are created, known ids updated.

    A row holds only the columns its file has: a column the file lacks leaves existing values
    alone, an empty cell clears the value. Columns outside the format become attributes.
    All rows are written in one transaction: any failure leaves the register as it was.
    """
    with scope(workspace=workspace):
        existing = {a.external_id: a for a in Actor.objects.filter(workspace=workspace)}
        created = updated = 0
        for row in rows:
            external_id = str(row["id"])
            actor = existing.get(external_id)
            if actor is None:
                actor = Actor(workspace=workspace, external_id=external_id)
                existing[external_id] = actor
                created += 1
            else:
                updated += 1
            _assign(actor, {IMPORTED[k]: v for k, v in row.items() if k in IMPORTED})
            extra = {k: v for k, v in row.items() if k != "id" and k not in IMPORTED}
            attributes = dict(actor.attributes)
            for key, value in extra.items():
                if value is None:
                    attributes.pop(key, None)
                else:
                    attributes[key] = str(value)
            actor.attributes = attributes
            _save_imported(actor)
        log_action(
            workspace,
            "register.imported",
            user,
            changes_data=True,
            source=source,
            created=created,
            updated=updated,
        )
    return ImportResult(created, updated)


def import_register_file(
    workspace: Workspace, user: AbstractBaseUser | None, filename: str, data: bytes
) -> tuple[ImportResult, list]:
    """Validate a register file with the core and import it; returns the result and warnings.

    Raises :class:`~netwerkkaart.core.dataformat.DataFormatError` (nothing written) on any error.
    """
    parsed = read_register_file(filename, data)
    result = import_actors(workspace, user, parsed.rows, source=filename)
    return result, parsed.warnings


def register_frame(workspace: Workspace) -> pl.DataFrame:
    """The active register in the core's ``ACTORS_SCHEMA`` (plus attributes as text columns)."""
    with scope(workspace=workspace):
        actors = list(active_actors(workspace).order_by("external_id"))
    extra = sorted({key for actor in actors for key in actor.attributes})
    columns: dict[str, list] = {name: [] for name in [*ACTORS_SCHEMA, *extra]}
    for actor in actors:
        columns["id"].append(actor.external_id)
        for column, field in FIELDS.items():
            value = getattr(actor, field)
            columns[column].append(None if value == "" else value)
        for key in extra:
            value = actor.attributes.get(key)
            columns[key].append(None if value is None else str(value))
    schema = {**ACTORS_SCHEMA, **{key: pl.String() for key in extra}}
    return pl.DataFrame(columns, schema=schema)

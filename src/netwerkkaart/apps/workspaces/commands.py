"""Helpers shared by the management commands of every app."""

from __future__ import annotations

from django.core.management.base import CommandError

from netwerkkaart.apps.workspaces.models import Workspace


def workspace_or_error(slug: str) -> Workspace:
    """The workspace with short name ``slug``; a clear command error when there is none."""
    workspace = Workspace.objects.filter(slug=slug).first()
    if workspace is None:
        raise CommandError(f"no workspace {slug!r}")
    return workspace

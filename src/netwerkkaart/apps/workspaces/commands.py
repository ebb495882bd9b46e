"""Helpers shared by the management commands of every app."""

from __future__ import annotations

from django.core.management.base import CommandError

from netwerkkaart.apps.workspaces.models import Workspace

NO_WORKSPACE = {
    "nl": "Er is geen werkruimte met de korte naam {slug!r}.",
    "en": "no workspace {slug!r}",
}


def workspace_or_error(slug: str, lang: str = "nl") -> Workspace:
    """The workspace with short name ``slug``; a clear command error, in the command's message
    language ``lang`` (``nl`` or ``en``), when there is none."""
    workspace = Workspace.objects.filter(slug=slug).first()
    if workspace is None:
        raise CommandError(NO_WORKSPACE["en" if lang == "en" else "nl"].format(slug=slug))
    return workspace

"""Whom a survey's pseudonyms stand for, handed to the analysis (see ``rounds.frames``)."""

from __future__ import annotations

from collections.abc import Sequence

from netwerkkaart.apps.surveys.models import Invitation
from netwerkkaart.apps.workspaces.models import Workspace


def invitation_aliases(workspace: Workspace, round_codes: Sequence[str] | None) -> dict[str, str]:
    """Pseudonym -> register id of every invitation of ``round_codes`` (all rounds: ``None``)."""
    invitations = Invitation.objects.filter(workspace=workspace)
    if round_codes is not None:
        invitations = invitations.filter(round__code__in=list(round_codes))
    return dict(invitations.values_list("pseudonym", "actor__external_id"))

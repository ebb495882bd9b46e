"""Work the dashboard has done in the background: a round's figures, ready before anyone asks."""

from __future__ import annotations

import logging

from django.db import transaction
from django_scopes import scopes_disabled
from django_tasks import task

from netwerkkaart.apps.rounds.figures import warm_figures
from netwerkkaart.apps.workspaces.models import Workspace

logger = logging.getLogger(__name__)


@task()
def warm_figures_task(workspace_id: int) -> list[str]:
    """Compute the figures of every round of a workspace whose data changed (a worker runs it)."""
    with scopes_disabled():
        workspace = Workspace.objects.filter(pk=workspace_id).first()
    if workspace is None:  # deleted meanwhile
        return []
    return warm_figures(workspace)


def queue_warming(sender: object, workspace: Workspace, **kwargs: object) -> None:
    """On commit of a data change, queue the warming of the workspace's figures.

    Connected to ``workspaces.signals.data_changed`` (apps.py). Several changes in one request
    queue one task each; a task finds the figures of the current version already there and
    computes nothing.
    """
    workspace_id = workspace.pk
    transaction.on_commit(lambda: _enqueue(workspace_id))


def _enqueue(workspace_id: int) -> None:
    try:
        warm_figures_task.enqueue(workspace_id)
    except Exception:  # warming is a nicety: the page computes the figures itself otherwise
        logger.exception("could not queue the figures of workspace %s", workspace_id)

"""A round's figures, cached for every page and process that shows them.

The figures themselves are computed by the core (:func:`netwerkkaart.core.figures.figures_from_dataset`).
Computing them for 5 000 actors takes seconds, so they are cached under a key that holds the
workspace's data version: any write to the answers or the register raises that version, so a
cached result can never be served after the data it came from changed. The shared ``figures``
cache holds them for every process (a worker fills it when the data changes); the default cache
keeps this process's own copy, so a page does not unpickle them twice.
"""

from __future__ import annotations

import dataclasses

import numpy as np
from django.core.cache import cache, caches
from django_scopes import scope

from netwerkkaart.apps.rounds.frames import dataset_for_round
from netwerkkaart.apps.rounds.models import Round
from netwerkkaart.apps.workspaces.models import Workspace
from netwerkkaart.apps.workspaces.services import current_data_version
from netwerkkaart.core import dataset as core_dataset
from netwerkkaart.core.figures import FIGURES_FORMAT, RoundFigures, figures_from_dataset
from netwerkkaart.core.network.layout import layout_positions

CACHE_SECONDS = 6 * 3600


def figures_key(
    workspace: Workspace,
    round_code: str,
    *,
    location: str | None = None,
    sector: str | None = None,
) -> str:
    """The cache key of a round's figures as the data stands now (two small queries).

    Anything derived from the figures alone may be cached under this key plus a suffix, and
    found again without loading the figures themselves.

    Raises ``Round.DoesNotExist`` for a round the workspace does not have.
    """
    with scope(workspace=workspace):
        Round.objects.get(workspace=workspace, code=round_code)
    version = current_data_version(workspace)
    return ":".join(
        [f"figures{FIGURES_FORMAT}", str(workspace.pk), str(version), str(workspace.min_group), round_code,
         location or "*", sector or "*"]
    )  # fmt: skip


def round_figures(
    workspace: Workspace,
    round_code: str,
    *,
    location: str | None = None,
    sector: str | None = None,
    key: str | None = None,
) -> RoundFigures:
    """The figures of ``round_code`` in ``workspace``, from the cache when still current.

    ``key`` is :func:`figures_key` when the caller has it already.
    Raises ``Round.DoesNotExist`` for a round the workspace does not have.
    """
    key = key or figures_key(workspace, round_code, location=location, sector=sector)
    figures = cache.get(key)  # this process's own copy: no unpickling
    if figures is None:
        figures = caches["figures"].get(key)  # computed by another process or a worker
        if figures is None:
            figures = compute_round_figures(workspace, round_code, location=location, sector=sector)
            figures = dataclasses.replace(figures, key=key)
            caches["figures"].set(key, figures, CACHE_SECONDS)
        cache.set(key, figures, CACHE_SECONDS)
    return figures


def warm_figures(workspace: Workspace) -> list[str]:
    """Compute every round's figures (no filter) into the shared cache; the codes computed.

    Run by :func:`~netwerkkaart.apps.dashboard.tasks.warm_figures_task` when a workspace's data
    changed, so the first dashboard view after an import or a closing finds them ready.
    """
    with scope(workspace=workspace):
        codes = list(Round.objects.filter(workspace=workspace).values_list("code", flat=True))
    done = []
    for code in codes:
        key = figures_key(workspace, code)
        if caches["figures"].get(key) is None:
            figures = dataclasses.replace(compute_round_figures(workspace, code), key=key)
            caches["figures"].set(key, figures, CACHE_SECONDS)
            done.append(code)
    return done


def filter_options(workspace: Workspace, round_code: str) -> tuple[list[str], list[str]]:
    """The locations and sectors a round's filters offer (cached apart: the figures are big)."""
    key = figures_key(workspace, round_code) + ":options"
    options = cache.get(key)
    if options is None:
        figures = round_figures(workspace, round_code, key=key.removesuffix(":options"))
        options = (figures.locations, figures.sectors)
        cache.set(key, options, CACHE_SECONDS)
    return options


def compute_round_figures(
    workspace: Workspace,
    round_code: str,
    *,
    location: str | None = None,
    sector: str | None = None,
) -> RoundFigures:
    """:func:`round_figures` without the cache (for benchmarks and tests)."""
    dataset = dataset_for_round(workspace, round_code)
    return figures_from_dataset(
        dataset, round_code, min_group=workspace.min_group, location=location, sector=sector
    )


def rounds_with_answers(workspace: Workspace) -> list[str]:
    """Codes of the workspace's rounds that hold ties, oldest first (by opening date, then code)."""
    with scope(workspace=workspace):
        rounds = Round.objects.filter(workspace=workspace, ties__isnull=False).distinct()
        return list(rounds.order_by("opened", "code").values_list("code", flat=True))


def previous_round(workspace: Workspace, code: str) -> str | None:
    """The round with answers just before ``code``, as the core defines it."""
    return core_dataset.previous_round(rounds_with_answers(workspace), code)


def latest_round_code(workspace: Workspace) -> str | None:
    """The code of the workspace's most recent round that holds answers, else of any round."""
    with scope(workspace=workspace):
        rounds = Round.objects.filter(workspace=workspace).order_by("-opened", "-code")
        with_ties = rounds.filter(ties__isnull=False).distinct()
        chosen = with_ties.first() or rounds.first()
    return chosen.code if chosen else None


def round_layout(figures: RoundFigures) -> np.ndarray:
    """The layout of the round's graph, computed once per figures (the map and the report)."""
    key = f"{figures.key}:layout"
    cached = cache.get(key) if figures.key else None
    if cached is None:
        cached = layout_positions(figures.network.graph)
        if figures.key:
            cache.set(key, cached, CACHE_SECONDS)
    return cached

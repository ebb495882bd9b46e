"""The figures of one round, computed once by the core and cached for every page that shows them.

The dashboard, the network map and (later) the reports all read the same :class:`RoundFigures`:
the report's tables and the network analysis of one round, for a location and sector filter.
Computing them for 5 000 actors takes seconds, so they are cached under a key that holds the
workspace's data version: any write to the answers or the register raises that version, so a
cached result can never be served after the data it came from changed.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

import polars as pl
from django.core.cache import cache, caches
from django_scopes import scope

from netwerkkaart.apps.rounds.frames import dataset_for_round
from netwerkkaart.apps.rounds.models import Round
from netwerkkaart.apps.workspaces.models import Workspace
from netwerkkaart.apps.workspaces.services import current_data_version
from netwerkkaart.core import vocab
from netwerkkaart.core.dataset import Dataset
from netwerkkaart.core.network import NetworkAnalysis, analyse
from netwerkkaart.core.network.measures.survey import wished_absent_ties
from netwerkkaart.core.network.perception import perception_gaps, perception_pairs
from netwerkkaart.core.network.robustness import robustness
from netwerkkaart.core.network.targets import factors_by_sector_pair, target_network
from netwerkkaart.core.network.tie_quality import scale_summary
from netwerkkaart.core.tables import TableSet, compute_tables

CACHE_SECONDS = 6 * 3600


@dataclass(frozen=True)
class RoundFigures:
    """Tables and network analysis of one round, for one filter.

    Attributes
    ----------
    round_code, location, sector
        What was computed; ``None`` means no filter.
    locations, sectors
        The choices the filters offer for this round (locations of respondents, sectors of
        actors in the network), whatever the current filter.
    tables
        Tabel 1-6 of the report for the filtered answers.
    network
        Every network measure for the filtered answers, privacy rule applied.
    wishes
        Every wish of the filtered answers, per respondent (graph id), with its kind of target
        and whether the wished tie is still absent (for an actor's profile).
    perception, perception_pairs
        Perception gaps per sector pair (suppressed below the minimum group) and per pair of
        respondents (for coordinators, when the workspace allows it; never shown otherwise).
    robustness
        Band, reciprocation view and label of every network figure.
    targets, factor_pairs
        The wished network and the factor categories per ordered pair of sectors.
    scales
        The level of collaboration and relational coordination per ordered pair of sectors
        (empty when the round did not ask those blocks).
    key
        The cache key these figures are stored under (empty when computed without the cache);
        anything derived from them alone (a rendered page part) may be cached under it too.
    """

    round_code: str
    location: str | None
    sector: str | None
    min_group: int
    locations: list[str]
    sectors: list[str]
    tables: TableSet
    network: NetworkAnalysis
    wishes: pl.DataFrame | None = None
    perception: pl.DataFrame | None = None
    perception_pairs: pl.DataFrame | None = None
    robustness: pl.DataFrame | None = None
    targets: pl.DataFrame | None = None
    factor_pairs: pl.DataFrame | None = None
    scales: pl.DataFrame | None = None
    key: str = ""


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
        ["figures", str(workspace.pk), str(version), str(workspace.min_group), round_code,
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


def figures_from_dataset(
    dataset: Dataset,
    round_code: str,
    *,
    min_group: int,
    location: str | None = None,
    sector: str | None = None,
) -> RoundFigures:
    """The figures of ``round_code`` in a dataset: from the database or from a data file (CLI)."""
    dataset = dataset.for_round(round_code)
    filtered = dataset.for_location(location).for_sector(sector)
    network = analyse(
        dataset, round_id=round_code, location=location, sector=sector, min_group=min_group
    )
    locations = sorted(set(dataset.ties.get_column("location").drop_nulls().to_list()))
    narrowed = dataset.for_location(location)
    wishes = wished_absent_ties(narrowed, network.graph)
    pairs = perception_pairs(narrowed, network.graph)
    return RoundFigures(
        round_code=round_code,
        location=location,
        sector=sector,
        min_group=min_group,
        locations=locations,
        sectors=sectors_present(dataset),
        tables=compute_tables(filtered, min_group=min_group),
        network=network,
        wishes=wishes,
        perception=perception_gaps(pairs, min_group),
        perception_pairs=pairs,
        robustness=robustness(narrowed, network, wishes=wishes),
        targets=target_network(narrowed, network.graph, wishes, min_group),
        factor_pairs=factors_by_sector_pair(narrowed, network.graph, min_group),
        scales=scale_summary(filtered, min_group),
    )


def sectors_present(dataset: Dataset) -> list[str]:
    """Sectors of respondents and partners in ``dataset``, in the vocabulary's order."""
    ties = dataset.ties
    found = set(ties.get_column("partner_group").cast(pl.String).drop_nulls().to_list())
    found |= {
        vocab.SECTOR_OF_RESPONDENT_TYPE[t]
        for t in ties.get_column("respondent_type").cast(pl.String).drop_nulls().unique()
    }
    return [code for code in vocab.SECTOR.codes if code in found]


def latest_round_code(workspace: Workspace) -> str | None:
    """The code of the workspace's most recent round that holds answers, else of any round."""
    with scope(workspace=workspace):
        rounds = Round.objects.filter(workspace=workspace).order_by("-opened", "-code")
        with_ties = rounds.filter(ties__isnull=False).distinct()
        chosen = with_ties.first() or rounds.first()
    return chosen.code if chosen else None

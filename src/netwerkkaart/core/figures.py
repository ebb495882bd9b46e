"""The figures of one round: every table and measure the pages, the report and the CLI show.

The dashboard, the network map, the advice and the reports on the site, and the CLI's report on a
data file, all read the same :class:`RoundFigures`: the report's tables and the network analysis
of one round, for a location and sector filter, computed by :func:`figures_from_dataset`. The site
caches them (``apps.rounds.figures``); nothing here knows where the dataset came from.
"""

from __future__ import annotations

from dataclasses import dataclass

import polars as pl

from netwerkkaart.core import vocab
from netwerkkaart.core.dataset import Dataset
from netwerkkaart.core.network import NetworkAnalysis, analyse
from netwerkkaart.core.network.measures.survey import wished_absent_ties
from netwerkkaart.core.network.mixing import sector_mixing
from netwerkkaart.core.network.perception import perception_gaps, perception_pairs
from netwerkkaart.core.network.robustness import robustness
from netwerkkaart.core.network.targets import factors_by_sector_pair, target_network
from netwerkkaart.core.network.tie_quality import scale_summary
from netwerkkaart.core.tables import TableSet, compute_tables
from netwerkkaart.core.tables.dropout import question_dropout

# Raised whenever RoundFigures changes shape: part of the cache key, so figures pickled by an
# older version are never read back into the new class.
FIGURES_FORMAT = 3


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
    mixing
        The reported collaborations per ordered pair of sectors with their share of light ones.
    dropout
        Per question asked about each partner, how many ties and respondents answered it (the
        report's methods annex), for the filtered answers.
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
    mixing: pl.DataFrame | None = None
    dropout: pl.DataFrame | None = None
    key: str = ""


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
        mixing=sector_mixing(narrowed, network.graph, min_group),
        dropout=question_dropout(filtered.ties, min_group),
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

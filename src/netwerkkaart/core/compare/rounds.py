"""Two rounds compared in one call: everything the comparison page and the report show."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import igraph as ig
import polars as pl

from netwerkkaart.core import vocab
from netwerkkaart.core.compare.positions import measure_changes, position_changes, wishes_fulfilled
from netwerkkaart.core.compare.reading import (
    ResponseContrast,
    comparable_shares,
    response_contrast,
    share_bases,
)
from netwerkkaart.core.compare.tables import table_changes
from netwerkkaart.core.compare.ties import TIE_CHANGE_KINDS, tie_changes
from netwerkkaart.core.dataset import Dataset
from netwerkkaart.core.network.analysis import NetworkAnalysis
from netwerkkaart.core.network.findings import category_label
from netwerkkaart.core.network.layout import layout_positions, sector_colour
from netwerkkaart.core.network.picture import MapPicture
from netwerkkaart.core.tables import TableSet


@dataclass(frozen=True)
class RoundComparison:
    """What changed from round ``before`` to round ``after``.

    Attributes
    ----------
    ties
        One row per tie reported in either round (:func:`~netwerkkaart.core.compare.tie_changes`).
    tie_counts
        Number of ties per kind of change, every kind of :data:`TIE_CHANGE_KINDS` present.
    evaluation_counts
        ``{"up": n, "down": n}``: ties of both rounds whose evaluation improved or worsened.
    measures, tables, positions, wishes
        :func:`measure_changes`, :func:`table_changes`, :func:`position_changes`,
        :func:`wishes_fulfilled`.
    response, shares
        Both rounds' response (:func:`~netwerkkaart.core.compare.reading.response_contrast`)
        and the *n* of every share of the tables with whether its change may be read
        (:func:`~netwerkkaart.core.compare.reading.comparable_shares`).
    """

    before: str
    after: str
    ties: pl.DataFrame
    tie_counts: dict[str, int]
    evaluation_counts: dict[str, int]
    measures: pl.DataFrame
    tables: pl.DataFrame
    positions: pl.DataFrame
    wishes: pl.DataFrame
    response: ResponseContrast | None = None
    shares: pl.DataFrame | None = None

    @property
    def wishes_became_ties(self) -> int:
        return int(self.wishes.get_column("became_tie").sum()) if self.wishes.height else 0


def compare_rounds(
    before: tuple[str, Dataset, NetworkAnalysis, TableSet],
    after: tuple[str, Dataset, NetworkAnalysis, TableSet],
    *,
    top: int = 10,
) -> RoundComparison:
    """Compare two rounds given as ``(code, dataset of that round, analysis, tables)``.

    ``top`` is the number of bridge builders a round is said to have (see
    :func:`position_changes`).
    """
    code_a, data_a, network_a, tables_a = before
    code_b, data_b, network_b, tables_b = after
    ties = tie_changes(data_a, data_b)
    counts = Counter(ties.get_column("change").to_list())
    evaluation = Counter(ties.get_column("evaluation_change").drop_nulls().to_list())
    return RoundComparison(
        before=code_a,
        after=code_b,
        ties=ties,
        tie_counts={kind: counts.get(kind, 0) for kind in TIE_CHANGE_KINDS},
        evaluation_counts={"up": evaluation.get("up", 0), "down": evaluation.get("down", 0)},
        measures=measure_changes(network_a, network_b),
        tables=table_changes(tables_a, tables_b),
        positions=position_changes(network_a, network_b, top=top),
        wishes=wishes_fulfilled(data_a, data_b),
        response=response_contrast((code_a, network_a), (code_b, network_b)),
        shares=comparable_shares(share_bases(tables_a, data_a.ties),
                                 share_bases(tables_b, data_b.ties)),
    )  # fmt: skip


def comparison_picture(
    comparison: RoundComparison,
    before: NetworkAnalysis,
    after: NetworkAnalysis,
    *,
    lang: str = "nl",
    names: bool = False,
    labelled: int = 12,
    unchanged_up_to: int = 1500,
) -> MapPicture:
    """The map of both rounds together: every actor of either round, every tie of either round.

    Each tie carries its kind of change, so a picture can stress the new and the ended ones.
    Positions come from one layout of the union of both rounds, so an actor stands in one
    place. The ``labelled`` actors with the most new or ended ties are labelled — with their
    name only when ``names``, else with their category. Above ``unchanged_up_to`` actors only
    the new and ended ties are drawn: tens of thousands of unchanged ties would bury them.
    """
    rows: dict[str, dict] = {}
    for frame in (before.actors, after.actors):  # the later round's description wins
        for row in frame.select("id", "name", "sector", "actor_type", "category").iter_rows(
            named=True
        ):
            rows[row["id"]] = row
    for respondent, partner in comparison.ties.select("respondent", "partner").iter_rows():
        for actor in (respondent, partner):
            rows.setdefault(actor, {"id": actor, "name": actor, "sector": None,
                                    "actor_type": None, "category": None})  # fmt: skip
    ids = list(rows)
    position = {actor: i for i, actor in enumerate(ids)}
    ties = [
        (position[r], position[p], kind)
        for r, p, kind in comparison.ties.select("respondent", "partner", "change").iter_rows()
    ]
    graph = ig.Graph(n=len(ids), edges=[(s, t) for s, t, _ in ties], directed=False)
    partners = graph.degree()
    if len(ids) > unchanged_up_to:
        ties = [tie for tie in ties if tie[2] in ("new", "ended")]
    changed = Counter()
    for s, t, kind in ties:
        if kind in ("new", "ended"):
            changed.update((s, t))
    chosen = {i for i, _ in changed.most_common(labelled)}
    actors = [rows[actor] for actor in ids]
    sectors = [code for code in vocab.SECTOR.codes if any(a["sector"] == code for a in actors)]
    return MapPicture(
        positions=layout_positions(graph),
        colours=[sector_colour(a["sector"]) for a in actors],
        partners=partners,
        labels=[
            (str(a["name"]) if names and a["name"] else category_label(a, lang))
            if i in chosen
            else None
            for i, a in enumerate(actors)
        ],
        ties=ties,
        legend=[(sector_colour(s), vocab.SECTOR.label_or_unknown(s, lang)) for s in sectors],
    )

"""The full set of network measures for one round, as one result object a view can render.

:func:`analyse` builds the graph, runs every measure and applies the privacy rule: no figure
about a group of fewer than ``min_group`` respondents (a sector's E-I index or brokerage, a
community's sector mix, a type's response rate...). Suppressed figures stay in the result with
``value=None`` and ``suppressed=True``, so a report can say *why* a figure is missing.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

import igraph as ig
import polars as pl

from netwerkkaart.core.dataset import Dataset
from netwerkkaart.core.network import explanations
from netwerkkaart.core.network.graph import build_graph, collaboration_graph
from netwerkkaart.core.network.measures import actor_level as al
from netwerkkaart.core.network.measures import groups, survey
from netwerkkaart.core.network.measures import network_level as nl
from netwerkkaart.core.network.measures.brokerage import ROLES, brokerage_roles
from netwerkkaart.core.privacy import (
    DEFAULT_MIN_GROUP,
    MIN_ACTORS_PER_CATEGORY,
    complementary_groups,
    is_reportable,
)


@dataclass(frozen=True, slots=True)
class Figure:
    """One figure of the summary: a measure, optionally for one group, and its value."""

    measure: str
    value: float | int | None
    group: str | None = None
    suppressed: bool = False


@dataclass(frozen=True)
class NetworkAnalysis:
    """Everything :func:`analyse` computed. Frames use measure ids as column names."""

    round: str | None
    subset: str
    min_group: int
    summary: list[Figure]
    actors: pl.DataFrame
    communities: pl.DataFrame
    brokerage: pl.DataFrame
    wishes: pl.DataFrame
    unknown: pl.DataFrame
    response: pl.DataFrame
    graph: ig.Graph

    @property
    def reportable(self) -> bool:
        """Whether the subset has enough respondents for any figure about it to be shown.

        When it has not (a filter down to one small location, say), lists drawn from the actors
        (bridge builders, isolates) are not shown either: they are figures about the subset.
        """
        return is_reportable(self.figure("respondents").value or 0, self.min_group)

    def figure(self, measure: str, group: str | None = None) -> Figure:
        """The summary figure of ``measure`` (for ``group``); ``KeyError`` when absent."""
        for figure in self.summary:
            if figure.measure == measure and figure.group == group:
                return figure
        raise KeyError((measure, group))

    def tables(self, lang: str = "nl") -> dict[str, pl.DataFrame]:
        """The result as named tables, with labels and explanations in ``lang``."""
        note = explanations.suppressed_note(self.min_group, lang)
        rows = [
            {
                "measure_id": f.measure,
                "measure": explanations.label(f.measure, lang),
                "group": f.group,
                "value": None if f.value is None or _is_nan(f.value) else round(float(f.value), 4),
                "explanation": note if f.suppressed else explanations.explain(f.measure, lang),
            }
            for f in self.summary
        ]
        summary = pl.DataFrame(rows, schema={"measure_id": pl.String, "measure": pl.String,
                                             "group": pl.String, "value": pl.Float64,
                                             "explanation": pl.String})  # fmt: skip
        add_note = [pl.when(pl.col("suppressed")).then(pl.lit(note)).otherwise(None).alias("note")]
        return {
            "summary": summary,
            "actors": self.actors.with_columns(pl.selectors.float().round(4)),
            "communities": self.communities.with_columns(add_note),
            "brokerage": self.brokerage.with_columns(add_note),
            "wishes": self.wishes.with_columns(add_note),
            "unknown": self.unknown.with_columns(add_note),
            "response": self.response.with_columns(pl.col("rate").round(4), *add_note),
        }


def _rate_reportable(answered: int, min_group: int) -> bool:
    # Nobody answering exposes no respondent, and "0 of 40 answered" is the finding itself.
    return answered == 0 or is_reportable(answered, min_group)


def _is_nan(value: float | int) -> bool:
    return isinstance(value, float) and math.isnan(value)


def whole_network_measures(
    graph: ig.Graph, undirected: ig.Graph, membership: list[int]
) -> dict[str, object]:
    """The network-level measures of :func:`analyse`, each as a function to call.

    Shared with :mod:`netwerkkaart.core.network.robustness`, which computes the same figures
    on subsamples of the respondents.
    """
    return {
        "ties": lambda: nl.tie_count(undirected),
        "density": lambda: nl.density(undirected),
        "reciprocity": lambda: nl.reciprocity(graph),
        "finality_agreement": lambda: nl.finality_agreement(graph),
        "components": lambda: nl.component_count(graph),
        "isolates": lambda: nl.isolate_count(graph),
        "largest_component_share": lambda: nl.largest_component_share(graph),
        "degree_centralisation": lambda: nl.degree_centralisation(undirected),
        "light_tie_share": lambda: nl.light_tie_share(graph),
        "cross_sector_share": lambda: nl.cross_sector_share(undirected),
        "ei_index_sector": lambda: groups.ei_index(undirected, "sector"),
        "ei_index_actor_type": lambda: groups.ei_index(undirected, "actor_type"),
        "assortativity_sector": lambda: groups.assortativity(undirected, "sector"),
        "assortativity_actor_type": lambda: groups.assortativity(undirected, "actor_type"),
        "communities": lambda: len(set(membership)),
        "modularity": lambda: groups.modularity(undirected, membership),
    }


def analyse(
    dataset: Dataset,
    *,
    round_id: str | None = None,
    location: str | None = None,
    sector: str | None = None,
    min_group: int = DEFAULT_MIN_GROUP,
    seed: int = groups.DEFAULT_SEED,
) -> NetworkAnalysis:
    """Run every network measure on one round (latest by default) and subset.

    Parameters mirror :func:`netwerkkaart.core.network.graph.build_graph`; ``min_group`` is the
    smallest number of respondents a figure may be about, ``seed`` fixes the communities.
    """
    graph = build_graph(dataset, round_id=round_id, location=location, sector=sector)
    data = dataset.for_round(graph["round"]).for_location(location)
    undirected = collaboration_graph(graph)
    responded = graph.vs["responded"] if graph.vcount() else []
    respondents = sum(responded)

    membership = groups.communities(undirected, seed=seed)
    roles = brokerage_roles(graph, "sector")
    actors = _actor_table(graph, undirected, membership, roles)

    overall = is_reportable(respondents, min_group)
    # Even the number of actors and respondents is a figure about the subset (an empty one
    # exposes nobody).
    sized = _rate_reportable(respondents, min_group)
    summary = [
        Figure("actors", graph.vcount() if sized else None, suppressed=not sized),
        Figure("respondents", respondents if sized else None, suppressed=not sized),
    ]
    whole = whole_network_measures(graph, undirected, membership)
    for measure, compute in whole.items():
        summary.append(Figure(measure, compute() if overall else None, suppressed=not overall))
    for attribute in ("sector", "actor_type"):
        counts = Counter(v for v, r in zip(graph.vs[attribute] if graph.vcount() else [],
                                           responded, strict=True) if r)  # fmt: skip
        for group, value in groups.ei_index_by_group(undirected, attribute).items():
            ok = is_reportable(counts[group], min_group)
            summary.append(Figure(f"ei_index_{attribute}", value if ok else None, group, not ok))

    wishes = survey.wished_absent_ties(data, graph)
    summary.append(Figure("wished_absent_share", survey.wished_absent_share(wishes) if overall
                          else None, suppressed=not overall))  # fmt: skip
    unknown = survey.unknown_actors(data)
    summary.append(Figure("unknown_actors", unknown.height if overall else None,
                          suppressed=not overall))  # fmt: skip
    response = _response_table(data, graph, min_group)
    for by, group, rate, suppressed in response.select(
        "by", "group", "rate", "suppressed"
    ).iter_rows():
        # Actors without a value form a group of their own: "sector=" (an empty code).
        label = f"{by}={'' if group is None else group}"
        summary.append(Figure("response_rate", rate, label, suppressed))

    return NetworkAnalysis(
        round=graph["round"], subset=graph["subset"], min_group=min_group, summary=summary,
        actors=actors,
        communities=_community_table(graph, membership, min_group),
        brokerage=_brokerage_table(graph, roles, min_group),
        wishes=_suppress(survey.wished_absent_targets(wishes), "respondents", min_group),
        unknown=_suppress(unknown, "respondents", min_group),
        response=response,
        graph=graph,
    )  # fmt: skip


def _actor_table(
    graph: ig.Graph, undirected: ig.Graph, membership: list[int], roles: dict[str, list[int]]
) -> pl.DataFrame:
    columns = ("id", "name", "sector", "actor_type", "category", "location", "responded")
    frame = {c: graph.vs[c] if graph.vcount() else [] for c in columns}
    frame.update(
        in_degree=al.in_degree(graph),
        out_degree=al.out_degree(graph),
        partners=al.partner_count(undirected),
        intensity=al.weighted_degree(undirected),
        betweenness=al.betweenness(undirected),
        closeness=al.closeness(undirected),
        constraint=al.constraint(undirected),
        effective_size=al.effective_size(undirected),
        core=al.core_number(undirected),
        community=membership,
        **roles,
    )
    frame["viewer_category"] = _viewer_categories(frame["category"], frame["location"])
    schema = {c: pl.String for c in (*columns, "viewer_category")} | {"responded": pl.Boolean}
    schema |= {c: pl.Int64 for c in ("in_degree", "out_degree", "partners", "core", "community")}
    schema |= {c: pl.Float64 for c in ("intensity", "betweenness", "closeness", "constraint",
                                       "effective_size")}  # fmt: skip
    schema |= {role: pl.Int64 for role in ROLES}
    return pl.DataFrame(frame, schema=schema, nan_to_null=True)


def _viewer_categories(categories: list, locations: list) -> list[str | None]:
    """Each actor's category as a reader without names may see it, or ``None``.

    A category with a single actor in some location names that actor ("OCMW/Sociaal Huis" of
    Stederen): such a category is withheld everywhere and the actor shown by its sector.
    """
    per_place = Counter(zip(categories, locations, strict=True))
    identifying = {c for (c, _), n in per_place.items() if c and n < MIN_ACTORS_PER_CATEGORY}
    return [None if c in identifying else c for c in categories]


def _community_table(graph: ig.Graph, membership: list[int], min_group: int) -> pl.DataFrame:
    """One row per community and sector: actors of that sector in it, if enough respondents."""
    rows = []
    sectors = graph.vs["sector"] if graph.vcount() else []
    responded = graph.vs["responded"] if graph.vcount() else []
    cells: dict[tuple[int, str | None], list[int]] = {}
    for community, sector, answered in zip(membership, sectors, responded, strict=True):
        cell = cells.setdefault((community, sector), [0, 0])
        cell[0] += 1
        cell[1] += int(answered)
    sizes = Counter(membership)
    for (community, sector), (count, answered) in sorted(
        cells.items(), key=lambda kv: (kv[0][0], str(kv[0][1]))
    ):
        ok = is_reportable(answered, min_group)
        rows.append((community, sizes[community], sector, count if ok else None, not ok))
    schema = {"community": pl.Int64, "size": pl.Int64, "sector": pl.String, "actors": pl.Int64,
              "suppressed": pl.Boolean}  # fmt: skip
    return pl.DataFrame(rows, schema=schema, orient="row")


def _brokerage_table(graph: ig.Graph, roles: dict[str, list[int]], min_group: int) -> pl.DataFrame:
    """Per sector, the brokerages its actors perform in each role, if enough respondents."""
    sectors = graph.vs["sector"] if graph.vcount() else []
    responded = graph.vs["responded"] if graph.vcount() else []
    respondents = Counter(s for s, r in zip(sectors, responded, strict=True) if r)
    rows = []
    for sector in sorted({s for s in sectors if s is not None}):
        ok = is_reportable(respondents[sector], min_group)
        totals = [sum(c for c, s in zip(roles[role], sectors, strict=True) if s == sector)
                  for role in ROLES]  # fmt: skip
        rows.append((sector, *(t if ok else None for t in totals), not ok))
    schema = {"sector": pl.String} | {role: pl.Int64 for role in ROLES} | {"suppressed": pl.Boolean}
    return pl.DataFrame(rows, schema=schema, orient="row")


def _suppress(frame: pl.DataFrame, column: str, min_group: int) -> pl.DataFrame:
    """Blank ``column`` where it counts fewer than ``min_group`` respondents."""
    small = pl.col(column) < min_group
    return frame.with_columns(
        pl.when(small).then(None).otherwise(pl.col(column)).alias(column), suppressed=small
    )


def _response_table(data: Dataset, graph: ig.Graph, min_group: int) -> pl.DataFrame:
    """Response per sector and per type; a small group is hidden, and so are the smallest other
    groups when the total (shown as the number of respondents) would give it back."""
    frames = []
    for by in ("sector", "actor_type"):
        rates = survey.response_rate(data, graph, by)
        sizes = dict(zip(rates.get_column("group").cast(pl.String).fill_null("?").to_list(),
                         rates.get_column("responded").to_list(), strict=True))  # fmt: skip
        small = [g for g, n in sizes.items() if not _rate_reportable(n, min_group)]
        hidden = small + complementary_groups(sizes, small, min_group)
        suppressed = pl.col("group").cast(pl.String).fill_null("?").is_in(hidden)
        frames.append(rates.select(
            pl.lit(by).alias("by"), "group", "invited",
            pl.when(suppressed).then(None).otherwise(pl.col("responded")).alias("responded"),
            pl.when(suppressed).then(None).otherwise(pl.col("rate")).alias("rate"),
            suppressed.alias("suppressed"),
        ))  # fmt: skip
    return pl.concat(frames)

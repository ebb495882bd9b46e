"""The computations some advice rules need beyond the network analysis, one function each.

Each reads the round's graph (:func:`~netwerkkaart.core.network.graph.build_graph`) or its wishes
and returns plain values; :mod:`.figures` turns them into named figures, with the privacy rule
applied there. Group figures (per sector or sector pair) are only reported when they rest on at
least ``min_group`` distinct respondents.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

import igraph as ig
import polars as pl

from netwerkkaart.core import vocab
from netwerkkaart.core.network.graph import collaboration_graph
from netwerkkaart.core.network.measures.brokerage import ROLES

# Gould & Fernandez: every role but the coordinator's links actors of different groups.
CROSS_GROUP_ROLES: tuple[str, ...] = tuple(role for role in ROLES if role != "coordinator")
WISHED_DEEPER: frozenset[str] = frozenset({"meer", "beter"})


@dataclass(frozen=True, slots=True)
class BridgeCut:
    """An actor whose absence would cut ``cut_off`` other actors off from the rest."""

    vertex: int
    cut_off: int


def bridge_cuts(graph: ig.Graph) -> list[BridgeCut]:
    """Per articulation point of the collaboration graph, how many actors its absence cuts off.

    An articulation point is an actor whose removal splits its part of the network. Removing it
    leaves pieces; every actor outside the largest piece is *cut off*. The count comes from the
    block-cut tree (biconnected components and the articulation points joining them), so the
    whole network is read once, also for thousands of actors.

    Parameters
    ----------
    graph
        The round's directed graph; ties are read both ways (:func:`collaboration_graph`).

    Returns
    -------
    list of BridgeCut
        Most actors cut off first; actors that cut nobody off are left out.

    Notes
    -----
    An actor that is the only link of a partner nobody else named (a respondent and its
    unanswered partners) cuts that partner off too; the rule reading this therefore asks for a
    share of the network, not for one actor.

    References
    ----------
    .. [1] Hopcroft, J. & Tarjan, R. (1973). Algorithm 447: efficient algorithms for graph
       manipulation. *Communications of the ACM*, 16(6), 372-378.
    .. [2] Pless & Buntinx (UCLL), "Bevindingen": bridge builders and outreaching actors.
    """
    undirected = collaboration_graph(graph)
    if undirected.vcount() < 3:
        return []
    blocks, cut_points = undirected.biconnected_components(return_articulation_points=True)
    cut_set = set(cut_points)
    # Block-cut tree: node ("b", i) per block, ("a", v) per articulation point.
    weight: dict[tuple[str, int], int] = {("a", v): 1 for v in cut_set}
    neighbours: dict[tuple[str, int], list[tuple[str, int]]] = defaultdict(list)
    for index, block in enumerate(blocks):
        node = ("b", index)
        weight[node] = sum(1 for v in block if v not in cut_set)
        for v in block:
            if v in cut_set:
                neighbours[node].append(("a", v))
                neighbours[("a", v)].append(node)
    cuts: list[BridgeCut] = []
    seen: set[tuple[str, int]] = set()
    for start in weight:
        if start in seen:
            continue
        order, parent = [start], {start: None}
        seen.add(start)
        for node in order:  # breadth first: parents before children
            for other in neighbours[node]:
                if other not in seen:
                    seen.add(other)
                    parent[other] = node
                    order.append(other)
        below = dict(weight)
        for node in reversed(order):
            if parent[node] is not None:
                below[parent[node]] += below[node]
        total = below[start]
        for node in order:
            if node[0] != "a":
                continue
            pieces = [below[child] for child in neighbours[node] if parent.get(child) == node]
            if parent[node] is not None:
                pieces.append(total - below[node])
            cut_off = total - 1 - max(pieces)
            if cut_off > 0:
                cuts.append(BridgeCut(node[1], cut_off))
    return sorted(cuts, key=lambda c: (-c.cut_off, c.vertex))


def brokerage_concentration(actors: pl.DataFrame, top: int = 3) -> tuple[float, list[int]]:
    """Share of all cross-sector brokerage performed by the ``top`` actors who broker most.

    Brokerage is counted per Gould & Fernandez role (``actors`` frame of the analysis); the
    coordinator role stays within a sector and is left out. Returns the share (``nan`` when
    nobody brokers across sectors) and the row positions of those actors.

    References
    ----------
    .. [1] Gould, R. V. & Fernandez, R. M. (1989). Structures of mediation: a formal approach
       to brokerage in transaction networks. *Sociological Methodology*, 19, 89-126.
    """
    if actors.height == 0:
        return float("nan"), []
    totals = actors.select(pl.sum_horizontal(*CROSS_GROUP_ROLES)).to_series().to_list()
    whole = sum(totals)
    if whole == 0:
        return float("nan"), []
    ranked = sorted(range(len(totals)), key=lambda i: (-totals[i], i))[:top]
    ranked = [i for i in ranked if totals[i] > 0]
    return sum(totals[i] for i in ranked) / whole, ranked


def _sector_of(graph: ig.Graph) -> dict[str, str | None]:
    return dict(zip(graph.vs["id"], graph.vs["sector"], strict=True)) if graph.vcount() else {}


def wish_sectors(wishes: pl.DataFrame, graph: ig.Graph) -> pl.DataFrame:
    """Every wish with the sector of whoever made it and of whom it is for.

    The target's sector is the sector its register entry gives; a wish for a category counts
    for the category's sector when all its members share one. Wishes for unregistered actors
    or mixed categories are left out (their sector is unknown).
    """
    sector = _sector_of(graph)
    rows = []
    for respondent, targets, wish, absent in wishes.select(
        "respondent", "targets", "wish", "absent"
    ).iter_rows():
        target_sectors = {sector.get(t) for t in targets or []}
        own = sector.get(respondent)
        if own is None or len(target_sectors) != 1 or None in target_sectors:
            continue
        rows.append((respondent, own, target_sectors.pop(), wish, absent))
    schema = {"respondent": pl.String, "from": pl.String, "to": pl.String, "wish": pl.String,
              "absent": pl.Boolean}  # fmt: skip
    return pl.DataFrame(rows, schema=schema, orient="row")


def mutual_sector_wishes(
    wishes: pl.DataFrame, graph: ig.Graph, min_group: int
) -> list[tuple[str, str, int, int]]:
    """Pairs of sectors that both wish more or better collaboration with each other.

    Sector X and Y form a pair when at least ``min_group`` distinct respondents of X wish a
    partner of Y and at least ``min_group`` of Y wish a partner of X: a matchmaking list that
    shows no respondent's wish on its own. Returns ``(x, y, respondents x→y, respondents y→x)``
    with ``x`` before ``y`` in the sector vocabulary's order, most mutual first.

    References
    ----------
    .. [1] Pless & Buntinx (UCLL), Tabel 4: the partners respondents want to work with more or
       better.
    """
    frame = wish_sectors(wishes, graph).filter(pl.col("from") != pl.col("to"))
    counts = {
        (a, b): n
        for a, b, n in frame.group_by("from", "to").agg(pl.col("respondent").n_unique()).iter_rows()
    }
    order = {code: i for i, code in enumerate(vocab.SECTOR.codes)}
    pairs = []
    for (a, b), forward in counts.items():
        if order.get(a, 99) >= order.get(b, 99):
            continue
        backward = counts.get((b, a), 0)
        if forward >= min_group and backward >= min_group:
            pairs.append((a, b, forward, backward))
    return sorted(pairs, key=lambda p: (-min(p[2], p[3]), order.get(p[0], 99), order.get(p[1], 99)))


def light_ties_wished_deeper(
    graph: ig.Graph, min_group: int
) -> tuple[float, list[tuple[str, str, int]]]:
    """Light ties whose respondents want them to grow, and between which sectors they lie.

    A light tie (referral or information sharing, seed 002) whose wished evolution is ``meer``
    or ``beter`` is the lever to coordination or joint activities. Returns the share of light
    ties wished deeper (``nan`` without light ties whose evolution was answered) and, per
    (respondent sector, partner sector) pair with at least ``min_group`` distinct respondents
    behind such ties, the number of ties, most first.
    """
    if graph.ecount() == 0:
        return float("nan"), []
    sectors = graph.vs["sector"]
    light = answered = 0
    pairs: dict[tuple[str, str], list] = defaultdict(lambda: [0, set()])
    for edge in graph.es:
        if edge["finality"] not in vocab.LIGHT_FINALITIES or edge["evolution"] is None:
            continue
        answered += 1
        if edge["evolution"] not in WISHED_DEEPER:
            continue
        light += 1
        a, b = sectors[edge.source], sectors[edge.target]
        if a is None or b is None:
            continue
        cell = pairs[(a, b)]
        cell[0] += 1
        cell[1].add(edge.source)
    share = light / answered if answered else float("nan")
    rows = [(a, b, n) for (a, b), (n, who) in pairs.items() if len(who) >= min_group]
    return share, sorted(rows, key=lambda r: (-r[2], r[0], r[1]))


def single_wisher_share(wishes: pl.DataFrame) -> tuple[float, int]:
    """Of the actors wished as a partner without a tie today, the share wished by one only.

    A wished collaboration between two partners only may need no network: seed 004 asks first
    whether a bilateral agreement suffices. Returns the share (``nan`` without such wishes)
    and the number of wished actors.

    References
    ----------
    .. [1] Seed 004, "Check 1: Bezint eer ge begint!" (after Huxham & Vangen, 2005).
    """
    absent = wishes.filter(pl.col("absent") & (pl.col("target_kind") == "actor"))
    if absent.height == 0:
        return float("nan"), 0
    counts = absent.group_by(pl.col("targets").list.join(",").alias("target")).agg(
        pl.col("respondent").n_unique().alias("respondents")
    )
    single = counts.filter(pl.col("respondents") == 1).height
    return single / counts.height, counts.height


def finality_mix(graph: ig.Graph) -> tuple[dict[str, float], dict[str, float]]:
    """Share of each finality among the answered ties, and among ties wished more or better."""
    finalities = graph.es["finality"] if graph.ecount() else []
    evolutions = graph.es["evolution"] if graph.ecount() else []
    every = Counter(f for f in finalities if f is not None)
    wished = Counter(
        f
        for f, e in zip(finalities, evolutions, strict=True)
        if f is not None and e in WISHED_DEEPER
    )

    def shares(counts: Counter) -> dict[str, float]:
        total = sum(counts.values())
        return {code: counts[code] / total for code in vocab.FINALITY.codes} if total else {}

    return shares(every), shares(wished)

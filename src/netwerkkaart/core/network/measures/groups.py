"""Groups in the network: communities, and whether ties stay inside sectors (silos).

All measures read the undirected collaboration graph: a pair counts once, whoever reported it.
"""

from __future__ import annotations

import math
from collections import Counter

import igraph as ig
import leidenalg

from netwerkkaart.core.network.graph import collaboration_graph

DEFAULT_SEED = 2025


def communities(
    graph: ig.Graph, *, seed: int = DEFAULT_SEED, weight: str | None = "weight"
) -> list[int]:
    """Community of each actor, found with the Leiden algorithm (modularity, seeded).

    Parameters
    ----------
    seed
        Seed of the random number generator: the same data give the same communities.
    weight
        Edge attribute weighing ties (intensity by default), ``None`` for unweighted.

    Returns
    -------
    list of int
        Community number per vertex, numbered by decreasing size from 0 (ties by lowest vertex).
        An isolate is a community of one.

    References
    ----------
    .. [1] Traag, V. A., Waltman, L. & van Eck, N. J. (2019). From Louvain to Leiden:
       guaranteeing well-connected communities. *Scientific Reports* 9, 5233.
    .. [2] Newman, M. E. J. & Girvan, M. (2004). Finding and evaluating community structure in
       networks. *Physical Review E* 69, 026113.
    """
    undirected = collaboration_graph(graph)
    if undirected.vcount() == 0:
        return []
    weights = weight if weight and weight in undirected.es.attributes() else None
    partition = leidenalg.find_partition(
        undirected, leidenalg.ModularityVertexPartition, weights=weights, seed=seed
    )
    # Number communities by size so the labels do not depend on the optimiser's internals.
    order = sorted(range(len(partition)), key=lambda c: (-len(partition[c]), min(partition[c])))
    renumber = {old: new for new, old in enumerate(order)}
    return [renumber[c] for c in partition.membership]


def modularity(graph: ig.Graph, membership: list[int], *, weight: str | None = "weight") -> float:
    """Newman's modularity of a division into communities (higher = more separated groups)."""
    undirected = collaboration_graph(graph)
    if undirected.ecount() == 0:
        return math.nan
    weights = weight if weight and weight in undirected.es.attributes() else None
    return undirected.modularity(membership, weights=weights)


def ei_index(graph: ig.Graph, attribute: str = "sector") -> float:
    """Krackhardt and Stern's E-I index of the whole network for a node attribute.

    Returns
    -------
    float
        ``(E - I) / (E + I)`` over collaborations, E between and I within groups: -1 when all
        ties stay inside groups (silos), +1 when all cross them. Pairs with an unknown group are
        left out; ``nan`` when none remain.

    References
    ----------
    .. [1] Krackhardt, D. & Stern, R. N. (1988). Informal networks and organizational crises:
       an experimental simulation. *Social Psychology Quarterly* 51(2), 123-140.
    """
    external, internal = 0, 0
    for counts in _group_ties(graph, attribute).values():
        external += counts[0]
        internal += counts[1]
    # Each internal tie was counted by both ends, each external tie by one end per group.
    external, internal = external // 2, internal // 2
    total = external + internal
    return (external - internal) / total if total else math.nan


def ei_index_by_group(graph: ig.Graph, attribute: str = "sector") -> dict[str, float]:
    """The E-I index of each group: ties of its members that leave the group versus stay in it.

    References
    ----------
    .. [1] Krackhardt, D. & Stern, R. N. (1988). *Social Psychology Quarterly* 51(2), 123-140.
    """
    result = {}
    for group, (external, internal) in sorted(_group_ties(graph, attribute).items()):
        total = external + internal
        result[group] = (external - internal) / total if total else math.nan
    return result


def _group_ties(graph: ig.Graph, attribute: str) -> dict[str, list[int]]:
    """Per group, [external, internal] tie ends of its members (internal ties counted twice)."""
    undirected = collaboration_graph(graph)
    values = undirected.vs[attribute] if undirected.vcount() else []
    counts: dict[str, list[int]] = {}
    for s, t in undirected.get_edgelist():
        a, b = values[s], values[t]
        if a is None or b is None:
            continue
        same = int(a == b)
        counts.setdefault(a, [0, 0])[same] += 1
        counts.setdefault(b, [0, 0])[same] += 1
    return counts


def assortativity(graph: ig.Graph, attribute: str = "sector") -> float:
    """Newman's nominal assortativity for a node attribute.

    Returns
    -------
    float
        1 when ties only join actors of the same group, 0 when groups mix as by chance, negative
        when ties prefer other groups. Actors whose group is unknown are left out; ``nan`` when
        undefined (no ties, or a single group).

    References
    ----------
    .. [1] Newman, M. E. J. (2003). Mixing patterns in networks. *Physical Review E* 67, 026126.
    """
    undirected = collaboration_graph(graph)
    values = undirected.vs[attribute] if undirected.vcount() else []
    known = [v.index for v in undirected.vs if values[v.index] is not None]
    sub = undirected.induced_subgraph(known)
    labels = sub.vs[attribute] if sub.vcount() else []
    if sub.ecount() == 0 or len(set(labels)) < 2:
        return math.nan
    codes = {label: i for i, label in enumerate(sorted(set(labels)))}
    return sub.assortativity_nominal([codes[label] for label in labels], directed=False)


def group_mix(membership: list[int], values: list[str | None]) -> dict[int, Counter]:
    """Per community, how many of its actors belong to each group (``None`` = unknown)."""
    mix: dict[int, Counter] = {}
    for community, value in zip(membership, values, strict=True):
        mix.setdefault(community, Counter())[value] += 1
    return mix

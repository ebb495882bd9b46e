"""Measures of each actor's place in the network.

Each function returns one value per vertex, in vertex order. Degrees read the directed reports;
the structural measures (betweenness, closeness, constraint, effective size, k-core) read the
undirected collaboration graph, since a collaboration serves both partners whoever reported it.
Pass :func:`~netwerkkaart.core.network.graph.collaboration_graph` once to avoid collapsing the
graph for every measure.
"""

from __future__ import annotations

import math

import igraph as ig
import numpy as np

from netwerkkaart.core.network.graph import collaboration_graph


def in_degree(graph: ig.Graph) -> list[int]:
    """How many respondents name this actor as a partner (popularity)."""
    return graph.degree(mode="in")


def out_degree(graph: ig.Graph) -> list[int]:
    """How many partners this actor names itself (zero for actors that did not respond)."""
    return graph.degree(mode="out")


def partner_count(graph: ig.Graph) -> list[int]:
    """Total degree: distinct partners, whoever reported the tie.

    References
    ----------
    .. [1] Freeman, L. C. (1979). Centrality in social networks: conceptual clarification.
       *Social Networks* 1(3), 215-239.
    """
    return collaboration_graph(graph).degree()


def weighted_degree(graph: ig.Graph, weight: str = "weight") -> list[float]:
    """Sum of the intensities of an actor's collaborations (node strength).

    A pair reported by both sides counts once, at the larger of the two intensities.

    References
    ----------
    .. [1] Barrat, A., Barthélemy, M., Pastor-Satorras, R. & Vespignani, A. (2004). The
       architecture of complex weighted networks. *PNAS* 101(11), 3747-3752.
    """
    undirected = collaboration_graph(graph)
    return undirected.strength(weights=weight if undirected.ecount() else None)


def betweenness(graph: ig.Graph, *, normalized: bool = True) -> list[float]:
    """Betweenness centrality: how often an actor lies on the shortest path between two others.

    Parameters
    ----------
    graph
        Collapsed to the undirected collaboration graph; ties are not weighted, because a
        shortest path through intense ties is not a shorter one.
    normalized
        Divide by the number of pairs of other actors, ``(n - 1)(n - 2) / 2``, so values lie
        between 0 and 1 (networkx's convention).

    References
    ----------
    .. [1] Freeman, L. C. (1977). A set of measures of centrality based on betweenness.
       *Sociometry* 40(1), 35-41.
    .. [2] Brandes, U. (2001). A faster algorithm for betweenness centrality. *Journal of
       Mathematical Sociology* 25(2), 163-177.
    """
    undirected = collaboration_graph(graph)
    values = undirected.betweenness(directed=False)
    n = undirected.vcount()
    if normalized and n > 2:
        scale = 2.0 / ((n - 1) * (n - 2))
        values = [v * scale for v in values]
    return values


def closeness(graph: ig.Graph, *, normalized: bool = True) -> list[float]:
    """Harmonic closeness: the mean of 1/distance to every other actor.

    Unreachable actors add 0, so the measure stays defined in a network of several parts
    (classic closeness is not).

    Parameters
    ----------
    normalized
        Divide the sum by ``n - 1`` (1 = tied directly to everyone).

    References
    ----------
    .. [1] Marchiori, M. & Latora, V. (2000). Harmony in the small-world. *Physica A* 285,
       539-546.
    .. [2] Boldi, P. & Vigna, S. (2014). Axioms for centrality. *Internet Mathematics* 10,
       222-262.
    """
    undirected = collaboration_graph(graph)
    return undirected.harmonic_centrality(normalized=normalized)


def constraint(graph: ig.Graph, *, weight: str | None = None) -> list[float]:
    """Burt's constraint: how much an actor's partners are tied to each other.

    High constraint (up to about 1) means all partners know each other: a closed circle. Low
    constraint means partners in separate circles, the position of a broker. ``nan`` for
    isolates.

    Parameters
    ----------
    weight
        Edge attribute to weigh ties by; ``None`` (default) reads the structure only.

    References
    ----------
    .. [1] Burt, R. S. (1992). *Structural Holes: The Social Structure of Competition*.
       Harvard University Press, ch. 2.
    """
    undirected = collaboration_graph(graph)
    values = undirected.constraint(weights=weight)
    degrees = undirected.degree()
    return [math.nan if d == 0 else v for v, d in zip(values, degrees, strict=True)]


def effective_size(graph: ig.Graph) -> list[float]:
    """Burt's effective size: the number of partners minus their redundancy.

    Uses Borgatti's form for unweighted ties, ``n - 2t / n`` with ``n`` partners and ``t`` ties
    among them. ``nan`` for isolates.

    References
    ----------
    .. [1] Burt, R. S. (1992). *Structural Holes*. Harvard University Press.
    .. [2] Borgatti, S. P. (1997). Structural holes: unpacking Burt's redundancy measures.
       *Connections* 20(1), 35-38.
    """
    undirected = collaboration_graph(graph)
    degrees = np.asarray(undirected.degree(), dtype=float)
    local = np.nan_to_num(np.asarray(undirected.transitivity_local_undirected(mode="zero")))
    # Ties among the partners = triangles through the actor = transitivity × pairs of partners.
    among = local * degrees * (degrees - 1) / 2
    with np.errstate(invalid="ignore", divide="ignore"):
        values = degrees - 2 * among / degrees
    values[degrees == 0] = np.nan
    return values.tolist()


def core_number(graph: ig.Graph) -> list[int]:
    """k-core number: the largest k such that the actor belongs to a group where everyone has at
    least k partners inside the group. High = core, 1 = periphery.

    References
    ----------
    .. [1] Seidman, S. B. (1983). Network structure and minimum degree. *Social Networks* 5(3),
       269-287.
    .. [2] Batagelj, V. & Zaversnik, M. (2003). An O(m) algorithm for cores decomposition of
       networks. arXiv:cs/0310049.
    """
    return collaboration_graph(graph).coreness(mode="all")

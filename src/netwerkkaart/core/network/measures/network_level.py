"""Measures of the network as a whole: size, density, reciprocity, components, centralisation.

Every function takes the directed graph of :func:`netwerkkaart.core.network.graph.build_graph`
(or any igraph graph with the same attributes); those that are about collaborations rather than
reports collapse it to pairs first.
"""

from __future__ import annotations

import math

import igraph as ig
import numpy as np

from netwerkkaart.core import vocab
from netwerkkaart.core.network.graph import collaboration_graph


def actor_count(graph: ig.Graph) -> int:
    """Number of actors: respondents and the partners they name."""
    return graph.vcount()


def tie_count(graph: ig.Graph) -> int:
    """Number of collaborations: pairs of actors of which at least one reports the other."""
    return collaboration_graph(graph).ecount()


def density(graph: ig.Graph) -> float:
    """Share of all possible pairs of actors that collaborate.

    Parameters
    ----------
    graph
        Directed or undirected; a pair counts once whoever reported it.

    Returns
    -------
    float
        ``ties / (n (n - 1) / 2)``; ``nan`` with fewer than two actors.

    References
    ----------
    .. [1] Wasserman, S. & Faust, K. (1994). *Social Network Analysis: Methods and
       Applications*, §4.2. Cambridge University Press.
    """
    n = graph.vcount()
    if n < 2:
        return math.nan
    return tie_count(graph) / (n * (n - 1) / 2)


def _pairs(graph: ig.Graph, respondents_only: bool) -> tuple[int, np.ndarray]:
    """Count connected pairs (optionally both respondents) and list mutual pairs as edge-id rows."""
    if graph.ecount() == 0:
        return 0, np.empty((0, 2), dtype=np.int64)
    edges = np.asarray(graph.get_edgelist(), dtype=np.int64)
    ids = np.arange(len(edges))
    if respondents_only:
        responded = np.asarray(graph.vs["responded"], dtype=bool)
        keep = responded[edges[:, 0]] & responded[edges[:, 1]]
        edges, ids = edges[keep], ids[keep]
    keys = edges.min(axis=1) * graph.vcount() + edges.max(axis=1)
    order = np.argsort(keys, kind="stable")
    keys, ids = keys[order], ids[order]
    # Loops and duplicates are gone (build_graph), so a key occurs once or, when mutual, twice.
    second = np.flatnonzero(keys[1:] == keys[:-1]) + 1
    mutual = np.column_stack([ids[second - 1], ids[second]])
    return len(np.unique(keys)), mutual


def reciprocity(graph: ig.Graph, *, respondents_only: bool = True) -> float:
    """Share of collaborations that both sides report.

    Parameters
    ----------
    graph
        Directed graph of reported ties.
    respondents_only
        Count only pairs of which both actors responded: a partner that did not answer cannot
        report anything, and would make every network look one-sided.

    Returns
    -------
    float
        Mutual pairs over connected pairs (igraph's ``mode="ratio"``); ``nan`` without pairs.

    References
    ----------
    .. [1] Wasserman, S. & Faust, K. (1994). *Social Network Analysis*, §13.2 (dyad census).
    """
    pairs, mutual = _pairs(graph, respondents_only)
    return len(mutual) / pairs if pairs else math.nan


def finality_agreement(graph: ig.Graph) -> float:
    """Share of mutually reported ties on which both sides give the same finality.

    Only pairs where both reports carry a finality count. Disagreement is a finding in itself:
    one side sees a referral where the other sees joint work.

    Returns
    -------
    float
        ``nan`` when no pair has two finalities.

    References
    ----------
    .. [1] Krackhardt, D. (1987). Cognitive social structures. *Social Networks* 9(2), 109-134
       (agreement between the two reports of a tie as a property of the network).
    """
    _, mutual = _pairs(graph, respondents_only=False)
    finalities = graph.es["finality"] if graph.ecount() else []
    both = [(finalities[a], finalities[b]) for a, b in mutual.tolist()]
    both = [(a, b) for a, b in both if a is not None and b is not None]
    if not both:
        return math.nan
    return sum(a == b for a, b in both) / len(both)


def component_count(graph: ig.Graph) -> int:
    """Number of (weakly) connected parts, isolated actors included."""
    return len(graph.connected_components(mode="weak"))


def isolate_count(graph: ig.Graph) -> int:
    """Number of actors without any tie (respondents who named no partner and were not named)."""
    return sum(1 for d in graph.degree(mode="all") if d == 0)


def largest_component_share(graph: ig.Graph) -> float:
    """Share of actors in the largest connected part; ``nan`` for an empty graph."""
    if graph.vcount() == 0:
        return math.nan
    return max(graph.connected_components(mode="weak").sizes()) / graph.vcount()


def degree_centralisation(graph: ig.Graph) -> float:
    """Freeman's degree centralisation of the collaboration graph.

    Returns
    -------
    float
        ``sum(max(d) - d_i) / ((n - 1)(n - 2))``: 1 for a star, 0 when every actor has the same
        number of partners; ``nan`` with fewer than three actors.

    References
    ----------
    .. [1] Freeman, L. C. (1979). Centrality in social networks: conceptual clarification.
       *Social Networks* 1(3), 215-239.
    """
    n = graph.vcount()
    if n < 3:
        return math.nan
    degrees = collaboration_graph(graph).degree()
    top = max(degrees)
    return sum(top - d for d in degrees) / ((n - 1) * (n - 2))


def light_tie_share(graph: ig.Graph) -> float:
    """Share of reported ties that are light: referral or information sharing.

    The denominator is the ties whose finality was answered (percentages over the answers to
    the question, as in the report's Tabel 2); ``nan`` when none was.
    """
    answered = [f for f in graph.es["finality"] if f is not None] if graph.ecount() else []
    if not answered:
        return math.nan
    return sum(f in vocab.LIGHT_FINALITIES for f in answered) / len(answered)


def cross_sector_share(graph: ig.Graph, attribute: str = "sector") -> float:
    """Share of collaborations between actors of different sectors.

    Pairs where a sector is unknown are left out; ``nan`` when none remain.
    """
    undirected = collaboration_graph(graph)
    values = undirected.vs[attribute] if undirected.vcount() else []
    known = [(values[s], values[t]) for s, t in undirected.get_edgelist()]
    known = [(a, b) for a, b in known if a is not None and b is not None]
    if not known:
        return math.nan
    return sum(a != b for a, b in known) / len(known)

"""Communities: Leiden iterated until it converges, the best of several seeded runs."""

import random

import igraph as ig
import pytest

from netwerkkaart.core.network.measures import groups


def planted(n: int = 300, blocks: int = 6, seed: int = 7) -> ig.Graph:
    """Six sectors of 50 actors, ties five times likelier inside a block, weighted intensities."""
    rng = random.Random(seed)
    size = n // blocks
    edges = [(i, j) for i in range(n) for j in range(i + 1, n)
             if rng.random() < (0.06 if i // size == j // size else 0.012)]  # fmt: skip
    graph = ig.Graph(edges, n=n)
    graph.es["weight"] = [rng.choice([0.25, 0.5, 1.0, 2.0, 3.0, 4.0]) for _ in edges]
    return graph


@pytest.mark.parametrize("seed", [2025, 1, 99])
def test_the_best_of_several_runs_reaches_at_least_a_single_runs_modularity(seed):
    graph = planted()
    single = groups.communities(graph, seed=seed, runs=1)
    best = groups.communities(graph, seed=seed)
    assert groups.modularity(graph, best) >= groups.modularity(graph, single) - 1e-12


def test_the_best_of_runs_beats_a_single_run_on_a_planted_network_of_300():
    graph = planted()
    single = groups.modularity(graph, groups.communities(graph, runs=1))
    best = groups.modularity(graph, groups.communities(graph))
    assert single == pytest.approx(0.5693, abs=1e-4)
    assert best == pytest.approx(0.5715, abs=1e-4)


def test_communities_are_the_same_every_time():
    graph = planted()
    assert groups.communities(graph) == groups.communities(graph)


def test_communities_are_numbered_by_size_and_isolates_are_their_own():
    graph = ig.Graph([(0, 1), (1, 2), (0, 2), (3, 4)], n=6)
    assert groups.communities(graph, weight=None) == [0, 0, 0, 1, 1, 2]

"""Brokerage on the demo ecosystem: counted on who works with whom, not on who reported it."""

import numpy as np
import pytest

from netwerkkaart.core.demo import generate_demo
from netwerkkaart.core.network import analyse
from netwerkkaart.core.network.graph import collaboration_graph
from netwerkkaart.core.network.measures.brokerage import (
    DIRECTED_ROLES,
    ROLES,
    brokerage_roles,
    directed_brokerage_roles,
)


@pytest.fixture(scope="module")
def demo_graph():
    return analyse(generate_demo(seed=2026)).graph


def totals(roles: dict[str, list[int]], names) -> np.ndarray:
    return np.sum([roles[r] for r in names], axis=0)


def test_non_respondents_broker_on_the_collaboration_graph(demo_graph):
    responded = np.asarray(demo_graph.vs["responded"])
    assert (~responded).sum() == 100
    directed = totals(directed_brokerage_roles(demo_graph), DIRECTED_ROLES)
    assert (directed[~responded] > 0).sum() == 0  # only respondents name anyone
    roles = totals(brokerage_roles(demo_graph), ROLES)
    assert (roles[~responded] > 0).sum() == 85
    assert roles.sum() == 14396


def test_no_counted_brokerage_links_two_actors_that_work_together(demo_graph):
    undirected = collaboration_graph(demo_graph)
    roles = brokerage_roles(demo_graph)
    # Each broker's count equals its pairs of partners that are not tied, of known sectors.
    sectors = demo_graph.vs["sector"]
    for vertex in range(undirected.vcount()):
        partners = [p for p in undirected.neighbors(vertex) if sectors[p] is not None]
        if sectors[vertex] is None:
            continue
        open_pairs = sum(
            1
            for i, a in enumerate(partners)
            for c in partners[i + 1 :]
            if not undirected.are_adjacent(a, c)
        )
        assert sum(roles[r][vertex] for r in ROLES) == open_pairs


def test_the_demo_counts_per_role(demo_graph):
    roles = brokerage_roles(demo_graph)
    assert {r: sum(roles[r]) for r in ROLES} == {
        "coordinator": 1804, "gatekeeper_representative": 5720, "consultant": 1877,
        "liaison": 4995,
    }  # fmt: skip

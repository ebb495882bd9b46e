"""The layout is deterministic, finite, inside its box, and keeps tied actors close."""

from __future__ import annotations

import igraph as ig
import numpy as np
import pytest

from netwerkkaart.core.network.layout import (
    LARGE_GRAPH,
    SECTOR_COLOURS,
    community_colour,
    fit_to_box,
    layout_positions,
    sector_colour,
)


def two_cliques() -> ig.Graph:
    """Two 5-cliques joined by one edge (vertex 0 to vertex 5)."""
    edges = [(i, j) for i in range(5) for j in range(i + 1, 5)]
    edges += [(i + 5, j + 5) for i, j in edges] + [(0, 5)]
    return ig.Graph(n=10, edges=edges)


def test_same_seed_same_picture_other_seed_other_picture():
    graph = two_cliques()
    assert np.array_equal(layout_positions(graph, seed=3), layout_positions(graph, seed=3))
    assert not np.array_equal(layout_positions(graph, seed=3), layout_positions(graph, seed=4))


def test_positions_fill_the_box_with_a_margin():
    positions = layout_positions(two_cliques(), box=500)
    assert positions.shape == (10, 2)
    assert np.isfinite(positions).all()
    assert positions.min() >= 0 and positions.max() <= 500
    # The longer side spans the box less its 4 % margins.
    assert max(np.ptp(positions, axis=0)) == pytest.approx(460)


def test_members_of_a_clique_are_closer_to_each_other_than_to_the_other_clique():
    positions = layout_positions(two_cliques())
    inside = np.mean([np.linalg.norm(positions[i] - positions[j])
                      for i in range(1, 5) for j in range(1, 5) if i < j])  # fmt: skip
    across = np.mean([np.linalg.norm(positions[i] - positions[j + 5])
                      for i in range(1, 5) for j in range(1, 5)])  # fmt: skip
    assert inside < across / 2


def test_directed_graphs_are_laid_out_on_their_collaborations():
    graph = ig.Graph(n=3, edges=[(0, 1), (1, 0), (1, 2)], directed=True)
    graph.es["weight"] = [1.0, 1.0, 2.0]
    positions = layout_positions(graph)
    assert positions.shape == (3, 2)


def test_large_graphs_use_the_grid_variant_and_stay_finite():
    graph = ig.Graph.Erdos_Renyi(n=LARGE_GRAPH + 200, m=4000)
    positions = layout_positions(graph)
    assert positions.shape == (LARGE_GRAPH + 200, 2)
    assert np.isfinite(positions).all()


def test_empty_and_single_vertex_graphs():
    assert layout_positions(ig.Graph()).shape == (0, 2)
    assert layout_positions(ig.Graph(n=1), box=10).tolist() == [[5.0, 5.0]]


def test_fit_to_box_centres_the_short_side():
    fitted = fit_to_box(np.array([[0.0, 0.0], [10.0, 2.0]]), box=100, margin=0.0)
    assert fitted.tolist() == [[0.0, 40.0], [100.0, 60.0]]


def test_colours():
    assert sector_colour("zorg") == SECTOR_COLOURS["zorg"]
    assert sector_colour("iets anders") == SECTOR_COLOURS[None]
    assert community_colour(0) != community_colour(1)
    assert community_colour(99) == community_colour(50)

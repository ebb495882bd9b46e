"""Known answers for the advice's own computations on small hand-made graphs and rounds."""

from __future__ import annotations

import math

import igraph as ig
import polars as pl
import pytest
from tests.core.network.builders import tie

from netwerkkaart.core.advice import computations as calc
from netwerkkaart.core.dataset import Dataset
from netwerkkaart.core.model import Actor, Tie, Wish
from netwerkkaart.core.network import analyse
from netwerkkaart.core.network.graph import build_graph
from netwerkkaart.core.network.measures.survey import wished_absent_ties


def graph(edges: list[tuple[int, int]], n: int) -> ig.Graph:
    return ig.Graph(n=n, edges=edges, directed=True)


def test_a_path_is_cut_most_in_its_middle():
    # 0-1-2-3-4: removing 2 leaves two pieces of 2, so 2 actors are cut off; removing 1 cuts off 0.
    cuts = calc.bridge_cuts(graph([(0, 1), (1, 2), (2, 3), (3, 4)], 5))
    assert [(c.vertex, c.cut_off) for c in cuts] == [(2, 2), (1, 1), (3, 1)]


def test_a_star_loses_every_leaf_with_its_centre():
    cuts = calc.bridge_cuts(graph([(0, i) for i in range(1, 6)], 6))
    assert [(c.vertex, c.cut_off) for c in cuts] == [(0, 4)]  # five leaves, the largest piece 1


def test_two_triangles_joined_by_one_actor_split_in_two():
    # Triangles {0,1,2} and {2,3,4} share actor 2: without it, {0,1} and {3,4}.
    cuts = calc.bridge_cuts(graph([(0, 1), (1, 2), (2, 0), (2, 3), (3, 4), (4, 2)], 5))
    assert [(c.vertex, c.cut_off) for c in cuts] == [(2, 2)]


def test_a_cycle_has_no_bridge():
    assert calc.bridge_cuts(graph([(0, 1), (1, 2), (2, 3), (3, 0)], 4)) == []


def test_brokerage_concentration_takes_the_top_three_cross_sector_brokers():
    actors = pl.DataFrame({
        "coordinator": [50, 0, 0, 0, 0], "gatekeeper_representative": [1, 6, 3, 1, 1],
        "consultant": [0, 0, 0, 0, 0],
        "liaison": [0, 4, 0, 1, 3],
    })  # fmt: skip
    share, rows = calc.brokerage_concentration(actors)
    # cross-sector totals 1, 10, 3, 2, 4 (the coordinator role left out): top three 10+4+3 of 20.
    assert share == pytest.approx(17 / 20)
    assert rows == [1, 4, 2]
    empty, none = calc.brokerage_concentration(actors.with_columns(pl.lit(0).alias("liaison"),
        pl.lit(0).alias("gatekeeper_representative")))  # fmt: skip
    assert math.isnan(empty) and none == []


def wish_round(per_side: int, backward: int) -> Dataset:
    """``per_side`` care respondents wish the welfare actor W; ``backward`` welfare ones wish Z."""
    actors = [Actor("W", "Welzijnshuis", "welzijnsorganisatie", "welzijn"),
              Actor("Z", "Zorgpunt", "zorgorganisatie", "zorg")]  # fmt: skip
    ties, wishes = [], []
    for i in range(per_side):
        actors.append(Actor(f"z{i}", f"Zorg {i}", "zorgorganisatie", "zorg"))
        ties.append(tie(f"z{i}", "Z", "zorg", "doorverwijzen"))
        wishes.append(Wish(f"z{i}", "Gemeentegem", "W", "meer", round="2025"))
    for i in range(max(backward, 1)):
        actors.append(Actor(f"w{i}", f"Welzijn {i}", "welzijnsorganisatie", "welzijn"))
        ties.append(tie(f"w{i}", "W", "welzijn", "doorverwijzen", kind="welzijnsorganisatie"))
        if i < backward:
            wishes.append(Wish(f"w{i}", "Gemeentegem", "Z", "beter", round="2025"))
    return Dataset.from_records(ties, wishes, actors=actors)


@pytest.mark.parametrize(("backward", "pairs"), [(5, [("zorg", "welzijn", 6, 5)]), (4, [])])
def test_mutual_sector_wishes_need_enough_respondents_on_both_sides(backward, pairs):
    data = wish_round(6, backward)
    g = build_graph(data)
    assert calc.mutual_sector_wishes(wished_absent_ties(data, g), g, 5) == pairs


def test_single_wisher_share_counts_wished_actors_without_a_tie():
    data = wish_round(6, 1)
    g = build_graph(data)
    # W is wished by six, Z by one: of the two wished actors, one is wished by a single respondent.
    assert calc.single_wisher_share(wished_absent_ties(data, g)) == (0.5, 2)


def test_light_ties_wished_deeper_per_sector_pair():
    ties = [
        Tie(
            f"z{i}",
            "zorgorganisatie",
            "G",
            f"w{i}",
            "welzijn",
            "doorverwijzen",
            evolution="meer" if i < 5 else "hetzelfde",
            round="2025",
        )
        for i in range(8)
    ]
    ties += [Tie("z0", "zorgorganisatie", "G", "w9", "welzijn", "activiteiten", evolution="meer",
                 round="2025")]  # fmt: skip
    share, pairs = calc.light_ties_wished_deeper(build_graph(Dataset.from_records(ties)), 5)
    assert share == pytest.approx(5 / 8)  # the joint activity is not light
    assert pairs == [("zorg", "welzijn", 5)]
    _, too_few = calc.light_ties_wished_deeper(build_graph(Dataset.from_records(ties)), 6)
    assert too_few == []


def test_finality_mix_overall_and_among_ties_wished_more_or_better():
    ties = [Tie("a", "zorgorganisatie", "G", "b", "zorg", "doorverwijzen", evolution="meer"),
            Tie("a", "zorgorganisatie", "G", "c", "zorg", "doorverwijzen", evolution="hetzelfde"),
            Tie("a", "zorgorganisatie", "G", "d", "zorg", "activiteiten", evolution="beter"),
            Tie("a", "zorgorganisatie", "G", "e", "zorg", "afstemming")]  # fmt: skip
    every, wished = calc.finality_mix(build_graph(Dataset.from_records(ties)))
    assert every == {"doorverwijzen": 0.5, "informatiedeling": 0.0, "afstemming": 0.25,
                     "activiteiten": 0.25}  # fmt: skip
    assert wished == {"doorverwijzen": 0.5, "informatiedeling": 0.0, "afstemming": 0.0,
                      "activiteiten": 0.5}  # fmt: skip


def test_a_star_round_has_one_actor_cutting_off_most_of_the_network():
    ties = [tie("hub", f"p{i}", "welzijn", "afstemming") for i in range(8)]
    analysis = analyse(Dataset.from_records(ties), min_group=1)
    cuts = calc.bridge_cuts(analysis.graph)
    assert analysis.graph.vs[cuts[0].vertex]["id"] == "hub" and cuts[0].cut_off == 7

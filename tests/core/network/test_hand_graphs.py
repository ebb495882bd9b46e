"""Measures on small graphs whose answers can be checked by hand."""

import math

import igraph as ig
import pytest
from tests.core.network.builders import tie

from netwerkkaart.core.dataset import Dataset
from netwerkkaart.core.network.graph import build_graph
from netwerkkaart.core.network.measures import groups, network_level, survey
from netwerkkaart.core.network.measures.brokerage import (
    DIRECTED_ROLES,
    ROLES,
    brokerage_roles,
    directed_brokerage_roles,
)


def labelled(edges, sectors, directed=False, **attributes):
    graph = ig.Graph(edges, n=len(sectors), directed=directed)
    graph.vs["sector"] = sectors
    for name, values in attributes.items():
        graph.vs[name] = values
    return graph


def test_ei_index_of_a_triangle_with_one_outsider_is_one_third():
    # x-x inside (I = 1); both ties to the y actor cross (E = 2): (2 - 1) / 3.
    triangle = labelled([(0, 1), (1, 2), (0, 2)], ["x", "x", "y"])
    assert groups.ei_index(triangle) == pytest.approx(1 / 3)
    # Group x per member: the internal tie counts for both (I = 2), two ties cross (E = 2).
    assert groups.ei_index_by_group(triangle) == {"x": 0.0, "y": 1.0}


def test_a_groups_internal_tie_counts_once_per_member():
    # x1-x2 inside, x1-y and x2-y and x2-z out: E = 3, I = 2 (one tie, two members) → 0.2:
    # of the members' five partners, two (each other) are in x: (1 - 0.2) / 2 = 40 %.
    graph = labelled([(0, 1), (0, 2), (1, 2), (1, 3)], ["x", "x", "y", "z"])
    assert groups.ei_index_by_group(graph)["x"] == pytest.approx(0.2)


def test_ei_index_is_minus_one_for_two_silos():
    silos = labelled([(0, 1), (2, 3)], ["zorg", "zorg", "welzijn", "welzijn"])
    assert groups.ei_index(silos) == -1.0
    assert groups.assortativity(silos) == pytest.approx(1.0)


def test_ties_to_actors_of_unknown_sector_are_left_out_of_the_ei_index():
    graph = labelled([(0, 1), (1, 2)], ["x", "y", None])
    assert groups.ei_index(graph) == 1.0


# The five basic triads of Gould & Fernandez: the middle actor 1 brokers between 0 and 2.
TRIADS = [
    (["x", "x", "x"], "coordinator", "coordinator"),
    (["y", "x", "x"], "gatekeeper", "gatekeeper_representative"),
    (["x", "x", "y"], "representative", "gatekeeper_representative"),
    (["x", "y", "x"], "consultant", "consultant"),
    (["x", "y", "z"], "liaison", "liaison"),
]


@pytest.mark.parametrize(("sectors", "directed_role", "role"), TRIADS)
@pytest.mark.parametrize(
    "edges",
    [[(0, 1), (1, 2)], [(2, 1), (1, 0)], [(0, 1), (2, 1)], [(1, 0), (1, 2)]],
    ids=["forward", "backward", "both-name-the-broker", "the-broker-names-both"],
)
def test_each_basic_triad_gives_its_role_on_the_collaboration_graph_whoever_reported(
    sectors, directed_role, role, edges
):
    counts = brokerage_roles(labelled(edges, sectors, directed=True))
    assert counts[role] == [0, 1, 0]
    assert all(counts[other] == [0, 0, 0] for other in ROLES if other != role)


@pytest.mark.parametrize(("sectors", "directed_role", "role"), TRIADS)
def test_each_basic_triad_gives_its_role_on_the_reported_direction(sectors, directed_role, role):
    counts = directed_brokerage_roles(labelled([(0, 1), (1, 2)], sectors, directed=True))
    assert counts[directed_role] == [0, 1, 0]
    assert all(counts[other] == [0, 0, 0] for other in DIRECTED_ROLES if other != directed_role)


@pytest.mark.parametrize(("sectors", "directed_role", "role"), TRIADS)
def test_the_reverse_direction_swaps_gatekeeper_and_representative(sectors, directed_role, role):
    swap = {"gatekeeper": "representative", "representative": "gatekeeper"}
    counts = directed_brokerage_roles(labelled([(2, 1), (1, 0)], sectors, directed=True))
    assert counts[swap.get(directed_role, directed_role)] == [0, 1, 0]


def test_a_partner_that_did_not_answer_brokers_between_those_who_named_it():
    # 0 and 2 both name 1 (who did not answer): no directed two-path, one collaboration path.
    graph = labelled([(0, 1), (2, 1)], ["x", "y", "z"], directed=True)
    assert directed_brokerage_roles(graph)["liaison"] == [0, 0, 0]
    assert brokerage_roles(graph)["liaison"] == [0, 1, 0]


@pytest.mark.parametrize("directed", [True, False])
def test_a_two_path_closed_by_a_direct_tie_is_no_brokerage(directed):
    closed = labelled([(0, 1), (1, 2), (0, 2)], ["x", "y", "z"], directed=True)
    count = directed_brokerage_roles if directed else brokerage_roles
    assert count(closed)["liaison"] == [0, 0, 0]


def test_a_tie_reported_the_other_way_closes_a_path_on_the_collaboration_graph_only():
    # 0 → 1 → 2 and 2 → 0: the reported direction leaves a → c open, the collaboration is there.
    graph = labelled([(0, 1), (1, 2), (2, 0)], ["x", "y", "z"], directed=True)
    assert directed_brokerage_roles(graph)["liaison"] == [1, 1, 1]
    assert brokerage_roles(graph)["liaison"] == [0, 0, 0]


def test_a_mutual_tie_is_not_a_path_back_to_oneself():
    mutual = labelled([(0, 1), (1, 0)], ["x", "y"], directed=True)
    assert all(sum(counts) == 0 for counts in brokerage_roles(mutual).values())
    assert all(sum(counts) == 0 for counts in directed_brokerage_roles(mutual).values())


def test_a_hub_between_three_groups_counts_every_pair_once_and_every_ordered_pair_directed():
    # 0 (x) and 2 (z) and 3 (w) each report to the hub 1 (y), which reports to all three.
    edges = [(0, 1), (2, 1), (3, 1), (1, 0), (1, 2), (1, 3)]
    hub = labelled(edges, ["x", "y", "z", "w"], directed=True)
    assert brokerage_roles(hub)["liaison"] == [0, 3, 0, 0]
    assert directed_brokerage_roles(hub)["liaison"] == [0, 6, 0, 0]


def test_reciprocity_counts_pairs_both_sides_report():
    # a<->b mutual, a->c one-sided, a->d with d a non-respondent.
    graph = labelled([(0, 1), (1, 0), (0, 2), (0, 3)], ["x"] * 4, directed=True,
                     responded=[True, True, True, False], finality=None)  # fmt: skip
    assert network_level.reciprocity(graph) == pytest.approx(1 / 2)
    assert network_level.reciprocity(graph, respondents_only=False) == pytest.approx(1 / 3)
    assert network_level.reciprocity(graph) == pytest.approx(
        graph.induced_subgraph([0, 1, 2]).reciprocity(mode="ratio")
    )


def test_finality_agreement_is_the_share_of_mutual_pairs_naming_the_same_finality():
    ties = [
        tie("a", "b", finality="afstemming"), tie("b", "a", finality="afstemming"),
        tie("a", "c", finality="doorverwijzen"), tie("c", "a", finality="activiteiten"),
        tie("b", "c", finality="afstemming"), tie("c", "b"),  # one side without finality
        tie("a", "d", finality="afstemming"),  # one-sided
    ]  # fmt: skip
    graph = build_graph(Dataset.from_records(ties))
    assert network_level.finality_agreement(graph) == pytest.approx(1 / 2)


def test_finality_agreement_is_undefined_without_mutual_ties():
    graph = build_graph(Dataset.from_records([tie("a", "b", finality="afstemming")]))
    assert math.isnan(network_level.finality_agreement(graph))


def test_light_ties_are_referral_and_information_sharing_over_answered_finalities():
    ties = [tie("a", "b", finality="doorverwijzen"), tie("a", "c", finality="informatiedeling"),
            tie("a", "d", finality="activiteiten"), tie("a", "e")]  # fmt: skip
    graph = build_graph(Dataset.from_records(ties))
    assert network_level.light_tie_share(graph) == pytest.approx(2 / 3)


def test_cross_sector_share_counts_pairs_of_different_sectors():
    graph = labelled([(0, 1), (1, 2), (2, 3)], ["zorg", "zorg", "welzijn", None])
    assert network_level.cross_sector_share(graph) == pytest.approx(1 / 2)


def test_components_and_isolates_are_counted():
    graph = ig.Graph([(0, 1), (2, 3)], n=5, directed=True)
    assert network_level.component_count(graph) == 3
    assert network_level.isolate_count(graph) == 1
    assert network_level.largest_component_share(graph) == pytest.approx(2 / 5)


def test_wished_ties_are_absent_unless_a_tie_with_the_actor_or_category_exists(small_ecosystem):
    graph = build_graph(small_ecosystem)
    data = small_ecosystem.for_round("2025")
    wishes = survey.wished_absent_ties(data, graph)
    absent = {(w["respondent"], w["partner"]): (w["target_kind"], w["absent"])
              for w in wishes.iter_rows(named=True)}  # fmt: skip
    assert absent[("caw", "Huisartsen")] == ("category", True)  # no tie with any GP
    assert absent[("caw", "sh")] == ("actor", False)  # they already work together
    assert absent[("sh", "Basisschool De Linde")] == ("actor", True)
    assert absent[("hj", "Huisartsen")] == ("category", False)  # tied to Dr. Peeters, a GP
    assert survey.wished_absent_share(wishes) == pytest.approx(1 / 2)
    # Who receives each wish: the wished actor, or every member of the wished category.
    targets = {(w["respondent"], w["partner"]): w["targets"] for w in wishes.iter_rows(named=True)}
    assert targets[("caw", "sh")] == ["sh"]
    assert targets[("caw", "Huisartsen")] == ["dp", "hj"]


def test_unknown_actors_count_distinct_respondents_not_knowing_them(small_ecosystem):
    unknown = survey.unknown_actors(small_ecosystem)
    assert unknown.rows() == [("dp", "Dr. Peeters", "zorg", 2)]


def test_response_rate_shows_who_is_missing(small_ecosystem):
    graph = build_graph(small_ecosystem)
    rates = {
        row[0]: row[1:] for row in survey.response_rate(small_ecosystem, graph, "actor_type").rows()
    }
    assert rates["zelfstandige_zorgprofessional"] == (2, 1, 0.5)
    assert rates["andere_organisatie"] == (1, 0, 0.0)

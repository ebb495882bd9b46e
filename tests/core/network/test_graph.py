"""Building the collaboration graph from survey answers."""

import pytest
from tests.core.network.builders import tie

from netwerkkaart.core.dataset import Dataset
from netwerkkaart.core.model import Actor
from netwerkkaart.core.network.graph import build_graph, collaboration_graph, intensity


def by_id(graph):
    return {v["id"]: v for v in graph.vs}


def test_intensity_is_finality_rank_times_frequency_factor():
    assert intensity("doorverwijzen", "minder") == 0.25
    assert intensity("activiteiten", "dagelijks") == 4.0
    assert intensity("afstemming", "wekelijks") == 2.25
    assert intensity(None, None) == 0.5  # lightest finality, middle frequency


def test_partners_are_matched_to_the_register_by_id_or_folded_name(small_ecosystem):
    graph = build_graph(small_ecosystem)
    nodes = by_id(graph)
    # "Sociaal huis" and "DR PEETERS" are register names written differently.
    assert {"sh", "dp", "caw", "hj"} <= set(nodes)
    assert graph.are_adjacent(graph.vs.find(id="caw").index, graph.vs.find(id="sh").index)


def test_an_unregistered_partner_becomes_one_node_with_its_partner_group(small_ecosystem):
    nodes = by_id(build_graph(small_ecosystem))
    unregistered = [v for v in nodes.values() if not v["registered"]]
    assert [v["id"] for v in unregistered] == ["Buurtcomité Leefhoek"]  # two spellings, one node
    assert unregistered[0]["sector"] == "informeel"
    assert unregistered[0]["responded"] is False


def test_nodes_carry_register_attributes_and_whether_they_responded(small_ecosystem):
    nodes = by_id(build_graph(small_ecosystem))
    assert nodes["hj"]["category"] == "Huisartsen"
    assert nodes["hj"]["actor_type"] == "zelfstandige_zorgprofessional"
    assert nodes["hj"]["responded"] is True
    assert nodes["dp"]["responded"] is False
    assert "school" not in nodes  # a register actor nobody named and who did not answer


def test_edges_carry_the_answers_and_their_intensity(small_ecosystem):
    graph = build_graph(small_ecosystem)
    caw, sh = graph.vs.find(id="caw").index, graph.vs.find(id="sh").index
    edge = graph.es[graph.get_eid(caw, sh)]
    assert (edge["finality"], edge["frequency"], edge["weight"]) == (
        "afstemming",
        "wekelijks",
        2.25,
    )
    assert graph.is_directed() and graph.ecount() == 5


def test_a_tie_reported_twice_keeps_the_more_intense_report():
    ties = [tie("a", "b", finality="doorverwijzen"), tie("a", "b", finality="activiteiten")]
    graph = build_graph(Dataset.from_records(ties))
    assert graph.ecount() == 1
    assert graph.es[0]["finality"] == "activiteiten"


def test_the_latest_round_is_taken_unless_another_is_asked():
    ties = [tie("a", "b", round_id="2023"), tie("a", "c", round_id="2025")]
    data = Dataset.from_records(ties)
    assert sorted(build_graph(data).vs["id"]) == ["a", "c"]
    assert sorted(build_graph(data, round_id="2023").vs["id"]) == ["a", "b"]


def test_a_sector_subset_keeps_ties_touching_the_sector(small_ecosystem):
    graph = build_graph(small_ecosystem, sector="welzijn")
    assert sorted(graph.vs["id"]) == ["caw", "sh"]
    assert graph.ecount() == 2


def test_a_location_subset_keeps_the_answers_of_its_respondents():
    ties = [tie("a", "b", location="Stederen"), tie("c", "d", location="Gemeentegem")]
    graph = build_graph(Dataset.from_records(ties), location="Stederen")
    assert sorted(graph.vs["id"]) == ["a", "b"]


def test_the_collaboration_graph_has_one_edge_per_pair_with_the_stronger_intensity():
    ties = [tie("a", "b", finality="doorverwijzen", frequency="dagelijks"),
            tie("b", "a", finality="activiteiten", frequency="dagelijks")]  # fmt: skip
    undirected = collaboration_graph(build_graph(Dataset.from_records(ties)))
    assert undirected.ecount() == 1
    assert undirected.es[0]["weight"] == 4.0
    assert undirected.es[0]["reports"] == 2


def test_register_sector_falls_back_to_the_respondent_type():
    actors = [Actor("a", "A")]
    graph = build_graph(
        Dataset.from_records([tie("a", "b", kind="welzijnsorganisatie")], actors=actors)
    )
    assert by_id(graph)["a"]["sector"] == "welzijn"
    assert by_id(graph)["a"]["actor_type"] == "welzijnsorganisatie"


@pytest.mark.parametrize("sector", [None, "zorg"])
def test_an_empty_dataset_gives_an_empty_graph(sector):
    assert build_graph(Dataset(), sector=sector).vcount() == 0

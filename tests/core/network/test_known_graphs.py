"""Known-answer tests on published graphs: Krackhardt's kite, Zachary's karate club, Padgett's
Florentine families. Published values are checked to the decimals they were published with;
networkx, which ships the graphs, is the independent oracle for the rest."""

import igraph as ig
import networkx as nx
import pytest

from netwerkkaart.core.network.measures import actor_level, groups, network_level


def to_igraph(graph: nx.Graph) -> tuple[ig.Graph, list]:
    nodes = list(graph)
    position = {node: i for i, node in enumerate(nodes)}
    result = ig.Graph([(position[a], position[b]) for a, b in graph.edges()], n=len(nodes))
    result.vs["id"] = [str(node) for node in nodes]
    for key in {k for _, data in graph.nodes(data=True) for k in data}:
        result.vs[key] = [graph.nodes[node].get(key) for node in nodes]
    if all("weight" in data for *_, data in graph.edges(data=True)) and graph.number_of_edges():
        result.es["weight"] = [data["weight"] for *_, data in graph.edges(data=True)]
    return result, nodes


# Freeman betweenness, normalised (networkx test_betweenness_centrality.py, from UCINET).
KITE_BETWEENNESS = [0.023, 0.023, 0.000, 0.102, 0.000, 0.231, 0.231, 0.389, 0.222, 0.000]
FLORENTINE_BETWEENNESS = {
    "Acciaiuoli": 0.000, "Albizzi": 0.212, "Barbadori": 0.093, "Bischeri": 0.104,
    "Castellani": 0.055, "Ginori": 0.000, "Guadagni": 0.255, "Lamberteschi": 0.000,
    "Medici": 0.522, "Pazzi": 0.000, "Peruzzi": 0.022, "Ridolfi": 0.114, "Salviati": 0.143,
    "Strozzi": 0.103, "Tornabuoni": 0.092,
}  # fmt: skip


def test_kite_betweenness_matches_the_published_values():
    kite, _ = to_igraph(nx.krackhardt_kite_graph())
    assert actor_level.betweenness(kite) == pytest.approx(KITE_BETWEENNESS, abs=1e-3)


def test_florentine_medici_are_the_bridge_between_families():
    florentine, nodes = to_igraph(nx.florentine_families_graph())
    values = dict(zip(nodes, actor_level.betweenness(florentine), strict=True))
    assert values == pytest.approx(FLORENTINE_BETWEENNESS, abs=1e-3)
    assert max(values, key=values.get) == "Medici"


def test_harmonic_closeness_of_paths_matches_the_published_values():
    # networkx test_harmonic_centrality.py: P3 and P4, unnormalised.
    p3, _ = to_igraph(nx.path_graph(3))
    p4, _ = to_igraph(nx.path_graph(4))
    assert actor_level.closeness(p3, normalized=False) == pytest.approx([1.5, 2, 1.5])
    assert actor_level.closeness(p4, normalized=False) == pytest.approx([11 / 6, 2.5, 2.5, 11 / 6])


@pytest.mark.parametrize("make", [nx.krackhardt_kite_graph, nx.florentine_families_graph])
def test_harmonic_closeness_agrees_with_networkx(make):
    graph = make()
    graph.add_node("isolate")  # harmonic closeness must stay defined when parts are cut off
    ours, nodes = to_igraph(graph)
    expected = nx.harmonic_centrality(graph)
    n = graph.number_of_nodes()
    assert actor_level.closeness(ours) == pytest.approx([expected[v] / (n - 1) for v in nodes])


def test_karate_degree_centralisation_follows_freeman():
    # Degrees sum to 156 and peak at 17 (node 33): (34 * 17 - 156) / (33 * 32) = 422 / 1056.
    karate, _ = to_igraph(nx.karate_club_graph())
    assert network_level.degree_centralisation(karate) == pytest.approx(0.39962, abs=1e-5)


def test_star_is_fully_centralised_and_a_cycle_not_at_all():
    star, _ = to_igraph(nx.star_graph(5))
    cycle, _ = to_igraph(nx.cycle_graph(6))
    assert network_level.degree_centralisation(star) == 1.0
    assert network_level.degree_centralisation(cycle) == 0.0


def test_karate_density_is_78_ties_over_561_pairs():
    karate, _ = to_igraph(nx.karate_club_graph())
    assert network_level.density(karate) == pytest.approx(78 / 561)
    assert network_level.tie_count(karate) == 78


def test_karate_core_numbers_agree_with_networkx():
    graph = nx.karate_club_graph()
    ours, nodes = to_igraph(graph)
    expected = nx.core_number(graph)
    assert actor_level.core_number(ours) == [expected[v] for v in nodes]
    assert max(expected.values()) == 4


# Burt's example (networkx test_structuralholes.py, computed with UCINET and igraph, by hand).
BURT_EDGES = {
    ("A", "B"): 2, ("A", "F"): 3, ("A", "G"): 5, ("A", "E"): 2, ("E", "G"): 8,
    ("F", "G"): 3, ("B", "G"): 4, ("B", "D"): 1, ("D", "G"): 3, ("G", "C"): 10,
}  # fmt: skip


def burt_graph(weighted: bool) -> tuple[ig.Graph, list]:
    graph = nx.Graph()
    for (a, b), w in BURT_EDGES.items():
        graph.add_edge(a, b, **({"weight": w} if weighted else {}))
    return to_igraph(graph)


def test_burt_constraint_matches_the_published_example():
    graph, nodes = burt_graph(weighted=False)
    values = dict(zip(nodes, actor_level.constraint(graph), strict=True))
    assert values["G"] == pytest.approx(0.400, abs=1e-3)
    assert values["A"] == pytest.approx(0.595, abs=1e-3)
    assert values["C"] == pytest.approx(1.000, abs=1e-3)


def test_weighted_burt_constraint_matches_the_published_example():
    graph, nodes = burt_graph(weighted=True)
    values = dict(zip(nodes, actor_level.constraint(graph, weight="weight"), strict=True))
    assert values["G"] == pytest.approx(0.299, abs=1e-3)
    assert values["A"] == pytest.approx(0.795, abs=1e-3)


def test_effective_size_matches_the_published_example():
    graph, nodes = burt_graph(weighted=False)
    values = dict(zip(nodes, actor_level.effective_size(graph), strict=True))
    assert values["G"] == pytest.approx(4.67, abs=1e-2)
    assert values["A"] == pytest.approx(2.50, abs=1e-2)
    assert values["C"] == pytest.approx(1.00, abs=1e-2)


def test_constraint_and_effective_size_are_undefined_for_an_isolate():
    graph = ig.Graph([(0, 1)], n=3)
    assert actor_level.constraint(graph)[2] != actor_level.constraint(graph)[2]  # nan
    assert actor_level.effective_size(graph)[2] != actor_level.effective_size(graph)[2]


def test_karate_assortativity_by_club_agrees_with_networkx():
    graph = nx.karate_club_graph()
    ours, _ = to_igraph(graph)
    expected = nx.attribute_assortativity_coefficient(graph, "club")
    assert groups.assortativity(ours, "club") == pytest.approx(expected)
    assert expected > 0.7  # the two factions of Zachary's study keep to themselves


def test_karate_ei_index_by_club_counts_ties_across_the_split():
    graph = nx.karate_club_graph()
    ours, _ = to_igraph(graph)
    external = sum(graph.nodes[a]["club"] != graph.nodes[b]["club"] for a, b in graph.edges())
    assert external == 11  # (11 - 67) / 78 = -0.718
    assert groups.ei_index(ours, "club") == pytest.approx(-0.71795, abs=1e-5)


def test_leiden_finds_the_karate_communities_deterministically():
    karate, _ = to_igraph(nx.karate_club_graph())
    first = groups.communities(karate, seed=7, weight=None)
    assert first == groups.communities(karate, seed=7, weight=None)
    sizes = [first.count(c) for c in range(max(first) + 1)]
    assert sizes == sorted(sizes, reverse=True)  # numbered by decreasing size
    # The best known modularity of the unweighted karate club is 0.4198 (four communities).
    assert groups.modularity(karate, first, weight=None) == pytest.approx(0.4198, abs=2e-3)

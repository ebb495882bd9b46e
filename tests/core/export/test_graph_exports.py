"""Graph exports read back by networkx and igraph, attributes and all."""

import igraph as ig
import networkx as nx
import pytest
from lxml import etree

from netwerkkaart.core.dataset import Dataset
from netwerkkaart.core.export import pseudonymise, strip_graph_attributes, write_graph
from netwerkkaart.core.model import Actor, Tie
from netwerkkaart.core.network import build_graph


@pytest.fixture
def graph() -> ig.Graph:
    actors = [
        Actor("caw", "CAW Oost", "welzijnsorganisatie", "welzijn", "CAW", "Gemeentegem", "regio",
              40, 900, {"email": "onthaal@caw.example", "notes": "=HYPERLINK(\"x\")"}),
        Actor("sh", 'Sociaal Huis "Leefhoek"', "lokaal_bestuur", "lokaal_bestuur", "OCMW"),
    ]  # fmt: skip
    ties = [
        Tie("caw", "welzijnsorganisatie", "Gemeentegem", "sh", "lokaal_bestuur", "afstemming",
            "wekelijks", "goed", "meer", round="2025"),
        Tie("sh", "lokaal_bestuur", "Gemeentegem", "caw", "welzijn", "activiteiten", round="2025"),
        Tie("sh", "lokaal_bestuur", "Gemeentegem", "Buurtcomité Leefhoek", "informeel",
            "doorverwijzen", "minder", round="2025"),
    ]  # fmt: skip
    return strip_graph_attributes(build_graph(Dataset.from_records(ties, actors=actors)))


def nodes_of(graph: ig.Graph) -> dict:
    return {v["id"]: v.attributes() for v in graph.vs}


def test_graphml_round_trips_through_networkx_with_every_attribute(graph, tmp_path):
    path = write_graph(graph, tmp_path / "net.graphml", "graphml")
    back = nx.read_graphml(path)
    assert set(back) == {"caw", "sh", "Buurtcomité Leefhoek"}
    assert back.nodes["caw"] == {"name": "CAW Oost", "sector": "welzijn",
                                 "actor_type": "welzijnsorganisatie", "category": "CAW",
                                 "location": "Gemeentegem", "scope": "regio", "employees": 40,
                                 "clients": 900, "responded": True, "registered": True,
                                 "email": "onthaal@caw.example", "notes": '=HYPERLINK("x")'}  # fmt: skip
    edge = back.edges["caw", "sh"]
    assert edge == {"finality": "afstemming", "frequency": "wekelijks", "evaluation": "goed",
                    "evolution": "meer", "respondent_type": "welzijnsorganisatie", "weight": 2.25}  # fmt: skip
    assert back.is_directed() and back.number_of_edges() == 3


def test_graphml_round_trips_through_igraph(graph, tmp_path):
    back = ig.Graph.Read_GraphML(str(write_graph(graph, tmp_path / "net.graphml", "graphml")))
    assert nodes_of(back)["sh"]["name"] == 'Sociaal Huis "Leefhoek"'
    assert nodes_of(back)["caw"]["responded"] is True
    assert sorted(back.es["weight"]) == sorted(graph.es["weight"])


def test_gexf_is_version_1_3_with_declared_attributes(graph, tmp_path):
    path = write_graph(graph, tmp_path / "net.gexf", "gexf")
    tree = etree.parse(str(path))
    ns = {"g": "http://gexf.net/1.3"}
    root = tree.getroot()
    assert root.tag == "{http://gexf.net/1.3}gexf" and root.get("version") == "1.3"
    for kind in ("node", "edge"):
        declared = {
            a.get("id")
            for a in root.iterfind(f"g:graph/g:attributes[@class='{kind}']/g:attribute", ns)
        }
        used = {
            v.get("for")
            for v in root.iterfind(f"g:graph/g:{kind}s/g:{kind}/g:attvalues/g:attvalue", ns)
        }
        assert used and used <= declared
    node_ids = {n.get("id") for n in root.iterfind("g:graph/g:nodes/g:node", ns)}
    for edge in root.iterfind("g:graph/g:edges/g:edge", ns):
        assert {edge.get("source"), edge.get("target")} <= node_ids


def test_gexf_round_trips_through_networkx(graph, tmp_path):
    back = nx.read_gexf(write_graph(graph, tmp_path / "net.gexf", "gexf"))
    assert back.nodes["caw"]["label"] == "CAW Oost"
    assert back.nodes["caw"]["employees"] == 40 and back.nodes["caw"]["responded"] is True
    assert back.edges["sh", "caw"]["finality"] == "activiteiten"
    assert back.edges["caw", "sh"]["weight"] == 2.25


def test_pajek_keeps_labels_and_weights_only(graph, tmp_path):
    path = write_graph(graph, tmp_path / "net.net", "pajek")
    back = nx.read_pajek(path)
    assert set(back) == {"caw", "sh", "Buurtcomité Leefhoek"}
    weights = {(a, b): d["weight"] for a, b, d in back.edges(data=True)}
    assert weights[("caw", "sh")] == 2.25 and weights[("sh", "caw")] == 2.0
    assert ig.Graph.Read_Pajek(str(path)).ecount() == 3


def test_csv_export_writes_nodes_and_edges(graph, tmp_path):
    folder = write_graph(graph, tmp_path / "csv", "csv")
    nodes = (folder / "nodes.csv").read_text(encoding="utf-8")
    edges = (folder / "edges.csv").read_text(encoding="utf-8").splitlines()
    assert nodes.startswith("id,name,")
    assert "'=HYPERLINK" in nodes  # formula-safe
    assert edges[0].startswith("source,target,finality")
    assert len(edges) == 4


def test_pseudonymising_replaces_names_and_drops_free_text_and_contacts(graph, tmp_path):
    anonymous, mapping = pseudonymise(graph, secret=b"k")
    assert set(anonymous.vs["id"]) == {"actor-0001", "actor-0002", "actor-0003"}
    assert anonymous.vs["name"] == anonymous.vs["id"]
    assert {"email", "notes", "employees", "clients"}.isdisjoint(anonymous.vs.attributes())
    assert "sector" in anonymous.vs.attributes()
    text = write_graph(anonymous, tmp_path / "p.graphml", "graphml").read_text(encoding="utf-8")
    assert "CAW Oost" not in text and "Sociaal Huis" not in text
    assert "onthaal@" not in text and "Leefhoek" not in text
    assert set(mapping.get_column("id")) == {"caw", "sh", "Buurtcomité Leefhoek"}


def test_pseudonyms_are_stable_for_one_key_and_differ_between_exports(graph):
    first, _ = pseudonymise(graph, secret=b"one")
    again, _ = pseudonymise(graph, secret=b"one")
    orders = {tuple(pseudonymise(graph)[0].vs["id"]) for _ in range(6)}
    assert first.vs["id"] == again.vs["id"]
    assert len(orders) > 1  # a fresh secret per export

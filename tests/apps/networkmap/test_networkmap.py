"""The map's data: the round's graph, positions, labels for the member; profiles; privacy."""

from __future__ import annotations

import polars as pl
import pytest

from netwerkkaart.core.network import analyse

PAGE = "/w/gemeentegem/map/2026/"
GRAPH = "/w/gemeentegem/map/2026/graph.json"


@pytest.fixture
def expected(demo):
    return analyse(demo, round_id="2026")


def test_latest_goes_to_the_newest_round(world, demo):
    response = world.client_for("vera").get("/w/gemeentegem/map/")
    assert response.status_code == 302
    assert response.url == PAGE


def test_page_carries_the_data_urls_and_vendored_library(world, demo):
    html = world.client_for("alice").get(PAGE).content.decode()
    assert "/static/vendor/cytoscape/cytoscape.min.js" in html
    assert GRAPH in html
    assert "https://" not in html, "nothing is loaded from outside the site"


def test_graph_has_every_actor_and_tie_of_the_round(world, demo, expected):
    data = world.client_for("alice").get(GRAPH).json()
    graph = expected.graph
    assert len(data["nodes"]["x"]) == graph.vcount()
    assert len(data["edges"]["source"]) == graph.ecount()
    assert sorted(data["nodes"]["label"]) == sorted(graph.vs["name"])
    assert all(0 <= x <= 1000 for x in data["nodes"]["x"] + data["nodes"]["y"])
    index = graph.vs["name"].index("Sociaal Huis Stederen (OCMW)")
    assert data["nodes"]["measures"]["partners"][index] == expected.actors["partners"][index]


def test_mutual_ties_are_marked(world, demo, expected):
    data = world.client_for("alice").get(GRAPH).json()
    pairs = set(zip(data["edges"]["source"], data["edges"]["target"], strict=True))
    for s, t, mutual in zip(data["edges"]["source"], data["edges"]["target"],
                            data["edges"]["mutual"], strict=True):  # fmt: skip
        assert bool(mutual) == ((t, s) in pairs)


def test_viewer_gets_categories_and_no_ids_or_names(world, demo):
    response = world.client_for("vera").get(GRAPH)
    body = response.content.decode()
    names = [n for n in demo.actors.get_column("name").to_list() if len(n) >= 12]
    assert [n for n in names if n in body] == []
    assert "ST-KINE-DRISS" not in body and "GG-HA-01" not in body
    data = response.json()
    assert data["names"] is False
    assert "Huisartsen" in data["nodes"]["label"]
    # One OCMW/Sociaal Huis per municipality: the category would name it, so its sector shows.
    assert "OCMW/Sociaal Huis" not in data["nodes"]["label"]
    assert "Lokaal bestuur" in data["nodes"]["label"]


def test_profile_lists_partners_measures_and_wishes(world, demo, expected):
    index = expected.graph.vs["name"].index("Sociaal Huis Stederen (OCMW)")
    html = world.client_for("alice").get(f"/w/gemeentegem/map/2026/actor/{index}/").content
    html = html.decode()
    partners = expected.actors["partners"][index]
    assert f"{partners} partners" in html
    assert "Bruggenbouwer" in html  # the betweenness measure, by its plain name


def _wished_by(demo, actor_id: str) -> int:
    """Distinct respondents of round 2026 whose wish names ``actor_id`` or its category."""
    actors = demo.actors
    category = actors.filter(pl.col("id") == actor_id)["category"].item()
    wishes = demo.wishes.filter(pl.col("round") == "2026")
    named = wishes.filter(
        ((pl.col("partner") == actor_id) | (pl.col("partner") == category))
        & (pl.col("respondent") != actor_id)
    )
    return named["respondent"].n_unique()


def test_profile_counts_who_wishes_more_with_the_actor_and_never_lists_a_wish(
    world, demo, expected
):
    index = expected.graph.vs["name"].index("Sociaal Huis Stederen (OCMW)")
    actor_id = expected.graph.vs[index]["id"]
    html = world.client_for("alice").get(f"/w/gemeentegem/map/2026/actor/{index}/").content
    html = html.decode()
    count = _wished_by(demo, actor_id)
    assert count >= 5
    assert f"{count} respondenten willen meer of beter samenwerken met deze actor" in html
    # What this respondent wished itself, and who wished what, is never listed.
    assert "Huisartsen (meer samenwerken)" not in html and "als „" not in html
    assert "alleen opgeteld getoond" in html


def test_viewer_profile_shows_the_sector_where_the_category_names_one_actor(world, demo, expected):
    index = expected.graph.vs["name"].index("Sociaal Huis Stederen (OCMW)")
    html = world.client_for("vera").get(f"/w/gemeentegem/map/2026/actor/{index}/").content
    html = html.decode()
    names = [n for n in demo.actors.get_column("name").to_list() if len(n) >= 12]
    assert [n for n in names if n in html] == []
    assert "GG-" not in html and "ST-" not in html
    assert "OCMW/Sociaal Huis" not in html  # one per municipality: it would name the actor
    assert "<h2>Lokaal bestuur</h2>" in html


def test_viewer_sees_no_persona_on_the_page_in_the_graph_or_in_her_profile(world, demo, expected):
    vera = world.client_for("vera")
    index = expected.graph.vs["id"].index("ST-KINE-DRISS")
    bodies = [vera.get(PAGE), vera.get(GRAPH), vera.get(f"/w/gemeentegem/map/2026/actor/{index}/")]
    for response in bodies:
        body = response.content.decode()
        assert response.status_code == 200
        for revealing in ("Driss", "DRISS", "Amrani", "Kinepraktijk", "ST-KINE"):
            assert revealing not in body
    assert "Kinesitherapeut" in bodies[2].content.decode()


def test_unknown_round_actor_and_outsider(world, demo):
    alice = world.client_for("alice")
    assert alice.get("/w/gemeentegem/map/1999/").status_code == 404
    assert alice.get("/w/gemeentegem/map/1999/graph.json").status_code == 404
    assert alice.get("/w/gemeentegem/map/2026/actor/99999/").status_code == 404
    assert world.client_for("charlie").get(GRAPH).status_code == 404


def test_layout_is_stable_between_requests(world, demo):
    from django.core.cache import cache

    first = world.client_for("alice").get(GRAPH).json()["nodes"]["x"]
    cache.clear()
    assert world.client_for("alice").get(GRAPH).json()["nodes"]["x"] == first


def test_every_node_and_tie_points_into_the_filters_legends(world, demo, expected):
    data = world.client_for("alice").get(GRAPH).json()
    legend, nodes, edges = data["legend"], data["nodes"], data["edges"]
    graph = expected.graph
    sectors = [s["code"] for s in legend["sectors"]]
    assert [sectors[i] if i >= 0 else None for i in nodes["sector"]] == graph.vs["sector"]
    locations = legend["locations"]
    assert [locations[i] if i >= 0 else None for i in nodes["location"]] == [
        loc or None for loc in graph.vs["location"]
    ]
    finalities = [f["code"] for f in legend["finalities"]]
    assert [finalities[i] if i >= 0 else None for i in edges["finality"]] == graph.es["finality"]
    assert {m["code"] for m in legend["measures"]} == set(nodes["measures"])

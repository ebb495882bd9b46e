"""The network map in a real browser: every node drawn, filters, search and profile, downloads,
and a viewer who sees categories only."""

from __future__ import annotations

import pytest

from netwerkkaart.apps.rounds.services import import_dataset
from netwerkkaart.core.network import analyse

URL = "/w/gemeentegem/map/2026/"
# Functions, not bare expressions: Playwright evaluates a bare one with eval, which the page's
# Content-Security-Policy refuses.
READY = "() => window.netwerkkaartMap && window.netwerkkaartMap.drawnAt !== null"


def visible(page, what: str) -> int:
    return page.evaluate(f"netwerkkaartMap.cy.{what}().not('.hidden').length")


def test_map_draws_every_actor_and_filters_by_sector(login_as, demo):
    graph = analyse(demo, round_id="2026").graph
    page = login_as("alice")
    page.goto(URL)
    page.wait_for_function(READY)
    assert page.evaluate("netwerkkaartMap.cy.nodes().length") == graph.vcount()
    assert page.evaluate("netwerkkaartMap.cy.edges().length") == graph.ecount()
    assert visible(page, "nodes") == graph.vcount()

    page.uncheck("#sector-zorg")
    care = sum(1 for s in graph.vs["sector"] if s == "zorg")
    assert visible(page, "nodes") == graph.vcount() - care
    assert f"{graph.vcount() - care} actoren" in page.inner_text("#map-summary")

    page.uncheck("#finality-doorverwijzen")
    shown = page.evaluate("netwerkkaartMap.cy.edges().not('.hidden').map(e => e.data('finality'))")
    assert shown and 0 not in shown  # referral is the first finality


def test_search_opens_the_profile(login_as, demo):
    page = login_as("alice")
    page.goto(URL)
    page.wait_for_function(READY)
    page.fill("#map-search", "Sociaal Huis Stederen")
    page.press("#map-search", "Enter")
    page.wait_for_selector("#map-profile h2")
    assert "Sociaal Huis Stederen (OCMW)" in page.inner_text("#map-profile h2")
    # A partner in the profile opens that partner's profile in turn.
    page.click("#map-profile [data-actor] >> nth=0")
    page.wait_for_function(
        "() => !document.querySelector('#map-profile h2').innerText.startsWith('Sociaal Huis Sted')"
    )


def test_png_and_svg_downloads(login_as, demo):
    page = login_as("alice")
    page.goto(URL)
    page.wait_for_function(READY)
    for button, suffix, magic in (("#map-png", ".png", b"\x89PNG"), ("#map-svg", ".svg", b"<svg")):
        with page.expect_download() as download:
            page.click(button)
        path = download.value.path()
        assert download.value.suggested_filename == f"netwerkkaart-gemeentegem-2026{suffix}"
        with open(path, "rb") as handle:
            assert handle.read(4) == magic[:4]


def test_viewer_sees_categories_and_no_names(login_as, demo):
    page = login_as("vera")
    page.goto(URL)
    page.wait_for_function(READY)
    labels = page.evaluate("netwerkkaartMap.cy.nodes().map(n => n.data('label'))")
    names = [n for n in demo.actors.get_column("name").to_list() if len(n) >= 12]
    assert not set(labels) & set(names)
    # A category with several actors in every location is shown; a single OCMW per
    # municipality would be named by its category, so its sector shows instead.
    assert "Apotheken" in labels
    assert "OCMW/Sociaal Huis" not in labels
    assert "Lokaal bestuur" in labels
    assert page.locator("#map-labels option[value=name]").count() == 0
    text = page.inner_text("body")
    assert [n for n in names if n in text] == []


@pytest.mark.slow
def test_a_large_network_draws_its_ties_on_a_layer_of_its_own(login_as, world):
    from benchmarks.bench_network import synthetic_ecosystem

    data, _edges = synthetic_ecosystem(1600)
    import_dataset(world.workspace, data, user=None)
    graph = analyse(data).graph
    page = login_as("alice")
    page.goto("/w/gemeentegem/map/2025/")
    page.wait_for_function(READY, timeout=60_000)
    assert page.evaluate("netwerkkaartMap.cy.nodes().length") == graph.vcount()
    # The ties are not Cytoscape elements but lines on the canvas under Cytoscape's.
    assert page.evaluate("netwerkkaartMap.cy.edges().length") == 0
    assert page.evaluate("netwerkkaartMap.layer.drawn") == graph.ecount()
    assert page.evaluate("netwerkkaartMap.visible()") == {
        "nodes": graph.vcount(),
        "edges": graph.ecount(),
    }
    assert page.input_value("#map-labels") == "none"

    page.uncheck("#finality-doorverwijzen")
    referral = sum(1 for f in graph.es["finality"] if f == "doorverwijzen")
    page.wait_for_function(f"() => netwerkkaartMap.layer.drawn === {graph.ecount() - referral}")

    # Searching focuses the actor and draws its ties highlighted; the PNG holds ties and nodes.
    name = page.evaluate("netwerkkaartMap.data.nodes.label[7]")
    page.fill("#map-search", name)
    page.press("#map-search", "Enter")
    page.wait_for_selector("#map-profile h2")
    assert page.inner_text("#map-profile h2") == name
    assert page.evaluate("netwerkkaartMap.layer.highlight") == 7
    with page.expect_download() as download:
        page.click("#map-png")
    with open(download.value.path(), "rb") as handle:
        assert handle.read(4) == b"\x89PNG"

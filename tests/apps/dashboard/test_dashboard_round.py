"""The dashboard of a round: figures equal the core's, suppression visible, filters, roles."""

from __future__ import annotations

import re

import pytest

from netwerkkaart.core.network import analyse
from netwerkkaart.core.network.findings import bridge_builders, format_value

URL = "/w/gemeentegem/dashboard/2026/"


def text_of(response) -> str:
    html = response.content.decode()
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


@pytest.fixture
def expected(demo):
    """The core's own analysis of the demo's round 2026, with the register's names."""
    return analyse(demo, round_id="2026")


def test_latest_redirects_to_the_newest_round(world, demo):
    response = world.client_for("vera").get("/w/gemeentegem/dashboard/")
    assert response.status_code == 302
    assert response.url == URL


def test_a_workspace_without_rounds_says_so(world):
    response = world.client_for("alice").get("/w/gemeentegem/dashboard/")
    assert response.status_code == 200
    assert "nog geen ronde" in response.content.decode()


def test_figures_are_the_cores(world, demo, expected):
    page = text_of(world.client_for("alice").get(URL))
    for measure in ("actors", "respondents", "ties", "density", "light_tie_share"):
        figure = expected.figure(measure)
        assert format_value(measure, figure.value, "nl") in page, measure
    assert f"{expected.figure('respondents').value} respondenten meldden samen" in page


def test_coordinator_sees_bridge_builders_by_name(world, demo, expected):
    page = text_of(world.client_for("alice").get(URL))
    top = bridge_builders(expected, 3).get_column("name").to_list()
    assert top[0] == "Sociaal Huis Stederen (OCMW)"
    positions = [page.index(name) for name in top]
    assert positions == sorted(positions), "bridge builders are listed best first"


def test_suppressed_figures_read_as_not_shown_never_as_zero(world, demo, expected):
    response = world.client_for("alice").get(URL)
    html = response.content.decode()
    informal = expected.response.filter(
        (expected.response["by"] == "sector") & (expected.response["group"] == "informeel")
    )
    assert informal["suppressed"].item() is True
    row = re.search(r"<tr[^>]*><th scope=\"row\">Informele actoren</th>(.*?)</tr>", html, re.S)
    assert row is not None
    assert "niet getoond" in row.group(1)
    assert ">0<" not in row.group(1).replace(" ", "")


def test_tables_of_the_report_are_shown(world, demo):
    page = text_of(world.client_for("alice").get(URL))
    for title in ("Tabel 1", "Tabel 2", "Tabel 3", "Tabel 4", "Tabel 5 en 6"):
        assert title in page


def test_english_page_uses_english_labels(world, demo):
    client = world.client_for("alice")
    client.cookies["django_language"] = "en"
    page = text_of(client.get(URL))
    assert "respondents together reported" in page
    assert "Bridge builders linking sectors" in page


def test_filter_by_location_recomputes(world, demo):
    expected = analyse(demo, round_id="2026", location="Stederen")
    page = text_of(world.client_for("alice").get(URL, {"location": "Stederen"}))
    respondents = expected.figure("respondents").value
    assert f"{respondents} respondenten meldden samen" in page
    assert "Gefilterd" in page


def test_filter_by_sector_recomputes(world, demo):
    expected = analyse(demo, round_id="2026", sector="welzijn")
    page = text_of(world.client_for("alice").get(URL, {"sector": "welzijn"}))
    assert f"{format_value('ties', expected.figure('ties').value)} samenwerkingen met" in page


def test_unknown_filter_value_shows_everything(world, demo, expected):
    page = text_of(world.client_for("alice").get(URL, {"location": "Atlantis"}))
    assert f"{expected.figure('respondents').value} respondenten meldden samen" in page
    assert "Gefilterd" not in page


def test_htmx_request_gets_only_the_content(world, demo):
    response = world.client_for("alice").get(
        URL, {"location": "Stederen"}, headers={"HX-Request": "true"}
    )
    html = response.content.decode()
    assert "<html" not in html
    assert "In het kort" in html


def test_viewer_sees_no_actor_names(world, demo):
    response = world.client_for("vera").get(URL)
    assert response.status_code == 200
    html = response.content.decode()
    names = [n for n in demo.actors.get_column("name").to_list() if len(n) > 12]
    leaked = [name for name in names if name in html]
    assert leaked == []
    # The bridge builders by category: one OCMW per municipality would be named, so its sector.
    bridges = html.split('<table id="bridges">')[1].split("</table>")[0]
    assert "OCMW/Sociaal Huis" not in bridges
    assert "Lokaal bestuur" in bridges


def test_outsider_and_unknown_round_get_404(world, demo):
    assert world.client_for("charlie").get(URL).status_code == 404
    assert world.client_for("alice").get("/w/gemeentegem/dashboard/1999/").status_code == 404


def test_anonymous_is_sent_to_login(world, demo):
    response = world.client_for(None).get(URL)
    assert response.status_code == 302
    assert "/accounts/login/" in response.url

"""The advice page of a round: the core's recommendations in order, roles, filter, over time."""

from __future__ import annotations

import datetime
import re

import pytest

from netwerkkaart.apps.advice import recommendations as site_advice
from netwerkkaart.apps.instruments.services import instrument_of, join, save_answers, start_session
from netwerkkaart.core.advice import advise
from netwerkkaart.core.advice.rounds import dataset_figure_set

URL = "/w/gemeentegem/aanbevelingen/2026/"


def text_of(response) -> str:
    html = response.content.decode()
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def kinds_in(response) -> list[str]:
    return re.findall(r'<article class="advice[^"]*" id="advies-(\w+)"', response.content.decode())


@pytest.fixture
def expected(demo):
    """The core's advice on the demo's round 2026, straight from the dataset."""
    return advise(dataset_figure_set(demo, "2026", min_group=5))


def test_latest_redirects_to_the_newest_round(world, demo):
    response = world.client_for("vera").get("/w/gemeentegem/aanbevelingen/")
    assert response.status_code == 302
    assert response.url == URL


def test_a_workspace_without_rounds_says_so(world):
    response = world.client_for("alice").get("/w/gemeentegem/aanbevelingen/")
    assert response.status_code == 200
    assert "nog geen ronde" in response.content.decode()


def test_an_unknown_round_is_not_found(world, demo):
    assert world.client_for("alice").get("/w/gemeentegem/aanbevelingen/1999/").status_code == 404


@pytest.mark.parametrize("username", ["alice", "bob", "vera"])
def test_every_member_sees_the_cores_recommendations_by_priority(world, demo, expected, username):
    response = world.client_for(username).get(URL)
    assert response.status_code == 200
    assert kinds_in(response) == [r.kind for r in expected]
    priorities = [r.priority for r in expected]
    assert priorities == sorted(priorities)


def test_outsider_gets_404_and_anonymous_is_sent_to_log_in(world, demo):
    assert world.client_for("charlie").get(URL).status_code == 404
    response = world.client_for(None).get(URL)
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_each_recommendation_shows_its_figures_steps_and_reference(world, demo):
    page = text_of(world.client_for("vera").get(URL))
    assert "Maak van lichte samenwerkingen afstemming of gezamenlijke activiteiten" in page
    assert "Aandeel lichte relaties 60 % 62 %" in page  # now, and the previous round
    assert "Wat u kunt doen" in page and "Seed 002" in page


def test_the_governance_rule_states_every_consideration_and_the_unknown_ones(world, demo):
    page = text_of(world.client_for("vera").get(URL))
    assert "Netwerkbureau (aparte netwerkorganisatie)." in page
    assert "Aantal deelnemers 84 netwerkbureau" in page
    assert "Vertrouwen onbekend (geen gegevens) weegt niet mee" in page


def test_the_comparison_names_what_no_longer_applies_with_then_and_now(world, demo):
    page = text_of(world.client_for("vera").get(URL))
    assert "Tegenover ronde 2025" in page
    ended = (
        "Niet meer van toepassing: Breng sectoren samen die elkaar allebei zoeken (Zorg – Welzijn)"
    )
    assert ended in page
    assert "in de kleinste richting Zorg – Welzijn: 5 → –" in page


def test_the_sector_filter_keeps_that_sectors_and_network_wide_advice(world, demo, expected):
    response = world.client_for("vera").get(URL, {"sector": "lokaal_bestuur"})
    kept = [r.kind for r in expected if "lokaal_bestuur" in r.sectors or not r.sectors]
    assert kinds_in(response) == kept
    assert "light_ties" not in kept  # about care, welfare and other sectors only
    unknown = world.client_for("vera").get(URL, {"sector": "bestaat-niet"})
    assert kinds_in(unknown) == [r.kind for r in expected]


def test_the_dashboard_shows_the_first_three_with_links(world, demo, expected):
    html = world.client_for("vera").get("/w/gemeentegem/dashboard/2026/").content.decode()
    top = re.findall(r'<li data-advice="(\w+)">', html)
    assert top == [r.kind for r in expected[:3]]
    assert f'href="{URL}#advies-{expected[0].kind}"' in html


def test_the_advice_is_cached_with_the_figures(world, demo, monkeypatch):
    world.client_for("vera").get(URL)

    def fail(*args, **kwargs):
        raise AssertionError("the advice was computed again")

    monkeypatch.setattr(site_advice, "advice_over_time", fail)
    assert world.client_for("alice").get(URL).status_code == 200


def test_a_governance_session_gives_the_goal_consensus(world, demo):
    session = start_session(world.workspace, "governancemodel", network="zorgraad",
                            held_on=datetime.date(2026, 11, 20), user=None)  # fmt: skip
    instrument = instrument_of(session)
    for _ in range(5):
        participant, _key = join(session)
        save_answers(participant, instrument, {"doelconsensus": "hoog"})
    page = text_of(world.client_for("vera").get(URL))
    assert "Overeenstemming over het doel grotendeels eens gedeelde sturing" in page


def test_the_page_in_english(world, demo):
    client = world.client_for("vera")
    client.cookies["django_language"] = "en"
    page = text_of(client.get(URL, HTTP_ACCEPT_LANGUAGE="en"))
    assert "Recommendations round 2026" in page
    assert "Turn light collaborations into coordination or joint activities" in page
    assert "Network administrative organisation." in page
    assert "What you can do" in page and "Wat u kunt doen" not in page


def test_viewers_read_categories_never_the_bridge_builders_name(world):
    """A star round: the bridge rule names its centre to the coordinator, to a viewer never."""
    import io
    from itertools import pairwise

    import openpyxl
    from tests.core.network.builders import tie

    from netwerkkaart.apps.rounds.services import import_dataset
    from netwerkkaart.core.dataset import Dataset

    ties = [tie("Huis Centraal", f"Partner {i}", "welzijn", "afstemming") for i in range(8)]
    ties += [tie(f"Partner {i}", "Huis Centraal", "zorg", "afstemming") for i in range(5)]
    ties += [tie(a, b, "zorg", "afstemming") for a, b in pairwise(["Partner 0", "Partner 1"])]
    import_dataset(world.workspace, Dataset.from_records(ties), user=None)
    page = "/w/gemeentegem/aanbevelingen/2025/"
    coordinator = world.client_for("alice").get(page).content.decode()
    assert 'id="advies-bridge_dependency"' in coordinator and "Huis Centraal" in coordinator
    viewer = world.client_for("vera")
    html = viewer.get(page).content.decode()
    assert 'id="advies-bridge_dependency"' in html
    assert "Huis Centraal" not in html
    for url in ("/w/gemeentegem/dashboard/2025/", "/w/gemeentegem/"):
        shown = viewer.get(url).content.decode()
        assert 'data-advice="bridge_dependency"' in shown and "Huis Centraal" not in shown
    codes = viewer.get("/w/gemeentegem/reports/2025/cijfers-codes.xlsx")
    rows = openpyxl.load_workbook(io.BytesIO(codes.content))["advice"].iter_rows(values_only=True)
    bridge = next(row for row in rows if row[1] == "bridge_dependency")
    assert "Huis Centraal" not in " ".join(str(cell) for cell in bridge)
    # The coordinator's workbook in words holds the same advice; no cell of it names the centre.
    words = openpyxl.load_workbook(
        io.BytesIO(viewer.get("/w/gemeentegem/reports/2025/cijfers.xlsx").content)
    )
    cells = " ".join(
        str(v) for sheet in words for row in sheet.iter_rows(values_only=True) for v in row
    )
    assert "Huis Centraal" not in cells

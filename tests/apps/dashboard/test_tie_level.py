"""Tie-level truth on the dashboard: robustness beside each measure, perception gaps per sector
pair for everyone above the minimum group, pairs one by one only for coordinators who allowed it."""

from __future__ import annotations

import re

import pytest
from django_scopes import scopes_disabled

from netwerkkaart.apps.workspaces.models import AuditEntry

URL = "/w/gemeentegem/dashboard/2026/"
PAIRS = "/w/gemeentegem/dashboard/2026/percepties/"
SETTING = "/w/gemeentegem/dashboard/2026/percepties/instelling/"


def text_of(response) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", response.content.decode()))


@pytest.mark.parametrize("username", ["alice", "bob", "vera"])
def test_every_measure_has_its_robustness_label(world, demo, username):
    html = world.client_for(username).get(URL).content.decode()
    rows = re.findall(r'<tr data-measure="(\w+)">(.*?)</tr>', html, re.S)
    assert len(rows) >= 15
    for measure, row in rows:
        assert re.search(r"robust-(stevig|gevoelig)", row), measure
    assert "stevig" in text_of(world.client_for(username).get(URL))


@pytest.mark.parametrize("username", ["alice", "bob", "vera"])
def test_the_perception_agenda_and_the_wished_network_are_shown_to_every_role(
    world, demo, username
):
    page = text_of(world.client_for(username).get(URL))
    assert "Zien partners hun samenwerking hetzelfde?" in page
    assert "Zorg ↔ Welzijn" in page
    assert "Het gewenste netwerk" in page and "Zorg → Welzijn" in page
    # Informal actors are two respondents in the demo's 2026 round: never a pair of theirs.
    assert "Informele actoren ↔" not in page and "↔ Informele actoren" not in page
    assert "niet getoond" in page


@pytest.mark.parametrize(("username", "status"), [("bob", 403), ("vera", 403), ("charlie", 404)])
def test_only_coordinators_reach_the_pairs(world, demo, username, status):
    assert world.client_for(username).get(PAIRS).status_code == status
    assert world.client_for(username).post(SETTING, {"allowed": "1"}).status_code == status


def test_pairs_stay_hidden_until_the_workspace_allows_them(world, demo):
    alice = world.client_for("alice")
    page = text_of(alice.get(PAIRS))
    assert "toont de verschillen per paar niet" in page
    assert 'id="perception-pairs"' not in alice.get(PAIRS).content.decode()


def test_a_coordinator_allows_the_pairs_and_it_is_logged(world, demo):
    alice = world.client_for("alice")
    response = alice.post(SETTING, {"allowed": "1"})
    assert response.status_code == 302 and response.url == PAIRS
    html = alice.get(PAIRS).content.decode()
    assert 'id="perception-pairs"' in html
    with scopes_disabled():
        assert AuditEntry.objects.filter(action="workspaces.perception_pairs").count() == 1
    # Allowing it shows nothing more to analysts or viewers.
    assert world.client_for("bob").get(PAIRS).status_code == 403
    assert 'id="perception-pairs"' not in world.client_for("bob").get(URL).content.decode()
    alice.post(SETTING, {"allowed": "0"})
    assert 'id="perception-pairs"' not in alice.get(PAIRS).content.decode()


def test_the_pairs_page_of_an_unknown_round_is_404(world, demo):
    alice = world.client_for("alice")
    assert alice.get("/w/gemeentegem/dashboard/1999/percepties/").status_code == 404
    unknown = "/w/gemeentegem/dashboard/1999/percepties/instelling/"
    assert alice.post(unknown, {"allowed": "1"}).status_code == 404
    with scopes_disabled():
        assert not AuditEntry.objects.filter(action="workspaces.perception_pairs").exists()

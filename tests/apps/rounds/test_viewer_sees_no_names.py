"""A viewer sees counts only: never a respondent's pseudonym or a partner's name."""

from __future__ import annotations

import pytest
from tests.apps.rounds.helpers import SECRET_PARTNER, SECRET_RESPONDENT

PAGES = ["/w/gemeentegem/rounds/", "/w/gemeentegem/rounds/2025/", "/w/gemeentegem/rounds/2026/"]


@pytest.mark.parametrize("url", PAGES)
def test_a_viewer_sees_no_respondent_or_partner_names(world, imported, url):
    page = world.client_for("vera").get(url).content.decode()
    assert SECRET_RESPONDENT not in page
    assert "R-002" not in page
    assert SECRET_PARTNER not in page and "Sociaal Huis" not in page


def test_a_viewer_sees_the_counts_of_a_round(world, imported):
    page = world.client_for("vera").get("/w/gemeentegem/rounds/").content.decode()
    row = page.split('href="/w/gemeentegem/rounds/2025/"', 1)[1].split("</tr>", 1)[0]
    # 3 ties, 2 respondents, 2 locations
    assert [cell.split("<", 1)[0] for cell in row.split('"num">')[1:]] == ["3", "2", "2"]


@pytest.mark.parametrize("username", ["alice", "bob"])
def test_analysts_and_coordinators_see_the_respondents_of_a_round(world, imported, username):
    page = world.client_for(username).get("/w/gemeentegem/rounds/2025/").content.decode()
    assert SECRET_RESPONDENT in page


def test_a_viewer_gets_no_management_buttons(world, imported):
    page = world.client_for("vera").get("/w/gemeentegem/rounds/2025/").content.decode()
    assert "afsluiten" not in page and "verwijderen" not in page

"""The coordinator looks at one invitee's answers (``…/invitees/N/answers/``): on purpose, logged.

That the look is logged and analysts and viewers are refused is in ``test_survey_privacy.py``; here
the rest: what the page shows, that every look is logged, and that a refused look logs nothing.
"""

from __future__ import annotations

import pytest
from tests.apps.surveys.helpers import answer_partner
from tests.apps.surveys.pages import (
    assert_refused_for,
    audit_actions,
    database_state,
    last_audit,
    page_text,
    url,
)

from netwerkkaart.apps.surveys import answering, closing, services
from netwerkkaart.apps.surveys.models import Invitation

LOOK = "surveys.identity_linked"


@pytest.fixture
def linde(survey_world) -> Invitation:
    return survey_world.invitations["HA-1"]


def test_the_answers_are_shown_with_their_partner_and_the_look_is_logged(
    world, survey_world, linde
):
    visit = survey_world.visit("HA-1")
    answering.save_answer(visit, "location", None, "Kouterwijk")
    answer_partner(visit, "CAW-1", evaluation="goed")
    response = world.client_for("alice").post(url("2027", "answers", pk=linde.pk))
    assert response.status_code == 200
    body = page_text(response)
    assert "Antwoorden van Huisartsenpraktijk De Linde" in body
    assert "Deze inzage werd in het logboek van de werkruimte genoteerd." in body
    assert "CAW Oost" in body and "Kouterwijk" in body
    entry = last_audit(world.workspace)
    assert (entry.action, entry.user.username, entry.data) == (LOOK, "alice", {"round": "2027"})


def test_an_invitee_without_answers_says_so_and_the_look_is_still_logged(
    world, survey_world, linde
):
    response = world.client_for("alice").post(url("2027", "answers", pk=linde.pk))
    assert "Er zijn (nog) geen antwoorden." in page_text(response)
    assert audit_actions(world.workspace).count(LOOK) == 1


def test_every_look_is_logged(world, survey_world, linde):
    client = world.client_for("alice")
    for _time in range(3):
        client.post(url("2027", "answers", pk=linde.pk))
    assert audit_actions(world.workspace).count(LOOK) == 3


def test_the_answers_can_be_looked_at_after_closing(world, survey_world, linde):
    answer_partner(survey_world.visit("HA-1"), "CAW-1", evaluation="goed")
    closing.close_survey(survey_world.survey, user=None)
    response = world.client_for("alice").post(url("2027", "answers", pk=linde.pk))
    assert response.status_code == 200 and "CAW Oost" in page_text(response)


def test_a_link_or_a_prefetch_cannot_open_the_answers(world, survey_world, linde):
    # Only a deliberate POST: a GET (a link, a browser's prefetch) is refused and logs nothing.
    before = database_state(world.workspace)
    assert world.client_for("alice").get(url("2027", "answers", pk=linde.pk)).status_code == 405
    assert database_state(world.workspace) == before


def test_an_invitee_of_another_round_is_not_found_and_nothing_is_logged(
    world, survey_world, register
):
    other = services.open_survey(world.workspace, code="2028", user=None)
    (elsewhere,) = services.invite(other, [register["SCH-1"]], user=None)
    before = database_state(world.workspace)
    client = world.client_for("alice")
    assert client.post(url("2027", "answers", pk=elsewhere.pk)).status_code == 404
    assert client.post(url("2027", "answers", pk=999999)).status_code == 404
    assert database_state(world.workspace) == before


def test_an_analyst_cannot_look_and_nothing_is_logged(world, survey_world, linde):
    assert_refused_for(world, "bob", "post", url("2027", "answers", pk=linde.pk))


def test_a_viewer_cannot_look_and_nothing_is_logged(world, survey_world, linde):
    assert_refused_for(world, "vera", "post", url("2027", "answers", pk=linde.pk))


def test_an_outsider_does_not_find_the_answers(world, survey_world, linde):
    assert_refused_for(world, "charlie", "post", url("2027", "answers", pk=linde.pk))


def test_anonymous_is_sent_to_login(world, survey_world, linde):
    assert_refused_for(world, None, "post", url("2027", "answers", pk=linde.pk))

"""The coordinator deletes a respondent on request (``…/invitees/N/delete/``): asked first, then
everything of that person goes and the page says what.

Deleting after the round closed (with the round's ties) is in ``test_survey_privacy.py``.
"""

from __future__ import annotations

import pytest
from django_scopes import scope
from tests.apps.surveys.helpers import answer_partner
from tests.apps.surveys.pages import (
    assert_refused_for,
    database_state,
    last_audit,
    page_text,
    url,
)

from netwerkkaart.apps.register.models import Actor
from netwerkkaart.apps.surveys import services
from netwerkkaart.apps.surveys.models import AccessToken, Invitation, Response


@pytest.fixture
def caw(survey_world) -> Invitation:
    return survey_world.invitations["CAW-1"]


def test_the_page_asks_first_and_deletes_nothing(world, survey_world, caw):
    before = database_state(world.workspace)
    response = world.client_for("alice").get(url("2027", "delete", pk=caw.pk))
    assert response.status_code == 200
    assert "CAW Oost verwijderen uit deze ronde?" in page_text(response)
    assert database_state(world.workspace) == before


def test_deleting_a_running_respondent_removes_links_and_answers_and_says_what(
    world, survey_world, caw
):
    answer_partner(survey_world.visit("CAW-1"), "HA-1", finality="doorverwijzen")
    pseudonym = caw.pseudonym
    response = world.client_for("alice").post(url("2027", "delete", pk=caw.pk))
    assert response.status_code == 200
    body = page_text(response)
    assert "CAW Oost is verwijderd uit deze ronde" in body
    for line in (
        "1 uitnodiging met naam en e-mailadres",
        "1 persoonlijke link",
        "2 antwoorden",
        "0 samenwerkingen in de gegevens van de ronde",
    ):
        assert line in body
    with scope(workspace=world.workspace):
        assert not Invitation.objects.filter(pk=caw.pk).exists()
        assert not AccessToken.objects.filter(invitation_id=caw.pk).exists()
        assert not Response.objects.filter(pseudonym=pseudonym).exists()
        # The actor stays in the register; the other invitees stay invited.
        assert Actor.objects.filter(workspace=world.workspace, external_id="CAW-1").exists()
        assert Invitation.objects.filter(round__code="2027").count() == 5
    entry = last_audit(world.workspace)
    assert (entry.action, entry.user.username) == ("surveys.respondent_deleted", "alice")
    assert entry.data == {
        "round": "2027",
        "links": 1,
        "answers": 2,
        "ties": 0,
        "wishes": 0,
        "unknown": 0,
        "invitation": 1,
    }


def test_a_deleted_respondent_can_be_invited_again(world, survey_world, caw, register):
    client = world.client_for("alice")
    client.post(url("2027", "delete", pk=caw.pk))
    client.post(url("2027", "invite"), {"actors": [str(register["CAW-1"].pk)]})
    with scope(workspace=world.workspace):
        again = Invitation.objects.get(round__code="2027", actor=register["CAW-1"])
    # A new pseudonym: nothing links the new invitation to the deleted answers.
    assert again.pseudonym != caw.pseudonym


def test_deleting_twice_finds_no_one_the_second_time(world, survey_world, caw):
    client = world.client_for("alice")
    client.post(url("2027", "delete", pk=caw.pk))
    before = database_state(world.workspace)
    assert client.post(url("2027", "delete", pk=caw.pk)).status_code == 404
    assert database_state(world.workspace) == before


def test_an_invitee_of_another_round_is_not_found_here(world, survey_world, register):
    other = services.open_survey(world.workspace, code="2028", user=None)
    (elsewhere,) = services.invite(other, [register["SCH-1"]], user=None)
    before = database_state(world.workspace)
    client = world.client_for("alice")
    assert client.get(url("2027", "delete", pk=elsewhere.pk)).status_code == 404
    assert client.post(url("2027", "delete", pk=elsewhere.pk)).status_code == 404
    assert database_state(world.workspace) == before


def test_an_analyst_cannot_delete_a_respondent(world, survey_world, caw):
    assert_refused_for(world, "bob", "post", url("2027", "delete", pk=caw.pk))
    assert_refused_for(world, "bob", "get", url("2027", "delete", pk=caw.pk))


def test_a_viewer_cannot_delete_a_respondent(world, survey_world, caw):
    assert_refused_for(world, "vera", "post", url("2027", "delete", pk=caw.pk))
    assert_refused_for(world, "vera", "get", url("2027", "delete", pk=caw.pk))


def test_an_outsider_does_not_find_the_respondent(world, survey_world, caw):
    assert_refused_for(world, "charlie", "post", url("2027", "delete", pk=caw.pk))
    assert_refused_for(world, "charlie", "get", url("2027", "delete", pk=caw.pk))


def test_anonymous_is_sent_to_login(world, survey_world, caw):
    assert_refused_for(world, None, "post", url("2027", "delete", pk=caw.pk))
    assert_refused_for(world, None, "get", url("2027", "delete", pk=caw.pk))

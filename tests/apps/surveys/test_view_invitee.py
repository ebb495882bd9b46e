"""The coordinator opens one invitee and corrects the contact person or address (``…/invitees/N/``).

That analysts and viewers are refused the page is also in ``test_survey_privacy.py``.
"""

from __future__ import annotations

import pytest
from django_scopes import scope
from tests.apps.surveys.pages import (
    assert_refused_for,
    database_state,
    form_errors,
    last_audit,
    messages_of,
    page_text,
    url,
)

from netwerkkaart.apps.surveys import answering, services
from netwerkkaart.apps.surveys.models import Invitation

NEW_CONTACT = {"contact_name": "  Sofia Peeters ", "email": " sofia@caw-oost.be "}


@pytest.fixture
def page(survey_world) -> str:
    return url("2027", pk=survey_world.invitations["CAW-1"].pk)


def saved(world, survey_world) -> Invitation:
    with scope(workspace=world.workspace):
        return Invitation.objects.get(pk=survey_world.invitations["CAW-1"].pk)


def test_the_page_shows_the_invitee_its_contact_and_its_status(world, survey_world, page):
    answering.save_answer(survey_world.visit("CAW-1"), "location", None, "Gemeentegem")
    response = world.client_for("alice").get(page)
    assert response.status_code == 200
    body = page_text(response)
    assert "<h1>CAW Oost</h1>" in body
    assert 'value="caw@example.org"' in body
    assert "Status: <strong>halverwege</strong>" in body


def test_a_revoked_invitee_shows_as_revoked_and_can_be_restored(world, survey_world, page):
    services.revoke(survey_world.invitations["CAW-1"], user=None)
    body = page_text(world.client_for("alice").get(page))
    assert "Status: <strong>ingetrokken</strong>" in body
    assert "Uitnodiging opnieuw laten gelden" in body


def test_the_coordinator_corrects_the_contact_and_it_is_logged(world, survey_world, page):
    client = world.client_for("alice")
    response = client.post(page, NEW_CONTACT)
    assert (response.status_code, response["Location"]) == (302, page)
    invitation = saved(world, survey_world)
    assert (invitation.contact_name, invitation.email) == ("Sofia Peeters", "sofia@caw-oost.be")
    entry = last_audit(world.workspace)
    assert entry.action == "surveys.contact_set"
    # The log names the round, never the person or the address.
    assert (entry.user.username, entry.data) == ("alice", {"round": "2027"})
    assert messages_of(client.get(page)) == ["Contactgegevens bewaard."]


def test_an_address_can_be_taken_away(world, survey_world, page):
    world.client_for("alice").post(page, {"contact_name": "", "email": ""})
    assert saved(world, survey_world).email == ""


@pytest.mark.parametrize(
    ("data", "error"),
    [
        ({"contact_name": "Sofia", "email": "sofia-at-caw"}, "Voer een geldig e-mailadres in."),
        ({"contact_name": "x" * 201, "email": ""}, "niet meer dan 200 tekens"),
    ],
)
def test_a_contact_that_cannot_be_is_refused(world, survey_world, page, data, error):
    client = world.client_for("alice")
    before = database_state(world.workspace)
    response = client.post(page, data)
    assert response.status_code == 200
    (shown,) = form_errors(response)
    assert error in shown
    assert database_state(world.workspace) == before


def test_an_invitee_of_another_round_is_not_found_here(world, survey_world, register):
    other = services.open_survey(world.workspace, code="2028", user=None)
    (elsewhere,) = services.invite(other, [register["SCH-1"]], user=None)
    client = world.client_for("alice")
    before = database_state(world.workspace)
    assert client.get(url("2027", pk=elsewhere.pk)).status_code == 404
    assert client.post(url("2027", pk=elsewhere.pk), NEW_CONTACT).status_code == 404
    assert client.get(url("2027", pk=999999)).status_code == 404
    assert database_state(world.workspace) == before


def test_an_analyst_cannot_edit_a_contact(world, survey_world, page):
    assert_refused_for(world, "bob", "post", page, NEW_CONTACT)
    assert_refused_for(world, "bob", "get", page)


def test_a_viewer_cannot_edit_a_contact(world, survey_world, page):
    assert_refused_for(world, "vera", "post", page, NEW_CONTACT)
    assert_refused_for(world, "vera", "get", page)


def test_an_outsider_does_not_find_the_invitee(world, survey_world, page):
    assert_refused_for(world, "charlie", "post", page, NEW_CONTACT)
    assert_refused_for(world, "charlie", "get", page)


def test_anonymous_is_sent_to_login(world, survey_world, page):
    assert_refused_for(world, None, "post", page, NEW_CONTACT)
    assert_refused_for(world, None, "get", page)

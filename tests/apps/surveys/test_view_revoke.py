"""The coordinator revokes every link of an invitee, and lets the invitation count again
(``…/invitees/N/revoke/``). What a revoked link shows the respondent is in ``test_survey_links.py``.
"""

from __future__ import annotations

import pytest
from django_scopes import scope
from tests.apps.surveys.pages import (
    assert_refused_for,
    database_state,
    last_audit,
    messages_of,
    url,
)

from netwerkkaart.apps.surveys import answering, services
from netwerkkaart.apps.surveys.models import AccessToken, Invitation

REVOKED = "Alle links van deze uitnodiging werken niet meer."
RESTORED = "De uitnodiging geldt opnieuw; maak een nieuwe link."


@pytest.fixture
def linde(survey_world) -> Invitation:
    return survey_world.invitations["HA-1"]


def posted(world, invitation: Invitation, data: dict | None = None) -> list[str]:
    client = world.client_for("alice")
    response = client.post(url("2027", "revoke", pk=invitation.pk), data or {})
    invitee = url("2027", pk=invitation.pk)
    assert (response.status_code, response["Location"]) == (302, invitee)
    return messages_of(client.get(invitee))


def state(world, invitation: Invitation) -> tuple[bool, list[bool]]:
    """Whether the invitation is revoked, and per link whether it is."""
    with scope(workspace=world.workspace):
        invitation = Invitation.objects.get(pk=invitation.pk)
        links = AccessToken.objects.filter(invitation=invitation).order_by("pk")
        return invitation.is_revoked, [link.revoked_at is not None for link in links]


def test_revoking_stops_every_link_and_is_logged(world, survey_world, linde):
    services.issue_links(survey_world.survey, [linde], user=None)
    assert posted(world, linde) == [REVOKED]
    assert state(world, linde) == (True, [True, True])
    with pytest.raises(answering.LinkProblem):
        answering.resolve_link(survey_world.tokens["HA-1"])
    entry = last_audit(world.workspace)
    assert entry.action == "surveys.revoked"
    assert (entry.user.username, entry.data) == ("alice", {"round": "2027"})


def test_the_answers_already_given_stay_when_the_links_are_revoked(world, survey_world, linde):
    answering.save_answer(survey_world.visit("HA-1"), "location", None, "Gemeentegem")
    before = database_state(world.workspace)
    posted(world, linde)
    assert database_state(world.workspace)["answers"] == before["answers"]


def test_restoring_lets_the_invitation_count_again_but_not_its_old_links(
    world, survey_world, linde
):
    posted(world, linde)
    assert posted(world, linde, {"restore": "1"}) == [RESTORED]
    assert state(world, linde) == (False, [True])
    entry = last_audit(world.workspace)
    assert (entry.action, entry.user.username) == ("surveys.restored", "alice")
    with pytest.raises(answering.LinkProblem):
        answering.resolve_link(survey_world.tokens["HA-1"])
    (fresh,) = services.issue_links(survey_world.survey, [linde], user=None)
    assert answering.resolve_link(fresh.token).pk == linde.pk


def test_revoking_twice_keeps_the_first_time_and_logs_once(world, survey_world, linde):
    posted(world, linde)
    before = database_state(world.workspace)
    assert posted(world, linde) == [REVOKED]
    assert database_state(world.workspace) == before


def test_restoring_an_invitation_that_counts_writes_nothing(world, survey_world, linde):
    # It logged "restored" for an invitation that was never revoked.
    before = database_state(world.workspace)
    assert posted(world, linde, {"restore": "1"}) == [RESTORED]
    assert database_state(world.workspace) == before


def test_an_invitee_of_another_round_is_not_found_here(world, survey_world, register):
    other = services.open_survey(world.workspace, code="2028", user=None)
    (elsewhere,) = services.invite(other, [register["SCH-1"]], user=None)
    before = database_state(world.workspace)
    client = world.client_for("alice")
    assert client.post(url("2027", "revoke", pk=elsewhere.pk)).status_code == 404
    assert client.post(url("2027", "revoke", pk=999999), {"restore": "1"}).status_code == 404
    assert database_state(world.workspace) == before


def test_revoking_is_done_by_post_only(world, survey_world, linde):
    assert world.client_for("alice").get(url("2027", "revoke", pk=linde.pk)).status_code == 405


def test_an_analyst_cannot_revoke_or_restore(world, survey_world, linde):
    assert_refused_for(world, "bob", "post", url("2027", "revoke", pk=linde.pk))
    services.revoke(linde, user=None)
    assert_refused_for(world, "bob", "post", url("2027", "revoke", pk=linde.pk), {"restore": "1"})


def test_a_viewer_cannot_revoke_or_restore(world, survey_world, linde):
    assert_refused_for(world, "vera", "post", url("2027", "revoke", pk=linde.pk))
    services.revoke(linde, user=None)
    assert_refused_for(world, "vera", "post", url("2027", "revoke", pk=linde.pk), {"restore": "1"})


def test_an_outsider_does_not_find_the_invitee(world, survey_world, linde):
    assert_refused_for(world, "charlie", "post", url("2027", "revoke", pk=linde.pk))


def test_anonymous_is_sent_to_login(world, survey_world, linde):
    assert_refused_for(world, None, "post", url("2027", "revoke", pk=linde.pk))

"""The coordinator makes personal links to copy by hand (``…/links/``), for all or one invitee.

That the links are shown once and offered as a CSV is in ``test_survey_links.py``; here what is
written, what is refused and who may do it.
"""

from __future__ import annotations

import re
from urllib.parse import unquote

import pytest
from django_scopes import scope
from tests.apps.surveys.pages import (
    assert_refused_for,
    database_state,
    last_audit,
    messages_of,
    url,
)

from netwerkkaart.apps.surveys import answering, closing, services
from netwerkkaart.apps.surveys.models import AccessToken

PAGE = url("2027", "links")
TOKEN = re.compile(r"/s/([A-Za-z0-9_-]{30,})/")


def tokens_of(response) -> set[str]:
    return set(TOKEN.findall(response.content.decode()))


def token_count(world) -> int:
    with scope(workspace=world.workspace):
        return AccessToken.objects.count()


def test_a_link_for_one_invitee_is_made_for_that_invitee_only(world, survey_world):
    invitation = survey_world.invitations["CAW-1"]
    before = token_count(world)
    response = world.client_for("alice").post(PAGE, {"invitation": str(invitation.pk)})
    assert response.status_code == 200
    (token,) = tokens_of(response)
    assert answering.resolve_link(token).pk == invitation.pk
    assert token_count(world) == before + 1
    # The first link still works: a new link is added, not swapped.
    assert answering.resolve_link(survey_world.tokens["CAW-1"]).pk == invitation.pk
    entry = last_audit(world.workspace)
    assert entry.action == "surveys.links_issued"
    assert (entry.user.username, entry.data) == ("alice", {"round": "2027", "count": 1})


def test_a_revoked_invitation_gets_no_new_link(world, survey_world):
    services.revoke(survey_world.invitations["HA-1"], user=None)
    response = world.client_for("alice").post(PAGE)
    found = {answering.resolve_link(t).actor.external_id for t in tokens_of(response)}
    assert found == {"HA-2", "TV-1", "CAW-1", "OCMW-1", "BC-1"}


def test_a_contact_that_looks_like_a_formula_is_defused_in_the_csv(world, survey_world):
    invitation = survey_world.invitations["CAW-1"]
    services.update_contact(
        invitation, contact_name='=HYPERLINK("http://x")', email="caw@example.org", user=None
    )
    body = world.client_for("alice").post(PAGE, {"invitation": str(invitation.pk)})
    href = re.search(r'href="(data:text/csv[^"]+)"', body.content.decode()).group(1)
    text = unquote(href.split(",", 1)[1].replace("&amp;", "&"))
    assert "'=HYPERLINK" in text


def no_link_made(world, data: dict) -> list[str]:
    client = world.client_for("alice")
    before = database_state(world.workspace)
    response = client.post(PAGE, data)
    assert (response.status_code, response["Location"]) == (302, url("2027"))
    assert database_state(world.workspace) == before
    return messages_of(client.get(response["Location"]))


NONE_MADE = "Er werd geen link gemaakt: de gekozen uitnodigingen zijn ingetrokken of bestaan niet."


def test_a_closed_round_gives_no_new_links(world, survey_world):
    closing.close_survey(survey_world.survey, user=None)
    assert no_link_made(world, {}) == [
        "Deze ronde is afgesloten; er kan niets meer aan veranderen."
    ]


def test_a_link_for_a_revoked_invitee_is_refused_with_a_message(world, survey_world):
    invitation = survey_world.invitations["HA-1"]
    services.revoke(invitation, user=None)
    assert no_link_made(world, {"invitation": str(invitation.pk)}) == [NONE_MADE]


# "²" passes str.isdigit but not int(); 10**23 overflows SQLite's integer: both were a 500.
@pytest.mark.parametrize("value", ["abc", "²", "99999999999999999999999", "-1", ""])
def test_an_invitation_that_cannot_be_one_makes_no_link(world, survey_world, value):
    assert no_link_made(world, {"invitation": value}) == [NONE_MADE]


def test_an_invitation_of_another_round_makes_no_link(world, survey_world, register):
    other = services.open_survey(world.workspace, code="2028", user=None)
    (elsewhere,) = services.invite(other, [register["SCH-1"]], user=None)
    assert no_link_made(world, {"invitation": str(elsewhere.pk)}) == [NONE_MADE]


def test_links_are_made_by_post_only(world, survey_world):
    assert world.client_for("alice").get(PAGE).status_code == 405


def test_an_analyst_cannot_make_links(world, survey_world):
    assert_refused_for(world, "bob", "post", PAGE)


def test_a_viewer_cannot_make_links(world, survey_world):
    assert_refused_for(world, "vera", "post", PAGE)


def test_an_outsider_does_not_find_the_links(world, survey_world):
    assert_refused_for(world, "charlie", "post", PAGE)


def test_anonymous_is_sent_to_login(world, survey_world):
    assert_refused_for(world, None, "post", PAGE)

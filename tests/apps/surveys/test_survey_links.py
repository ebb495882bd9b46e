"""Personal links: unguessable, stored as a hash only, revocable, dead once the round closes."""

from __future__ import annotations

import hashlib
import re

import pytest
from django_scopes import scopes_disabled

from netwerkkaart.apps.surveys import answering, closing, services
from netwerkkaart.apps.surveys.models import AccessToken


def test_a_token_carries_at_least_128_random_bits_and_only_its_hash_is_stored(survey_world):
    token = survey_world.tokens["HA-1"]
    # token_urlsafe: 6 bits per character.
    assert len(token) * 6 >= 128
    with scopes_disabled():
        stored = list(AccessToken.objects.values_list("token_hash", flat=True))
    assert hashlib.sha256(token.encode()).hexdigest() in stored
    assert all(token not in value for value in stored)


def test_every_link_is_different(survey_world):
    assert len(set(survey_world.tokens.values())) == len(survey_world.tokens)


def test_a_link_opens_its_own_invitation(survey_world):
    invitation = answering.resolve_link(survey_world.tokens["CAW-1"])
    assert invitation.pk == survey_world.invitations["CAW-1"].pk


@pytest.mark.parametrize("token", ["", "niet-bestaand", "x" * 500])
def test_an_unknown_link_is_refused(survey_world, token):
    with pytest.raises(answering.LinkProblem) as problem:
        answering.resolve_link(token)
    assert problem.value.code == "unknown"


def test_a_revoked_invitation_stops_every_link_and_can_be_restored(survey_world):
    invitation = survey_world.invitations["HA-1"]
    second = services.issue_links(survey_world.survey, [invitation], user=None)[0].token
    services.revoke(invitation, user=None)
    for token in (survey_world.tokens["HA-1"], second):
        with pytest.raises(answering.LinkProblem) as problem:
            answering.resolve_link(token)
        assert problem.value.code == "revoked"
    services.restore(invitation, user=None)
    # Old links stay revoked; a new one works.
    with pytest.raises(answering.LinkProblem):
        answering.resolve_link(second)
    fresh = services.issue_links(survey_world.survey, [invitation], user=None)[0].token
    assert answering.resolve_link(fresh).pk == invitation.pk


def test_links_expire_when_the_round_closes(survey_world):
    closing.close_survey(survey_world.survey, user=None)
    with pytest.raises(answering.LinkProblem) as problem:
        answering.resolve_link(survey_world.tokens["HA-1"])
    assert problem.value.code == "closed"


def test_bad_links_get_a_clear_page_not_an_error(client, survey_world):
    unknown = client.get("/s/geen-geldige-link/")
    assert unknown.status_code == 404
    assert "Deze link kennen we niet" in unknown.content.decode()
    services.revoke(survey_world.invitations["HA-1"], user=None)
    revoked = client.get(f"/s/{survey_world.tokens['HA-1']}/step/0/")
    assert revoked.status_code == 410
    assert "ingetrokken" in revoked.content.decode()
    closing.close_survey(survey_world.survey, user=None)
    closed = client.post(f"/s/{survey_world.tokens['CAW-1']}/answer/", {"question": "location"})
    assert closed.status_code == 410
    assert "afgesloten" in closed.content.decode()


def test_respondent_pages_do_not_leak_the_link_or_get_cached(client, survey_world):
    response = client.get(f"/s/{survey_world.tokens['HA-1']}/")
    assert response.status_code == 200
    assert response["Referrer-Policy"] == "same-origin"
    assert "no-store" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]


def test_links_to_copy_are_shown_once_and_offered_as_csv(world, survey_world):
    from urllib.parse import unquote

    client = world.client_for("alice")
    page = client.post("/w/gemeentegem/surveys/2027/links/")
    assert page.status_code == 200
    body = page.content.decode()
    tokens = set(re.findall(r"/s/([A-Za-z0-9_-]{30,})/", body))
    assert len(tokens) == 6  # one new link per invitation
    assert all(answering.resolve_link(token) for token in tokens)
    href = re.search(r'href="(data:text/csv[^"]+)"', body).group(1)
    text = unquote(href.split(",", 1)[1].replace("&amp;", "&"))
    assert "Huisartsenpraktijk De Linde" in text and "linde@example.org" in text
    assert sum(token in text for token in tokens) == 6
    # Shown once: the next request makes new links and never shows these again.
    again = client.post("/w/gemeentegem/surveys/2027/links/").content.decode()
    assert not tokens & set(re.findall(r"/s/([A-Za-z0-9_-]{30,})/", again))

"""The coordinator closes a round (``…/close/``): the answers become the round's data.

What closing writes is in ``test_survey_close.py`` (with the dashboard after closing); here the
page: the question first, the message after, every refusal, who may close.
"""

from __future__ import annotations

from django_scopes import scope
from tests.apps.surveys.helpers import answer_partner
from tests.apps.surveys.pages import (
    assert_refused_for,
    database_state,
    last_audit,
    messages_of,
    page_text,
    url,
)

from netwerkkaart.apps.rounds.models import Round, RoundStatus
from netwerkkaart.apps.rounds.services import ImportRefused
from netwerkkaart.apps.surveys import answering, closing

PAGE = url("2027", "close")
DASHBOARD = "/w/gemeentegem/dashboard/2027/"


def status(world) -> str:
    with scope(workspace=world.workspace):
        return Round.objects.get(workspace=world.workspace, code="2027").status


def closed_by_alice(world) -> list[str]:
    client = world.client_for("alice")
    response = client.post(PAGE)
    assert (response.status_code, response["Location"]) == (302, DASHBOARD)
    assert status(world) == RoundStatus.CLOSED
    entry = last_audit(world.workspace)
    assert (entry.action, entry.user.username) == ("surveys.closed", "alice")
    assert entry.data == {"round": "2027"}
    return messages_of(client.get(response["Location"]))


def test_the_page_asks_first_and_shows_the_follow_up(world, survey_world):
    answering.save_answer(survey_world.visit("HA-1"), "location", None, "Gemeentegem")
    response = world.client_for("alice").get(PAGE)
    assert response.status_code == 200
    assert status(world) == RoundStatus.OPEN
    body = page_text(response)
    assert "Ronde 2027 afsluiten?" in body
    assert "1 van de 6 uitgenodigden beantwoordden minstens één vraag; 0 rondden af." in body


def test_closing_says_how_many_ties_of_how_many_respondents(world, survey_world):
    answer_partner(survey_world.visit("HA-1"), "CAW-1", finality="afstemming")
    answer_partner(survey_world.visit("TV-1"), "CAW-1", finality="afstemming")
    answer_partner(survey_world.visit("TV-1"), "HA-1", finality="informatiedeling")
    assert closed_by_alice(world) == [
        "De ronde is afgesloten. Nu op het dashboard: 3 samenwerkingen van 2 respondenten."
    ]


def test_one_tie_of_one_respondent_is_told_in_the_singular(world, survey_world):
    # It read "1 samenwerkingen van 1 respondenten".
    answer_partner(survey_world.visit("HA-1"), "CAW-1", finality="afstemming")
    assert closed_by_alice(world) == [
        "De ronde is afgesloten. Nu op het dashboard: 1 samenwerking van 1 respondent."
    ]


def test_a_round_without_answers_closes_empty_with_a_warning(world, survey_world):
    assert closed_by_alice(world) == ["De ronde is afgesloten, zonder antwoorden."]


def refused(world) -> list[str]:
    client = world.client_for("alice")
    before = database_state(world.workspace)
    response = client.post(PAGE)
    assert (response.status_code, response["Location"]) == (302, url("2027"))
    assert database_state(world.workspace) == before
    return messages_of(client.get(response["Location"]))


def test_a_round_closes_once(world, survey_world):
    answering.save_answer(survey_world.visit("HA-1"), "location", None, "Gemeentegem")
    closing.close_survey(survey_world.survey, user=None)
    assert refused(world) == ["Deze ronde is afgesloten; er kan niets meer aan veranderen."]


def test_a_refused_write_leaves_the_round_open_and_says_why_in_dutch(
    world, survey_world, monkeypatch
):
    # Another import or closing holds the database: the page showed "Dit kon niet: import_busy".
    answer_partner(survey_world.visit("HA-1"), "CAW-1", finality="afstemming")

    def busy(*args, **kwargs):
        raise ImportRefused("busy", ["2027"])

    monkeypatch.setattr(closing, "import_dataset", busy)
    (shown,) = refused(world)
    assert shown.startswith("De databank was bezet door een andere import of afsluiting")
    assert "import_busy" not in shown
    assert status(world) == RoundStatus.OPEN


def test_an_unknown_round_is_not_found(world, survey_world):
    assert world.client_for("alice").post(url("2099", "close")).status_code == 404


def test_an_analyst_cannot_close_the_round(world, survey_world):
    assert_refused_for(world, "bob", "post", PAGE)
    assert_refused_for(world, "bob", "get", PAGE)


def test_a_viewer_cannot_close_the_round(world, survey_world):
    assert_refused_for(world, "vera", "post", PAGE)
    assert_refused_for(world, "vera", "get", PAGE)


def test_an_outsider_does_not_find_the_round(world, survey_world):
    assert_refused_for(world, "charlie", "post", PAGE)
    assert_refused_for(world, "charlie", "get", PAGE)


def test_anonymous_is_sent_to_login(world, survey_world):
    assert_refused_for(world, None, "post", PAGE)
    assert_refused_for(world, None, "get", PAGE)

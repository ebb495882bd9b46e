"""The coordinator renames a running round and moves its deadline (``…/dates/``).

Renaming as a browser sends the form is in ``test_date_inputs.py``, the respondent's view of the new
deadline in ``test_survey_versions.py``.
"""

from __future__ import annotations

from django_scopes import scope
from tests.apps.surveys.pages import (
    assert_refused_for,
    database_state,
    form_errors,
    last_audit,
    messages_of,
    url,
)

from netwerkkaart.apps.surveys import closing
from netwerkkaart.apps.surveys.models import SurveyRound

PAGE = url("2027", "dates")
NEW_DATES = {"label": "  Bevraging najaar  ", "deadline": "2027-11-30"}


def survey(world) -> SurveyRound:
    with scope(workspace=world.workspace):
        return SurveyRound.objects.select_related("round").get(round__code="2027")


def test_the_form_shows_the_name_of_the_round(world, survey_world):
    response = world.client_for("alice").get(PAGE)
    assert response.status_code == 200
    assert 'value="Bevraging 2027"' in response.content.decode()


def test_the_coordinator_renames_the_round_and_it_is_logged(world, survey_world):
    client = world.client_for("alice")
    response = client.post(PAGE, NEW_DATES)
    assert (response.status_code, response["Location"]) == (302, url("2027"))
    saved = survey(world)
    assert (saved.round.label, str(saved.deadline)) == ("Bevraging najaar", "2027-11-30")
    entry = last_audit(world.workspace)
    assert entry.action == "surveys.dates_set"
    assert (entry.user.username, entry.data) == ("alice", {"round": "2027"})
    assert messages_of(client.get(response["Location"])) == ["Bewaard."]


def test_an_empty_deadline_takes_the_deadline_away(world, survey_world):
    client = world.client_for("alice")
    client.post(PAGE, NEW_DATES)
    client.post(PAGE, {"label": "Bevraging najaar", "deadline": ""})
    assert survey(world).deadline is None


def test_a_closed_round_keeps_its_name_and_dates(world, survey_world):
    closing.close_survey(survey_world.survey, user=None)
    client = world.client_for("alice")
    before = database_state(world.workspace)
    response = client.post(PAGE, NEW_DATES)
    assert (response.status_code, response["Location"]) == (302, url("2027"))
    assert database_state(world.workspace) == before
    assert messages_of(client.get(response["Location"])) == [
        "Deze ronde is afgesloten; er kan niets meer aan veranderen."
    ]


def test_a_deadline_that_is_no_date_is_refused(world, survey_world):
    client = world.client_for("alice")
    before = database_state(world.workspace)
    response = client.post(PAGE, {"label": "Bevraging najaar", "deadline": "30-11-2027x"})
    assert response.status_code == 200
    assert form_errors(response) == ["Voer een geldige datum in."]
    assert database_state(world.workspace) == before


def test_a_name_of_more_than_200_characters_is_refused(world, survey_world):
    client = world.client_for("alice")
    before = database_state(world.workspace)
    response = client.post(PAGE, {"label": "x" * 201, "deadline": ""})
    assert response.status_code == 200
    assert "niet meer dan 200 tekens" in form_errors(response)[0]
    assert database_state(world.workspace) == before


def test_an_analyst_cannot_move_the_deadline(world, survey_world):
    assert_refused_for(world, "bob", "post", PAGE, NEW_DATES)
    assert_refused_for(world, "bob", "get", PAGE)


def test_a_viewer_cannot_move_the_deadline(world, survey_world):
    assert_refused_for(world, "vera", "post", PAGE, NEW_DATES)
    assert_refused_for(world, "vera", "get", PAGE)


def test_an_outsider_does_not_find_the_dates(world, survey_world):
    assert_refused_for(world, "charlie", "post", PAGE, NEW_DATES)
    assert_refused_for(world, "charlie", "get", PAGE)


def test_anonymous_is_sent_to_login(world, survey_world):
    assert_refused_for(world, None, "post", PAGE, NEW_DATES)
    assert_refused_for(world, None, "get", PAGE)

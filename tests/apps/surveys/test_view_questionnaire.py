"""The coordinator sets a running round's questionnaire: optional blocks off, own questions on.

The versioning rules themselves are in ``test_survey_versions.py``; here the page.
"""

from __future__ import annotations

from django_scopes import scope
from tests.apps.surveys.pages import (
    assert_refused_for,
    database_state,
    form_errors,
    last_audit,
    messages_of,
    page_text,
    questionnaire_post,
    url,
)

from netwerkkaart.apps.surveys import answering, closing
from netwerkkaart.apps.surveys.models import QuestionnaireVersion, SurveyRound

PAGE = url("2027", "questionnaire")
OWN_LIKERT = {"label_nl": "Hoe tevreden bent u over het overleg?", "type": "likert"}
SAVED = "De vragenlijst is bewaard."


def current(world) -> QuestionnaireVersion:
    with scope(workspace=world.workspace):
        return SurveyRound.objects.select_related("current").get(round__code="2027").current


def test_the_page_shows_the_current_choices(world, survey_world):
    client = world.client_for("alice")
    client.post(PAGE, questionnaire_post(["factoren"], [OWN_LIKERT]))
    response = client.get(PAGE)
    assert response.status_code == 200
    body = page_text(response)
    assert "Nu in gebruik: versie 1." in body
    assert 'value="Hoe tevreden bent u over het overleg?"' in body
    assert 'value="factoren" id="id_sections_0" checked' in body
    assert 'value="vertrouwen" id="id_sections_1" checked' not in body


def test_before_any_answer_the_choices_change_version_one(world, survey_world):
    client = world.client_for("alice")
    response = client.post(PAGE, questionnaire_post(["factoren", "onbekend"], [OWN_LIKERT]))
    assert response.status_code == 302
    assert response["Location"] == url("2027")
    version = current(world)
    assert version.number == 1
    assert version.disabled_sections == ["vertrouwen"]
    assert [q["label"]["nl"] for q in version.own_questions] == [OWN_LIKERT["label_nl"]]
    sections = [s["id"] for s in version.definition["sections"]]
    assert "vertrouwen" not in sections and sections[-1] == "eigen"
    entry = last_audit(world.workspace)
    assert entry.action == "surveys.questionnaire_set"
    assert (entry.user.username, entry.data) == ("alice", {"round": "2027", "version": 1})
    assert messages_of(client.get(response["Location"])) == [SAVED]


def test_after_answers_a_change_makes_version_two_and_says_so(world, survey_world):
    answering.save_answer(survey_world.visit("HA-1"), "location", None, "Gemeentegem")
    client = world.client_for("alice")
    response = client.post(PAGE, questionnaire_post(["factoren", "vertrouwen"]))
    assert response.status_code == 302
    version = current(world)
    assert version.number == 2 and version.disabled_sections == ["onbekend"]
    assert last_audit(world.workspace).data == {"round": "2027", "version": 2}
    assert messages_of(client.get(response["Location"])) == [
        "Er waren al antwoorden: de vragenlijst kreeg versie 2. Gegeven antwoorden blijven zoals "
        "ze zijn."
    ]


def test_saving_the_same_choices_writes_nothing(world, survey_world):
    client = world.client_for("alice")
    before = database_state(world.workspace)
    response = client.post(PAGE, questionnaire_post(["factoren", "vertrouwen", "onbekend"]))
    assert response.status_code == 302
    assert database_state(world.workspace) == before
    assert messages_of(client.get(response["Location"])) == [SAVED]


def refused(world, data: dict) -> list[str]:
    client = world.client_for("alice")
    before = database_state(world.workspace)
    response = client.post(PAGE, data)
    assert response.status_code == 200  # the form again, with why
    assert database_state(world.workspace) == before
    return form_errors(response) + messages_of(response)


def test_a_closed_round_keeps_its_questionnaire(world, survey_world):
    closing.close_survey(survey_world.survey, user=None)
    shown = refused(world, questionnaire_post([], [OWN_LIKERT]))
    assert shown == ["Deze ronde is afgesloten; er kan niets meer aan veranderen."]


def test_a_choice_question_without_two_options_is_refused(world, survey_world):
    own = {"label_nl": "Welke dienst?", "type": "multi_choice", "options": "\n  \n"}
    assert refused(world, questionnaire_post([], [own])) == [
        "Geef minstens twee antwoordmogelijkheden."
    ]


def test_two_options_that_read_the_same_are_refused_in_dutch(world, survey_world):
    own = {"label_nl": "Welke dienst?", "type": "single_choice", "options": "Eén\neen\nTwee"}
    assert refused(world, questionnaire_post([], [own])) == [
        "Twee antwoordmogelijkheden zijn gelijk: 'Eén' en 'een'."
    ]


def test_a_questionnaire_the_core_refuses_is_explained_in_dutch(world, survey_world, monkeypatch):
    from netwerkkaart.apps.surveys import services
    from netwerkkaart.core.questionnaire import DefinitionError

    def refuse(*args, **kwargs):
        raise DefinitionError("ecosysteembevraging", "own_questions", "at most 10 own questions")

    monkeypatch.setattr(services, "customise", refuse)
    (shown,) = refused(world, questionnaire_post([], [OWN_LIKERT]))
    assert shown.startswith("Met deze keuzes kan de vragenlijst niet")


def test_an_unknown_round_is_not_found(world, survey_world):
    client = world.client_for("alice")
    assert client.get(url("2099", "questionnaire")).status_code == 404
    assert client.post(url("2099", "questionnaire"), questionnaire_post([])).status_code == 404


def test_an_analyst_cannot_set_the_questionnaire(world, survey_world):
    assert_refused_for(world, "bob", "post", PAGE, questionnaire_post([], [OWN_LIKERT]))
    assert_refused_for(world, "bob", "get", PAGE)


def test_a_viewer_cannot_set_the_questionnaire(world, survey_world):
    assert_refused_for(world, "vera", "post", PAGE, questionnaire_post([], [OWN_LIKERT]))
    assert_refused_for(world, "vera", "get", PAGE)


def test_an_outsider_does_not_find_the_questionnaire(world, survey_world):
    assert_refused_for(world, "charlie", "post", PAGE, questionnaire_post([], [OWN_LIKERT]))
    assert_refused_for(world, "charlie", "get", PAGE)


def test_anonymous_is_sent_to_login(world, survey_world):
    assert_refused_for(world, None, "post", PAGE, questionnaire_post([], [OWN_LIKERT]))
    assert_refused_for(world, None, "get", PAGE)

"""Opening a survey round and changing its questionnaire: a change after answers is a new version."""

from __future__ import annotations

import pytest
from django_scopes import scope

from netwerkkaart.apps.rounds.models import Round, RoundSource, RoundStatus
from netwerkkaart.apps.surveys import answering, services
from netwerkkaart.apps.surveys.models import Answer, QuestionnaireVersion
from netwerkkaart.core.questionnaire import DefinitionError

OWN = {
    "id": "eigen_1",
    "type": "yes_no",
    "label": {"nl": "Kent u de sociale kaart?", "en": "Do you know the social map?"},
    "repeat": "once",
}


def test_opening_a_round_makes_an_open_survey_round_with_version_one(world, survey_world):
    with scope(workspace=world.workspace):
        round_ = Round.objects.get(workspace=world.workspace, code="2027")
        assert round_.source == RoundSource.SURVEY
        assert round_.status == RoundStatus.OPEN
        assert list(round_.questionnaires.values_list("number", flat=True)) == [1]
    section_ids = [s["id"] for s in survey_world.survey.current.definition["sections"]]
    assert "vertrouwen" in section_ids and "samenwerking" in section_ids


def test_a_taken_or_unusable_code_is_refused(world, survey_world):
    with pytest.raises(services.SurveyError) as taken:
        services.open_survey(world.workspace, code="2027", user=None)
    assert taken.value.code == "code_taken"
    with pytest.raises(services.SurveyError) as bad:
        services.open_survey(world.workspace, code="a/b", user=None)
    assert bad.value.code == "bad_code"


def test_a_required_block_cannot_be_switched_off(world, register):
    with pytest.raises(DefinitionError):
        services.open_survey(
            world.workspace, code="2028", disabled_sections=["samenwerking"], user=None
        )
    with scope(workspace=world.workspace):
        assert not Round.objects.filter(workspace=world.workspace, code="2028").exists()


def test_before_any_answer_the_version_is_edited_in_place(world, survey_world):
    survey = survey_world.survey
    version = services.configure_questionnaire(
        survey, disabled_sections=["vertrouwen"], own_questions=[OWN], user=None
    )
    assert version.number == 1
    ids = [s["id"] for s in version.definition["sections"]]
    assert "vertrouwen" not in ids
    assert any(q["id"] == "eigen_1" for s in version.definition["sections"] for q in s["questions"])


def test_after_answers_a_change_makes_a_new_version_and_keeps_the_answers(world, survey_world):
    survey = survey_world.survey
    visit = survey_world.visit("HA-1")
    answering.save_answer(visit, "respondent_type", None, "zelfstandige_zorgprofessional")
    version = services.configure_questionnaire(
        survey, disabled_sections=[], own_questions=[OWN], user=None
    )
    assert version.number == 2
    survey.refresh_from_db()
    assert survey.current_id == version.pk
    with scope(workspace=world.workspace):
        answer = Answer.objects.get(question="respondent_type")
        assert answer.version.number == 1  # never rewritten
        assert answer.value == "zelfstandige_zorgprofessional"
        assert QuestionnaireVersion.objects.filter(round=survey.round).count() == 2
    # The respondent goes on with the new version; a new answer is stored under it.
    visit = survey_world.visit("HA-1")
    answering.save_answer(visit, "eigen_1", None, True)
    with scope(workspace=world.workspace):
        assert Answer.objects.get(question="eigen_1").version.number == 2


def test_saving_the_same_choices_again_makes_no_new_version(world, survey_world):
    survey = survey_world.survey
    answering.save_answer(survey_world.visit("HA-1"), "location", None, "Gemeentegem")
    same = services.configure_questionnaire(
        survey, disabled_sections=[], own_questions=[], user=None
    )
    assert same.number == 1


def test_the_coordinator_renames_the_round_and_moves_its_deadline(world, survey_world):
    client = world.client_for("alice")
    response = client.post("/w/gemeentegem/surveys/2027/dates/",
                           {"label": "Bevraging voorjaar", "deadline": "2027-03-31"})  # fmt: skip
    assert response.status_code == 302
    survey = services.survey_for(world.workspace, "2027")
    assert survey.round.label == "Bevraging voorjaar"
    assert str(survey.deadline) == "2027-03-31"
    start = client.get(f"/s/{survey_world.tokens['HA-1']}/").content.decode()
    assert "31 maart 2027" in start
    assert world.client_for("bob").post("/w/gemeentegem/surveys/2027/dates/", {}).status_code == 403

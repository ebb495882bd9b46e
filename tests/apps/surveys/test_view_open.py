"""The coordinator opens a survey round (``surveys/new/``): code, dates, blocks and own questions.

The service's rules are in ``test_survey_versions.py``; here the page: what it writes, what it says,
every refusal it can give (nothing written), and who may use it.
"""

from __future__ import annotations

import pytest
from django_scopes import scope
from tests.apps.surveys.pages import (
    BASE,
    OPTIONAL_BLOCKS,
    assert_refused_for,
    database_state,
    form_errors,
    last_audit,
    messages_of,
    page_text,
    questionnaire_post,
)

from netwerkkaart.apps.rounds.models import Round, RoundSource, RoundStatus
from netwerkkaart.apps.surveys.models import SurveyRound

NEW = f"{BASE}new/"
OWN_YES_NO = {
    "label_nl": "Kent u de sociale kaart?",
    "label_en": "Do you know the social map?",
    "type": "yes_no",
}


def open_post(code: str = "2028", *, sections=OPTIONAL_BLOCKS, own=(), **fields) -> dict:
    data = {
        "code": code,
        "label": "Bevraging 2028",
        "opened": "2028-01-15",
        "deadline": "2028-02-28",
        **fields,
    }
    return {**data, **questionnaire_post(list(sections), own, prefix="q")}


def test_the_coordinator_sees_the_form_with_every_optional_block_ticked(world):
    response = world.client_for("alice").get(NEW)
    assert response.status_code == 200
    body = page_text(response)
    assert "Nieuwe bevraging openen" in body
    for block in OPTIONAL_BLOCKS:
        assert f'value="{block}"' in body
    assert body.count("checked") >= len(OPTIONAL_BLOCKS)


def test_opening_a_round_writes_it_with_its_questionnaire_and_goes_on_to_invite(world, register):
    client = world.client_for("alice")
    response = client.post(NEW, open_post(sections=["factoren"], own=[OWN_YES_NO]))
    assert response.status_code == 302
    assert response["Location"] == f"{BASE}2028/invite/"
    with scope(workspace=world.workspace):
        survey = SurveyRound.objects.select_related("round", "current").get(round__code="2028")
    assert survey.round.source == RoundSource.SURVEY
    assert survey.round.status == RoundStatus.OPEN
    assert survey.round.label == "Bevraging 2028"
    assert (str(survey.round.opened), str(survey.deadline)) == ("2028-01-15", "2028-02-28")
    version = survey.current
    assert version.number == 1
    assert sorted(version.disabled_sections) == ["onbekend", "vertrouwen"]
    sections = [s["id"] for s in version.definition["sections"]]
    assert "factoren" in sections and "vertrouwen" not in sections and "onbekend" not in sections
    assert version.own_questions == [
        {
            "id": "eigen_1",
            "type": "yes_no",
            "repeat": "once",
            "label": {"nl": "Kent u de sociale kaart?", "en": "Do you know the social map?"},
        }
    ]
    entry = last_audit(world.workspace)
    assert entry.action == "surveys.opened"
    assert (entry.user.username, entry.data) == ("alice", {"round": "2028"})
    shown = client.get(response["Location"])
    assert messages_of(shown) == ["De ronde is geopend. Nodig nu actoren uit."]


def test_an_own_choice_question_keeps_its_options_in_the_order_given(world):
    own = {
        "label_nl": "Hoe hoort u van ons?",
        "type": "multi_choice",
        "repeat": "per_partner",
        "options": "Via de nieuwsbrief\nOp een overleg\n\nVia collega's",
    }
    response = world.client_for("alice").post(NEW, open_post(own=[own]))
    assert response.status_code == 302
    with scope(workspace=world.workspace):
        version = SurveyRound.objects.get(round__code="2028").current
    (question,) = version.own_questions
    assert question["repeat"] == "per_partner"
    assert question["label"] == {"nl": "Hoe hoort u van ons?", "en": "Hoe hoort u van ons?"}
    assert [o["label"]["nl"] for o in question["options"]] == [
        "Via de nieuwsbrief",
        "Op een overleg",
        "Via collega's",
    ]
    per_partner = next(s for s in version.definition["sections"] if s["id"] == "eigen_per_partner")
    assert [q["id"] for q in per_partner["questions"]] == ["eigen_1"]


def test_without_dates_the_round_starts_today_and_has_no_deadline(world):
    response = world.client_for("alice").post(NEW, open_post(opened="", deadline=""))
    assert response.status_code == 302
    with scope(workspace=world.workspace):
        survey = SurveyRound.objects.select_related("round").get(round__code="2028")
    assert survey.round.opened is not None and survey.deadline is None


def refused(world, data: dict) -> str:
    """Post ``data`` as the coordinator; the page comes back (400) with the form's error messages
    (returned as one text) and nothing is written."""
    client = world.client_for("alice")
    before = database_state(world.workspace)
    response = client.post(NEW, data)
    assert response.status_code == 400
    assert database_state(world.workspace) == before
    errors = form_errors(response)
    assert errors
    return " | ".join(errors)


def test_a_code_already_taken_is_refused(world, survey_world):
    body = refused(world, open_post("2027"))
    assert "Er bestaat al een ronde met deze code." in body


def test_a_code_taken_by_a_round_read_from_a_file_is_refused(world):
    with scope(workspace=world.workspace):
        Round.objects.create(workspace=world.workspace, code="2028", source=RoundSource.IMPORT)
    body = refused(world, open_post("2028"))
    assert "Er bestaat al een ronde met deze code." in body


# "new" would hide the round's page behind the page that opens one; "." and ".." are read by a
# browser as folders (issue 14: such a round was opened and its page could not be reached).
@pytest.mark.parametrize("code", ["2028/voorjaar", "import", "new", ".", ".."])
def test_an_unusable_code_is_refused(world, code):
    body = refused(world, open_post(code))
    assert "Deze code kan niet" in body


def test_a_code_of_more_than_forty_characters_is_refused(world):
    body = refused(world, open_post("x" * 41))
    assert "niet meer dan 40 tekens" in body


def test_a_round_without_a_code_is_refused(world):
    body = refused(world, open_post(""))
    assert "Dit veld is verplicht." in body


def test_a_deadline_before_the_start_is_refused(world):
    body = refused(world, open_post(opened="2028-03-01", deadline="2028-02-01"))
    assert "De einddatum ligt voor de startdatum." in body


def test_a_date_that_is_no_date_is_refused(world):
    body = refused(world, open_post(deadline="31/02/2028"))
    assert "Voer een geldige datum in." in body


def test_a_choice_question_with_one_option_is_refused(world):
    own = {"label_nl": "Welke?", "type": "single_choice", "options": "Alleen deze"}
    body = refused(world, open_post(own=[own]))
    assert "Geef minstens twee antwoordmogelijkheden." in body


def test_two_options_that_read_the_same_are_refused_in_dutch(world):
    own = {"label_nl": "Werkt u samen?", "type": "single_choice", "options": "Ja\nja\nNee"}
    body = refused(world, open_post(own=[own]))
    # Both would get the code "ja"; the core's English refusal was shown before (issue 14).
    assert body == "Twee antwoordmogelijkheden zijn gelijk: 'Ja' en 'ja'."


def test_a_questionnaire_the_core_refuses_is_explained_in_dutch(world, monkeypatch):
    from netwerkkaart.apps.surveys import services
    from netwerkkaart.core.questionnaire import DefinitionError

    def refuse(*args, **kwargs):
        raise DefinitionError("ecosysteembevraging", "own_questions", "at most 10 own questions")

    monkeypatch.setattr(services, "customise", refuse)
    body = refused(world, open_post(own=[OWN_YES_NO]))
    assert body.startswith("Met deze keuzes kan de vragenlijst niet")
    assert "own_questions" not in body


def test_a_block_that_is_not_offered_is_refused(world):
    body = refused(world, open_post(sections=["samenwerking"]))
    assert "Selecteer een geldige keuze" in body  # shown beside the blocks (it was not)


def test_an_analyst_cannot_open_a_round(world):
    assert_refused_for(world, "bob", "post", NEW, open_post())
    assert_refused_for(world, "bob", "get", NEW)


def test_a_viewer_cannot_open_a_round(world):
    assert_refused_for(world, "vera", "post", NEW, open_post())
    assert_refused_for(world, "vera", "get", NEW)


def test_an_outsider_does_not_find_the_page(world):
    assert_refused_for(world, "charlie", "post", NEW, open_post())
    assert_refused_for(world, "charlie", "get", NEW)


def test_anonymous_is_sent_to_login(world):
    assert_refused_for(world, None, "post", NEW, open_post())
    assert_refused_for(world, None, "get", NEW)

"""A round's choices (optional blocks off, own questions) and the steps a respondent walks."""

from __future__ import annotations

import pytest

from netwerkkaart.core.questionnaire import (
    DefinitionError,
    builtin_definition,
    customise,
    last_answered_step,
    progress,
    survey_steps,
)

BASE = builtin_definition()
ASKED = customise(BASE)  # what a round without choices asks: the opt-in blocks left out
OWN = {"id": "eigen_1", "type": "likert", "label": {"nl": "Tevreden?", "en": "Satisfied?"},
       "repeat": "per_partner"}  # fmt: skip


def test_no_choices_keep_the_base_version():
    assert customise(BASE).version == BASE.version == "1"
    assert customise(BASE).sections == tuple(s for s in BASE.sections if not s.opt_in)


def test_optional_blocks_can_be_left_out_and_own_questions_added():
    mine = customise(BASE, disabled_sections=["vertrouwen", "onbekend"], own_questions=[OWN])
    ids = [s.id for s in mine.sections]
    assert "vertrouwen" not in ids and "onbekend" not in ids
    assert mine.section("eigen_per_partner").repeat == "per_partner"
    assert mine.question("eigen_1").own
    assert mine.version.startswith("1+")


def test_equal_choices_give_equal_versions_and_different_ones_differ():
    one = customise(BASE, disabled_sections=["vertrouwen"], own_questions=[OWN])
    same = customise(BASE, disabled_sections=["vertrouwen"], own_questions=[OWN])
    other = customise(BASE, disabled_sections=["vertrouwen"],
                      own_questions=[{**OWN, "label": {"nl": "Blij?", "en": "Happy?"}}])  # fmt: skip
    assert one.version == same.version != other.version


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"disabled_sections": ["samenwerking"]}, "disabled_sections[0]"),
        ({"disabled_sections": ["bestaat_niet"]}, "disabled_sections[0]"),
        ({"own_questions": [{**OWN, "type": "actor_list"}]}, "own_questions[0].type"),
        ({"own_questions": [{**OWN, "id": "finality"}]}, "sections[7].questions[0].id"),
        ({"own_questions": [{**OWN, "label": {"nl": "Zonder Engels"}}]},
         "sections[7].questions[0].label"),
    ],
)  # fmt: skip
def test_choices_that_do_not_fit_are_refused(kwargs, field):
    with pytest.raises(DefinitionError) as error:
        customise(BASE, **kwargs)
    assert error.value.field == field


def test_steps_put_every_partner_between_the_profile_and_the_wishes():
    steps = [(s.section_id, s.partner_key) for s in survey_steps(ASKED, ["a:X", "n:y"])]
    assert steps == [
        ("profiel", None), ("partners", None),
        ("samenwerking", "a:X"), ("factoren", "a:X"), ("vertrouwen", "a:X"),
        ("samenwerking", "n:y"), ("factoren", "n:y"), ("vertrouwen", "n:y"),
        ("wensen", None), ("onbekend", None),
    ]  # fmt: skip


def test_progress_counts_the_answers_given_over_the_questions_asked():
    answers = {("respondent_type", None): "zorgorganisatie", ("partners", None): [{"actor": "X"}],
               ("finality", "a:X"): "afstemming"}  # fmt: skip
    done = progress(ASKED, answers, ["a:X"])
    # profiel 7 + partners 1 + samenwerking 6 + factoren 4 + vertrouwen 3 + wensen 2 + onbekend 1
    assert done.askable == 24
    assert done.answered == 3
    assert done.fraction == pytest.approx(3 / 24)
    assert done.first_open_step == 0  # the profile is not complete


def test_a_returning_respondent_goes_on_at_the_last_step_with_an_answer():
    keys = ["a:X", "n:y"]
    assert last_answered_step(ASKED, {}, keys) == 0
    answers = {("respondent_type", None): "zorgorganisatie", ("partners", None): [{"actor": "X"}]}
    assert last_answered_step(ASKED, answers, keys) == 1
    # Trust for the second partner (step 7), while the first partner's factors were skipped.
    answers[("finality", "a:X")] = "afstemming"
    answers[("trust_open", "n:y")] = 4
    assert last_answered_step(ASKED, answers, keys) == 7
    answers[("wish_more", None)] = [{"category": "Huisartsen"}]
    assert last_answered_step(ASKED, answers, keys) == 8

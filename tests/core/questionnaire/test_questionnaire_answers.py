"""Every question type accepts what fits, stores it in one form, and refuses the rest clearly."""

from __future__ import annotations

import pytest

from netwerkkaart.core.questionnaire import (
    AnswerError,
    Question,
    Text,
    builtin_definition,
    parse_form_value,
    validate_answer,
)
from netwerkkaart.core.questionnaire.model import Option

SURVEY = builtin_definition()
T = Text("x", "x")


def q(kind: str, **extra) -> Question:
    options = tuple(Option(code, T) for code in ("a", "b", "c"))
    return Question("q", kind, T, options=options, **extra)


ACCEPTED = [
    (SURVEY.question("finality"), "afstemming", "afstemming"),
    (SURVEY.question("level"), ["operationeel", "strategisch"], ["strategisch", "operationeel"]),
    (SURVEY.question("trust_open"), 4, 4),
    (SURVEY.question("employees"), 12.0, 12),
    (SURVEY.question("category"), "  Huisarts  ", "Huisarts"),
    (SURVEY.question("category"), "   ", None),
    (q("yes_no"), False, False),
    (q("ranking"), ["c", "a"], ["c", "a"]),
    (q("position_2x2", axes=(T, T)), {"x": 0, "y": 0.75}, {"x": 0.0, "y": 0.75}),
    (q("points", total=10), {"a": 7, "b": 3, "c": 0}, {"a": 7, "b": 3}),
    (SURVEY.question("partners"), [{"actor": "HA-1"}, {"name": "Apotheek", "sector": "zorg"}],
     [{"actor": "HA-1"}, {"name": "Apotheek", "sector": "zorg"}]),
    (SURVEY.question("wish_more"), [{"category": "Huisartsen"}], [{"category": "Huisartsen"}]),
]  # fmt: skip


@pytest.mark.parametrize(("question", "value", "stored"), ACCEPTED)
def test_accepted_answers_are_stored_in_one_form(question, value, stored):
    assert validate_answer(question, value) == stored


@pytest.mark.parametrize("question", [SURVEY.question("finality"), q("points", total=5)])
def test_not_answered_is_always_allowed(question):
    assert validate_answer(question, None) is None


REFUSED = [
    (SURVEY.question("finality"), "vriendschap", "choice"),
    (SURVEY.question("level"), ["strategisch", "strategisch"], "choices"),
    (SURVEY.question("trust_open"), 6, "range"),
    (SURVEY.question("trust_open"), 2.5, "whole"),
    (SURVEY.question("trust_open"), True, "whole"),
    (SURVEY.question("employees"), -1, "range"),
    (SURVEY.question("category"), "x" * 201, "text"),
    (q("yes_no"), "ja", "yes_no"),
    (q("ranking"), ["a", "z"], "choices"),
    (q("position_2x2", axes=(T, T)), {"x": 1.5, "y": 0}, "position"),
    (q("points", total=10), {"a": 9}, "points"),
    (q("points", total=10), {"a": 11, "b": -1}, "points"),
    (SURVEY.question("partners"), [{"actor": "HA-1"}, {"actor": "HA-1"}], "double"),
    (SURVEY.question("partners"), [{"name": "Iemand", "sector": "geen"}], "entries"),
    (SURVEY.question("unknown_actors"), [{"name": "Vrij", "sector": "zorg"}], "entries"),
    (SURVEY.question("partners"), [{"category": "Huisartsen"}], "entries"),
    (SURVEY.question("partners"), [{"actor": f"A{i}"} for i in range(61)], "too_many"),
]


@pytest.mark.parametrize(("question", "value", "code"), REFUSED)
def test_refused_answers_say_why_in_dutch_and_english(question, value, code):
    with pytest.raises(AnswerError) as error:
        validate_answer(question, value)
    assert error.value.code == code
    assert error.value.message("nl") != error.value.message("en")
    assert "{" not in error.value.message("nl")


def test_range_messages_name_the_range():
    with pytest.raises(AnswerError) as error:
        validate_answer(SURVEY.question("trust_open"), 9)
    assert error.value.message("nl") == "Geef een getal van 1 tot 5."


FORMS = [
    (SURVEY.question("finality"), ["afstemming"], "afstemming"),
    (SURVEY.question("finality"), [], None),
    (SURVEY.question("level"), ["strategisch", "operationeel"], ["strategisch", "operationeel"]),
    (SURVEY.question("trust_open"), ["3"], 3),
    (SURVEY.question("employees"), ["12,5"], 12.5),
    (q("yes_no"), ["true"], True),
    (q("position_2x2", axes=(T, T)), ["0.2,0.9"], {"x": 0.2, "y": 0.9}),
    (q("points", total=10), ["a=6", "b=4", "c="], {"a": 6, "b": 4}),
    (SURVEY.question("partners"), ['[{"actor": "X"}]'], [{"actor": "X"}]),
]


@pytest.mark.parametrize(("question", "raw", "value"), FORMS)
def test_form_values_are_read_by_type(question, raw, value):
    assert parse_form_value(question, raw) == value


def test_unreadable_form_text_is_a_value_error():
    with pytest.raises(ValueError):
        parse_form_value(SURVEY.question("employees"), ["twaalf"])

"""Definition files load, validate, round-trip; a malformed one names the file and the field."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from netwerkkaart.core import vocab
from netwerkkaart.core.questionnaire import (
    Definition,
    DefinitionError,
    builtin_definition,
    builtin_ids,
    load_definition,
)
from netwerkkaart.core.questionnaire.loader import DEFINITIONS_DIR

SURVEY = "ecosysteembevraging"


def test_every_builtin_definition_loads_and_round_trips():
    assert SURVEY in builtin_ids()
    for definition_id in builtin_ids():
        definition = builtin_definition(definition_id)
        again = Definition.from_dict(definition.to_dict())
        assert again == definition
        assert again.fingerprint() == definition.fingerprint()


def test_the_survey_asks_what_the_report_tabulates():
    survey = builtin_definition(SURVEY)
    assert [s.id for s in survey.sections] == [
        "profiel", "partners", "samenwerking", "factoren", "vertrouwen", "samenwerkingsniveau",
        "relationele_coordinatie", "wensen", "onbekend",
    ]  # fmt: skip
    mapped = {q.maps_to for q in survey.questions()}
    assert {"respondent_type", "location", "partners", "finality", "frequency", "evaluation",
            "evolution", "level", "scale", "stimulating", "inhibiting", "wishes:meer",
            "wishes:beter", "unknown", "trust:reliable", "trust:shared_goal",
            "trust:open"} <= mapped  # fmt: skip
    # Options come from the core vocabularies, in their canonical order.
    assert survey.question("finality").option_codes() == vocab.FINALITY.codes
    factors = survey.question("inhibiting").option_codes()
    assert "persoonlijk:elkaar_niet_kennen" in factors and "financieel" in factors
    assert {s.id for s in survey.sections if s.optional} == {
        "factoren",
        "vertrouwen",
        "onbekend",
        "samenwerkingsniveau",
        "relationele_coordinatie",
    }
    assert {s.id for s in survey.sections if s.opt_in} == {
        "samenwerkingsniveau", "relationele_coordinatie"}  # fmt: skip
    assert survey.question("trust_open").min == 1 and survey.question("trust_open").max == 5


def test_every_text_has_dutch_and_english():
    survey = builtin_definition(SURVEY)
    for question in survey.questions():
        assert question.label.nl and question.label.en and question.label.nl != question.label.en
        for option in question.options:
            assert option.label.nl and option.label.en


def broken(tmp_path: Path, change) -> Path:
    data = yaml.safe_load((DEFINITIONS_DIR / f"{SURVEY}.yaml").read_text(encoding="utf-8"))
    change(data)
    path = tmp_path / "kapot.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def set_type(data):
    data["sections"][2]["questions"][0]["type"] = "likrt"


def drop_english(data):
    del data["sections"][0]["questions"][1]["label"]["en"]


def double_id(data):
    data["sections"][2]["questions"][1]["id"] = "finality"


def unknown_vocabulary(data):
    data["sections"][2]["questions"][0]["options_from"] = "FINALITEIT"


def likert_upside_down(data):
    data["sections"][4]["questions"][0]["min"] = 5
    data["sections"][4]["questions"][0]["max"] = 1


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        (set_type, "sections[2].questions[0].type", "likrt"),
        (drop_english, "sections[0].questions[1].label", "'en' is a required property"),
        (double_id, "sections[2].questions[1].id", "used twice"),
        (unknown_vocabulary, "sections[2].questions[0].options_from", "FINALITEIT"),
        (likert_upside_down, "sections[4].questions[0].max", "must be above min"),
    ],
)
def test_a_malformed_file_is_refused_naming_file_and_field(tmp_path, change, field, words):
    with pytest.raises(DefinitionError) as error:
        load_definition(broken(tmp_path, change))
    assert error.value.source == "kapot.yaml"
    assert error.value.field == field
    assert words in str(error.value)
    assert str(error.value).startswith(f"kapot.yaml: {field}: ")


def test_a_file_that_is_not_yaml_is_refused(tmp_path):
    path = tmp_path / "stuk.yaml"
    path.write_text("id: [niet gesloten\n", encoding="utf-8")
    with pytest.raises(DefinitionError, match=r"^stuk\.yaml: \(file\): is not valid YAML"):
        load_definition(path)

"""Rule files: every shipped rule loads; a bad file is refused naming the file and the field."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from tests.core.advice.helpers import figures

from netwerkkaart.core.advice import RuleError, advise, builtin_rules, load_rule, load_rule_text
from netwerkkaart.core.advice.loader import RULES_DIR

KINDS = {"silo", "light_ties", "bridge_dependency", "unknown_actors", "wished_absent",
         "mutual_wish", "under_reached", "fragmented", "governance_model",
         "form_follows_content", "think_before_you_start", "too_many_structures",
         "perception_gaps"}  # fmt: skip  # the last reads issue 18's perception gaps

GOOD = """
kind: quiet_network
version: "1"
priority: 2
title: {nl: Weinig samenwerking, en: Little collaboration}
summary: {nl: Er wordt weinig samengewerkt., en: There is little collaboration.}
when:
  all:
  - figure: density
    below: 0.01
    explain: {nl: Minder dan 1 % van de paren werkt samen., en: Fewer than 1 % of pairs work together.}
steps:
- {nl: Stap een., en: Step one.}
- {nl: Stap twee., en: Step two.}
reference: {seed: "002", where: Bevindingen}
"""


def test_every_kind_of_the_issue_ships_as_one_file():
    assert {r.kind for r in builtin_rules()} == KINDS
    assert {p.stem for p in RULES_DIR.glob("*.yaml")} == KINDS


def test_every_condition_explains_its_threshold_in_both_languages():
    for rule in builtin_rules():
        for clause in rule.any_of:
            for condition in clause:
                assert condition.explain.nl and condition.explain.en, rule.kind
        steps = [rule.steps] + [o.steps for o in rule.outcomes]
        assert all(2 <= len(s) <= 4 for s in steps if s), rule.kind
        assert rule.reference["seed"] in {"002", "003", "004"}


def test_adding_a_rule_is_adding_a_file():
    rule = load_rule_text(GOOD, "quiet_network.yaml")
    assert [r.kind for r in advise(figures({"density": 0.005}), [rule])] == ["quiet_network"]
    assert advise(figures({"density": 0.01}), [rule]) == []


@pytest.mark.parametrize(("change", "field", "message"), [
    (("figure: density", "figure: dichtheid"), "when.all[0].figure", "unknown figure 'dichtheid'"),
    (("below: 0.01", "below: 0.01\n    above: 0.5"), "when.all[0]", "exactly one of"),
    (("below: 0.01", "below: veel"), "when.all[0].below", "must be a number"),
    (("priority: 2", "priority: 4"), "priority", "4 is greater than the maximum"),
    (("seed: \"002\"", "seed: \"009\""), "reference.seed", "does not match"),
    (("", ""), "steps", "is too long"),
], ids=["figure", "two-operators", "not-a-number", "priority", "seed", "steps"])  # fmt: skip
def test_a_bad_rule_is_refused_naming_the_file_and_field(change, field, message):
    old, new = change
    text = GOOD.replace(old, new)
    if field == "steps":  # five steps instead of two
        text = GOOD.replace("- {nl: Stap twee., en: Step two.}",
                            "\n".join(["- {nl: Stap., en: Step.}"] * 5))  # fmt: skip
    with pytest.raises(RuleError) as caught:
        load_rule_text(text, "kapot.yaml")
    assert caught.value.source == "kapot.yaml"
    assert caught.value.field == field
    assert message in caught.value.message


def test_a_deciding_rule_needs_a_known_function_and_all_its_outcomes(tmp_path: Path):
    text = (RULES_DIR / "governance_model.yaml").read_text(encoding="utf-8")
    with pytest.raises(RuleError, match="decide: unknown function 'loting'"):
        load_rule_text(text.replace("decide: governance_weighing", "decide: loting"), "g.yaml")
    without_nao = text[: text.index("  nao:")] + text[text.index("reference:") :]
    with pytest.raises(RuleError, match="outcomes: missing outcome 'nao'"):
        load_rule_text(without_nao, "g.yaml")


def test_the_file_name_must_be_the_kind_and_the_file_must_be_yaml(tmp_path: Path):
    (tmp_path / "andere_naam.yaml").write_text(GOOD, encoding="utf-8")
    with pytest.raises(
        RuleError, match=re.escape("andere_naam.yaml: kind: 'quiet_network' must match")
    ):
        load_rule(tmp_path / "andere_naam.yaml")
    (tmp_path / "kapot.yaml").write_text("kind: [", encoding="utf-8")
    with pytest.raises(RuleError, match=re.escape("kapot.yaml: (file): is not valid YAML")):
        load_rule(tmp_path / "kapot.yaml")

"""Reading the advice rules from their YAML files, refusing a bad one with a clear message.

One file per rule in ``rules/`` (named after its kind). A file is checked against
:data:`.schema.RULE`, then against what a schema cannot express: the file name is the kind,
every condition has exactly one comparison and reads a figure the advice knows, a deciding
rule names a known function and gives the outcomes it can reach. Errors name the file and the
field, as the instrument loader does: ``silo.yaml: when.any[0].figure: unknown figure 'ei'``.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import jsonschema

from netwerkkaart.core.advice.decisions import DECIDERS
from netwerkkaart.core.advice.model import Condition, Outcome, Rule
from netwerkkaart.core.advice.schema import OPERATORS, RULE
from netwerkkaart.core.network.explanations import MEASURES
from netwerkkaart.core.questionnaire.loader import DefinitionError, parse_mapping, read_mapping
from netwerkkaart.core.questionnaire.model import Text
from netwerkkaart.core.reflection.loader import _path

RULES_DIR = Path(__file__).parent / "rules"

# Figures of the advice beside the network measures (see :mod:`.figures`).
OWN_FIGURES: frozenset[str] = frozenset({
    "bridge_cut_share", "brokerage_top_share", "unknown_widely", "unknown_top_share",
    "mutual_wish", "mutual_wish_pairs", "light_wished_deeper_share", "light_ties_wished_deeper",
    "single_wisher_share", "wished_actors", "finality_share", "wished_finality_share",
    "response_invited", "trust_mean", "trust_min_pair", "goal_consensus", "session_governance",
    "session_form", "structures_factor_share", "perception_gap_share", "perception_gap_pairs",
    "target_new",
})  # fmt: skip
KNOWN_FIGURES: frozenset[str] = OWN_FIGURES | frozenset(MEASURES)
# Outcomes each deciding function can reach (the rule file must give texts for each).
DECIDER_OUTCOMES: dict[str, tuple[str, ...]] = {
    "governance_weighing": ("shared", "lead", "nao"),
    "dominant_form": ("transactional", "functional", "learning", "entrepreneurial"),
}


class RuleError(DefinitionError):
    """A rule file that cannot be used: names the file, the field and what is wrong."""


def load_rule(path: str | Path) -> Rule:
    """Read and validate the rule in the YAML file ``path``."""
    data, name = read_mapping(path, RuleError)
    return rule_from_data(data, name, expected_kind=Path(path).stem)


def load_rule_text(text: str, source_name: str) -> Rule:
    """Read and validate a rule given as YAML text; ``source_name`` names it in errors."""
    return rule_from_data(parse_mapping(text, source_name, RuleError), source_name)


@cache
def builtin_rules() -> tuple[Rule, ...]:
    """The rules that ship with Netwerkkaart, by priority then kind."""
    rules = [load_rule(path) for path in sorted(RULES_DIR.glob("*.yaml"))]
    return tuple(sorted(rules, key=lambda r: (r.priority, r.kind)))


def _condition(raw: dict, source: str, field: str) -> Condition:
    ops = [op for op in OPERATORS if op in raw]
    if len(ops) != 1:
        raise RuleError(source, field, f"needs exactly one of {', '.join(OPERATORS)}")
    op = ops[0]
    if raw["figure"] not in KNOWN_FIGURES:
        raise RuleError(source, f"{field}.figure", f"unknown figure '{raw['figure']}'")
    if op != "equals" and not isinstance(raw[op], (int, float)):
        raise RuleError(source, f"{field}.{op}", "must be a number")
    return Condition(raw["figure"], op, raw[op], Text.from_value(raw["explain"]), raw.get("group"))


def rule_from_data(data: dict, source: str, expected_kind: str | None = None) -> Rule:
    """Validate plain data against the schema and the rules, and build the rule."""
    validator = jsonschema.Draft202012Validator(RULE)
    errors = sorted(validator.iter_errors(data), key=lambda e: list(e.absolute_path))
    if errors:
        first = min(errors, key=lambda e: (len(list(e.absolute_path)) == 0, list(e.absolute_path)))
        raise RuleError(source, _path(first.absolute_path), first.message)
    if expected_kind is not None and data["kind"] != expected_kind:
        raise RuleError(source, "kind", f"'{data['kind']}' must match the file name")
    when = data["when"]
    if "all" in when:
        clauses = [[_condition(c, source, f"when.all[{i}]") for i, c in enumerate(when["all"])]]
    else:
        clauses = []
        for index, entry in enumerate(when["any"]):
            if "all" in entry:
                clauses.append([_condition(c, source, f"when.any[{index}].all[{i}]")
                                for i, c in enumerate(entry["all"])])  # fmt: skip
            else:
                clauses.append([_condition(entry, source, f"when.any[{index}]")])
    for index, shown in enumerate(data.get("show", [])):
        if shown["figure"] not in KNOWN_FIGURES:
            raise RuleError(source, f"show[{index}].figure", f"unknown figure '{shown['figure']}'")
    outcomes = tuple(
        Outcome(oid, Text.from_value(raw["label"]), Text.from_value(raw["advice"]),
                tuple(Text.from_value(s) for s in raw["steps"]))
        for oid, raw in data.get("outcomes", {}).items()
    )  # fmt: skip
    decide = data.get("decide")
    if decide is not None:
        if decide not in DECIDERS:
            raise RuleError(source, "decide", f"unknown function '{decide}'")
        missing = [o for o in DECIDER_OUTCOMES[decide] if o not in {x.id for x in outcomes}]
        if missing:
            raise RuleError(source, "outcomes", f"missing outcome '{missing[0]}'")
        for index, consideration in enumerate(data.get("parameters", {}).get("considerations", [])):
            if consideration.get("figure") not in KNOWN_FIGURES:
                raise RuleError(source, f"parameters.considerations[{index}].figure",
                                f"unknown figure '{consideration.get('figure')}'")  # fmt: skip
    elif outcomes:
        raise RuleError(source, "outcomes", "outcomes need a 'decide' function")
    elif "steps" not in data:
        raise RuleError(source, "steps", "a rule that does not decide needs its steps")
    return Rule(
        kind=data["kind"], version=str(data["version"]), priority=data["priority"],
        title=Text.from_value(data["title"]), summary=Text.from_value(data["summary"]),
        any_of=tuple(tuple(c) for c in clauses),
        steps=tuple(Text.from_value(s) for s in data.get("steps", [])), reference=dict(data["reference"]),
        show=tuple((s["figure"], s.get("group")) for s in data.get("show", [])),
        decide=decide, parameters=dict(data.get("parameters", {})), outcomes=outcomes,
        most_groups=data.get("most_groups"),
    )  # fmt: skip

"""Scoring one participant's answers to an instrument: dimension scores, quadrants, advice.

Every rule kind of the file format is computed here:

* ``mean`` / ``sum``: per dimension, of the items' numbers (a Likert point, the place on an ordered
  level scale counting from 1, yes = 1 and no = 0, a number);
* ``checklist``: per dimension, the share of items answered yes (or, for a level item, at its
  last level: done);
* ``quadrant``: per case, two scores against two cut points give one of four quadrants with
  what that quadrant implies (Kenis 2011: quadrant I-IV of the need for inter-municipal
  collaboration; the portfolio of Kaats & Opheij 2023);
* ``decision_tree``: the answers walk a path to an outcome, every step with its reason (e.g.
  *think before you start*: alone, a bilateral agreement, a network of at least three);
* ``weighted_rules``: every rule that holds gives points to outcomes, with its reason; the outcome
  with most points is the advice, returned with the reasons that led to it and the pros and
  cons of each outcome (e.g. the governance models of Provan & Kenis 2008).
"""

from __future__ import annotations

import statistics
from collections.abc import Mapping
from dataclasses import dataclass, field

from netwerkkaart.core.questionnaire.answers import validate_answer
from netwerkkaart.core.questionnaire.model import Question, Text
from netwerkkaart.core.reflection.model import Instrument, Outcome


@dataclass(frozen=True)
class Step:
    """One step of a decision path: the item asked, the answer given, why it leads on."""

    item: str
    answer: object
    reason: Text


@dataclass(frozen=True)
class Advice:
    """An outcome with the reasons that led to it (and, for weighted rules, every outcome's points)."""

    outcome: Outcome
    reasons: tuple[Text, ...]
    reference: str
    path: tuple[Step, ...] = ()
    points: Mapping[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class Placement:
    """Where one case lands in a 2x2: its two scores and the quadrant."""

    case: str
    x: float
    y: float
    quadrant: str
    code: str


@dataclass(frozen=True)
class Score:
    """Everything one participant's answers score to; ``None`` where too little was answered."""

    dimensions: Mapping[str, float | None]
    placements: tuple[Placement, ...] = ()
    advice: Advice | None = None
    complete: bool = True


def numeric(question: Question, value: object) -> float | None:
    """The number an answer counts as in a score, or ``None`` when it has none."""
    if value is None:
        return None
    if isinstance(value, bool):
        return 1.0 if value else 0.0
    if question.type in ("likert", "number") and isinstance(value, int | float):
        return float(value)
    if question.type in ("level", "single_choice") and value in question.option_codes():
        return float(question.option_codes().index(value) + 1)
    return None


def _done(question: Question, value: object) -> float | None:
    if question.type == "yes_no":
        return None if value is None else (1.0 if value else 0.0)
    if question.type == "level" and value is not None:
        return 1.0 if value == question.option_codes()[-1] else 0.0
    return None


def clean_answers(instrument: Instrument, answers: Mapping[str, object]) -> dict[str, object]:
    """The answers checked and normalised by each item's type; unknown items are refused."""
    clean = {}
    for item_id, value in answers.items():
        question = instrument.item(item_id)  # KeyError: not an item of this instrument
        clean[item_id] = None if value is None else validate_answer(question, value)
    return clean


def dimension_scores(
    instrument: Instrument, answers: Mapping[str, object]
) -> dict[str, float | None]:
    """Each dimension's score by the instrument's ``mean``, ``sum`` or ``checklist`` rule.

    A dimension no rule names is scored by its mean. Unanswered items are left out; a dimension
    without any answered item scores ``None``.
    """
    how: dict[str, str] = {}
    for rule in instrument.scoring:
        if rule["kind"] in ("mean", "sum", "checklist"):
            for dimension_id in rule.get("dimensions") or [d.id for d in instrument.dimensions]:
                how[dimension_id] = rule["kind"]
    scores: dict[str, float | None] = {}
    for dimension in instrument.dimensions:
        kind = how.get(dimension.id, "mean")
        convert = _done if kind == "checklist" else numeric
        values = [convert(q, answers.get(q.id)) for q in dimension.items]
        values = [v for v in values if v is not None]
        if not values:
            scores[dimension.id] = None
        elif kind == "sum":
            scores[dimension.id] = float(sum(values))
        else:
            scores[dimension.id] = round(statistics.fmean(values), 4)
    return scores


def _value(instrument: Instrument, ref: Mapping[str, str], answers, scores) -> float | None:
    if "item" in ref:
        return numeric(instrument.item(ref["item"]), answers.get(ref["item"]))
    return scores.get(ref["dimension"])


def place(rule: Mapping, instrument: Instrument, answers, scores) -> list[Placement]:
    """Where each case of a ``quadrant`` rule lands (cases with a missing score are skipped)."""
    cut_x, cut_y = rule["cut"]
    placements = []
    for case in rule["cases"]:
        x = _value(instrument, case["x"], answers, scores)
        y = _value(instrument, case["y"], answers, scores)
        if x is None or y is None:
            continue
        key = f"{'high' if x >= cut_x else 'low'}_{'high' if y >= cut_y else 'low'}"
        placements.append(Placement(case["id"], x, y, key, rule["quadrants"][key]["code"]))
    return placements


def walk(rule: Mapping, instrument: Instrument, answers: Mapping[str, object]) -> Advice | None:
    """Follow a decision tree with ``answers``; ``None`` when an answer on the path is missing."""
    nodes = {node["id"]: node for node in rule["nodes"]}
    node, path = nodes[rule["start"]], []
    while True:
        answer = answers.get(node["item"])
        branch = next((b for b in node["branches"] if b["answer"] == answer), None)
        if answer is None or branch is None:
            return None
        path.append(Step(node["item"], answer, Text.from_value(branch["reason"])))
        if "outcome" in branch:
            return Advice(
                outcome=instrument.outcome(branch["outcome"]),
                reasons=tuple(step.reason for step in path),
                reference=instrument.reference,
                path=tuple(path),
            )
        node = nodes[branch["next"]]


def _holds(weighted: Mapping, question: Question, value: object) -> bool:
    if value is None:
        return False
    if "answers" in weighted:
        given = value if isinstance(value, list) else [value]
        return any(v in weighted["answers"] for v in given)
    number = numeric(question, value)
    if number is None:
        return False
    return weighted.get("min", float("-inf")) <= number <= weighted.get("max", float("inf"))


def weigh(rule: Mapping, instrument: Instrument, answers: Mapping[str, object]) -> Advice | None:
    """Add up the points of every weighted rule that holds; ``None`` when none holds."""
    points = {outcome.id: 0.0 for outcome in instrument.outcomes}
    fired: list[tuple[Mapping, Text]] = []
    for weighted in rule["rules"]:
        question = instrument.item(weighted["item"])
        if _holds(weighted, question, answers.get(weighted["item"])):
            for outcome, amount in weighted["points"].items():
                points[outcome] += amount
            fired.append((weighted, Text.from_value(weighted["reason"])))
    if not fired:
        return None
    best = max(points.values())
    winner = next(o for o in instrument.outcomes if points[o.id] == best)  # file order breaks ties
    reasons = tuple(text for weighted, text in fired if weighted["points"].get(winner.id, 0) > 0)
    return Advice(outcome=winner, reasons=reasons, reference=instrument.reference,
                  points=points)  # fmt: skip


def score(instrument: Instrument, answers: Mapping[str, object]) -> Score:
    """Score one participant's ``answers`` (item id → value) by every rule of ``instrument``.

    Parameters
    ----------
    instrument
        A loaded instrument (:func:`~netwerkkaart.core.reflection.load_instrument`).
    answers
        Raw answers; each is checked by its item's type first (``AnswerError`` when refused,
        ``KeyError`` for an item the instrument does not have).

    Returns
    -------
    Score
        Dimension scores, the quadrant of each case, and the advice of a decision tree or
        weighted rules with its reasons; ``complete`` says whether every item was answered.
    """
    clean = clean_answers(instrument, answers)
    scores = dimension_scores(instrument, clean)
    placements: list[Placement] = []
    advice = None
    for rule in instrument.scoring:
        if rule["kind"] == "quadrant":
            placements += place(rule, instrument, clean, scores)
        elif rule["kind"] == "decision_tree":
            advice = walk(rule, instrument, clean) or advice
        elif rule["kind"] == "weighted_rules":
            advice = weigh(rule, instrument, clean) or advice
    complete = all(clean.get(q.id) is not None for q in instrument.items())
    return Score(scores, tuple(placements), advice, complete)

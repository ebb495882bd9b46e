"""Scoring one participant's answers to an instrument: scores, quadrants, advice with reasons.

Every rule of the file is applied (``docs/instruments-format.md``, "Scoring rules"):

* ``sum``/``mean``: a score per dimension, and per group of dimensions the mean of its scores;
* ``checklist``: per dimension the share of items ticked, and a band for the overall share;
* ``quadrant``: each case placed in a quadrant, with what that quadrant implies;
* ``decision_tree``: the path through the tree to an outcome, with the reason at each step;
* ``weighted_rules``: points per outcome; the outcome with most points, with the reasons for it.

A recommendation always carries its reasons in Dutch and English and the literature it rests on,
so a group sees *why* a form or a route is advised, not only *which* (the point of the exercise,
see DOMAIN.md §5).

References
----------
.. [1] Kenis, P. (2011). Regionale samenwerkingsverbanden rondom jeugd en gezin. Antwerp
   Management School (five reasons, need for inter-municipal collaboration, coordination matrix).
.. [2] Provan, K. G., & Kenis, P. (2008). Modes of network governance: structure, management,
   and effectiveness. Journal of Public Administration Research and Theory, 18(2), 229-252.
.. [3] Kaats, E., & Opheij, W. (2012). Leren samenwerken tussen organisaties. Kluwer.
"""

from __future__ import annotations

import statistics
from collections.abc import Mapping
from dataclasses import dataclass, field

from netwerkkaart.core.instruments.model import (
    Band,
    ChecklistRule,
    DecisionTree,
    DimensionRule,
    Instrument,
    Outcome,
    Quadrant,
    QuadrantRule,
    ValueSource,
    WeightedRules,
)
from netwerkkaart.core.instruments.values import item_number, matches, rule_dimensions
from netwerkkaart.core.questionnaire.answers import AnswerError, validate_answer
from netwerkkaart.core.questionnaire.model import Text

UNKNOWN_ITEM = ("Deze vraag hoort niet bij dit instrument.", "This question is not part of this instrument.")  # fmt: skip


class AnswersError(ValueError):
    """Answers that do not fit the instrument; ``problems`` maps item id to (nl, en) message."""

    def __init__(self, problems: Mapping[str, tuple[str, str]]):
        self.problems = dict(problems)
        listed = "; ".join(f"{item}: {en}" for item, (_, en) in self.problems.items())
        super().__init__(f"answers do not fit: {listed}")


@dataclass(frozen=True)
class ChecklistPart:
    """One dimension of a checklist: how many of its ``items`` were ticked (and answered)."""

    dimension: str
    ticked: int
    answered: int
    items: int

    @property
    def share(self) -> float:
        return self.ticked / self.items if self.items else 0.0


@dataclass(frozen=True)
class ChecklistScore:
    """A checklist rule's result: per dimension, overall, and the band the overall share is in."""

    rule: str
    parts: tuple[ChecklistPart, ...]
    band: Band | None

    @property
    def ticked(self) -> int:
        return sum(part.ticked for part in self.parts)

    @property
    def items(self) -> int:
        return sum(part.items for part in self.parts)

    @property
    def share(self) -> float:
        return self.ticked / self.items if self.items else 0.0


@dataclass(frozen=True)
class Placement:
    """One case placed by a quadrant rule; ``quadrant`` is ``None`` when a number is missing."""

    rule: str
    case: str
    label: Text
    x: float | None
    y: float | None
    quadrant: Quadrant | None
    reference: str


@dataclass(frozen=True)
class Reason:
    """Why a recommendation came out as it did: the item, its answer and the reason text.

    ``points`` are the points the reason gave (weighted rules; empty for a decision step).
    """

    item: str
    answer: object
    text: Text
    points: Mapping[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class Step:
    """One step through a decision tree; ``reason`` is ``None`` where the path stopped."""

    node: str
    item: str
    answer: object
    reason: Text | None
    next: str | None = None
    outcome: str | None = None


@dataclass(frozen=True)
class Recommendation:
    """The advice of a decision tree or of weighted rules, with everything that led to it.

    Attributes
    ----------
    outcome
        The advised outcome (with its advice, pros and cons), ``None`` when the answers do not
        lead to one (an unanswered step, or no weighted rule holding).
    reasons
        The reasons that led to it: every step of the path, or the rules that gave it points.
    reference
        The literature the advice rests on.
    path
        Decision trees: the steps taken, the last one without reason when the path stopped.
    totals
        Weighted rules: the points of every outcome weighed, in the rule's order.
    fired
        Weighted rules: every rule that held, also those for other outcomes.
    tied
        Weighted rules: the outcomes sharing the highest total, when more than one does.
    weighed
        The outcomes considered, each with its pros and cons.
    """

    rule: str
    kind: str
    outcome: Outcome | None
    reasons: tuple[Reason, ...]
    reference: str
    path: tuple[Step, ...] = ()
    totals: Mapping[str, float] = field(default_factory=dict)
    fired: tuple[Reason, ...] = ()
    tied: tuple[str, ...] = ()
    weighed: tuple[Outcome, ...] = ()


@dataclass(frozen=True)
class Score:
    """One participant's answers, scored by every rule of the instrument."""

    instrument: str
    version: str
    answers: Mapping[str, object]
    dimensions: Mapping[str, float | None]
    groups: Mapping[str, float | None]
    checklists: Mapping[str, ChecklistScore]
    placements: Mapping[str, tuple[Placement, ...]]
    recommendations: Mapping[str, Recommendation]

    @property
    def recommendation(self) -> Recommendation | None:
        """The first recommendation (most instruments have one), ``None`` when there is none."""
        return next(iter(self.recommendations.values()), None)


def validate_answers(instrument: Instrument, answers: Mapping[str, object]) -> dict[str, object]:
    """The answers in their stored form, each checked against its item.

    Items left out, or answered ``None``, are unanswered. Raises :class:`AnswersError` listing
    every answer that does not fit and every id that is no item of ``instrument``.
    """
    checked: dict[str, object] = {}
    problems: dict[str, tuple[str, str]] = {}
    for item_id, value in answers.items():
        try:
            question = instrument.item(item_id)
        except KeyError:
            problems[item_id] = UNKNOWN_ITEM
            continue
        try:
            stored = validate_answer(question, value)
        except AnswerError as error:
            problems[item_id] = (error.message("nl"), error.message("en"))
            continue
        if stored is not None:
            checked[item_id] = stored
    if problems:
        raise AnswersError(problems)
    return checked


def score(instrument: Instrument, answers: Mapping[str, object]) -> Score:
    """Score one participant's ``answers`` (item id to answer) by every rule of ``instrument``.

    Parameters
    ----------
    instrument
        A loaded instrument.
    answers
        Item id to answer, in the forms :func:`~netwerkkaart.core.questionnaire.answers.validate_answer`
        accepts; missing items are unanswered.

    Returns
    -------
    Score
        Dimension and group scores, checklists, placements and recommendations, by rule id.

    Raises
    ------
    AnswersError
        When an answer does not fit its item or names no item of the instrument.

    Examples
    --------
    >>> from netwerkkaart.core.instruments import builtin_instrument
    >>> result = score(builtin_instrument("vijf-redenen"), {"machtspositie": 4})
    >>> result.dimensions["machtspositie"], result.dimensions["efficientie"]
    (4.0, None)
    """
    given = validate_answers(instrument, answers)
    dimensions: dict[str, float | None] = {}
    checklists: dict[str, ChecklistScore] = {}
    placements: dict[str, tuple[Placement, ...]] = {}
    recommendations: dict[str, Recommendation] = {}
    for rule in instrument.rules_of("sum", "mean"):
        dimensions.update(_dimension_scores(instrument, rule, given))  # type: ignore[arg-type]
    for rule in instrument.scoring:
        if isinstance(rule, ChecklistRule):
            checklists[rule.id] = _checklist(instrument, rule, given)
        elif isinstance(rule, QuadrantRule):
            placements[rule.id] = _placements(instrument, rule, given, dimensions)
        elif isinstance(rule, DecisionTree):
            recommendations[rule.id] = _follow(instrument, rule, given)
        elif isinstance(rule, WeightedRules):
            recommendations[rule.id] = _weigh(instrument, rule, given)
    return Score(
        instrument=instrument.id, version=instrument.version, answers=given,
        dimensions=dimensions, groups=_group_scores(instrument, dimensions),
        checklists=checklists, placements=placements, recommendations=recommendations,
    )  # fmt: skip


def _dimension_scores(
    instrument: Instrument, rule: DimensionRule, given: Mapping[str, object]
) -> dict[str, float | None]:
    scores: dict[str, float | None] = {}
    for dimension_id in rule_dimensions(instrument, rule):
        numbers = [
            number
            for item in instrument.dimension(dimension_id).items
            if (number := item_number(item, given.get(item.id))) is not None
        ]
        if not numbers:
            scores[dimension_id] = None
        else:
            scores[dimension_id] = float(sum(numbers) if rule.kind == "sum" else statistics.fmean(numbers))  # fmt: skip
    return scores


def _group_scores(
    instrument: Instrument, dimensions: Mapping[str, float | None]
) -> dict[str, float | None]:
    """Per group, the mean of its scored dimensions' scores (``None`` when none has one)."""
    groups: dict[str, float | None] = {}
    for group in instrument.groups:
        members = [d.id for d in instrument.dimensions if d.group == group.id and d.id in dimensions]
        if not members:
            continue
        numbers = [dimensions[m] for m in members if dimensions[m] is not None]
        groups[group.id] = statistics.fmean(numbers) if numbers else None  # type: ignore[arg-type]
    return groups


def _checklist(
    instrument: Instrument, rule: ChecklistRule, given: Mapping[str, object]
) -> ChecklistScore:
    parts = []
    for dimension_id in rule_dimensions(instrument, rule):
        items = instrument.dimension(dimension_id).items
        ticked = answered = 0
        for item in items:
            value = given.get(item.id)
            if value is None:
                continue
            answered += 1
            if item.type == "yes_no":
                ticked += value is True
            else:
                ticked += (item_number(item, value) or 0) >= float(rule.at_least or 0)
        parts.append(ChecklistPart(dimension_id, ticked, answered, len(items)))
    items = sum(part.items for part in parts)
    share = sum(part.ticked for part in parts) / items if items else 0.0
    band = next((b for b in reversed(rule.bands) if share >= b.min), None)
    return ChecklistScore(rule.id, tuple(parts), band)


def _source_number(
    instrument: Instrument, source: ValueSource, given: Mapping[str, object],
    dimensions: Mapping[str, float | None],
) -> float | None:  # fmt: skip
    if source.dimension is not None:
        return dimensions.get(source.dimension)
    item = instrument.item(str(source.item))
    return item_number(item, given.get(item.id), source.option, source.axis)


def _placements(
    instrument: Instrument, rule: QuadrantRule, given: Mapping[str, object],
    dimensions: Mapping[str, float | None],
) -> tuple[Placement, ...]:  # fmt: skip
    placed = []
    for case in rule.cases:
        x = _source_number(instrument, case.x, given, dimensions)
        y = _source_number(instrument, case.y, given, dimensions)
        quadrant = None
        if x is not None and y is not None:
            quadrant = rule.quadrant(side(x, rule.x.cut), side(y, rule.y.cut))
        placed.append(Placement(rule.id, case.id, case.label, x, y, quadrant, instrument.reference))
    return tuple(placed)


def side(number: float, cut: float) -> str:
    """``"high"`` for a number at or above the cut point, else ``"low"``."""
    return "high" if number >= cut else "low"


def _follow(instrument: Instrument, rule: DecisionTree, given: Mapping[str, object]) -> Recommendation:
    steps: list[Step] = []
    node = rule.node(rule.start)
    while True:
        item = instrument.item(node.item)
        value = given.get(node.item)
        branch = next((b for b in node.branches if matches(item, b.condition, value)), None)
        if branch is None:
            steps.append(Step(node.id, node.item, value, None))
            return Recommendation(
                rule.id, rule.kind, None, _path_reasons(steps), instrument.reference,
                path=tuple(steps), weighed=_outcomes_of(instrument, rule),
            )  # fmt: skip
        steps.append(Step(node.id, node.item, value, branch.reason, branch.next, branch.outcome))
        if branch.outcome is not None:
            outcome = instrument.outcome(branch.outcome)
            return Recommendation(
                rule.id, rule.kind, outcome, _path_reasons(steps), outcome.reference,
                path=tuple(steps), weighed=_outcomes_of(instrument, rule),
            )  # fmt: skip
        node = rule.node(str(branch.next))


def _path_reasons(steps: list[Step]) -> tuple[Reason, ...]:
    return tuple(Reason(s.item, s.answer, s.reason) for s in steps if s.reason is not None)


def _outcomes_of(instrument: Instrument, rule: DecisionTree | WeightedRules) -> tuple[Outcome, ...]:
    if isinstance(rule, WeightedRules):
        return tuple(instrument.outcome(o) for o in rule.outcomes)
    reached = {b.outcome for node in rule.nodes for b in node.branches if b.outcome}
    return tuple(o for o in instrument.outcomes if o.id in reached)


def _weigh(instrument: Instrument, rule: WeightedRules, given: Mapping[str, object]) -> Recommendation:
    totals = dict.fromkeys(rule.outcomes, 0.0)
    fired = []
    for weighted in rule.rules:
        value = given.get(weighted.item)
        if matches(instrument.item(weighted.item), weighted.condition, value):
            for outcome, points in weighted.points.items():
                totals[outcome] += points
            fired.append(Reason(weighted.item, value, weighted.reason, dict(weighted.points)))
    weighed = _outcomes_of(instrument, rule)
    if not fired:
        return Recommendation(rule.id, rule.kind, None, (), instrument.reference,
                              totals=totals, weighed=weighed)  # fmt: skip
    best = max(totals.values())
    tied = tuple(o for o in rule.outcomes if totals[o] == best)
    outcome = instrument.outcome(tied[0])  # a tie goes to the outcome listed first
    reasons = tuple(r for r in fired if r.points.get(outcome.id, 0) > 0)
    return Recommendation(
        rule.id, rule.kind, outcome, reasons, outcome.reference, totals=totals,
        fired=tuple(fired), tied=tied if len(tied) > 1 else (), weighed=weighed,
    )  # fmt: skip

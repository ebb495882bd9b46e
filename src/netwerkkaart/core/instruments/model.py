"""A reflection instrument as loaded: dimensions of items, outcomes, scoring rules and a picture.

Items are the questionnaire's :class:`~netwerkkaart.core.questionnaire.model.Question`, so every
answer is checked by the same code as the ecosystem survey's. Everything here is frozen plain
data; :func:`netwerkkaart.core.instruments.loader.instrument_from_data` builds it from a file's
content (kept in ``Instrument.data``, so an application can snapshot exactly what a session asked).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

from netwerkkaart.core.questionnaire.model import Question, Text


@dataclass(frozen=True)
class Source:
    """Where an instrument comes from: the seed document and the literature it rests on."""

    seed: str
    authors: tuple[str, ...]
    year: int
    reference: str
    file: str | None = None
    passage: str | None = None


@dataclass(frozen=True)
class Labelled:
    """A named thing with a label: a group of dimensions, a heat-map column, a scale stop."""

    id: str
    label: Text
    help: Text | None = None


@dataclass(frozen=True)
class Dimension:
    """Items scored together: a reason, a condition, a problem, a cell row of a matrix."""

    id: str
    label: Text
    items: tuple[Question, ...]
    group: str | None = None
    help: Text | None = None


@dataclass(frozen=True)
class Outcome:
    """What an instrument can recommend, with the pros and cons its source gives."""

    id: str
    label: Text
    advice: Text
    pros: tuple[Text, ...] = ()
    cons: tuple[Text, ...] = ()
    reference: str = ""


@dataclass(frozen=True)
class Condition:
    """A test on one answer (see ``docs/instruments-format.md``, "Conditions").

    ``answers`` holds the accepted answers (``answer`` in the file is a list of one); ``includes``
    an option a multi-choice or ranking answer must hold; ``min``/``max`` bound the answer's number
    (``option`` and ``axis`` say which number of a points, multi-choice, ranking or 2x2 answer);
    ``otherwise`` accepts any given answer.
    """

    answers: tuple[object, ...] = ()
    includes: str | None = None
    option: str | None = None
    axis: str | None = None
    min: float | None = None
    max: float | None = None
    otherwise: bool = False


@dataclass(frozen=True)
class ValueSource:
    """Where a quadrant axis takes its number: an item (with option or axis) or a dimension."""

    item: str | None = None
    dimension: str | None = None
    option: str | None = None
    axis: str | None = None


@dataclass(frozen=True)
class DimensionRule:
    """``sum`` or ``mean``: one score per dimension (all dimensions unless some are listed)."""

    kind: str
    id: str
    dimensions: tuple[str, ...]
    label: Text | None = None


@dataclass(frozen=True)
class Band:
    """A checklist's reading from a share upward (``min`` between 0 and 1)."""

    min: float
    label: Text
    meaning: Text


@dataclass(frozen=True)
class ChecklistRule:
    """``checklist``: per dimension the share of items ticked; ``bands`` read the overall share."""

    id: str
    dimensions: tuple[str, ...]
    at_least: float | None = None
    bands: tuple[Band, ...] = ()
    label: Text | None = None
    kind: str = "checklist"


@dataclass(frozen=True)
class Axis:
    """One axis of a quadrant: a value at or above ``cut`` is high."""

    label: Text
    cut: float
    low: Text | None = None
    high: Text | None = None


@dataclass(frozen=True)
class Case:
    """One thing placed in the quadrant (a type of care demand, a collaboration)."""

    id: str
    label: Text
    x: ValueSource
    y: ValueSource


@dataclass(frozen=True)
class Quadrant:
    """One quadrant: where it lies (``x`` and ``y`` low or high), its code and what it implies."""

    code: str
    x: str
    y: str
    label: Text
    meaning: Text


@dataclass(frozen=True)
class QuadrantRule:
    """``quadrant``: each case placed by two numbers against two cut points."""

    id: str
    x: Axis
    y: Axis
    cases: tuple[Case, ...]
    quadrants: tuple[Quadrant, ...]
    label: Text | None = None
    kind: str = "quadrant"

    def quadrant(self, x: str, y: str) -> Quadrant:
        """The quadrant at ``x`` and ``y`` (each ``"low"`` or ``"high"``)."""
        return next(q for q in self.quadrants if (q.x, q.y) == (x, y))


@dataclass(frozen=True)
class Branch:
    """A way out of a decision node: when its condition holds, go on or end in an outcome."""

    condition: Condition
    reason: Text
    next: str | None = None
    outcome: str | None = None


@dataclass(frozen=True)
class Node:
    """A decision node: asks one item, branches by its answer."""

    id: str
    item: str
    branches: tuple[Branch, ...]
    question: Text | None = None


@dataclass(frozen=True)
class DecisionTree:
    """``decision_tree``: from ``start``, follow the first branch whose condition holds."""

    id: str
    start: str
    nodes: tuple[Node, ...]
    label: Text | None = None
    kind: str = "decision_tree"

    def node(self, node_id: str) -> Node:
        return next(node for node in self.nodes if node.id == node_id)


@dataclass(frozen=True)
class WeightedRule:
    """When the answer to ``item`` meets ``condition``, ``points`` go to outcomes, for ``reason``."""

    item: str
    condition: Condition
    points: Mapping[str, float]
    reason: Text


@dataclass(frozen=True)
class WeightedRules:
    """``weighted_rules``: the outcome with the most points wins, with the reasons behind them."""

    id: str
    outcomes: tuple[str, ...]
    rules: tuple[WeightedRule, ...]
    label: Text | None = None
    kind: str = "weighted_rules"


Rule = DimensionRule | ChecklistRule | QuadrantRule | DecisionTree | WeightedRules


@dataclass(frozen=True)
class Picture:
    """The picture to draw and how (the drawing itself lives in ``core/pictures``)."""

    kind: str
    rule: str | None = None
    title: Text | None = None
    statistic: str = "median"
    split_by: str | None = None
    columns: tuple[Labelled, ...] = ()
    poles: tuple[Text, ...] = ()
    scale: tuple[Labelled, ...] = ()


@dataclass(frozen=True)
class Instrument:
    """One instrument file, validated and built."""

    id: str
    version: str
    source: Source
    title: Text
    intro: Text
    dimensions: tuple[Dimension, ...]
    scoring: tuple[Rule, ...]
    picture: Picture
    outcomes: tuple[Outcome, ...] = ()
    groups: tuple[Labelled, ...] = ()
    texts: Mapping[str, Text] = field(default_factory=dict)
    item_extras: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    data: Mapping[str, object] = field(default_factory=dict, repr=False, compare=False)

    def items(self) -> Iterator[Question]:
        for dimension in self.dimensions:
            yield from dimension.items

    def item(self, item_id: str) -> Question:
        """The item ``item_id`` (``KeyError`` when there is none)."""
        for question in self.items():
            if question.id == item_id:
                return question
        raise KeyError(item_id)

    def dimension(self, dimension_id: str) -> Dimension:
        for dimension in self.dimensions:
            if dimension.id == dimension_id:
                return dimension
        raise KeyError(dimension_id)

    def dimension_of(self, item_id: str) -> Dimension:
        for dimension in self.dimensions:
            if any(question.id == item_id for question in dimension.items):
                return dimension
        raise KeyError(item_id)

    def outcome(self, outcome_id: str) -> Outcome:
        for outcome in self.outcomes:
            if outcome.id == outcome_id:
                return outcome
        raise KeyError(outcome_id)

    def group(self, group_id: str) -> Labelled:
        for group in self.groups:
            if group.id == group_id:
                return group
        raise KeyError(group_id)

    def rule(self, rule_id: str) -> Rule:
        for rule in self.scoring:
            if rule.id == rule_id:
                return rule
        raise KeyError(rule_id)

    def rules_of(self, *kinds: str) -> list[Rule]:
        return [rule for rule in self.scoring if rule.kind in kinds]

    @property
    def reference(self) -> str:
        return self.source.reference

    def text(self, key: str) -> Text:
        """A named text of ``texts`` (``KeyError`` when there is none)."""
        return self.texts[key]

    def to_dict(self) -> dict[str, object]:
        """The file's content, e.g. to snapshot what a session asked."""
        return json.loads(json.dumps(self.data))

    def fingerprint(self) -> str:
        """A short hash of the content: equal files give equal fingerprints."""
        text = json.dumps(self.data, sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]

"""A reflection instrument, loaded: dimensions of items, outcomes, scoring rules, a picture.

Rules and the picture stay the validated plain data of the file (they are read by
:mod:`.scoring` and the picture glue); items are the questionnaire's :class:`Question`, so every
answer type is checked by the same code as the ecosystem survey's.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

from netwerkkaart.core.questionnaire.model import Question, Text


@dataclass(frozen=True)
class Dimension:
    """A group of items scored together (a condition, a reason, a domain, a phase)."""

    id: str
    label: Text
    items: tuple[Question, ...]
    group: str | None = None
    help: Text | None = None


@dataclass(frozen=True)
class Outcome:
    """What an instrument can recommend, with the pros and cons the source gives."""

    id: str
    label: Text
    advice: Text
    pros: tuple[Text, ...] = ()
    cons: tuple[Text, ...] = ()


@dataclass(frozen=True)
class Instrument:
    """One instrument file, validated. ``data`` is the file's content, kept to snapshot it."""

    id: str
    version: str
    title: Text
    intro: Text | None
    source: Mapping[str, object]
    dimensions: tuple[Dimension, ...]
    outcomes: tuple[Outcome, ...]
    scoring: tuple[Mapping[str, object], ...]
    picture: Mapping[str, object]
    purpose: str = ""
    when_to_use: Text | None = None
    item_extras: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    data: Mapping[str, object] = field(default_factory=dict, repr=False, compare=False)

    def items(self) -> Iterator[Question]:
        for dimension in self.dimensions:
            yield from dimension.items

    def item(self, item_id: str) -> Question:
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
            if any(q.id == item_id for q in dimension.items):
                return dimension
        raise KeyError(item_id)

    def outcome(self, outcome_id: str) -> Outcome:
        for outcome in self.outcomes:
            if outcome.id == outcome_id:
                return outcome
        raise KeyError(outcome_id)

    def rules(self, kind: str) -> list[Mapping[str, object]]:
        return [rule for rule in self.scoring if rule["kind"] == kind]

    @property
    def reference(self) -> str:
        return str(self.source.get("reference", ""))

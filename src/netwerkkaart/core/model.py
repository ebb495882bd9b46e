"""The data model of an ecosystem survey, as plain records.

One survey *round* asks each *respondent* (an actor) about itself and about each collaboration
(*tie*) it has with a *partner*. Respondents also name partners they want to work with more or
better (*wishes*) and actors they do not know (*unknown actors*). The register of *actors* holds
what is known of every actor, whether or not it answered.

These dataclasses are the record-at-a-time view used to build or inspect a dataset; the columnar
:class:`netwerkkaart.core.dataset.Dataset` is what tables and measures compute on. Values are the
codes of :mod:`netwerkkaart.core.vocab`; ``None`` means "not answered".
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from netwerkkaart.core import vocab


@dataclass(frozen=True, slots=True)
class Actor:
    """An actor of the ecosystem as the register knows it.

    ``actor_type`` uses the respondent-type vocabulary, ``sector`` the partner-group vocabulary and
    ``scope`` the scope vocabulary; ``category`` is free text such as ``"Huisartsen"``.
    ``attributes`` keeps any extra register columns as text.
    """

    id: str
    name: str
    actor_type: str | None = None
    sector: str | None = None
    category: str | None = None
    location: str | None = None
    scope: str | None = None
    employees: int | None = None
    clients: int | None = None
    attributes: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Respondent:
    """An actor that answered (part of) the survey, known by a pseudonym in the answers."""

    id: str
    respondent_type: str
    location: str
    actor_id: str | None = None


@dataclass(frozen=True, slots=True)
class Factor:
    """A stimulating or inhibiting factor named for a tie: a category, optionally one of its items."""

    kind: str
    category: str
    item: str | None = None

    def __post_init__(self) -> None:
        if self.kind not in vocab.FACTOR_KINDS:
            raise ValueError(f"unknown factor kind {self.kind!r}")
        if self.category not in vocab.FACTOR_CATEGORY:
            raise ValueError(f"unknown factor category {self.category!r}")
        if self.item is not None and self.item not in vocab.FACTOR_ITEMS[self.kind][self.category]:
            raise ValueError(f"unknown {self.kind} item {self.category}:{self.item}")

    @property
    def token(self) -> str:
        """The form used in files: ``category:item`` or the bare category."""
        return self.category if self.item is None else f"{self.category}:{self.item}"

    @classmethod
    def from_token(cls, kind: str, token: str) -> Factor:
        category, _, item = token.partition(":")
        return cls(kind, category, item or None)


@dataclass(frozen=True, slots=True)
class Tie:
    """One collaboration a respondent reported with a partner, in one round."""

    respondent: str
    respondent_type: str
    location: str
    partner: str
    partner_group: str
    finality: str | None = None
    frequency: str | None = None
    evaluation: str | None = None
    evolution: str | None = None
    level: tuple[str, ...] = ()
    scale: str | None = None
    stimulating: tuple[Factor, ...] = ()
    inhibiting: tuple[Factor, ...] = ()
    round: str | None = None
    # The optional tie-quality scales answered (core/scales.py): column -> whole number.
    scales: Mapping[str, int] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Wish:
    """A partner (an actor or a category) the respondent wants to collaborate with more or better."""

    respondent: str
    location: str
    partner: str
    wish: str
    round: str | None = None


@dataclass(frozen=True, slots=True)
class UnknownActor:
    """An actor the respondent says it does not know."""

    respondent: str
    partner: str
    round: str | None = None


@dataclass(frozen=True, slots=True)
class Round:
    """A survey round of an ecosystem: an identifier such as ``"2025"`` and its dates."""

    id: str
    label: str = ""
    opened: date | None = None
    closed: date | None = None

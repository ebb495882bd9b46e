"""What the diagram pictures show: a decision path, a balance, a checklist, a role map.

Unlike the charts in :mod:`netwerkkaart.core.pictures.data`, these draw an answer's structure
(the questions passed, the weights on each side, the steps done, the roles taken) rather than a
spread of scores. Every text comes in translated, as there.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from netwerkkaart.core.pictures.data import Picture, require

Status = Literal["done", "in_progress", "not_started"]
STATUSES: tuple[Status, ...] = ("done", "in_progress", "not_started")


# --- decision_path -----------------------------------------------------------------------------


@dataclass(frozen=True)
class DecisionOption:
    """An answer to a question; ``outcome`` is where it ends, ``None`` goes on to the next."""

    answer: str
    outcome: str | None = None


@dataclass(frozen=True)
class DecisionStep:
    """A question with its possible answers; ``taken`` the index answered (``None``: not reached)."""

    question: str
    options: Sequence[DecisionOption]
    taken: int | None = None

    def __post_init__(self) -> None:
        require(len(self.options) >= 1, f"question {self.question!r} has no answers")
        require(
            self.taken is None or 0 <= self.taken < len(self.options),
            f"question {self.question!r}: answer {self.taken} does not exist",
        )


@dataclass(frozen=True)
class DecisionPath(Picture):
    """The questions in order with the answers taken, ending in the recommendation."""

    steps: Sequence[DecisionStep]
    recommendation: str
    reasons: Sequence[str] = ()
    reference: str = ""


# --- balance -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Weight:
    """A labelled weight on one side of a balance (e.g. points given to an indicator)."""

    label: str
    weight: float


@dataclass(frozen=True)
class Balance(Picture):
    """A beam tilting towards the heavier side; the ``middle`` weights rest on the pivot.

    The tilt is ``max_tilt`` degrees times (right - left) / (left + middle + right).
    """

    left_label: str
    right_label: str
    left: Sequence[Weight] = ()
    right: Sequence[Weight] = ()
    middle_label: str = ""
    middle: Sequence[Weight] = ()
    max_tilt: float = 15.0

    def __post_init__(self) -> None:
        weights = (*self.left, *self.middle, *self.right)
        require(all(w.weight >= 0 for w in weights), "weights cannot be negative")


# --- checklist ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class ChecklistItem:
    """One thing to do and how far it is: ``done``, ``in_progress`` or ``not_started``."""

    label: str
    status: Status = "not_started"

    def __post_init__(self) -> None:
        require(self.status in STATUSES, f"item {self.label!r}: unknown status {self.status!r}")


@dataclass(frozen=True)
class ChecklistPhase:
    """A phase (or theme) with its items."""

    label: str
    items: Sequence[ChecklistItem]


@dataclass(frozen=True)
class Checklist(Picture):
    """Phases with items and their status, and the share done."""

    phases: Sequence[ChecklistPhase]

    @property
    def total(self) -> int:
        """Number of items."""
        return sum(len(phase.items) for phase in self.phases)

    @property
    def done(self) -> int:
        """Number of items done."""
        return sum(item.status == "done" for phase in self.phases for item in phase.items)


# --- role_map ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Role:
    """A role an actor can take (e.g. key ``directing``, label "directing")."""

    key: str
    label: str


@dataclass(frozen=True)
class RoleActor:
    """An actor at one corner of the hexagon (0 at the top, clockwise) and its role key."""

    label: str
    corner: int
    role: str | None = None


@dataclass(frozen=True)
class RoleMap(Picture):
    """A hexagon of six corners (e.g. the parties of the societal hexagon) with actors' roles."""

    corners: Sequence[str]
    actors: Sequence[RoleActor] = ()
    roles: Sequence[Role] = ()
    centre: str = ""

    def __post_init__(self) -> None:
        require(len(self.corners) == 6, "a hexagon has six corners")
        require(len(self.roles) <= 4, "at most four roles can be told apart")
        keys = {role.key for role in self.roles}
        for actor in self.actors:
            require(0 <= actor.corner < 6, f"actor {actor.label!r}: corner must be 0-5")
            require(
                actor.role is None or actor.role in keys,
                f"actor {actor.label!r}: unknown role {actor.role!r}",
            )

"""The records of the advice: a rule as read from its file, a figure it reads, a recommendation.

Texts are :class:`~netwerkkaart.core.questionnaire.model.Text` pairs (Dutch and English), as the
questionnaires and instruments keep them; a renderer picks the language.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from netwerkkaart.core.questionnaire.model import Text

Value = float | int | str | None


@dataclass(frozen=True, slots=True)
class NamedFigure:
    """One figure of a round a rule may read.

    Attributes
    ----------
    name
        The figure's id (a network measure id such as ``density`` or one of the advice's own,
        such as ``bridge_cut_share``; see :mod:`.figures`).
    value
        A number, a code (``goal_consensus``) or ``None`` when unknown.
    group
        The group it is about (a sector code, ``sector=zorg`` for a response rate), or ``None``
        for the network as a whole.
    suppressed
        About fewer respondents than the minimum group: the value is ``None`` and no rule may
        read it.
    sectors
        Sector codes the figure concerns (who a recommendation is for).
    actors
        Names of actors the figure concerns; shown only to readers who may see names.
    robustness
        For a network measure: ``stevig`` or ``gevoelig`` (sensitive to who is missing), from
        :func:`~netwerkkaart.core.network.robustness.robustness`; ``None`` when not judged.
    detail
        A sentence that says more than the value (a perception gap: what each side answers).
    """

    name: str
    value: Value
    group: str | None = None
    suppressed: bool = False
    sectors: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    robustness: str | None = None
    detail: Text | None = None

    @property
    def usable(self) -> bool:
        """Whether a rule may read it: not suppressed and known."""
        return not self.suppressed and self.value is not None


@dataclass(frozen=True)
class Condition:
    """``figure`` (for ``group``: a code, ``each`` or ``None``) compared with a threshold."""

    figure: str
    op: str
    threshold: float | str
    explain: Text
    group: str | None = None


@dataclass(frozen=True)
class Outcome:
    """One possible outcome of a rule that decides (governance model, form of collaboration)."""

    id: str
    label: Text
    advice: Text
    steps: tuple[Text, ...]


@dataclass(frozen=True)
class Rule:
    """One advice rule, read from its YAML file (see ``docs/advice.md``)."""

    kind: str
    version: str
    priority: int
    title: Text
    summary: Text
    any_of: tuple[tuple[Condition, ...], ...]
    steps: tuple[Text, ...]
    reference: dict
    show: tuple[tuple[str, str | None], ...] = ()
    decide: str | None = None
    parameters: dict = field(default_factory=dict)
    outcomes: tuple[Outcome, ...] = ()
    most_groups: int | None = None

    def outcome(self, outcome_id: str) -> Outcome:
        return next(o for o in self.outcomes if o.id == outcome_id)


@dataclass(frozen=True, slots=True)
class Evidence:
    """A figure a recommendation rests on: its value now and, where known, in the earlier round.

    ``robustness`` and ``detail`` as in :class:`NamedFigure`.
    """

    figure: str
    value: Value
    group: str | None = None
    earlier: Value = None
    explain: Text | None = None
    robustness: str | None = None
    detail: Text | None = None


@dataclass(frozen=True, slots=True)
class Consideration:
    """One consideration of a decision: which figure decided it, for which outcome, or unknown."""

    id: str
    label: Text
    figure: str
    value: Value
    outcome: str | None
    explain: Text
    group: str | None = None


@dataclass(frozen=True)
class Recommendation:
    """What a rule advises for one round.

    ``groups`` are the groups (sectors, types, sector pairs) whose figures made it fire; ``sectors``
    every sector it concerns; ``actors`` names, for readers who may see them. ``outcome`` and
    ``considerations`` are set by the deciding rules (governance model, form follows content).
    ``all_groups`` are every group its conditions hold for, also those past the rule's
    ``most_groups`` (what the comparison over time reads). ``sensitive`` names the figures (``(figure, group)``) that made it fire or decided its
    outcome and are labelled *gevoelig voor wie ontbreekt*: the advice says so with it.
    """

    kind: str
    priority: int
    title: Text
    summary: Text
    why: tuple[Evidence, ...]
    steps: tuple[Text, ...]
    reference: dict
    groups: tuple[str, ...] = ()
    sectors: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    outcome: Outcome | None = None
    considerations: tuple[Consideration, ...] = ()
    sensitive: tuple[tuple[str, str | None], ...] = ()
    all_groups: tuple[str, ...] = ()

"""A group's results on an instrument: the spread first, the mean beside it.

The point of a reflection instrument is the conversation its answers start, so what a group
sees first is where it disagrees: per item and per dimension the distribution (minimum,
quartiles, maximum, each answer's count) with the mean only beside it, and the items with the
widest disagreement (interquartile range, then range) on top. Below the minimum group size no
figure is shown at all, only how many answered (see :mod:`netwerkkaart.core.privacy`): in a
small group one person's answers could be read back from any figure.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from netwerkkaart.core.privacy import DEFAULT_MIN_GROUP, is_reportable
from netwerkkaart.core.questionnaire.aggregates import Distribution, distribution
from netwerkkaart.core.questionnaire.model import Question
from netwerkkaart.core.reflection.model import Instrument
from netwerkkaart.core.reflection.scoring import Score, score


@dataclass(frozen=True)
class ItemSpread:
    """How the group answered one item (or scored one dimension)."""

    id: str
    dimension: str
    distribution: Distribution

    @property
    def iqr(self) -> float | None:
        d = self.distribution
        return None if d.q1 is None or d.q3 is None else d.q3 - d.q1

    @property
    def range(self) -> float | None:
        d = self.distribution
        return None if d.minimum is None or d.maximum is None else d.maximum - d.minimum


@dataclass(frozen=True)
class GroupResult:
    """Everything a facilitator sees of a group, with suppression applied.

    Attributes
    ----------
    participants
        How many handed in at least one answer (always shown).
    suppressed
        Fewer than ``min_group`` participants: every list below is empty.
    items
        Per item, widest disagreement first (items without a spread follow in file order).
    dimensions
        Per dimension, the distribution of the participants' dimension scores, in file order.
    outcomes
        How many participants each outcome was advised to (decision tree, weighted rules).
    placements
        Per case of a 2x2: every participant's (x, y) and the count per quadrant code.
    scores
        Each participant's score, for pictures that draw every participant; empty when
        suppressed.
    """

    participants: int
    min_group: int
    suppressed: bool
    items: tuple[ItemSpread, ...] = ()
    dimensions: tuple[ItemSpread, ...] = ()
    outcomes: Mapping[str, int] = field(default_factory=dict)
    placements: Mapping[str, tuple[tuple[float, float], ...]] = field(default_factory=dict)
    quadrant_counts: Mapping[str, Mapping[str, int]] = field(default_factory=dict)
    scores: tuple[Score, ...] = ()

    def item(self, item_id: str) -> ItemSpread:
        return next(spread for spread in self.items if spread.id == item_id)

    def dimension(self, dimension_id: str) -> ItemSpread:
        return next(spread for spread in self.dimensions if spread.id == dimension_id)


def _disagreement(spread: ItemSpread) -> tuple:
    if spread.iqr is None:
        return (1, 0.0, 0.0)
    return (0, -spread.iqr, -(spread.range or 0.0))


SCORE_QUESTION = Question(id="score", type="number", label=None)  # type: ignore[arg-type]


def group_result(
    instrument: Instrument,
    answer_sets: Sequence[Mapping[str, object]],
    min_group: int = DEFAULT_MIN_GROUP,
) -> GroupResult:
    """The group's results from each participant's answers (one mapping per participant).

    Parameters
    ----------
    instrument
        The instrument answered.
    answer_sets
        Per participant, item id → answer; an empty mapping is a participant who answered
        nothing and is not counted.
    min_group
        Below this many participants nothing but their number is shown; an item (or a
        dimension's score) with fewer answers than this is suppressed on its own.

    Examples
    --------
    Five participants rating one item 1, 2, 3, 4 and 5 give quartiles 2 and 4 (the inclusive
    method, as spreadsheets compute them) and an interquartile range of 2.
    """
    given = [answers for answers in answer_sets if any(v is not None for v in answers.values())]
    n = len(given)
    if not is_reportable(n, min_group):
        return GroupResult(participants=n, min_group=min_group, suppressed=True)
    scores = tuple(score(instrument, answers) for answers in given)
    items = []
    for dimension in instrument.dimensions:
        for question in dimension.items:
            values = [answers.get(question.id) for answers in given]
            clean = [None if v is None else _clean(question, v) for v in values]
            # The minimum applies per item too: an item only two participants answered would
            # show their answers even in a large group.
            spread = distribution(question, clean, min_group)
            items.append(ItemSpread(question.id, dimension.id, spread))
    dimensions = tuple(
        ItemSpread(
            d.id,
            d.id,
            distribution(SCORE_QUESTION, [s.dimensions[d.id] for s in scores], min_group),
        )
        for d in instrument.dimensions
    )
    outcomes = Counter(s.advice.outcome.id for s in scores if s.advice is not None)
    placements: dict[str, list[tuple[float, float]]] = {}
    quadrants: dict[str, Counter] = {}
    for result in scores:
        for placement in result.placements:
            placements.setdefault(placement.case, []).append((placement.x, placement.y))
            quadrants.setdefault(placement.case, Counter())[placement.code] += 1
    return GroupResult(
        participants=n,
        min_group=min_group,
        suppressed=False,
        items=tuple(sorted(items, key=_disagreement)),
        dimensions=dimensions,
        outcomes={o.id: outcomes.get(o.id, 0) for o in instrument.outcomes},
        placements={case: tuple(points) for case, points in placements.items()},
        quadrant_counts={case: dict(counts) for case, counts in quadrants.items()},
        scores=scores,
    )


def _clean(question: Question, value: object) -> object:
    from netwerkkaart.core.questionnaire.answers import validate_answer

    return validate_answer(question, value)


@dataclass(frozen=True)
class DimensionChange:
    """One dimension in an earlier and a later session of the same instrument."""

    id: str
    median_before: float | None
    median_after: float | None
    mean_before: float | None
    mean_after: float | None

    @property
    def median_change(self) -> float | None:
        if self.median_before is None or self.median_after is None:
            return None
        return round(self.median_after - self.median_before, 4)

    @property
    def mean_change(self) -> float | None:
        if self.mean_before is None or self.mean_after is None:
            return None
        return round(self.mean_after - self.mean_before, 4)


def compare_sessions(earlier: GroupResult, later: GroupResult) -> list[DimensionChange]:
    """Per dimension, the later session's median and mean against the earlier one's.

    A suppressed session contributes no figures, so a change is only given when both sessions
    were large enough.
    """
    before = {d.id: d.distribution for d in earlier.dimensions}
    changes = []
    for spread in later.dimensions or earlier.dimensions:
        old = before.get(spread.id)
        new = spread.distribution if later.dimensions else None
        changes.append(DimensionChange(
            spread.id,
            old.median if old else None, new.median if new else None,
            old.mean if old else None, new.mean if new else None,
        ))  # fmt: skip
    return changes

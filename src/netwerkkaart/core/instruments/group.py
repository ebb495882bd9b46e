"""A group's results on an instrument: the spread first, the mean beside it, small groups hidden.

The point of a reflection instrument is the conversation it starts, so what a group sees first is
where its members differ (DOMAIN.md §5): per item and per dimension the distribution — n, minimum,
quartiles, maximum, each answer's count — with the mean only beside it, and the items with the
widest disagreement first. Distributions come from
:func:`netwerkkaart.core.questionnaire.aggregates.distribution` (quartiles by the inclusive method,
as spreadsheets compute them). A group smaller than the minimum group size
(:mod:`netwerkkaart.core.privacy`) gets only its n: with three colleagues in a room, a per-item
minimum and maximum would show who answered what.

References
----------
.. [1] Tukey, J. W. (1977). Exploratory data analysis. Addison-Wesley (the five-number summary).
.. [2] Kaats, E., & Opheij, W. (2012). Leren samenwerken tussen organisaties. Kluwer (differing
   perspectives as the starting point of the conversation about a collaboration).
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

from netwerkkaart.core.instruments.model import Band, ChecklistRule, Instrument
from netwerkkaart.core.instruments.scoring import Score, score
from netwerkkaart.core.privacy import DEFAULT_MIN_GROUP, is_reportable
from netwerkkaart.core.questionnaire.aggregates import Distribution, distribution
from netwerkkaart.core.questionnaire.model import Question, Text

# Items whose answer is a number per option (points, ranks) or per axis (a 2x2 position).
PER_OPTION = ("points", "ranking")


@dataclass(frozen=True)
class ItemResult:
    """How the group answered one item.

    ``distribution`` counts the answers (and, for items with a number, gives the five-number
    summary and the mean); ``parts`` gives the numbers per option of a points or ranking item and
    per axis (``x``, ``y``) of a 2x2 position. ``iqr`` and ``range`` are the widest over the
    item's numbers (``None`` for items without numbers, such as a single choice).
    """

    item: str
    dimension: str
    label: Text
    type: str
    distribution: Distribution
    parts: Mapping[str, Distribution] = field(default_factory=dict)
    iqr: float | None = None
    range: float | None = None


@dataclass(frozen=True)
class ScoreResult:
    """The distribution of the participants' scores of one dimension or one group of them."""

    id: str
    label: Text
    distribution: Distribution
    group: str | None = None


@dataclass(frozen=True)
class ChecklistResult:
    """A checklist over the group: shares ticked per dimension and overall, bands counted."""

    rule: str
    parts: Mapping[str, Distribution]
    overall: Distribution
    bands: tuple[tuple[Band, int], ...] = ()


@dataclass(frozen=True)
class CaseResult:
    """One case of a quadrant rule over the group: how many participants put it where."""

    rule: str
    case: str
    label: Text
    counts: Mapping[str, int]
    x: Distribution
    y: Distribution


@dataclass(frozen=True)
class OutcomeCount:
    """How many participants' answers led to each outcome of one recommending rule."""

    rule: str
    counts: Mapping[str, int]
    none: int


@dataclass(frozen=True)
class GroupResult:
    """A group's results; when ``suppressed``, only ``n`` is filled in."""

    instrument: str
    version: str
    n: int
    min_group: int
    suppressed: bool
    items: tuple[ItemResult, ...] = ()
    dimensions: tuple[ScoreResult, ...] = ()
    groups: tuple[ScoreResult, ...] = ()
    checklists: tuple[ChecklistResult, ...] = ()
    cases: tuple[CaseResult, ...] = ()
    outcomes: tuple[OutcomeCount, ...] = ()

    def item(self, item_id: str) -> ItemResult:
        return next(result for result in self.items if result.item == item_id)

    def dimension(self, dimension_id: str) -> ScoreResult:
        return next(result for result in self.dimensions if result.id == dimension_id)


def _number_question(identifier: str, label: Text) -> Question:
    return Question(id=identifier, type="number", label=label)


def _score_distribution(
    identifier: str, label: Text, values: Sequence[float | None], min_group: int, counts: bool = True
) -> Distribution:
    """The distribution of computed numbers (scores, shares, positions), to two decimals.

    Without ``counts`` the count per value is left out: for positions in a square, every value
    is its own, and counting them says nothing.
    """
    rounded = [None if v is None else _whole(round(v, 2)) for v in values]
    result = distribution(_number_question(identifier, label), rounded, min_group)
    return result if counts else replace(result, counts={})


def _spread(numbers: Sequence[float]) -> tuple[float, float] | None:
    """Interquartile range and range (inclusive quartiles), ``None`` without numbers."""
    if not numbers:
        return None
    if len(numbers) == 1:
        return 0.0, 0.0
    q1, _, q3 = statistics.quantiles(numbers, n=4, method="inclusive")
    return q3 - q1, max(numbers) - min(numbers)


def _whole(number: float) -> float | int:
    return int(number) if float(number).is_integer() else number


def _item_result(
    instrument: Instrument, item: Question, values: list[object], min_group: int
) -> ItemResult:
    parts: dict[str, Distribution] = {}
    numbered: list[list[float]] = []
    if item.type in PER_OPTION:
        for option in item.options:
            numbers = [_part_number(item, v, option.code) for v in values if v is not None]
            numbers = [n for n in numbers if n is not None]
            parts[option.code] = distribution(
                _number_question(option.code, option.label), [_whole(n) for n in numbers], min_group
            )
            numbered.append(numbers)
    elif item.type == "position_2x2":
        for index, axis in enumerate(("x", "y")):
            numbers = [float(v[axis]) for v in values if isinstance(v, dict)]
            label = item.axes[index] if len(item.axes) > index else item.label
            parts[axis] = _score_distribution(axis, label, numbers, min_group, counts=False)
            numbered.append(numbers)
    elif item.type in ("likert", "number", "level"):
        numbered.append(_own_numbers(item, values))
    elif item.type == "yes_no":
        numbered.append([1.0 if v else 0.0 for v in values if v is not None])
    spreads = [s for s in (_spread(n) for n in numbered) if s is not None]
    widest = max(spreads) if spreads else None
    own = distribution(item, values, min_group)
    return ItemResult(
        item=item.id, dimension=instrument.dimension_of(item.id).id, label=item.label,
        type=item.type, distribution=own, parts=parts,
        iqr=None if widest is None else widest[0], range=None if widest is None else widest[1],
    )  # fmt: skip


def _part_number(item: Question, value: object, option: str) -> float | None:
    if item.type == "points":
        return float(value.get(option, 0))  # type: ignore[union-attr]
    return float(value.index(option) + 1) if option in value else None  # type: ignore[operator,union-attr]


def _own_numbers(item: Question, values: list[object]) -> list[float]:
    if item.type == "level":
        position = {code: i + 1 for i, code in enumerate(item.option_codes())}
        return [float(position[v]) for v in values if v in position]
    return [float(v) for v in values if isinstance(v, (int, float)) and not isinstance(v, bool)]


def disagreement_order(items: Sequence[ItemResult]) -> list[ItemResult]:
    """Items with the widest disagreement first: interquartile range, then range, both wide first.

    Items without numbers (single and multiple choice, text) follow in the file's order; ties
    keep the file's order too.
    """
    numbered = [r for r in items if r.iqr is not None]
    rest = [r for r in items if r.iqr is None]
    numbered.sort(key=lambda r: (-(r.iqr or 0.0), -(r.range or 0.0)))
    return numbered + rest


def group_result(
    instrument: Instrument,
    answer_sets: Sequence[Mapping[str, object]],
    min_group: int = DEFAULT_MIN_GROUP,
) -> GroupResult:
    """The results of a group: one answer set (item id to answer) per participant.

    Parameters
    ----------
    instrument
        A loaded instrument.
    answer_sets
        Each participant's answers; each set is checked as :func:`.scoring.score` checks it.
        A set with no answer at all does not count as a participant.
    min_group
        The minimum group size: with fewer participants only ``n`` is given.

    Returns
    -------
    GroupResult
        Items (widest disagreement first), dimension and group scores, checklists, quadrant cases
        and outcome counts, each as a distribution over the participants.

    Notes
    -----
    Each figure also needs ``min_group`` answers of its own: an item most participants skipped is
    given as suppressed (:func:`~netwerkkaart.core.questionnaire.aggregates.distribution`).
    """
    scores = [score(instrument, answers) for answers in answer_sets]
    scores = [s for s in scores if s.answers]
    n = len(scores)
    if not is_reportable(n, min_group):
        return GroupResult(instrument.id, instrument.version, n, min_group, suppressed=True)
    items = [
        _item_result(instrument, item, [s.answers.get(item.id) for s in scores], min_group)
        for item in instrument.items()
    ]
    return GroupResult(
        instrument=instrument.id, version=instrument.version, n=n, min_group=min_group,
        suppressed=False, items=tuple(disagreement_order(items)),
        dimensions=_dimension_results(instrument, scores, min_group),
        groups=_group_results(instrument, scores, min_group),
        checklists=_checklist_results(instrument, scores, min_group),
        cases=_case_results(instrument, scores, min_group),
        outcomes=_outcome_counts(scores),
    )  # fmt: skip


def _dimension_results(
    instrument: Instrument, scores: list[Score], min_group: int
) -> tuple[ScoreResult, ...]:
    results = []
    for dimension in instrument.dimensions:
        if dimension.id not in scores[0].dimensions:
            continue
        values = [s.dimensions[dimension.id] for s in scores]
        results.append(ScoreResult(
            dimension.id, dimension.label,
            _score_distribution(dimension.id, dimension.label, values, min_group), dimension.group,
        ))  # fmt: skip
    return tuple(results)


def _group_results(
    instrument: Instrument, scores: list[Score], min_group: int
) -> tuple[ScoreResult, ...]:
    results = []
    for group in instrument.groups:
        if group.id not in scores[0].groups:
            continue
        values = [s.groups[group.id] for s in scores]
        distributed = _score_distribution(group.id, group.label, values, min_group)
        results.append(ScoreResult(group.id, group.label, distributed))
    return tuple(results)


def _checklist_results(
    instrument: Instrument, scores: list[Score], min_group: int
) -> tuple[ChecklistResult, ...]:
    results = []
    for rule in instrument.rules_of("checklist"):
        assert isinstance(rule, ChecklistRule)
        parts = {}
        for index, part in enumerate(scores[0].checklists[rule.id].parts):
            label = instrument.dimension(part.dimension).label
            shares = [s.checklists[rule.id].parts[index].share for s in scores]
            parts[part.dimension] = _score_distribution(part.dimension, label, shares, min_group)
        overall = [s.checklists[rule.id].share for s in scores]
        in_band = Counter(s.checklists[rule.id].band for s in scores)
        label = rule.label or instrument.title
        results.append(ChecklistResult(
            rule.id, parts, _score_distribution(rule.id, label, overall, min_group),
            tuple((band, in_band.get(band, 0)) for band in rule.bands),
        ))  # fmt: skip
    return tuple(results)


def _case_results(
    instrument: Instrument, scores: list[Score], min_group: int
) -> tuple[CaseResult, ...]:
    results = []
    for rule_id, placements in scores[0].placements.items():
        for index, placement in enumerate(placements):
            mine = [s.placements[rule_id][index] for s in scores]
            counts = Counter(p.quadrant.code for p in mine if p.quadrant is not None)
            rule = instrument.rule(rule_id)
            ordered = {q.code: counts.get(q.code, 0) for q in rule.quadrants}  # type: ignore[union-attr]
            results.append(CaseResult(
                rule_id, placement.case, placement.label, ordered,
                _score_distribution("x", placement.label, [p.x for p in mine], min_group, counts=False),
                _score_distribution("y", placement.label, [p.y for p in mine], min_group, counts=False),
            ))  # fmt: skip
    return tuple(results)


def _outcome_counts(scores: list[Score]) -> tuple[OutcomeCount, ...]:
    results = []
    for rule_id, first in scores[0].recommendations.items():
        counts = dict.fromkeys((o.id for o in first.weighed), 0)
        none = 0
        for s in scores:
            outcome = s.recommendations[rule_id].outcome
            if outcome is None:
                none += 1
            else:
                counts[outcome.id] = counts.get(outcome.id, 0) + 1
        results.append(OutcomeCount(rule_id, counts, none))
    return tuple(results)


@dataclass(frozen=True)
class ScoreChange:
    """One dimension (or group of dimensions) in an earlier and a later session.

    A change is ``None`` when either session's figure is suppressed or missing.
    """

    id: str
    label: Text
    earlier: Distribution | None
    later: Distribution | None
    median_change: float | None
    mean_change: float | None


@dataclass(frozen=True)
class SessionComparison:
    """A later session of an instrument set against an earlier one."""

    instrument: str
    earlier_version: str
    later_version: str
    earlier_n: int
    later_n: int
    dimensions: tuple[ScoreChange, ...]
    groups: tuple[ScoreChange, ...]

    @property
    def same_version(self) -> bool:
        """Whether both sessions asked the same version (else items may have changed)."""
        return self.earlier_version == self.later_version


def compare_sessions(earlier: GroupResult, later: GroupResult) -> SessionComparison:
    """Per dimension and group of dimensions, how the median and the mean moved.

    Dimensions are matched by id, in the later session's order; one only the earlier session
    has is listed at the end with no later figure. A suppressed session (below the minimum group
    size) gives no figures, so no change.

    Raises
    ------
    ValueError
        When the two results are of different instruments.
    """
    if earlier.instrument != later.instrument:
        raise ValueError(f"cannot compare '{earlier.instrument}' with '{later.instrument}'")
    return SessionComparison(
        instrument=later.instrument, earlier_version=earlier.version,
        later_version=later.version, earlier_n=earlier.n, later_n=later.n,
        dimensions=_changes(earlier.dimensions, later.dimensions),
        groups=_changes(earlier.groups, later.groups),
    )  # fmt: skip


def _changes(
    earlier: Sequence[ScoreResult], later: Sequence[ScoreResult]
) -> tuple[ScoreChange, ...]:
    before = {result.id: result for result in earlier}
    ids = [r.id for r in later] + [r.id for r in earlier if r.id not in {x.id for x in later}]
    after = {result.id: result for result in later}
    changes = []
    for identifier in ids:
        old, new = before.get(identifier), after.get(identifier)
        label = (new or old).label  # type: ignore[union-attr]
        old_d = old.distribution if old and not old.distribution.suppressed else None
        new_d = new.distribution if new and not new.distribution.suppressed else None
        changes.append(ScoreChange(
            identifier, label, old_d, new_d,
            _difference(old_d and old_d.median, new_d and new_d.median),
            _difference(old_d and old_d.mean, new_d and new_d.mean),
        ))  # fmt: skip
    return tuple(changes)


def _difference(before: float | None, after: float | None) -> float | None:
    if before is None or after is None:
        return None
    return round(after - before, 2)

"""Applying the advice rules to a round's figures, and comparing the advice of two rounds.

:func:`advise` reads a :class:`~.figures.FigureSet` and returns the recommendations whose
conditions hold, ordered by priority. A condition reads one figure, for the network, for one
group or for ``each`` group of that figure; a suppressed or unknown figure never holds, so a
figure about too few respondents can neither trigger a recommendation nor appear in one.
:func:`compare_advice` says which recommendations are new in the later round and which no
longer apply, with each figure then and now.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from netwerkkaart.core.advice.decisions import DECIDERS
from netwerkkaart.core.advice.figures import FigureSet
from netwerkkaart.core.advice.loader import builtin_rules
from netwerkkaart.core.advice.model import Condition, Evidence, NamedFigure, Recommendation, Rule
from netwerkkaart.core.questionnaire.model import Text

EACH = "each"
SENSITIVE = "gevoelig"  # the robustness label of a measure sensitive to who is missing
SHOWN_GROUPS = 3  # at most this many groups of a figure a rule only shows


def holds(condition: Condition, figure: NamedFigure | None) -> bool:
    """Whether ``figure`` meets ``condition``; never for a missing or suppressed figure."""
    if figure is None or not figure.usable:
        return False
    value, threshold = figure.value, condition.threshold
    if condition.op == "equals":
        return str(value) == str(threshold)
    if isinstance(value, str):
        return False
    return {
        "below": value < threshold,
        "at_most": value <= threshold,
        "above": value > threshold,
        "at_least": value >= threshold,
    }[condition.op]


def _clause(
    clause: Sequence[Condition], figures: FigureSet, most: int | None = None
) -> tuple[list[tuple[Condition, NamedFigure]], list[str]] | None:
    """The figures that make ``clause`` hold and the groups it holds for; ``None`` if it fails.

    ``most`` keeps the figures of the first that many groups (in the order the figure set
    gives them); the groups returned are all of them.
    """
    fixed = [c for c in clause if c.group != EACH]
    each = [c for c in clause if c.group == EACH]
    used = []
    for condition in fixed:
        figure = figures.get(condition.figure, condition.group)
        if not holds(condition, figure):
            return None
        used.append((condition, figure))
    if not each:
        return used, []
    groups = []
    for candidate in figures.groups(each[0].figure):
        pairs = [(c, figures.get(c.figure, candidate.group)) for c in each]
        if all(holds(c, f) for c, f in pairs):
            groups.append(candidate.group)
            if most is None or len(groups) <= most:
                used.extend(pairs)
    return (used, groups) if groups else None


def _earlier(earlier: FigureSet | None, name: str, group: str | None):
    if earlier is None:
        return None
    figure = earlier.get(name, group)
    return figure.value if figure is not None and figure.usable else None


def apply_rule(
    rule: Rule, figures: FigureSet, earlier: FigureSet | None = None
) -> Recommendation | None:
    """The recommendation ``rule`` gives for ``figures``, or ``None`` when it does not apply."""
    used: list[tuple[Condition, NamedFigure]] = []
    every: list[str] = []
    for clause in rule.any_of:
        result = _clause(clause, figures, rule.most_groups)
        if result is not None:
            used.extend(result[0])
            every.extend(g for g in result[1] if g not in every)
    if not used:
        return None
    groups = every if rule.most_groups is None else every[: rule.most_groups]
    outcome, considerations, decision = None, (), None
    if rule.decide is not None:
        decision = DECIDERS[rule.decide](figures.get, rule.parameters)
        if decision is None:
            return None
        outcome, considerations = rule.outcome(decision.outcome), decision.considerations
        for c in decision.known:
            used.append((None, figures.get(c.figure, c.group)))
    for name, group in rule.show:
        shown = figures.groups(name)[:SHOWN_GROUPS] if group == EACH else [figures.get(name, group)]
        used.extend((None, f) for f in shown if f is not None and f.usable)
    decisive = {(c.figure, c.group) for c in decision.known} if decision else set()
    why, seen, sensitive = [], set(), []
    sectors: list[str] = []
    actors: list[str] = []
    for condition, figure in used:
        key = (figure.name, figure.group) if figure is not None else None
        if figure is None or key in seen:
            continue
        seen.add(key)
        why.append(Evidence(figure.name, figure.value, figure.group,
                            _earlier(earlier, figure.name, figure.group),
                            condition.explain if condition else None,
                            figure.robustness, figure.detail))  # fmt: skip
        if figure.robustness == SENSITIVE and (condition is not None or key in decisive):
            sensitive.append(key)
        sectors.extend(s for s in figure.sectors if s not in sectors)
        actors.extend(a for a in figure.actors if a not in actors)
    return Recommendation(
        kind=rule.kind, priority=rule.priority, title=rule.title, summary=rule.summary,
        why=tuple(why), steps=outcome.steps if outcome else rule.steps,
        reference=rule.reference, groups=tuple(groups), sectors=tuple(sectors),
        actors=tuple(actors), outcome=outcome, considerations=tuple(considerations),
        sensitive=tuple(sensitive), all_groups=tuple(every),
    )  # fmt: skip


def advise(
    figures: FigureSet,
    rules: Iterable[Rule] | None = None,
    *,
    earlier: FigureSet | None = None,
) -> list[Recommendation]:
    """Every recommendation for a round, highest priority first (then as the rules are ordered).

    ``earlier`` is the previous round's figures: each figure a recommendation rests on then
    carries its earlier value too.
    """
    chosen = builtin_rules() if rules is None else tuple(rules)
    found = [apply_rule(rule, figures, earlier) for rule in chosen]
    order = {rule.kind: i for i, rule in enumerate(chosen)}
    return sorted((r for r in found if r is not None), key=lambda r: (r.priority, order[r.kind]))


@dataclass(frozen=True)
class AdviceChange:
    """A recommendation that is new in the later round or no longer applies.

    ``groups`` narrows it to the groups that changed (a silo that opened up in one sector while
    another stays); ``figures`` gives every figure it rested on, ``earlier`` then and ``value``
    now (``None`` where a figure is unknown or suppressed in that round).
    """

    kind: str
    status: str  # "new" or "ended"
    title: Text
    priority: int
    groups: tuple[str, ...]
    figures: tuple[Evidence, ...]


def _now(figures: FigureSet, evidence: Evidence) -> object:
    figure = figures.get(evidence.figure, evidence.group)
    return figure.value if figure is not None and figure.usable else None


def _every(rec: Recommendation) -> tuple[str, ...]:
    """Every group a recommendation holds for (its shown groups when built without the rest)."""
    return rec.all_groups or rec.groups


def compare_advice(
    before: Sequence[Recommendation],
    after: Sequence[Recommendation],
    after_figures: FigureSet,
) -> list[AdviceChange]:
    """Which recommendations are new in ``after`` and which of ``before`` no longer apply.

    A kind that stays but no longer concerns a group it did (or concerns a new one) counts as
    ended (or new) for that group alone; a group that only moved out of (or into) the few a
    rule shows has not changed. New changes come first, then ended ones, by priority.
    """
    old = {r.kind: r for r in before}
    new = {r.kind: r for r in after}
    changes: list[AdviceChange] = []

    def pick(rec: Recommendation, groups: set[str] | None) -> tuple[Evidence, ...]:
        return tuple(e for e in rec.why if groups is None or e.group in groups)

    for kind, rec in new.items():
        if kind not in old:
            changes.append(AdviceChange(kind, "new", rec.title, rec.priority, rec.groups,
                                        pick(rec, None)))  # fmt: skip
        else:
            added = set(rec.groups) - set(_every(old[kind]))
            if added:
                changes.append(AdviceChange(kind, "new", rec.title, rec.priority,
                                            tuple(g for g in rec.groups if g in added),
                                            pick(rec, added)))  # fmt: skip
    for kind, rec in old.items():
        gone = None if kind not in new else set(rec.groups) - set(_every(new[kind]))
        if gone is not None and not gone:
            continue
        evidence = tuple(
            Evidence(e.figure, _now(after_figures, e), e.group, e.value, e.explain)
            for e in pick(rec, gone)
        )
        groups = rec.groups if gone is None else tuple(g for g in rec.groups if g in gone)
        changes.append(AdviceChange(kind, "ended", rec.title, rec.priority, groups, evidence))
    return sorted(changes, key=lambda c: (c.status != "new", c.priority, c.kind))

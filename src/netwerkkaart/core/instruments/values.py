"""The number an answer stands for, and whether an answer meets a condition.

Shared by the loader (which checks that a rule asks of an item only what its type can give) and
the scoring. An answer's number:

* ``likert``, ``number``: the value itself;
* ``level``: the place of the chosen step on the ordered scale, counting from 1;
* ``yes_no``: yes = 1, no = 0;
* ``points`` with an ``option``: the points given to it (0 when none);
* ``multi_choice`` with an ``option``: 1 when chosen, 0 when not;
* ``ranking`` with an ``option``: its rank (1 = first), none when it was not ranked;
* ``position_2x2`` with an ``axis``: the position on it, from 0 to 1.

Other types (single choice, text, …) have no number; conditions on them name answers.
"""

from __future__ import annotations

from netwerkkaart.core.instruments.model import (
    ChecklistRule,
    Condition,
    DimensionRule,
    Instrument,
)
from netwerkkaart.core.questionnaire.model import Question

# Types with a number of their own, and those that need an option or an axis to give one.
OWN_NUMBER = frozenset({"likert", "number", "level", "yes_no"})
NUMBER_PER_OPTION = frozenset({"points", "multi_choice", "ranking"})
NUMBER_PER_AXIS = frozenset({"position_2x2"})
# Types whose answers a condition names with ``answer``/``answers``, and with ``includes``.
NAMED_ANSWERS = frozenset({"single_choice", "level", "yes_no", "likert", "number"})
INCLUDES = frozenset({"multi_choice", "ranking"})


def rule_dimensions(instrument: Instrument, rule: DimensionRule | ChecklistRule) -> tuple[str, ...]:
    """The dimensions a sum, mean or checklist rule scores: those listed, else every one it can.

    Unlisted, a sum or mean scores every dimension with an item that has a number of its own, and
    a checklist every dimension.
    """
    if rule.dimensions:
        return rule.dimensions
    if isinstance(rule, ChecklistRule):
        return tuple(d.id for d in instrument.dimensions)
    return tuple(
        d.id for d in instrument.dimensions if any(item.type in OWN_NUMBER for item in d.items)
    )


def number_problem(question: Question, option: str | None, axis: str | None) -> str | None:
    """Why ``question`` cannot give a number with this option and axis (``None``: it can)."""
    kind = question.type
    if kind in OWN_NUMBER:
        if option is not None or axis is not None:
            return f"a {kind} item has a number of its own: give no option or axis"
        return None
    if kind in NUMBER_PER_OPTION:
        if option is None:
            return f"a {kind} item gives a number per option: name the option"
        if option not in question.option_codes():
            return f"'{option}' is not an option of item '{question.id}'"
        return None
    if kind in NUMBER_PER_AXIS:
        if axis is None:
            return "a position_2x2 item gives a number per axis: name the axis (x or y)"
        return None
    return f"a {kind} item has no number"


def item_number(
    question: Question, value: object, option: str | None = None, axis: str | None = None
) -> float | None:
    """The number ``value`` (a validated answer to ``question``) stands for; ``None`` if none."""
    if value is None:
        return None
    kind = question.type
    if kind in ("likert", "number"):
        return float(value)  # type: ignore[arg-type]
    if kind == "level":
        return float(question.option_codes().index(value) + 1)  # type: ignore[arg-type]
    if kind == "yes_no":
        return 1.0 if value else 0.0
    if kind == "points" and option is not None:
        return float(value.get(option, 0))  # type: ignore[union-attr]
    if kind == "multi_choice" and option is not None:
        return 1.0 if option in value else 0.0  # type: ignore[operator]
    if kind == "ranking" and option is not None:
        return float(value.index(option) + 1) if option in value else None  # type: ignore[union-attr]
    if kind == "position_2x2" and axis is not None:
        return float(value[axis])  # type: ignore[index]
    return None


def matches(question: Question, condition: Condition, value: object) -> bool:
    """Whether ``value`` (a validated answer to ``question``) meets ``condition``.

    An unanswered item (``None``) meets no condition, not even ``otherwise``. All tests a
    condition holds must pass.
    """
    if value is None:
        return False
    if condition.otherwise:
        return True
    if condition.answers and value not in condition.answers:
        return False
    if condition.includes is not None and condition.includes not in value:  # type: ignore[operator]
        return False
    if condition.min is not None or condition.max is not None:
        number = item_number(question, value, condition.option, condition.axis)
        if number is None:
            return False
        if condition.min is not None and number < condition.min:
            return False
        if condition.max is not None and number > condition.max:
            return False
    return True

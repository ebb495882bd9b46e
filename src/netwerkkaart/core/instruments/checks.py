"""The rules an instrument must meet beyond its schema, each failure naming the field.

Ids are used once (dimensions, items, outcomes, groups, rules, nodes, cases, columns); every
rule names items, dimensions and outcomes that exist and asks of an item only what its type can
answer; a quadrant has each of its four corners once; a decision tree has no loops and no node
it never reaches; the picture names a rule and columns that exist.
"""

from __future__ import annotations

from collections.abc import Iterable

from netwerkkaart.core.instruments.model import (
    ChecklistRule,
    Condition,
    DecisionTree,
    DimensionRule,
    Instrument,
    QuadrantRule,
    ValueSource,
    WeightedRules,
)
from netwerkkaart.core.instruments.values import (
    INCLUDES,
    NAMED_ANSWERS,
    OWN_NUMBER,
    number_problem,
    rule_dimensions,
)
from netwerkkaart.core.questionnaire.answers import AnswerError, validate_answer
from netwerkkaart.core.questionnaire.model import Question


class _Fail(Exception):
    def __init__(self, field: str, message: str):
        self.field, self.message = field, message


def need(condition: bool, field: str, message: str) -> None:
    if not condition:
        raise _Fail(field, message)


def check_instrument(instrument: Instrument, name: str) -> None:
    """Raise :class:`~.loader.InstrumentError` for the first rule ``instrument`` breaks."""
    from netwerkkaart.core.instruments.loader import InstrumentError

    try:
        _check(instrument)
    except _Fail as fail:
        raise InstrumentError(name, fail.field, fail.message) from None


def _unique(ids: Iterable[str], where: str, key: str = "id") -> None:
    seen: set[str] = set()
    for index, identifier in enumerate(ids):
        need(identifier not in seen, f"{where}[{index}].{key}", f"'{identifier}' is used twice")
        seen.add(identifier)


def _check(instrument: Instrument) -> None:
    _unique((d.id for d in instrument.dimensions), "dimensions")
    seen: set[str] = set()
    for d_index, dimension in enumerate(instrument.dimensions):
        for i_index, item in enumerate(dimension.items):
            field = f"dimensions[{d_index}].items[{i_index}].id"
            need(item.id not in seen, field, f"'{item.id}' is used twice")
            seen.add(item.id)
    _unique((o.id for o in instrument.outcomes), "outcomes")
    _unique((g.id for g in instrument.groups), "groups")
    _unique((r.id for r in instrument.scoring), "scoring")
    groups = {g.id for g in instrument.groups}
    for d_index, dimension in enumerate(instrument.dimensions):
        if dimension.group is not None:
            need(dimension.group in groups, f"dimensions[{d_index}].group",
                 f"unknown group '{dimension.group}' (give it under groups)")  # fmt: skip
    _check_picture(instrument)
    scored_by: dict[str, str] = {}
    for index, rule in enumerate(instrument.scoring):
        if isinstance(rule, DimensionRule):
            for dimension in rule_dimensions(instrument, rule):
                need(dimension not in scored_by, f"scoring[{index}].dimensions",
                     f"dimension '{dimension}' is already scored by '{scored_by.get(dimension)}'")  # fmt: skip
                scored_by[dimension] = rule.id
    for index, rule in enumerate(instrument.scoring):
        where = f"scoring[{index}]"
        if isinstance(rule, DimensionRule):
            _check_dimension_rule(instrument, rule, where)
        elif isinstance(rule, ChecklistRule):
            _check_checklist(instrument, rule, where)
        elif isinstance(rule, QuadrantRule):
            _check_quadrant(instrument, rule, where)
        elif isinstance(rule, DecisionTree):
            _check_tree(instrument, rule, where)
        elif isinstance(rule, WeightedRules):
            _check_weighted(instrument, rule, where)


def _check_picture(instrument: Instrument) -> None:
    picture = instrument.picture
    rules = {r.id for r in instrument.scoring}
    if picture.rule is not None:
        need(picture.rule in rules, "picture.rule", f"unknown rule '{picture.rule}'")
    if picture.split_by == "group":
        need(bool(instrument.groups), "picture.split_by", "splitting by group needs groups")
    _unique((c.id for c in picture.columns), "picture.columns")
    _unique((s.id for s in picture.scale), "picture.scale")
    columns = {c.id for c in picture.columns}
    for d_index, dimension in enumerate(instrument.dimensions):
        for i_index, item in enumerate(dimension.items):
            column = instrument.item_extras.get(item.id, {}).get("column")
            if column is not None:
                need(column in columns, f"dimensions[{d_index}].items[{i_index}].column",
                     f"unknown column '{column}' (give it under picture.columns)")  # fmt: skip


def _numeric(dimension_items: Iterable[Question]) -> list[Question]:
    return [item for item in dimension_items if item.type in OWN_NUMBER]


def _dimension_ids(instrument: Instrument, listed: tuple[str, ...], where: str) -> list[str]:
    known = {d.id for d in instrument.dimensions}
    for index, dimension in enumerate(listed):
        need(dimension in known, f"{where}.dimensions[{index}]", f"unknown dimension '{dimension}'")
    return list(listed) if listed else [d.id for d in instrument.dimensions]


def _check_dimension_rule(instrument: Instrument, rule: DimensionRule, where: str) -> None:
    ids = _dimension_ids(instrument, rule.dimensions, where)
    if rule.dimensions:
        for index, dimension_id in enumerate(ids):
            need(bool(_numeric(instrument.dimension(dimension_id).items)),
                 f"{where}.dimensions[{index}]",
                 f"dimension '{dimension_id}' has no item with a number to {rule.kind}")  # fmt: skip
    else:
        need(any(_numeric(d.items) for d in instrument.dimensions), f"{where}.kind",
             f"no dimension has an item with a number to {rule.kind}")  # fmt: skip


def _check_checklist(instrument: Instrument, rule: ChecklistRule, where: str) -> None:
    for dimension_id in _dimension_ids(instrument, rule.dimensions, where):
        for item in instrument.dimension(dimension_id).items:
            if item.type == "yes_no":
                continue
            need(item.type in ("likert", "number", "level") and rule.at_least is not None,
                 f"{where}.at_least",
                 f"item '{item.id}' ({item.type}) counts as ticked only from an 'at_least'"
                 if item.type in ("likert", "number", "level")
                 else f"item '{item.id}' ({item.type}) cannot be ticked in a checklist")  # fmt: skip
    previous = -1.0
    for index, band in enumerate(rule.bands):
        need(band.min > previous, f"{where}.bands[{index}].min", "bands go up from low to high")
        previous = band.min
    if rule.bands:
        need(rule.bands[0].min == 0, f"{where}.bands[0].min", "the first band starts at 0")


def _check_source(instrument: Instrument, source: ValueSource, field: str,
                  scored: set[str]) -> None:  # fmt: skip
    if source.dimension is not None:
        need(source.option is None and source.axis is None, field,
             "a dimension gives one number: no option or axis")  # fmt: skip
        need(source.dimension in scored, f"{field}.dimension",
             f"'{source.dimension}' is no dimension scored by a sum or mean rule")  # fmt: skip
        return
    item = _item(instrument, source.item, f"{field}.item")
    problem = number_problem(item, source.option, source.axis)
    need(problem is None, field, problem or "")


def _check_quadrant(instrument: Instrument, rule: QuadrantRule, where: str) -> None:
    scored: set[str] = set()
    for other in instrument.rules_of("sum", "mean"):
        scored.update(rule_dimensions(instrument, other))  # type: ignore[arg-type]
    _unique((c.id for c in rule.cases), f"{where}.cases")
    for index, case in enumerate(rule.cases):
        _check_source(instrument, case.x, f"{where}.cases[{index}].x", scored)
        _check_source(instrument, case.y, f"{where}.cases[{index}].y", scored)
    _unique((q.code for q in rule.quadrants), f"{where}.quadrants", "code")
    corners: set[tuple[str, str]] = set()
    for index, quadrant in enumerate(rule.quadrants):
        corner = (quadrant.x, quadrant.y)
        need(corner not in corners, f"{where}.quadrants[{index}]",
             f"x {quadrant.x} and y {quadrant.y} is given twice: each corner once")  # fmt: skip
        corners.add(corner)


def _item(instrument: Instrument, item_id: str | None, field: str) -> Question:
    try:
        return instrument.item(str(item_id))
    except KeyError:
        raise _Fail(field, f"unknown item '{item_id}'") from None


def _check_condition(item: Question, condition: Condition, field: str) -> None:
    tests = (condition.answers, condition.includes is not None,
             condition.min is not None or condition.max is not None)  # fmt: skip
    if condition.otherwise:
        need(not any(tests), f"{field}.otherwise", "'otherwise' stands alone, with no other test")
        return
    need(any(tests), field, "give a test: answer, answers, includes, min or max (or otherwise)")
    if condition.answers:
        need(item.type in NAMED_ANSWERS, f"{field}.answers",
             f"a {item.type} item is not tested by answer: use includes, min or max")  # fmt: skip
        for value in condition.answers:
            try:
                valid = validate_answer(item, value) == value
            except AnswerError:
                valid = False
            need(valid, f"{field}.answers", f"{value!r} is not an answer to item '{item.id}'")
    if condition.includes is not None:
        need(item.type in INCLUDES, f"{field}.includes",
             f"a {item.type} item holds no list to look in")  # fmt: skip
        need(condition.includes in item.option_codes(), f"{field}.includes",
             f"'{condition.includes}' is not an option of item '{item.id}'")  # fmt: skip
    if condition.min is not None or condition.max is not None:
        problem = number_problem(item, condition.option, condition.axis)
        need(problem is None, field, problem or "")
    elif condition.option is not None or condition.axis is not None:
        raise _Fail(field, "option and axis go with min or max")


def _check_tree(instrument: Instrument, rule: DecisionTree, where: str) -> None:
    outcomes = {o.id for o in instrument.outcomes}
    need(bool(outcomes), f"{where}.kind", "a decision tree needs the instrument's outcomes")
    _unique((n.id for n in rule.nodes), f"{where}.nodes")
    nodes = {node.id for node in rule.nodes}
    need(rule.start in nodes, f"{where}.start", f"unknown node '{rule.start}'")
    for n_index, node in enumerate(rule.nodes):
        item = _item(instrument, node.item, f"{where}.nodes[{n_index}].item")
        for b_index, branch in enumerate(node.branches):
            field = f"{where}.nodes[{n_index}].branches[{b_index}]"
            _check_condition(item, branch.condition, field)
            if branch.next is not None:
                need(branch.next in nodes, f"{field}.next", f"unknown node '{branch.next}'")
            else:
                need(branch.outcome in outcomes, f"{field}.outcome",
                     f"unknown outcome '{branch.outcome}'")  # fmt: skip
    reached: set[str] = set()

    def visit(node_id: str, trail: tuple[str, ...]) -> None:
        need(node_id not in trail, f"{where}.nodes", f"the tree loops back to '{node_id}'")
        reached.add(node_id)
        for branch in rule.node(node_id).branches:
            if branch.next is not None:
                visit(branch.next, (*trail, node_id))

    visit(rule.start, ())
    for index, node in enumerate(rule.nodes):
        need(node.id in reached, f"{where}.nodes[{index}].id",
             f"node '{node.id}' is never reached from '{rule.start}'")  # fmt: skip


def _check_weighted(instrument: Instrument, rule: WeightedRules, where: str) -> None:
    known = {o.id for o in instrument.outcomes}
    need(bool(rule.outcomes), f"{where}.outcomes", "weighted rules need outcomes to weigh")
    for index, outcome in enumerate(rule.outcomes):
        need(outcome in known, f"{where}.outcomes[{index}]", f"unknown outcome '{outcome}'")
    for r_index, weighted in enumerate(rule.rules):
        field = f"{where}.rules[{r_index}]"
        item = _item(instrument, weighted.item, f"{field}.item")
        _check_condition(item, weighted.condition, field)
        for outcome in weighted.points:
            need(outcome in rule.outcomes, f"{field}.points.{outcome}",
                 f"unknown outcome '{outcome}'")  # fmt: skip

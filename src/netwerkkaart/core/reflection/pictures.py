"""From a group's results to the picture its instrument names (the data :mod:`..pictures` draws).

Each picture kind reads what it needs from :class:`~.group.GroupResult`: the spread of each
dimension (radar, quadrant profile, balance), of each item (bars, tension map, heat map, scale),
counts per level (stacked levels, checklist, scale), each participant's placement (2x2) or the
advice counted per outcome (decision path). A suppressed group gets pictures without figures.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

from netwerkkaart.core.pictures import data as pd
from netwerkkaart.core.pictures import data_diagrams as dd
from netwerkkaart.core.questionnaire.aggregates import Distribution
from netwerkkaart.core.reflection.group import GroupResult
from netwerkkaart.core.reflection.model import Instrument

NOT_INVOLVED = "afwezig"


def spread(distribution: Distribution | None) -> pd.Spread:
    if distribution is None or distribution.suppressed:
        return pd.Spread()
    d = distribution
    return pd.Spread(n=d.n, minimum=d.minimum, q1=d.q1, median=d.median, q3=d.q3,
                     maximum=d.maximum, mean=d.mean)  # fmt: skip


def _scale(instrument: Instrument) -> tuple[float, float]:
    lows, highs = [], []
    for question in instrument.items():
        if question.type == "likert":
            lows.append(question.min or 1)
            highs.append(question.max or 5)
        elif question.type == "level":
            lows.append(1)
            highs.append(len(question.options))
        elif question.type == "yes_no":
            lows.append(0)
            highs.append(1)
    return (min(lows), max(highs)) if lows else (0.0, 5.0)


def _dimension(result: GroupResult, dimension_id: str):
    return next((s.distribution for s in result.dimensions if s.id == dimension_id), None)


def _item(result: GroupResult, item_id: str):
    return next((s.distribution for s in result.items if s.id == item_id), None)


def picture_data(
    instrument: Instrument,
    result: GroupResult,
    lang: str = "nl",
    *,
    earlier: GroupResult | None = None,
    group_labels: Mapping[str, str] | None = None,
) -> pd.Picture:
    """The data of the picture ``instrument`` asks for, from ``result`` (and ``earlier``)."""
    kind = instrument.picture["kind"]
    title = instrument.title.get(lang)
    common = {"n": result.participants}
    low, high = _scale(instrument)
    if kind == "radar":
        return pd.Radar(title, axes=[
            pd.RadarAxis(d.label.get(lang), spread(_dimension(result, d.id)),
                         spread(_dimension(earlier, d.id)) if earlier else None)
            for d in instrument.dimensions
        ], scale_min=low, scale_max=high, **common)  # fmt: skip
    if kind == "quadrant_profile":
        return pd.QuadrantProfile(title, quadrants=[
            pd.QuadrantScore(d.label.get(lang), spread(_dimension(result, d.id)))
            for d in instrument.dimensions[:4]
        ], scale_min=low, scale_max=high, **common)  # fmt: skip
    if kind == "bars_spread" and instrument.rules("weighted_rules"):
        # An advice instrument: how many participants' answers led to each outcome.
        return pd.BarsSpread(title, items=[
            pd.BarItem(o.label.get(lang), pd.Spread(n=result.outcomes.get(o.id, 0),
                                                    median=result.outcomes.get(o.id, 0)))
            for o in instrument.outcomes
        ], scale_min=0, scale_max=max(result.participants, 1), decimals=0, **common)  # fmt: skip
    if kind == "bars_spread":
        groups = group_labels or {}
        items = []
        for dimension in instrument.dimensions:
            for question in dimension.items:
                if question.type not in ("likert", "number", "level"):
                    continue
                label = question.label.get(lang) if len(dimension.items) > 1 else \
                    dimension.label.get(lang)  # fmt: skip
                items.append(pd.BarItem(
                    label, spread(_item(result, question.id)),
                    group=groups.get(dimension.group or "", dimension.group)
                    if dimension.group else None,
                    earlier=spread(_item(earlier, question.id)) if earlier else None,
                ))  # fmt: skip
        return pd.BarsSpread(title, items=items, scale_min=0, scale_max=high, **common)
    if kind == "tension_map":
        dilemmas = []
        for question in instrument.items():
            left, right = (a.get(lang) for a in question.anchors)
            dilemmas.append(pd.Dilemma(left, right, spread(_item(result, question.id)),
                                       positions=[s for s in _answers(result, question.id)]))  # fmt: skip
        return pd.TensionMap(title, dilemmas=dilemmas, scale_min=low, scale_max=high, **common)
    if kind == "heatmap":
        columns = instrument.picture.get("columns", [])
        rows, extra = [], []
        for dimension in instrument.dimensions:
            cells = [pd.HeatCell(_median(_item(result, q.id))) for q in dimension.items]
            row = pd.HeatRow(dimension.label.get(lang), cells)
            (rows if len(cells) == len(columns) else extra).append(row)
        return pd.Heatmap(title, columns=[c["label"][lang] for c in columns], rows=rows,
                          extra_rows=extra, minimum=low, maximum=high, **common)  # fmt: skip
    if kind == "stacked_levels":
        levels = next(q for q in instrument.items() if q.type == "level").options
        domains = []
        for dimension in instrument.dimensions:
            by_pair = {instrument.item_extras.get(q.id, {}).get("pair"): q for q in dimension.items}
            if not by_pair.keys() & {"current", "wished"}:
                continue  # e.g. the preconditions beside the 3P model's domains: not a level pair
            domains.append(pd.LevelDomain(
                dimension.label.get(lang),
                _level_counts(result, by_pair.get("current")),
                _level_counts(result, by_pair.get("wished")),
            ))  # fmt: skip
        return pd.StackedLevels(title, levels=[o.label.get(lang) for o in levels],
                                domains=domains, **common)  # fmt: skip
    if kind == "scale":
        question = next(q for q in instrument.items() if q.type == "level")
        counts = _level_counts(result, question)
        return pd.Scale(title, steps=[o.label.get(lang) for o in question.options],
                        counts=counts, spread=spread(_item(result, question.id)) if counts
                        else None, **common)  # fmt: skip
    if kind == "scatter_2x2":
        return _scatter(instrument, result, lang, title, common)
    if kind == "decision_path":
        return _decision(instrument, result, lang, title, common)
    if kind == "checklist":
        return dd.Checklist(title, phases=[
            dd.ChecklistPhase(d.label.get(lang), [
                dd.ChecklistItem(q.label.get(lang), _status(result, q)) for q in d.items
            ]) for d in instrument.dimensions
        ], **common)  # fmt: skip
    if kind == "balance":
        poles = instrument.picture.get("poles", [])
        sides: dict[str, list] = {}
        for dimension in instrument.dimensions:
            median = _median(_dimension(result, dimension.id))
            sides.setdefault(dimension.group or "", []).append(
                dd.Weight(dimension.label.get(lang), median or 0.0)
            )
        names = list(sides)
        return dd.Balance(
            title, left_label=poles[0][lang] if poles else names[0],
            right_label=poles[1][lang] if len(poles) > 1 else names[-1],
            left=sides[names[0]], right=sides[names[-1]] if len(names) > 1 else [], **common,
        )  # fmt: skip
    if kind == "role_map":
        return _roles(instrument, result, lang, title, common)
    raise ValueError(f"no picture data for kind {kind!r}")


def _median(distribution: Distribution | None) -> float | None:
    return None if distribution is None else distribution.median


def _answers(result: GroupResult, item_id: str) -> list[float]:
    """Every participant's position on a scale item, from the answer counts (no order kept)."""
    found: list[float] = []
    distribution = _item(result, item_id)
    if distribution is None:
        return found
    for code, count in distribution.counts.items():
        try:
            found += [float(code)] * count
        except ValueError:
            continue
    return found


def _level_counts(result: GroupResult, question) -> list[int] | None:
    if question is None or result.suppressed:
        return None
    distribution = _item(result, question.id)
    return [distribution.counts.get(code, 0) for code in question.option_codes()]


def _status(result: GroupResult, question) -> str:
    distribution = _item(result, question.id)
    if distribution is None or not distribution.counts:
        return "not_started"
    counts = distribution.counts
    if question.type == "yes_no":
        return "done" if counts.get("true", 0) > counts.get("false", 0) else "not_started"
    codes = question.option_codes()
    most = max(codes, key=lambda code: (counts.get(code, 0), codes.index(code)))
    return {0: "not_started", len(codes) - 1: "done"}.get(codes.index(most), "in_progress")


def _scatter(instrument, result, lang, title, common):
    rule = instrument.rules("quadrant")[0]
    cut_x, cut_y = rule["cut"]
    low, high = _scale(instrument)
    # The picture writes the code itself: the label without its "I — " prefix.
    quadrants = [pd.Quadrant(q["code"], q["label"][lang].split(" — ", 1)[-1],
                             key.startswith("high"), key.endswith("high"))
                 for key, q in rule["quadrants"].items()]  # fmt: skip
    points = []
    labels = {case["id"]: case.get("label", {}).get(lang, case["id"]) for case in rule["cases"]}
    step = (high - low) / 12
    for case_index, (case, placed) in enumerate(result.placements.items()):
        seen: Counter = Counter()
        for x, y in placed:
            if x not in (low, high) or y not in (low, high):
                points.append(pd.ScatterPoint(labels[case], x, y, group=labels[case]))
                continue
            # Yes/no answers sit on the corners and coincide: fan them out a little, per case and
            # per repeat, so each participant's dot shows (within its own quadrant).
            k = seen[(x, y)]
            seen[(x, y)] += 1
            dx = step * ((case_index % 3) - 1 + 0.35 * (k % 3))
            dy = step * ((case_index // 3) % 3 - 1 + 0.35 * (k // 3))
            inward_x = -1 if x >= cut_x else 1
            inward_y = -1 if y >= cut_y else 1
            points.append(pd.ScatterPoint(
                labels[case], x + inward_x * abs(dx), y + inward_y * abs(dy), group=labels[case]
            ))  # fmt: skip
    return pd.Scatter2x2(
        title, x=pd.ScatterAxis(rule["x_label"][lang], low, high, cut_x),
        y=pd.ScatterAxis(rule["y_label"][lang], low, high, cut_y),
        points=points, quadrants=quadrants, **common,
    )  # fmt: skip


def _decision(instrument, result, lang, title, common):
    rule = instrument.rules("decision_tree")[0]
    nodes = {node["id"]: node for node in rule["nodes"]}
    outcomes = {o.id: o.label.get(lang) for o in instrument.outcomes}
    # The group's path: at each node the answer most participants gave.
    steps, node, reasons = [], nodes[rule["start"]], []
    recommendation = ""
    while node is not None:
        question = instrument.item(node["item"])
        counts = (_item(result, question.id) or Distribution(0, True)).counts
        options = [dd.DecisionOption(_answer_label(b["answer"], question, lang),
                                     outcomes.get(b.get("outcome"))) for b in node["branches"]]  # fmt: skip
        given = [counts.get(_code(b["answer"]), 0) for b in node["branches"]]
        taken = given.index(max(given)) if any(given) else None
        steps.append(dd.DecisionStep(question.label.get(lang), options, taken))
        if taken is None:
            break
        branch = node["branches"][taken]
        reasons.append(branch["reason"][lang])
        if "outcome" in branch:
            recommendation = outcomes[branch["outcome"]]
            node = None
        else:
            node = nodes[branch["next"]]
    return dd.DecisionPath(title, steps=steps, recommendation=recommendation, reasons=reasons,
                           reference=instrument.reference, **common)  # fmt: skip


def _code(answer: object) -> str:
    if isinstance(answer, bool):
        return "true" if answer else "false"
    return str(answer)


def _answer_label(answer: object, question, lang: str) -> str:
    if isinstance(answer, bool):
        return {True: {"nl": "ja", "en": "yes"}, False: {"nl": "nee", "en": "no"}}[answer][lang]
    for option in question.options:
        if option.code == answer:
            return option.label.get(lang)
    return str(answer)


def _roles(instrument, result, lang, title, common):
    role_question = next(q for q in instrument.items() if q.id.endswith("_rol"))
    # "Not involved" is no role on the map: that corner stays empty.
    roles = [dd.Role(o.code, o.label.get(lang)) for o in role_question.options
             if o.code != NOT_INVOLVED]  # fmt: skip
    actors = []
    for corner, dimension in enumerate(instrument.dimensions):
        question = next(q for q in dimension.items if q.id.endswith("_rol"))
        counts = Counter((_item(result, question.id) or Distribution(0, True)).counts)
        counts.pop(NOT_INVOLVED, None)
        role = counts.most_common(1)[0][0] if counts and sum(counts.values()) else None
        actors.append(dd.RoleActor(dimension.label.get(lang), corner, role))
    return dd.RoleMap(title, corners=[d.label.get(lang) for d in instrument.dimensions],
                      actors=actors, roles=roles, **common)  # fmt: skip

"""A session's instrument and results laid out for the pages: items with their state, spreads."""

from __future__ import annotations

from collections.abc import Mapping

from netwerkkaart.core.questionnaire.aggregates import Distribution
from netwerkkaart.core.reflection import GroupResult, Instrument, compare_sessions
from netwerkkaart.web.questions import question_view


def form_context(instrument: Instrument, answers: Mapping[str, object], lang: str,
                 errors: Mapping[str, str]) -> list[dict]:  # fmt: skip
    """The instrument's dimensions with their items ready for the participant's form."""
    return [
        {
            "id": dimension.id,
            "label": dimension.label.get(lang),
            "help": dimension.help.get(lang) if dimension.help else "",
            "items": [
                question_view(
                    q, answers.get(q.id), lang, partner=None, names={}, error=errors.get(q.id)
                )
                for q in dimension.items
            ],
        }
        for dimension in instrument.dimensions
    ]


def _number(value: float | None, lang: str = "nl") -> str:
    """A score as people read it: at most two decimals, a decimal comma in Dutch ("2,88")."""
    if value is None:
        return "–"
    text = f"{value:g}" if float(value).is_integer() else f"{value:.2f}".rstrip("0")
    return text if lang == "en" else text.replace(".", ",")


def _signed(value: float | None, lang: str) -> str | None:
    if value is None:
        return None
    return ("+" if value > 0 else "") + _number(value, lang)


def _spread(distribution: Distribution, lang: str) -> dict:
    return {
        "n": distribution.n,
        "min": _number(distribution.minimum, lang), "q1": _number(distribution.q1, lang),
        "median": _number(distribution.median, lang), "q3": _number(distribution.q3, lang),
        "max": _number(distribution.maximum, lang), "mean": _number(distribution.mean, lang),
        "has_spread": distribution.median is not None,
    }  # fmt: skip


def _counts(instrument: Instrument, item_id: str, distribution: Distribution, lang: str) -> list:
    question = instrument.item(item_id)
    labels = {o.code: o.label.get(lang) for o in question.options}
    labels.update({"true": "✓", "false": "✗"})
    return [
        {"answer": labels.get(code, code), "count": n} for code, n in distribution.counts.items()
    ]


def results_context(instrument: Instrument, result: GroupResult, lang: str,
                    earlier: GroupResult | None = None) -> dict:  # fmt: skip
    """Per item (widest disagreement first) and dimension the spread; advice counts; changes."""
    context: dict = {"participants": result.participants, "suppressed": result.suppressed,
                     "min_group": result.min_group}  # fmt: skip
    if result.suppressed:
        return context
    context["items"] = [
        {"id": s.id, "label": instrument.item(s.id).label.get(lang),
         "dimension": instrument.dimension(s.dimension).label.get(lang),
         "iqr": _number(s.iqr, lang), **_spread(s.distribution, lang),
         "counts": _counts(instrument, s.id, s.distribution, lang)}
        for s in result.items
    ]  # fmt: skip
    context["dimensions"] = [
        {
            "id": s.id,
            "label": instrument.dimension(s.id).label.get(lang),
            **_spread(s.distribution, lang),
        }
        for s in result.dimensions
    ]
    context["outcomes"] = [
        {"id": o.id, "label": o.label.get(lang), "advice": o.advice.get(lang),
         "count": result.outcomes.get(o.id, 0),
         "pros": [t.get(lang) for t in o.pros], "cons": [t.get(lang) for t in o.cons]}
        for o in instrument.outcomes
    ]  # fmt: skip
    context["quadrants"] = _quadrants(instrument, result, lang)
    if earlier is not None:
        labels = {d.id: d.label.get(lang) for d in instrument.dimensions}
        context["changes"] = [
            {"label": labels.get(c.id, c.id), "before": _number(c.median_before, lang),
             "after": _number(c.median_after, lang), "change": _signed(c.median_change, lang)}
            for c in compare_sessions(earlier, result)
        ]  # fmt: skip
        context["earlier_suppressed"] = earlier.suppressed
    return context


def _quadrants(instrument: Instrument, result: GroupResult, lang: str) -> list[dict]:
    rows = []
    for rule in instrument.rules("quadrant"):
        by_code = {q["code"]: q for q in rule["quadrants"].values()}
        for case in rule["cases"]:
            counts = result.quadrant_counts.get(case["id"], {})
            rows.append({
                "case": case["label"][lang] if "label" in case else case["id"],
                "quadrants": [{"code": code, "label": by_code[code]["label"][lang],
                               "meaning": by_code[code]["meaning"][lang], "count": n}
                              for code, n in sorted(counts.items(), key=lambda kv: -kv[1])],
            })  # fmt: skip
    return rows

"""One question of a questionnaire ready for its template, for the survey and for group sessions.

Both the respondent's pages (surveys) and the participant's pages of an instrument session show
questions of the core's questionnaire model; the view of one question is built here once.
"""

from __future__ import annotations

import json
from collections.abc import Mapping

from netwerkkaart.core import vocab
from netwerkkaart.core.questionnaire import Question
from netwerkkaart.core.questionnaire.entries import entry_label, partner_key


def question_view(
    question: Question,
    value: object,
    lang: str,
    *,
    partner: str | None,
    names: Mapping[str, str],
    error: str | None,
    prefill: object = None,
) -> dict:
    """One question ready for its template: labels, options with their state, the saved value."""
    shown = value if value is not None else prefill
    if question.type == "actor_list":
        selected: set = set()
    elif isinstance(shown, list):
        selected = set(shown)
    else:
        selected = {shown}
    options = [
        {
            "code": option.code,
            "label": option.label.get(lang),
            "group": option.group,
            "checked": option.code in selected
            or (isinstance(shown, (int, float)) and str(shown) == option.code),
        }
        for option in question.options
    ]
    groups: list[dict] = []
    for option in options:
        if option["group"] and (not groups or groups[-1]["code"] != option["group"]):
            groups.append({"code": option["group"],
                           "label": vocab.FACTOR_CATEGORY.label(option["group"], lang)
                           if option["group"] in vocab.FACTOR_CATEGORY.codes else option["group"],
                           "options": []})  # fmt: skip
        if option["group"]:
            groups[-1]["options"].append(option)
            groups[-1]["open"] = groups[-1].get("open") or option["checked"]
    scale = []
    if question.type == "likert":
        low, high = int(question.min or 1), int(question.max or 5)
        scale = [{"value": v, "checked": shown == v} for v in range(low, high + 1)]
    entries = []
    if question.type == "actor_list" and isinstance(value, list):
        entries = [{"key": partner_key(e), "label": entry_label(e, names)} for e in value]
    return {
        "id": question.id,
        "type": question.type,
        "label": question.label.get(lang),
        "help": question.help.get(lang) if question.help else "",
        "options": options,
        "groups": groups,
        "scale": scale,
        "anchors": [a.get(lang) for a in question.anchors] if question.anchors else [],
        "value": "" if shown is None else shown,
        "orig": json.dumps(value),
        "prefilled": value is None and prefill is not None,
        "partner": partner or "",
        "error": error,
        "entries": entries,
        "allow_unlisted": question.allow_unlisted,
        "allow_categories": question.allow_categories,
        "min": question.min,
        "max": question.max,
    }

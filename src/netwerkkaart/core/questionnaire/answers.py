"""Checking one answer against its question, for every question type.

``None`` always means "not answered" and is always accepted: a respondent may skip any question,
and drop-out is data. A value that does not fit raises :class:`AnswerError`, with a message for
the respondent in Dutch and English; nothing is stored then.

Form convention (:func:`parse_form_value`): the browser sends each question's inputs under one
name, so the raw value is the list ``request.POST.getlist(name)``. Radio buttons and text fields
send one string, checkboxes one per ticked box (none: not answered), a yes/no ``"true"`` or
``"false"``, a ranking the chosen codes in rank order, a 2x2 position one string ``"x,y"``,
points one ``"code=number"`` per option, and an actor list one JSON text.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence

from netwerkkaart.core import vocab
from netwerkkaart.core.questionnaire.model import Question

MAX_LIST_ENTRIES = 60

MESSAGES = {
    "choice": ("Kies een van de mogelijke antwoorden.", "Choose one of the possible answers."),
    "choices": ("Kies alleen uit de mogelijke antwoorden, elk één keer.",
                "Choose only from the possible answers, each once."),
    "whole": ("Geef een geheel getal.", "Give a whole number."),
    "range": ("Geef een getal van {min} tot {max}.", "Give a number from {min} to {max}."),
    "number": ("Geef een getal.", "Give a number."),
    "yes_no": ("Antwoord met ja of nee.", "Answer yes or no."),
    "text": ("Geef een tekst van hoogstens {max} tekens.", "Give a text of at most {max} characters."),
    "position": ("Duid een plaats aan binnen het vlak.", "Mark a place inside the square."),
    "points": ("Verdeel precies {total} punten, geen negatieve.",
               "Distribute exactly {total} points, none negative."),
    "entries": ("Deze lijst kan zo niet bewaard worden: kies organisaties uit de lijst of geef "
                "een naam en een sector.", "This list cannot be saved like this: pick "
                "organisations from the list or give a name and a sector."),
    "too_many": ("Hoogstens {max} namen.", "At most {max} names."),
    "double": ("Deze staat al in de lijst.", "This one is already in the list."),
}  # fmt: skip


class AnswerError(ValueError):
    """An answer its question does not accept."""

    def __init__(self, code: str, **details: object):
        self.code = code
        self.details = details
        super().__init__(self.message("en"))

    def message(self, lang: str = "nl") -> str:
        nl, en = MESSAGES[self.code]
        return (en if lang == "en" else nl).format(**self.details)


def validate_answer(question: Question, value: object) -> object:
    """The answer in its stored form, or :class:`AnswerError` when it does not fit."""
    if value is None:
        return None
    check = _CHECKS[question.type]
    return check(question, value)


def _single(question: Question, value: object) -> str:
    if not isinstance(value, str) or value not in question.option_codes():
        raise AnswerError("choice")
    return value


def _distinct_codes(question: Question, value: object) -> list[str]:
    """Codes of the question's options, each at most once, or :class:`AnswerError`."""
    if not isinstance(value, (list, tuple)):
        raise AnswerError("choices")
    codes = question.option_codes()
    if any(not isinstance(v, str) or v not in codes for v in value) or len(set(value)) != len(
        value
    ):
        raise AnswerError("choices")
    return list(value)


def _multi(question: Question, value: object) -> list[str] | None:
    chosen = _distinct_codes(question, value)
    # Kept in the order of the options, so equal answers are stored equally.
    return [code for code in question.option_codes() if code in chosen] or None


def _ranking(question: Question, value: object) -> list[str] | None:
    return _distinct_codes(question, value) or None


def _likert(question: Question, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or int(value) != value:
        raise AnswerError("whole")
    low, high = int(question.min or 1), int(question.max or 5)
    if not low <= value <= high:
        raise AnswerError("range", min=low, max=high)
    return int(value)


def _number(question: Question, value: object) -> float | int:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise AnswerError("number")
    if (question.min is not None and value < question.min) or (
        question.max is not None and value > question.max
    ):
        low = "…" if question.min is None else _plain(question.min)
        high = "…" if question.max is None else _plain(question.max)
        raise AnswerError("range", min=low, max=high)
    return int(value) if float(value).is_integer() else float(value)


def _plain(number: float) -> str:
    return str(int(number)) if float(number).is_integer() else str(number)


def _yes_no(question: Question, value: object) -> bool:
    if not isinstance(value, bool):
        raise AnswerError("yes_no")
    return value


def _text(question: Question, value: object) -> str | None:
    if not isinstance(value, str) or len(value) > question.max_length:
        raise AnswerError("text", max=question.max_length)
    return value.strip() or None


def _position(question: Question, value: object) -> dict[str, float]:
    if not isinstance(value, dict) or set(value) != {"x", "y"}:
        raise AnswerError("position")
    result = {}
    for axis in ("x", "y"):
        number = value[axis]
        if isinstance(number, bool) or not isinstance(number, (int, float)):
            raise AnswerError("position")
        if not 0 <= number <= 1:
            raise AnswerError("position")
        result[axis] = float(number)
    return result


def _points(question: Question, value: object) -> dict[str, int]:
    total = question.total or 0
    if not isinstance(value, dict) or any(k not in question.option_codes() for k in value):
        raise AnswerError("points", total=total)
    numbers = list(value.values())
    if any(isinstance(n, bool) or not isinstance(n, int) or n < 0 for n in numbers):
        raise AnswerError("points", total=total)
    if sum(numbers) != total:
        raise AnswerError("points", total=total)
    return {code: int(value.get(code, 0)) for code in question.option_codes() if value.get(code)}


def _actor_list(question: Question, value: object) -> list[dict[str, str]] | None:
    if not isinstance(value, (list, tuple)):
        raise AnswerError("entries")
    if len(value) > MAX_LIST_ENTRIES:
        raise AnswerError("too_many", max=MAX_LIST_ENTRIES)
    entries, keys = [], set()
    for entry in value:
        clean = _entry(question, entry)
        key = next(iter(clean.items()))
        key = (key[0], vocab.normalise_key(key[1]))
        if key in keys:
            raise AnswerError("double")
        keys.add(key)
        entries.append(clean)
    return entries or None


def _entry(question: Question, entry: object) -> dict[str, str]:
    if not isinstance(entry, dict):
        raise AnswerError("entries")
    fields = set(entry)
    text = {k: str(v).strip() if isinstance(v, str) else v for k, v in entry.items()}
    if fields == {"actor"} and isinstance(text["actor"], str) and 0 < len(text["actor"]) <= 100:
        return {"actor": text["actor"]}
    if (
        fields == {"category"} and question.allow_categories
        and isinstance(text["category"], str) and 0 < len(text["category"]) <= 200
    ):  # fmt: skip
        return {"category": text["category"]}
    if (
        fields == {"name", "sector"} and question.allow_unlisted
        and isinstance(text["name"], str) and 0 < len(text["name"]) <= 200
        and text["sector"] in vocab.SECTOR.codes
    ):  # fmt: skip
        return {"name": text["name"], "sector": text["sector"]}
    raise AnswerError("entries")


_CHECKS = {
    "single_choice": _single,
    "level": _single,
    "multi_choice": _multi,
    "ranking": _ranking,
    "likert": _likert,
    "number": _number,
    "yes_no": _yes_no,
    "text": _text,
    "position_2x2": _position,
    "points": _points,
    "actor_list": _actor_list,
}


def parse_form_value(question: Question, raw: Sequence[str]) -> object:
    """Turn the strings a form sent for ``question`` into a value for :func:`validate_answer`.

    Raises ``ValueError`` for text that cannot be read at all (e.g. letters for a number).
    """
    values = [r for r in (s.strip() if question.type != "text" else s for s in raw) if r != ""]
    kind = question.type
    if kind in ("multi_choice", "ranking"):
        return values or None
    if not values:
        return None
    first = values[0]
    if kind in ("single_choice", "level"):
        return first
    if kind == "text":
        return first
    if kind == "yes_no":
        if first.lower() in ("true", "ja", "yes", "1"):
            return True
        if first.lower() in ("false", "nee", "no", "0"):
            return False
        raise ValueError(first)
    if kind == "likert":
        return int(first)
    if kind == "number":
        number = float(first.replace(",", "."))
        return int(number) if number.is_integer() else number
    if kind == "position_2x2":
        x, y = first.split(",")
        return {"x": float(x), "y": float(y)}
    if kind == "points":
        result = {}
        for item in values:
            code, _, number = item.partition("=")
            if number.strip():
                result[code.strip()] = int(number)
        return result or None
    if kind == "actor_list":
        return json.loads(first)
    raise ValueError(kind)

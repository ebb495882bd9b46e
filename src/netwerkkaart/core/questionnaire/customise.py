"""A round's own version of a questionnaire: optional blocks left out or, for opt-in blocks,
switched on, and a few own questions added.

The result is an ordinary definition, validated like a file, whose version names its base and a
fingerprint of the choices (``1+3f2a…``): equal choices give equal versions, so an application can
tell whether a change was made at all.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence

from netwerkkaart.core.questionnaire.loader import DefinitionError, definition_from_data
from netwerkkaart.core.questionnaire.model import Definition

MAX_OWN_QUESTIONS = 10
OWN_TYPES = frozenset({"single_choice", "multi_choice", "likert", "yes_no", "text"})
OWN_SECTIONS = {
    "once": ("eigen", {"nl": "Nog enkele vragen", "en": "A few more questions"}),
    "per_partner": (
        "eigen_per_partner",
        {"nl": "Nog enkele vragen over deze samenwerking",
         "en": "A few more questions about this collaboration"},
    ),
}  # fmt: skip


def customise(
    base: Definition,
    *,
    disabled_sections: Iterable[str] = (),
    own_questions: Sequence[dict] = (),
    enabled_sections: Iterable[str] = (),
) -> Definition:
    """``base`` without the optional sections named, with ``own_questions`` appended.

    An opt-in section (``opt_in: true`` in the file) is left out unless ``enabled_sections``
    names it; naming it in ``disabled_sections`` as well leaves it out.

    Own questions are dicts as in a definition file (``id``, ``type``, ``label``, ``options``)
    plus ``repeat`` (``once`` or ``per_partner``). Raises :class:`DefinitionError` for a section
    that is not optional or unknown, a type not allowed for own questions, or any invalid field.
    """
    source = f"{base.id} (round choices)"
    disabled = list(dict.fromkeys(disabled_sections))
    ids = {section.id: section for section in base.sections}
    enabled = list(dict.fromkeys(enabled_sections))
    for index, section_id in enumerate(enabled):
        if section_id not in ids:
            raise DefinitionError(
                source, f"enabled_sections[{index}]", f"no section '{section_id}'"
            )
        if not ids[section_id].opt_in:
            raise DefinitionError(
                source, f"enabled_sections[{index}]", f"section '{section_id}' is not opt-in"
            )
    for index, section_id in enumerate(disabled):
        if section_id not in ids:
            raise DefinitionError(
                source, f"disabled_sections[{index}]", f"no section '{section_id}'"
            )
        if not ids[section_id].optional:
            raise DefinitionError(
                source, f"disabled_sections[{index}]", f"section '{section_id}' cannot be left out"
            )
    if len(own_questions) > MAX_OWN_QUESTIONS:
        raise DefinitionError(source, "own_questions", f"at most {MAX_OWN_QUESTIONS} own questions")
    data = base.to_dict()
    left_out = set(disabled) | {s.id for s in base.sections if s.opt_in and s.id not in enabled}
    data["sections"] = [s for s in data["sections"] if s["id"] not in left_out]
    added: dict[str, list[dict]] = {"once": [], "per_partner": []}
    for index, raw in enumerate(own_questions):
        question = {key: value for key, value in dict(raw).items() if key != "repeat"}
        repeat = raw.get("repeat", "once")
        if repeat not in added:
            raise DefinitionError(
                source, f"own_questions[{index}].repeat", f"'{repeat}' is not once or per_partner"
            )
        if question.get("type") not in OWN_TYPES:
            raise DefinitionError(
                source, f"own_questions[{index}].type",
                f"'{question.get('type')}' is not one of {sorted(OWN_TYPES)}",
            )  # fmt: skip
        question["own"] = True
        added[repeat].append(question)
    for repeat, questions in added.items():
        if questions:
            section_id, title = OWN_SECTIONS[repeat]
            data["sections"].append(
                {"id": section_id, "title": title, "repeat": repeat, "questions": questions}
            )
    # An opt-in block left out is the default, not a choice; "on" is absent when empty, so the
    # versions made before opt-in blocks existed keep their name.
    off = sorted(d for d in disabled if not ids[d].opt_in)
    on = sorted(set(enabled) - set(disabled))
    chosen: dict[str, object] = {"off": off, "own": list(own_questions)}
    if on:
        chosen["on"] = on
    choices = json.dumps(chosen, sort_keys=True, ensure_ascii=False)
    if off or own_questions or on:
        data["version"] = f"{base.version}+{hashlib.sha256(choices.encode()).hexdigest()[:10]}"
    return definition_from_data(data, source)

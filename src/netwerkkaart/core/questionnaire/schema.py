"""The JSON Schema every questionnaire definition file is validated against on load.

It checks the shape (fields, types, allowed values); :mod:`.loader` then checks what a schema cannot
say well (unique ids, vocabularies that exist, a scale whose ends are in order).
"""

from __future__ import annotations

from netwerkkaart.core.questionnaire.model import QUESTION_TYPES, REPEATS

IDENTIFIER = {"type": "string", "pattern": "^[a-z][a-z0-9_]{0,59}$"}
TEXT = {
    "type": "object",
    "properties": {
        "nl": {"type": "string", "minLength": 1},
        "en": {"type": "string", "minLength": 1},
    },
    "required": ["nl", "en"],
    "additionalProperties": False,
}
OPTION = {
    "type": "object",
    "properties": {
        "code": {"type": "string", "pattern": "^[A-Za-z0-9_:.-]{1,80}$"},
        "label": TEXT,
        "group": {"type": "string"},
    },
    "required": ["code", "label"],
    "additionalProperties": False,
}
QUESTION = {
    "type": "object",
    "properties": {
        "id": IDENTIFIER,
        "type": {"enum": list(QUESTION_TYPES)},
        "label": TEXT,
        "help": TEXT,
        "options": {"type": "array", "items": OPTION, "minItems": 1},
        "options_from": {"type": "string"},
        "maps_to": {"type": "string"},
        "prefill": {"type": "string"},
        "min": {"type": "number"},
        "max": {"type": "number"},
        "total": {"type": "integer", "minimum": 1},
        "anchors": {"type": "array", "items": TEXT, "minItems": 2, "maxItems": 2},
        "axes": {"type": "array", "items": TEXT, "minItems": 2, "maxItems": 2},
        "allow_unlisted": {"type": "boolean"},
        "allow_categories": {"type": "boolean"},
        "own": {"type": "boolean"},
        "max_length": {"type": "integer", "minimum": 1, "maximum": 10000},
        "repeat": {"enum": list(REPEATS)},  # own questions only: where to ask them
    },
    "required": ["id", "type", "label"],
    "additionalProperties": False,
}
SECTION = {
    "type": "object",
    "properties": {
        "id": IDENTIFIER,
        "title": TEXT,
        "intro": TEXT,
        "repeat": {"enum": list(REPEATS)},
        "optional": {"type": "boolean"},
        "opt_in": {"type": "boolean"},  # optional and left out unless a round switches it on
        "questions": {"type": "array", "items": QUESTION, "minItems": 1},
    },
    "required": ["id", "title", "questions"],
    "additionalProperties": False,
}
DEFINITION = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "properties": {
        "id": IDENTIFIER,
        "version": {"type": "string", "minLength": 1},
        "kind": {"enum": ["survey", "instrument"]},
        "title": TEXT,
        "intro": TEXT,
        "source": {"type": "object"},
        "sections": {"type": "array", "items": SECTION, "minItems": 1},
    },
    "required": ["id", "version", "kind", "title", "sections"],
    "additionalProperties": True,  # instruments add scoring and pictures (their own schema part)
}

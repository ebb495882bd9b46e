"""The JSON Schema every reflection instrument file is validated against on load.

Items reuse the questionnaire's question schema (same answer types, same checks); on top come
dimensions, outcomes, scoring rules and the picture. :mod:`.loader` then checks what a schema
cannot say well: unique ids, rules that name items, dimensions and outcomes that exist.
"""

from __future__ import annotations

from netwerkkaart.core.questionnaire.schema import IDENTIFIER, QUESTION, TEXT
from netwerkkaart.core.reflection.purposes import PURPOSES

PICTURE_KINDS = (
    "radar", "scatter_2x2", "heatmap", "stacked_levels", "bars_spread", "decision_path",
    "quadrant_profile", "balance", "checklist", "tension_map", "scale", "role_map",
)  # fmt: skip
RULE_KINDS = ("mean", "sum", "checklist", "decision_tree", "quadrant", "weighted_rules")

TEXTS = {"type": "array", "items": TEXT}
ITEM = {
    **QUESTION,
    "properties": {
        **QUESTION["properties"],
        "column": IDENTIFIER,  # heat map: the column of the cell this item rates
        "pair": IDENTIFIER,  # stacked levels: items of one domain ("current", "wished")
    },
}
DIMENSION = {
    "type": "object",
    "properties": {
        "id": IDENTIFIER,
        "label": TEXT,
        "help": TEXT,
        "group": IDENTIFIER,
        "items": {"type": "array", "items": ITEM, "minItems": 1},
    },
    "required": ["id", "label", "items"],
    "additionalProperties": False,
}
OUTCOME = {
    "type": "object",
    "properties": {
        "id": IDENTIFIER,
        "label": TEXT,
        "advice": TEXT,
        "pros": TEXTS,
        "cons": TEXTS,
    },
    "required": ["id", "label", "advice"],
    "additionalProperties": False,
}
SOURCE_REF = {
    "type": "object",
    "properties": {"item": IDENTIFIER, "dimension": IDENTIFIER},
    "minProperties": 1,
    "maxProperties": 1,
    "additionalProperties": False,
}
BRANCH = {
    "type": "object",
    "properties": {
        "answer": {"type": ["string", "boolean", "integer"]},
        "next": IDENTIFIER,
        "outcome": IDENTIFIER,
        "reason": TEXT,
    },
    "required": ["answer", "reason"],
    "oneOf": [{"required": ["next"]}, {"required": ["outcome"]}],
    "additionalProperties": False,
}
NODE = {
    "type": "object",
    "properties": {
        "id": IDENTIFIER,
        "item": IDENTIFIER,
        "branches": {"type": "array", "items": BRANCH, "minItems": 2},
    },
    "required": ["id", "item", "branches"],
    "additionalProperties": False,
}
QUADRANT = {
    "type": "object",
    "properties": {"code": {"type": "string"}, "label": TEXT, "meaning": TEXT},
    "required": ["code", "label", "meaning"],
    "additionalProperties": False,
}
CASE = {
    "type": "object",
    "properties": {"id": IDENTIFIER, "label": TEXT, "x": SOURCE_REF, "y": SOURCE_REF},
    "required": ["id", "x", "y"],
    "additionalProperties": False,
}
WEIGHTED = {
    "type": "object",
    "properties": {
        "item": IDENTIFIER,
        "answers": {"type": "array", "items": {"type": ["string", "boolean", "integer"]},
                    "minItems": 1},
        "min": {"type": "number"},
        "max": {"type": "number"},
        "points": {"type": "object", "additionalProperties": {"type": "number"},
                   "minProperties": 1},
        "reason": TEXT,
    },
    "required": ["item", "points", "reason"],
    "additionalProperties": False,
}  # fmt: skip
RULE = {
    "type": "object",
    "properties": {
        "kind": {"enum": list(RULE_KINDS)},
        "dimensions": {"type": "array", "items": IDENTIFIER},
        "start": IDENTIFIER,
        "nodes": {"type": "array", "items": NODE, "minItems": 1},
        "cut": {"type": "array", "items": {"type": "number"}, "minItems": 2, "maxItems": 2},
        "x_label": TEXT,
        "y_label": TEXT,
        "cases": {"type": "array", "items": CASE, "minItems": 1},
        "quadrants": {
            "type": "object",
            "properties": {k: QUADRANT for k in ("low_low", "low_high", "high_low", "high_high")},
            "required": ["low_low", "low_high", "high_low", "high_high"],
            "additionalProperties": False,
        },
        "rules": {"type": "array", "items": WEIGHTED, "minItems": 1},
    },
    "required": ["kind"],
    "additionalProperties": False,
}
PICTURE = {
    "type": "object",
    "properties": {
        "kind": {"enum": list(PICTURE_KINDS)},
        "poles": {"type": "array", "items": TEXT, "minItems": 2, "maxItems": 3},
        "columns": {"type": "array", "items": {
            "type": "object", "properties": {"id": IDENTIFIER, "label": TEXT},
            "required": ["id", "label"], "additionalProperties": False}},
    },
    "required": ["kind"],
    "additionalProperties": False,
}  # fmt: skip
INSTRUMENT = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "properties": {
        "id": IDENTIFIER,
        "version": {"type": "string", "minLength": 1},
        "kind": {"const": "instrument"},
        "title": TEXT,
        "intro": TEXT,
        "purpose": {"enum": list(PURPOSES)},  # the group of the instrument list it appears in
        "when_to_use": TEXT,  # one line: the situation the instrument is made for
        "source": {
            "type": "object",
            "properties": {
                "seed": {"type": "string"},
                "authors": {"type": "string"},
                "year": {"type": "integer"},
                "reference": {"type": "string"},
            },
            "required": ["seed", "authors", "reference"],
            "additionalProperties": False,
        },
        "dimensions": {"type": "array", "items": DIMENSION, "minItems": 1},
        "outcomes": {"type": "array", "items": OUTCOME},
        "scoring": {"type": "array", "items": RULE, "minItems": 1},
        "picture": PICTURE,
    },
    "required": [
        "id",
        "version",
        "kind",
        "title",
        "purpose",
        "when_to_use",
        "source",
        "dimensions",
        "scoring",
        "picture",
    ],
    "additionalProperties": False,
}

"""The JSON Schema (Draft 2020-12) every instrument file is validated against on load.

Items are the questionnaire's questions (:data:`netwerkkaart.core.questionnaire.schema.QUESTION`),
so an instrument asks with the same answer types and checks as the ecosystem survey. On top come
dimensions, outcomes, scoring rules and the picture. The schema checks the shape; :mod:`.loader`
then checks what a schema cannot say well: ids used once, rules that name items, dimensions,
outcomes and answers that exist, decision trees without loops. ``docs/instruments-format.md``
describes every field.
"""

from __future__ import annotations

from netwerkkaart.core.questionnaire.schema import IDENTIFIER, QUESTION, TEXT

PICTURE_KINDS = (
    "radar", "scatter_2x2", "heatmap", "stacked_levels", "bars_spread", "decision_path",
    "quadrant_profile", "balance", "checklist", "tension_map", "scale", "role_map",
)  # fmt: skip
RULE_KINDS = ("sum", "mean", "checklist", "quadrant", "decision_tree", "weighted_rules")
# Items of these types have a number of their own (see scoring.item_number).
NUMERIC_TYPES = ("likert", "number", "level", "yes_no")

INSTRUMENT_ID = {"type": "string", "pattern": "^[a-z][a-z0-9-]{0,59}$"}
ANSWER_VALUE = {"type": ["string", "boolean", "integer"]}
TEXTS = {"type": "array", "items": TEXT, "minItems": 1}

ITEM = {
    **QUESTION,
    "properties": {
        **QUESTION["properties"],
        "column": IDENTIFIER,  # heatmap: the column this item's cell sits in
        "pair": {"enum": ["current", "wished"]},  # stacked_levels: which bar of its dimension
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
LABELLED = {
    "type": "object",
    "properties": {"id": IDENTIFIER, "label": TEXT, "help": TEXT},
    "required": ["id", "label"],
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
        "reference": {"type": "string", "minLength": 1},
    },
    "required": ["id", "label", "advice"],
    "additionalProperties": False,
}
# A condition on one answer; which keys fit depends on the item's type (checked by the loader).
CONDITION_KEYS = {
    "answer": ANSWER_VALUE,
    "answers": {"type": "array", "items": ANSWER_VALUE, "minItems": 1},
    "includes": {"type": "string"},
    "option": {"type": "string"},
    "axis": {"enum": ["x", "y"]},
    "min": {"type": "number"},
    "max": {"type": "number"},
}
BRANCH = {
    "type": "object",
    "properties": {
        **CONDITION_KEYS,
        "otherwise": {"const": True},
        "next": IDENTIFIER,
        "outcome": IDENTIFIER,
        "reason": TEXT,
    },
    "required": ["reason"],
    "oneOf": [{"required": ["next"]}, {"required": ["outcome"]}],
    "additionalProperties": False,
}
NODE = {
    "type": "object",
    "properties": {
        "id": IDENTIFIER,
        "item": IDENTIFIER,
        "question": TEXT,
        "branches": {"type": "array", "items": BRANCH, "minItems": 2},
    },
    "required": ["id", "item", "branches"],
    "additionalProperties": False,
}
VALUE_SOURCE = {
    "type": "object",
    "properties": {
        "item": IDENTIFIER,
        "dimension": IDENTIFIER,
        "option": {"type": "string"},
        "axis": {"enum": ["x", "y"]},
    },
    "oneOf": [{"required": ["item"]}, {"required": ["dimension"]}],
    "additionalProperties": False,
}
AXIS = {
    "type": "object",
    "properties": {"label": TEXT, "cut": {"type": "number"}, "low": TEXT, "high": TEXT},
    "required": ["label", "cut"],
    "additionalProperties": False,
}
CASE = {
    "type": "object",
    "properties": {"id": IDENTIFIER, "label": TEXT, "x": VALUE_SOURCE, "y": VALUE_SOURCE},
    "required": ["id", "label", "x", "y"],
    "additionalProperties": False,
}
QUADRANT = {
    "type": "object",
    "properties": {
        "code": {"type": "string", "pattern": "^[A-Za-z0-9_-]{1,20}$"},
        "x": {"enum": ["low", "high"]},
        "y": {"enum": ["low", "high"]},
        "label": TEXT,
        "meaning": TEXT,
    },
    "required": ["code", "x", "y", "label", "meaning"],
    "additionalProperties": False,
}
WEIGHTED_RULE = {
    "type": "object",
    "properties": {
        **CONDITION_KEYS,
        "item": IDENTIFIER,
        "points": {
            "type": "object",
            "additionalProperties": {"type": "number"},
            "minProperties": 1,
        },
        "reason": TEXT,
    },
    "required": ["item", "points", "reason"],
    "additionalProperties": False,
}
BAND = {
    "type": "object",
    "properties": {"min": {"type": "number", "minimum": 0, "maximum": 1}, "label": TEXT,
                   "meaning": TEXT},
    "required": ["min", "label", "meaning"],
    "additionalProperties": False,
}  # fmt: skip
IDS = {"type": "array", "items": IDENTIFIER, "minItems": 1}


def _rule(kind: str, properties: dict, required: list[str]) -> dict:
    return {
        "if": {"properties": {"kind": {"const": kind}}, "required": ["kind"]},
        "then": {
            "properties": {"kind": True, "id": True, "label": True, **properties},
            "required": required,
            "additionalProperties": False,
        },
    }


RULE = {
    "type": "object",
    "properties": {"kind": {"enum": list(RULE_KINDS)}, "id": IDENTIFIER, "label": TEXT},
    "required": ["kind", "id"],
    "allOf": [
        _rule("sum", {"dimensions": IDS}, []),
        _rule("mean", {"dimensions": IDS}, []),
        _rule(
            "checklist",
            {"dimensions": IDS, "at_least": {"type": "number"},
             "bands": {"type": "array", "items": BAND, "minItems": 1}},
            [],
        ),
        _rule(
            "quadrant",
            {"x": AXIS, "y": AXIS, "cases": {"type": "array", "items": CASE, "minItems": 1},
             "quadrants": {"type": "array", "items": QUADRANT, "minItems": 4, "maxItems": 4}},
            ["x", "y", "cases", "quadrants"],
        ),
        _rule(
            "decision_tree",
            {"start": IDENTIFIER, "nodes": {"type": "array", "items": NODE, "minItems": 1}},
            ["start", "nodes"],
        ),
        _rule(
            "weighted_rules",
            {"outcomes": IDS, "rules": {"type": "array", "items": WEIGHTED_RULE, "minItems": 1}},
            ["rules"],
        ),
    ],
}  # fmt: skip
PICTURE = {
    "type": "object",
    "properties": {
        "kind": {"enum": list(PICTURE_KINDS)},
        "rule": IDENTIFIER,
        "title": TEXT,
        "statistic": {"enum": ["median", "mean"]},
        "split_by": {"const": "group"},
        "columns": {"type": "array", "items": LABELLED, "minItems": 1},
        "poles": {"type": "array", "items": TEXT, "minItems": 2, "maxItems": 3},
        "scale": {"type": "array", "items": LABELLED, "minItems": 2},
    },
    "required": ["kind"],
    "additionalProperties": False,
}
SOURCE = {
    "type": "object",
    "properties": {
        "seed": {"type": "string", "pattern": "^[0-9]{3}$"},
        "file": {"type": "string"},
        "passage": {"type": "string"},
        "authors": {"type": "array", "items": {"type": "string", "minLength": 1}, "minItems": 1},
        "year": {"type": "integer", "minimum": 1900, "maximum": 2100},
        "reference": {"type": "string", "minLength": 1},
    },
    "required": ["seed", "authors", "year", "reference"],
    "additionalProperties": False,
}
INSTRUMENT = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "properties": {
        "id": INSTRUMENT_ID,
        "version": {"type": ["string", "integer"], "minLength": 1},
        "source": SOURCE,
        "title": TEXT,
        "intro": TEXT,
        "texts": {"type": "object", "propertyNames": IDENTIFIER, "additionalProperties": TEXT},
        "groups": {"type": "array", "items": LABELLED, "minItems": 1},
        "dimensions": {"type": "array", "items": DIMENSION, "minItems": 1},
        "outcomes": {"type": "array", "items": OUTCOME, "minItems": 1},
        "scoring": {"type": "array", "items": RULE, "minItems": 1},
        "picture": PICTURE,
    },
    "required": ["id", "version", "source", "title", "intro", "dimensions", "scoring", "picture"],
    "additionalProperties": False,
}

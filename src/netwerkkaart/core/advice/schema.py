"""The JSON Schema every advice rule file is validated against on load.

:mod:`.loader` then checks what a schema cannot say well: the file is named after its kind,
every figure a condition reads exists, a deciding rule names a known function and outcomes.
"""

from __future__ import annotations

from netwerkkaart.core.questionnaire.schema import IDENTIFIER, TEXT

OPERATORS = ("below", "at_most", "above", "at_least", "equals")
TEXTS = {"type": "array", "items": TEXT}
CONDITION = {
    "type": "object",
    "properties": {
        "figure": IDENTIFIER,
        "group": {"type": "string", "minLength": 1},
        **{op: {"type": ["number", "string"]} for op in OPERATORS},
        "explain": TEXT,
    },
    "required": ["figure", "explain"],
    "minProperties": 3,
    "additionalProperties": False,
}
CLAUSE = {
    "type": "object",
    "properties": {"all": {"type": "array", "items": CONDITION, "minItems": 1}},
    "required": ["all"],
    "additionalProperties": False,
}
WHEN = {
    "type": "object",
    "properties": {
        "all": {"type": "array", "items": CONDITION, "minItems": 1},
        "any": {"type": "array", "items": {"oneOf": [CONDITION, CLAUSE]}, "minItems": 1},
    },
    "minProperties": 1,
    "maxProperties": 1,
    "additionalProperties": False,
}
OUTCOME = {
    "type": "object",
    "properties": {
        "label": TEXT,
        "advice": TEXT,
        "steps": {**TEXTS, "minItems": 2, "maxItems": 4},
    },
    "required": ["label", "advice", "steps"],
    "additionalProperties": False,
}
RULE = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "properties": {
        "kind": IDENTIFIER,
        "version": {"type": "string", "minLength": 1},
        "priority": {"type": "integer", "minimum": 1, "maximum": 3},
        "title": TEXT,
        "summary": TEXT,
        "when": WHEN,
        "show": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {"figure": IDENTIFIER, "group": {"type": "string", "minLength": 1}},
                "required": ["figure"],
                "additionalProperties": False,
            },
        },
        "most_groups": {"type": "integer", "minimum": 1},
        "decide": IDENTIFIER,
        "parameters": {"type": "object"},
        "outcomes": {"type": "object", "additionalProperties": OUTCOME, "minProperties": 2},
        "steps": {**TEXTS, "minItems": 2, "maxItems": 4},
        "reference": {
            "type": "object",
            "properties": {
                "seed": {"type": "string", "pattern": "^00[0-4]$"},
                "where": {"type": "string", "minLength": 1},
                "literature": {"type": "string", "minLength": 1},
            },
            "required": ["seed", "where"],
            "additionalProperties": False,
        },
    },
    "required": ["kind", "version", "priority", "title", "summary", "when", "reference"],
    "additionalProperties": False,
}

"""Entries of an actor-list answer: a register actor, a category, or a name typed in.

A respondent names a partner in one of three ways (``{"actor": id}``, ``{"category": code}`` or
``{"name": text}``); the survey, its results and the dataset all need the same key and the same
label for one entry, so both are defined here once.
"""

from __future__ import annotations

from collections.abc import Mapping

from netwerkkaart.core.vocab import normalise_key


def partner_key(entry: Mapping[str, object]) -> str:
    """A stable key for one entry of an actor list: the register id, else the folded name."""
    if entry.get("actor"):
        return f"a:{entry['actor']}"
    if entry.get("category"):
        return f"c:{normalise_key(str(entry['category']))}"
    return f"n:{normalise_key(str(entry.get('name', '')))}"


def entry_label(entry: Mapping[str, object], names: Mapping[str, str]) -> str:
    """How an entry reads: the actor's name when known, else its category or the name typed."""
    if entry.get("actor"):
        return names.get(str(entry["actor"]), str(entry["actor"]))
    if entry.get("category"):
        return str(entry["category"])
    return str(entry.get("name", ""))

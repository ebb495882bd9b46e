"""Reading reflection instruments from their YAML files, refusing a bad one with a clear message.

A file is checked against :data:`.schema.INSTRUMENT`, then against rules a schema cannot express:
ids used once, every rule naming items, dimensions and outcomes that exist, decision trees
without loops. Errors name the file and the field, as the questionnaire loader does:
``kapot.yaml: dimensions[1].items[0].type: 'likrt' is not one of [...]``.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import jsonschema

from netwerkkaart.core.questionnaire.loader import (
    DefinitionError,
    _question,
    parse_mapping,
    read_mapping,
)
from netwerkkaart.core.questionnaire.model import Text
from netwerkkaart.core.reflection.model import Dimension, Instrument, Outcome
from netwerkkaart.core.reflection.schema import INSTRUMENT

DEFINITIONS_DIR = Path(__file__).parent / "definitions"


class InstrumentError(DefinitionError):
    """An instrument file that cannot be used: names the file, the field and what is wrong."""


def load_instrument(path: str | Path) -> Instrument:
    """Read and validate the instrument in the YAML file ``path``."""
    data, name = read_mapping(path, InstrumentError)
    return instrument_from_data(data, name)


def load_instrument_text(text: str, source_name: str) -> Instrument:
    """Read and validate an instrument given as YAML text; ``source_name`` names it in errors."""
    return instrument_from_data(parse_mapping(text, source_name, InstrumentError), source_name)


def builtin_ids() -> list[str]:
    """The ids of the instruments that ship with Netwerkkaart, sorted."""
    return sorted(path.stem for path in DEFINITIONS_DIR.glob("*.yaml"))


def builtin_instrument(instrument_id: str) -> Instrument:
    """An instrument that ships with Netwerkkaart (``KeyError`` for an unknown id)."""
    if instrument_id not in builtin_ids():
        raise KeyError(instrument_id)
    return load_instrument(DEFINITIONS_DIR / f"{instrument_id}.yaml")


def _path(parts: Iterable[object]) -> str:
    text = ""
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "(top)"


def instrument_from_data(data: dict, source_name: str) -> Instrument:
    """Validate plain data against the schema and the rules, and build the instrument."""
    validator = jsonschema.Draft202012Validator(INSTRUMENT)
    errors = sorted(validator.iter_errors(data), key=lambda e: list(e.absolute_path))
    if errors:
        first = min(errors, key=lambda e: (len(list(e.absolute_path)) == 0, list(e.absolute_path)))
        raise InstrumentError(source_name, _path(first.absolute_path), first.message)
    dimensions, extras = _dimensions(data, source_name)
    outcomes = tuple(
        Outcome(
            id=raw["id"], label=Text.from_value(raw["label"]),
            advice=Text.from_value(raw["advice"]),
            pros=tuple(Text.from_value(t) for t in raw.get("pros", [])),
            cons=tuple(Text.from_value(t) for t in raw.get("cons", [])),
        )
        for raw in data.get("outcomes", [])
    )  # fmt: skip
    _unique([o.id for o in outcomes], source_name, "outcomes")
    instrument = Instrument(
        id=data["id"], version=str(data["version"]), title=Text.from_value(data["title"]),
        intro=Text.from_value(data.get("intro")), source=dict(data["source"]),
        dimensions=dimensions, outcomes=outcomes, scoring=tuple(data["scoring"]),
        picture=dict(data["picture"]), purpose=data["purpose"],
        when_to_use=Text.from_value(data["when_to_use"]), item_extras=extras, data=data,
    )  # fmt: skip
    for index, rule in enumerate(instrument.scoring):
        _check_rule(instrument, rule, source_name, f"scoring[{index}]")
    return instrument


def _unique(ids: list[str], source: str, field: str) -> None:
    seen: set[str] = set()
    for index, identifier in enumerate(ids):
        if identifier in seen:
            raise InstrumentError(source, f"{field}[{index}].id", f"'{identifier}' is used twice")
        seen.add(identifier)


def _dimensions(data: dict, source: str) -> tuple[tuple[Dimension, ...], dict]:
    dimensions, extras, item_ids = [], {}, []
    _unique([d["id"] for d in data["dimensions"]], source, "dimensions")
    for d_index, raw in enumerate(data["dimensions"]):
        items = []
        for i_index, item in enumerate(raw["items"]):
            field = f"dimensions[{d_index}].items[{i_index}]"
            if item["id"] in item_ids:
                raise InstrumentError(source, f"{field}.id", f"'{item['id']}' is used twice")
            item_ids.append(item["id"])
            plain = {k: v for k, v in item.items() if k not in ("column", "pair")}
            try:
                items.append(_question(plain, source, field))
            except DefinitionError as error:
                raise InstrumentError(error.source, error.field, error.message) from error
            extra = {k: item[k] for k in ("column", "pair") if k in item}
            if extra:
                extras[item["id"]] = extra
        dimensions.append(Dimension(
            id=raw["id"], label=Text.from_value(raw["label"]), items=tuple(items),
            group=raw.get("group"), help=Text.from_value(raw.get("help")),
        ))  # fmt: skip
    return tuple(dimensions), extras


def _check_rule(instrument: Instrument, rule: dict, source: str, where: str) -> None:
    items = {q.id for q in instrument.items()}
    dimensions = {d.id for d in instrument.dimensions}
    outcomes = {o.id for o in instrument.outcomes}

    def need(condition: bool, field: str, message: str) -> None:
        if not condition:
            raise InstrumentError(source, f"{where}.{field}", message)

    kind = rule["kind"]
    for index, dimension in enumerate(rule.get("dimensions", [])):
        need(dimension in dimensions, f"dimensions[{index}]", f"unknown dimension '{dimension}'")
    if kind == "decision_tree":
        need("nodes" in rule and "start" in rule, "nodes", "a decision tree needs start and nodes")
        nodes = {node["id"]: node for node in rule["nodes"]}
        need(rule["start"] in nodes, "start", f"unknown node '{rule['start']}'")
        for n_index, node in enumerate(rule["nodes"]):
            need(node["item"] in items, f"nodes[{n_index}].item", f"unknown item '{node['item']}'")
            for b_index, branch in enumerate(node["branches"]):
                field = f"nodes[{n_index}].branches[{b_index}]"
                if "next" in branch:
                    need(branch["next"] in nodes, f"{field}.next",
                         f"unknown node '{branch['next']}'")  # fmt: skip
                else:
                    need(branch["outcome"] in outcomes, f"{field}.outcome",
                         f"unknown outcome '{branch['outcome']}'")  # fmt: skip
        _no_loops(rule, source, where)
    elif kind == "quadrant":
        for key in ("cases", "cut", "quadrants"):
            need(key in rule, key, f"a quadrant rule needs '{key}'")
        for c_index, case in enumerate(rule["cases"]):
            for axis in ("x", "y"):
                ref = case[axis]
                known = items if "item" in ref else dimensions
                name = ref.get("item") or ref.get("dimension")
                need(
                    name in known, f"cases[{c_index}].{axis}", f"unknown item or dimension '{name}'"
                )
    elif kind == "weighted_rules":
        need("rules" in rule, "rules", "weighted rules need 'rules'")
        need(bool(outcomes), "rules", "weighted rules need the instrument's outcomes")
        for r_index, weighted in enumerate(rule["rules"]):
            need(weighted["item"] in items, f"rules[{r_index}].item",
                 f"unknown item '{weighted['item']}'")  # fmt: skip
            for outcome in weighted["points"]:
                need(outcome in outcomes, f"rules[{r_index}].points",
                     f"unknown outcome '{outcome}'")  # fmt: skip


def _no_loops(rule: dict, source: str, where: str) -> None:
    nodes = {node["id"]: node for node in rule["nodes"]}

    def visit(node_id: str, trail: tuple[str, ...]) -> None:
        if node_id in trail:
            raise InstrumentError(source, f"{where}.nodes", f"the tree loops back to '{node_id}'")
        for branch in nodes[node_id]["branches"]:
            if "next" in branch:
                visit(branch["next"], (*trail, node_id))

    visit(rule["start"], ())

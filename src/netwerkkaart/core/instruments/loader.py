"""Reading instruments from their YAML files, refusing a bad one with a message naming the field.

A file is checked against :data:`.schema.INSTRUMENT`, built into an :class:`.model.Instrument`,
then checked against rules a schema cannot express (:mod:`.checks`): ids used once, rules that
name items, dimensions, outcomes and answers that exist, decision trees without loops. Errors
name the file and the field, as the questionnaire loader's do::

    kapot.yaml: dimensions[1].items[0].type: 'likrt' is not one of ['single_choice', ...]

Adding an instrument is adding a file to ``definitions/``; no code changes.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path

import jsonschema
import yaml

from netwerkkaart.core.instruments import checks
from netwerkkaart.core.instruments.model import (
    Axis,
    Band,
    Branch,
    Case,
    ChecklistRule,
    Condition,
    DecisionTree,
    Dimension,
    DimensionRule,
    Instrument,
    Labelled,
    Node,
    Outcome,
    Picture,
    Quadrant,
    QuadrantRule,
    Rule,
    Source,
    ValueSource,
    WeightedRule,
    WeightedRules,
)
from netwerkkaart.core.instruments.schema import INSTRUMENT
from netwerkkaart.core.questionnaire.loader import DefinitionError, _question
from netwerkkaart.core.questionnaire.model import Text

DEFINITIONS_DIR = Path(__file__).parent / "definitions"
ITEM_EXTRAS = ("column", "pair")


class InstrumentError(DefinitionError):
    """An instrument file that cannot be used: names the file, the field and what is wrong."""


def load_instrument(path: str | Path) -> Instrument:
    """Read and validate the instrument in the YAML file ``path``.

    The file is named after the instrument: ``vijf-redenen.yaml`` holds ``id: vijf-redenen``.

    Raises
    ------
    InstrumentError
        When the file cannot be read, is not YAML, or breaks the format; the message names the
        file and the field.
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise InstrumentError(path.name, "(file)", f"cannot be read: {error}") from error
    instrument = load_instrument_text(text, path.name)
    if path.suffix in (".yaml", ".yml") and instrument.id != path.stem:
        raise InstrumentError(
            path.name, "id", f"'{instrument.id}' differs from the file name '{path.stem}'"
        )
    return instrument


def load_instrument_text(text: str, name: str) -> Instrument:
    """Read and validate an instrument given as YAML text; ``name`` names it in errors."""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as error:
        raise InstrumentError(name, "(file)", f"is not valid YAML: {error}") from error
    if not isinstance(data, dict):
        raise InstrumentError(name, "(file)", "must hold a mapping at the top level")
    return instrument_from_data(data, name)


def builtin_ids() -> list[str]:
    """The ids of the instruments that ship with Netwerkkaart, sorted."""
    return sorted(path.stem for path in DEFINITIONS_DIR.glob("*.yaml"))


def builtin_instrument(instrument_id: str) -> Instrument:
    """An instrument that ships with Netwerkkaart (``KeyError`` for an unknown id)."""
    if instrument_id not in builtin_ids():
        raise KeyError(instrument_id)
    return load_instrument(DEFINITIONS_DIR / f"{instrument_id}.yaml")


def field_path(parts: Iterable[object]) -> str:
    """``["dimensions", 1, "items", 0, "type"]`` as ``dimensions[1].items[0].type``."""
    text = ""
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "(top)"


def instrument_from_data(data: Mapping[str, object], name: str) -> Instrument:
    """Validate plain data (a file's content or a stored snapshot) and build the instrument."""
    validator = jsonschema.Draft202012Validator(INSTRUMENT)
    errors = list(validator.iter_errors(data))
    if errors:
        # The deepest error says most precisely what to fix; among equals, the first in the file.
        first = min(
            errors, key=lambda e: (-len(e.absolute_path), [str(p) for p in e.absolute_path])
        )
        raise InstrumentError(name, *_explain(first))
    raw_source = data["source"]
    source = Source(
        seed=raw_source["seed"], authors=tuple(raw_source["authors"]), year=raw_source["year"],
        reference=raw_source["reference"], file=raw_source.get("file"),
        passage=raw_source.get("passage"),
    )  # fmt: skip
    dimensions, extras = _dimensions(data["dimensions"], name)
    outcome_ids = tuple(raw["id"] for raw in data.get("outcomes", []))
    instrument = Instrument(
        id=data["id"],
        version=str(data["version"]),
        source=source,
        title=_text(data["title"]),
        intro=_text(data["intro"]),
        texts={key: _text(value) for key, value in (data.get("texts") or {}).items()},
        groups=tuple(_labelled(raw) for raw in data.get("groups", [])),
        dimensions=dimensions,
        outcomes=tuple(_outcome(raw, source.reference) for raw in data.get("outcomes", [])),
        scoring=tuple(_rule(raw, outcome_ids) for raw in data["scoring"]),
        picture=_picture(data["picture"]),
        item_extras=extras,
        data=data,
    )
    checks.check_instrument(instrument, name)
    return instrument


def _explain(error: jsonschema.ValidationError) -> tuple[str, str]:
    """The field and message for a schema error, in the words a file's author needs."""
    path = list(error.absolute_path)
    if error.validator == "required" and isinstance(error.instance, dict):
        missing = next(key for key in error.validator_value if key not in error.instance)
        return field_path([*path, missing]), "is missing"
    if error.validator == "oneOf" and all(
        set(option) == {"required"} for option in error.validator_value
    ):
        keys = " or ".join(option["required"][0] for option in error.validator_value)
        return field_path(path), f"give exactly one of {keys}"
    return field_path(path), error.message


def _text(value: Mapping[str, str] | None) -> Text | None:
    return Text.from_value(value)


def _labelled(raw: Mapping) -> Labelled:
    return Labelled(raw["id"], _text(raw["label"]), _text(raw.get("help")))


def _dimensions(raw_dimensions: list, name: str) -> tuple[tuple[Dimension, ...], dict]:
    dimensions, extras = [], {}
    for d_index, raw in enumerate(raw_dimensions):
        items = []
        for i_index, item in enumerate(raw["items"]):
            field = f"dimensions[{d_index}].items[{i_index}]"
            plain = {key: value for key, value in item.items() if key not in ITEM_EXTRAS}
            try:
                items.append(_question(plain, name, field))
            except DefinitionError as error:
                raise InstrumentError(error.source, error.field, error.message) from error
            extra = {key: item[key] for key in ITEM_EXTRAS if key in item}
            if extra:
                extras[item["id"]] = extra
        dimensions.append(Dimension(
            id=raw["id"], label=_text(raw["label"]), items=tuple(items),
            group=raw.get("group"), help=_text(raw.get("help")),
        ))  # fmt: skip
    return tuple(dimensions), extras


def _outcome(raw: Mapping, reference: str) -> Outcome:
    return Outcome(
        id=raw["id"], label=_text(raw["label"]), advice=_text(raw["advice"]),
        pros=tuple(_text(t) for t in raw.get("pros", [])),
        cons=tuple(_text(t) for t in raw.get("cons", [])),
        reference=raw.get("reference", reference),
    )  # fmt: skip


def _condition(raw: Mapping) -> Condition:
    answers = tuple(raw["answers"]) if "answers" in raw else ()
    if "answer" in raw:
        answers = (raw["answer"], *answers)
    return Condition(
        answers=answers, includes=raw.get("includes"), option=raw.get("option"),
        axis=raw.get("axis"), min=raw.get("min"), max=raw.get("max"),
        otherwise=bool(raw.get("otherwise", False)),
    )  # fmt: skip


def _value_source(raw: Mapping) -> ValueSource:
    return ValueSource(raw.get("item"), raw.get("dimension"), raw.get("option"), raw.get("axis"))


def _axis(raw: Mapping) -> Axis:
    return Axis(_text(raw["label"]), float(raw["cut"]), _text(raw.get("low")),
                _text(raw.get("high")))  # fmt: skip


def _rule(raw: Mapping, outcome_ids: tuple[str, ...]) -> Rule:
    kind, rule_id, label = raw["kind"], raw["id"], _text(raw.get("label"))
    if kind in ("sum", "mean"):
        return DimensionRule(kind, rule_id, tuple(raw.get("dimensions", ())), label)
    if kind == "checklist":
        bands = tuple(
            Band(float(b["min"]), _text(b["label"]), _text(b["meaning"]))
            for b in raw.get("bands", [])
        )
        return ChecklistRule(rule_id, tuple(raw.get("dimensions", ())), raw.get("at_least"),
                             bands, label)  # fmt: skip
    if kind == "quadrant":
        cases = tuple(
            Case(c["id"], _text(c["label"]), _value_source(c["x"]), _value_source(c["y"]))
            for c in raw["cases"]
        )
        quadrants = tuple(
            Quadrant(q["code"], q["x"], q["y"], _text(q["label"]), _text(q["meaning"]))
            for q in raw["quadrants"]
        )
        return QuadrantRule(rule_id, _axis(raw["x"]), _axis(raw["y"]), cases, quadrants, label)
    if kind == "decision_tree":
        nodes = tuple(
            Node(n["id"], n["item"], tuple(_branch(b) for b in n["branches"]),
                 _text(n.get("question")))
            for n in raw["nodes"]
        )  # fmt: skip
        return DecisionTree(rule_id, raw["start"], nodes, label)
    rules = tuple(
        WeightedRule(r["item"], _condition(r), dict(r["points"]), _text(r["reason"]))
        for r in raw["rules"]
    )
    # Without its own list, a rule weighs all the instrument's outcomes.
    return WeightedRules(rule_id, tuple(raw.get("outcomes", outcome_ids)), rules, label)


def _branch(raw: Mapping) -> Branch:
    return Branch(_condition(raw), _text(raw["reason"]), raw.get("next"), raw.get("outcome"))


def _picture(raw: Mapping) -> Picture:
    return Picture(
        kind=raw["kind"], rule=raw.get("rule"), title=_text(raw.get("title")),
        statistic=raw.get("statistic", "median"), split_by=raw.get("split_by"),
        columns=tuple(_labelled(c) for c in raw.get("columns", [])),
        poles=tuple(_text(t) for t in raw.get("poles", [])),
        scale=tuple(_labelled(s) for s in raw.get("scale", [])),
    )  # fmt: skip

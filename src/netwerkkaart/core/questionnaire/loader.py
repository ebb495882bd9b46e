"""Loading questionnaire definitions from YAML files, validated before anything uses them.

A file that does not validate is refused whole with a :class:`DefinitionError` naming the file
and the field (``sections[2].questions[0].type``), so whoever edits a definition sees at once
what to fix. Adding a questionnaire is adding a file; no code changes.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import jsonschema
import yaml

from netwerkkaart.core import vocab
from netwerkkaart.core.questionnaire.model import (
    CHOICE_TYPES,
    Definition,
    Option,
    Question,
    Section,
    Text,
)
from netwerkkaart.core.questionnaire.schema import DEFINITION

DEFINITIONS_DIR = Path(__file__).parent / "definitions"

# Vocabularies a question may take its options from (``options_from``).
VOCABULARIES: dict[str, vocab.Vocabulary] = {
    "RESPONDENT_TYPE": vocab.RESPONDENT_TYPE,
    "SECTOR": vocab.SECTOR,
    "FINALITY": vocab.FINALITY,
    "FREQUENCY": vocab.FREQUENCY,
    "EVALUATION": vocab.EVALUATION,
    "EVOLUTION": vocab.EVOLUTION,
    "LEVEL": vocab.LEVEL,
    "SCALE": vocab.SCALE,
    "SCOPE": vocab.SCOPE,
    "WISH": vocab.WISH,
}
FACTOR_VOCABULARIES = {"STIMULATING_ITEMS": "stimulating", "INHIBITING_ITEMS": "inhibiting"}


class DefinitionError(ValueError):
    """A definition that cannot be used: names the file, the field and what is wrong."""

    def __init__(self, source: str, field: str, message: str):
        self.source = source
        self.field = field
        self.message = message
        super().__init__(f"{source}: {field}: {message}")


def read_mapping(
    path: str | Path, error: type[DefinitionError] = DefinitionError
) -> tuple[dict, str]:
    """The mapping at the top of the YAML (or JSON) file ``path``, and the file's name.

    Shared by every loader of definition files, so a file that cannot be read, is not YAML or
    holds no mapping is refused the same way, with ``error`` naming the file.
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as problem:
        raise error(path.name, "(file)", f"cannot be read: {problem}") from problem
    return parse_mapping(text, path.name, error), path.name


def parse_mapping(
    text: str, source_name: str, error: type[DefinitionError] = DefinitionError
) -> dict:
    """The mapping ``text`` holds as YAML; ``error`` (naming ``source_name``) otherwise."""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as problem:
        raise error(source_name, "(file)", f"is not valid YAML: {problem}") from problem
    if not isinstance(data, dict):
        raise error(source_name, "(file)", "must hold a mapping at the top level")
    return data


def load_definition(path: str | Path) -> Definition:
    """Read and validate the definition in the YAML (or JSON) file ``path``."""
    data, name = read_mapping(path)
    return definition_from_data(data, name)


def load_definition_text(text: str, source_name: str) -> Definition:
    """Read and validate a definition given as YAML text; ``source_name`` names it in errors."""
    return definition_from_data(parse_mapping(text, source_name), source_name)


def builtin_ids() -> list[str]:
    """The ids of the definitions that ship with Netwerkkaart."""
    return sorted(path.stem for path in DEFINITIONS_DIR.glob("*.yaml"))


def builtin_definition(definition_id: str = "ecosysteembevraging") -> Definition:
    """A definition that ships with Netwerkkaart (``KeyError`` for an unknown id)."""
    path = DEFINITIONS_DIR / f"{definition_id}.yaml"
    if definition_id not in builtin_ids():
        raise KeyError(definition_id)
    return load_definition(path)


def _path(parts: Iterable[object]) -> str:
    text = ""
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "(top)"


def definition_from_data(data: dict, source_name: str) -> Definition:
    """Validate plain data against the schema and the rules, and build the definition."""
    validator = jsonschema.Draft202012Validator(DEFINITION)
    errors = sorted(validator.iter_errors(data), key=lambda e: list(e.absolute_path))
    if errors:
        first = errors[0]
        raise DefinitionError(source_name, _path(first.absolute_path), first.message)
    sections = []
    seen_sections: set[str] = set()
    seen_questions: set[str] = set()
    for s_index, raw_section in enumerate(data["sections"]):
        where = f"sections[{s_index}]"
        if raw_section["id"] in seen_sections:
            raise DefinitionError(
                source_name, f"{where}.id", f"'{raw_section['id']}' is used twice"
            )
        seen_sections.add(raw_section["id"])
        opt_in = bool(raw_section.get("opt_in", False))
        if opt_in and raw_section.get("optional") is False:
            raise DefinitionError(
                source_name,
                f"{where}.opt_in",
                "an opt-in section is optional; drop optional: false",
            )
        questions = []
        for q_index, raw in enumerate(raw_section["questions"]):
            field = f"{where}.questions[{q_index}]"
            if raw["id"] in seen_questions:
                raise DefinitionError(source_name, f"{field}.id", f"'{raw['id']}' is used twice")
            seen_questions.add(raw["id"])
            questions.append(_question(raw, source_name, field))
        sections.append(
            Section(
                id=raw_section["id"],
                title=Text.from_value(raw_section["title"]),
                intro=Text.from_value(raw_section.get("intro")),
                repeat=raw_section.get("repeat", "once"),
                optional=bool(raw_section.get("optional", False)) or opt_in,
                opt_in=opt_in,
                questions=tuple(questions),
            )
        )
    return Definition(
        id=data["id"],
        version=str(data["version"]),
        kind=data["kind"],
        title=Text.from_value(data["title"]),
        intro=Text.from_value(data.get("intro")),
        source=dict(data.get("source") or {}),
        sections=tuple(sections),
    )


def _question(raw: dict, source: str, field: str) -> Question:
    options = tuple(
        Option(o["code"], Text.from_value(o["label"]), o.get("group"))
        for o in raw.get("options", [])
    )
    if "options_from" in raw:
        if options:
            raise DefinitionError(
                source, f"{field}.options", "give options or options_from, not both"
            )
        options = _expand(raw["options_from"], source, f"{field}.options_from")
    kind = raw["type"]
    if kind in CHOICE_TYPES and not options:
        raise DefinitionError(source, f"{field}.options", f"a {kind} question needs options")
    codes = [o.code for o in options]
    if len(set(codes)) != len(codes):
        double = next(c for c in codes if codes.count(c) > 1)
        raise DefinitionError(source, f"{field}.options", f"code '{double}' is used twice")
    low, high = raw.get("min"), raw.get("max")
    if kind == "likert":
        low, high = (1 if low is None else low), (5 if high is None else high)
        if int(low) != low or int(high) != high:
            raise DefinitionError(source, f"{field}.min", "a Likert scale has whole-number ends")
    if low is not None and high is not None and low >= high:
        raise DefinitionError(source, f"{field}.max", f"max ({high}) must be above min ({low})")
    if kind == "points" and raw.get("total") is None:
        raise DefinitionError(source, f"{field}.total", "a points question needs a total")
    if kind == "position_2x2" and "axes" not in raw:
        raise DefinitionError(source, f"{field}.axes", "a 2x2 position needs two axis labels")
    return Question(
        id=raw["id"],
        type=kind,
        label=Text.from_value(raw["label"]),
        help=Text.from_value(raw.get("help")),
        options=options,
        maps_to=raw.get("maps_to"),
        prefill=raw.get("prefill"),
        min=low,
        max=high,
        total=raw.get("total"),
        anchors=tuple(Text.from_value(t) for t in raw.get("anchors", [])),
        axes=tuple(Text.from_value(t) for t in raw.get("axes", [])),
        allow_unlisted=bool(raw.get("allow_unlisted", False)),
        allow_categories=bool(raw.get("allow_categories", False)),
        own=bool(raw.get("own", False)),
        max_length=int(raw.get("max_length", 2000)),
    )


def _expand(name: str, source: str, field: str) -> tuple[Option, ...]:
    """The options of a core vocabulary, with both labels."""
    if name in VOCABULARIES:
        return tuple(Option(t.code, Text(t.nl, t.en)) for t in VOCABULARIES[name].terms)
    if name in FACTOR_VOCABULARIES:
        kind = FACTOR_VOCABULARIES[name]
        options = []
        for category in vocab.FACTOR_CATEGORY.terms:
            for item in vocab.FACTOR_ITEMS[kind][category.code].terms:
                options.append(
                    Option(f"{category.code}:{item.code}", Text(item.nl, item.en), category.code)
                )
            options.append(Option(
                category.code, Text(f"{category.nl} (iets anders)", f"{category.en} (something else)"),
                category.code,
            ))  # fmt: skip
        return tuple(options)
    known = ", ".join([*VOCABULARIES, *FACTOR_VOCABULARIES])
    raise DefinitionError(source, field, f"unknown vocabulary '{name}' (known: {known})")

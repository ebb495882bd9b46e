"""The parts of a questionnaire definition: texts, options, questions, sections.

A definition is plain data, frozen once loaded. ``to_dict`` and ``from_dict`` round-trip exactly,
so an application can snapshot the definition a round asked (its *version*) as JSON and read it
back years later, whatever the file says by then.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

QUESTION_TYPES = (
    "single_choice", "multi_choice", "likert", "level", "yes_no", "text", "number", "ranking",
    "position_2x2", "points", "actor_list",
)  # fmt: skip
CHOICE_TYPES = frozenset({"single_choice", "multi_choice", "level", "ranking", "points"})
REPEATS = ("once", "per_partner")


@dataclass(frozen=True)
class Text:
    """A text in Dutch and English."""

    nl: str
    en: str

    def get(self, lang: str = "nl") -> str:
        return self.en if lang == "en" else self.nl

    def to_dict(self) -> dict[str, str]:
        return {"nl": self.nl, "en": self.en}

    @classmethod
    def from_value(cls, value: Mapping[str, str] | None) -> Text | None:
        return None if value is None else cls(str(value["nl"]), str(value["en"]))


@dataclass(frozen=True)
class Option:
    """One answer option: a stable code and its label; ``group`` gathers options under a heading."""

    code: str
    label: Text
    group: str | None = None

    def to_dict(self) -> dict[str, object]:
        data: dict[str, object] = {"code": self.code, "label": self.label.to_dict()}
        if self.group is not None:
            data["group"] = self.group
        return data


@dataclass(frozen=True)
class Question:
    """One question. Which attributes matter depends on ``type`` (see the schema)."""

    id: str
    type: str
    label: Text
    help: Text | None = None
    options: tuple[Option, ...] = ()
    maps_to: str | None = None
    prefill: str | None = None
    min: float | None = None
    max: float | None = None
    total: int | None = None
    anchors: tuple[Text, ...] = ()
    axes: tuple[Text, ...] = ()
    allow_unlisted: bool = False
    allow_categories: bool = False
    own: bool = False
    max_length: int = 2000

    def option_codes(self) -> tuple[str, ...]:
        return tuple(option.code for option in self.options)

    def to_dict(self) -> dict[str, object]:
        data: dict[str, object] = {"id": self.id, "type": self.type, "label": self.label.to_dict()}
        if self.help is not None:
            data["help"] = self.help.to_dict()
        if self.options:
            data["options"] = [option.to_dict() for option in self.options]
        for name in ("maps_to", "prefill", "min", "max", "total"):
            value = getattr(self, name)
            if value is not None:
                data[name] = value
        if self.anchors:
            data["anchors"] = [text.to_dict() for text in self.anchors]
        if self.axes:
            data["axes"] = [text.to_dict() for text in self.axes]
        for name in ("allow_unlisted", "allow_categories", "own"):
            if getattr(self, name):
                data[name] = True
        if self.max_length != 2000:
            data["max_length"] = self.max_length
        return data


@dataclass(frozen=True)
class Section:
    """A block of questions, asked once or once per partner; an optional block can be left out.

    An ``opt_in`` block is optional the other way round: a round asks it only when it is switched
    on (the validated tie-quality scales, which double the questions per partner).
    """

    id: str
    title: Text
    questions: tuple[Question, ...]
    intro: Text | None = None
    repeat: str = "once"
    optional: bool = False
    opt_in: bool = False

    def to_dict(self) -> dict[str, object]:
        data: dict[str, object] = {"id": self.id, "title": self.title.to_dict()}
        if self.intro is not None:
            data["intro"] = self.intro.to_dict()
        data["repeat"] = self.repeat
        if self.optional:
            data["optional"] = True
        if self.opt_in:
            data["opt_in"] = True
        data["questions"] = [question.to_dict() for question in self.questions]
        return data


@dataclass(frozen=True)
class Definition:
    """A whole questionnaire (a survey or a group instrument), as validated on load."""

    id: str
    version: str
    kind: str
    title: Text
    sections: tuple[Section, ...]
    intro: Text | None = None
    source: Mapping[str, object] = field(default_factory=dict)

    def questions(self) -> Iterator[Question]:
        for section in self.sections:
            yield from section.questions

    def question(self, question_id: str) -> Question:
        """The question ``question_id`` (``KeyError`` when there is none)."""
        for question in self.questions():
            if question.id == question_id:
                return question
        raise KeyError(question_id)

    def section(self, section_id: str) -> Section:
        for section in self.sections:
            if section.id == section_id:
                return section
        raise KeyError(section_id)

    def section_of(self, question_id: str) -> Section:
        for section in self.sections:
            if any(question.id == question_id for question in section.questions):
                return section
        raise KeyError(question_id)

    def sections_for(self, repeat: str) -> tuple[Section, ...]:
        return tuple(section for section in self.sections if section.repeat == repeat)

    def to_dict(self) -> dict[str, object]:
        data: dict[str, object] = {
            "id": self.id,
            "version": self.version,
            "kind": self.kind,
            "title": self.title.to_dict(),
        }
        if self.intro is not None:
            data["intro"] = self.intro.to_dict()
        if self.source:
            data["source"] = dict(self.source)
        data["sections"] = [section.to_dict() for section in self.sections]
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object], source_name: str = "<dict>") -> Definition:
        """Read (and validate) a definition given as plain data, e.g. a stored snapshot."""
        from netwerkkaart.core.questionnaire.loader import definition_from_data

        return definition_from_data(dict(data), source_name)

    def fingerprint(self) -> str:
        """A short hash of the content: equal definitions give equal fingerprints."""
        text = json.dumps(self.to_dict(), sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]

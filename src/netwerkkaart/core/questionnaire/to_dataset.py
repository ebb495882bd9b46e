"""Answers given on the site, turned into the rows of the open data format.

Each answer set becomes one ``ties`` row per partner it named, with the answers to the questions
whose ``maps_to`` names a column (the level of collaboration, a ``level`` question with codes
``0``-``5``, and the relational coordination items become whole numbers); questions left open stay empty (drop-out is data), and the
respondent's type and location fall back on what the register says when the respondent did not
answer them. Wishes and unknown actors come from the actor lists mapped to ``wishes:<wish>`` and
``unknown``. The respondent is always the pseudonym: identities never enter the dataset.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

import polars as pl

from netwerkkaart.core.dataset import (
    TIES_SCHEMA,
    UNKNOWN_SCHEMA,
    WISHES_SCHEMA,
    Dataset,
    empty_frame,
)
from netwerkkaart.core.questionnaire.model import Definition
from netwerkkaart.core.scales import SCALE_COLUMNS

Answers = Mapping[tuple[str, str | None], object]
TIE_COLUMNS = ("finality", "frequency", "evaluation", "evolution", "level", "scale",
               "stimulating", "inhibiting")  # fmt: skip
LIST_COLUMNS = frozenset({"level", "stimulating", "inhibiting"})


@dataclass(frozen=True)
class PartnerEntry:
    """A partner a respondent named: a register actor (``actor_id``) or a free name."""

    key: str
    actor_id: str | None
    name: str | None
    sector: str | None


@dataclass(frozen=True)
class SurveyResponse:
    """One respondent's answers, keyed by (question id, partner key or ``None``)."""

    pseudonym: str
    definition: Definition
    answers: Answers
    partners: Sequence[PartnerEntry] = ()
    fallback: Mapping[str, object] = field(default_factory=dict)

    def mapped(self, target: str, partner: str | None = None) -> object:
        """The answer to the question that ``maps_to`` ``target`` (``None`` when unanswered)."""
        for question in self.definition.questions():
            if question.maps_to == target:
                return self.answers.get((question.id, partner))
        return None

    def profile_value(self, target: str, fallback_key: str) -> object:
        value = self.mapped(target)
        return value if value is not None else self.fallback.get(fallback_key)


def responses_to_dataset(
    responses: Iterable[SurveyResponse], round_code: str, actors: pl.DataFrame | None = None
) -> tuple[Dataset, list[str]]:
    """The answers as a :class:`Dataset` of round ``round_code``, and warnings about rows left out.

    A respondent with neither a type nor a location (from the answers or the register) cannot be
    placed in the tables and is left out, with a warning naming its pseudonym.
    """
    ties, wishes, unknown, warnings = [], [], [], []
    for response in responses:
        respondent_type = response.profile_value("respondent_type", "actor_type")
        location = response.profile_value("location", "location")
        has_rows = bool(response.partners) or any(
            response.mapped(target) for target in ("wishes:meer", "wishes:beter", "unknown")
        )
        if not respondent_type or not location:
            if has_rows:
                warnings.append(f"{response.pseudonym}: no respondent type or location; left out")
            continue
        for partner in response.partners:
            row = {
                "round": round_code,
                "respondent": response.pseudonym,
                "respondent_type": respondent_type,
                "location": location,
                "partner": partner.actor_id or partner.name,
                "partner_group": partner.sector or "andere",
            }
            for column in TIE_COLUMNS:
                value = response.mapped(column, partner.key)
                row[column] = (list(value) if value else None) if column in LIST_COLUMNS else value
            for column in SCALE_COLUMNS:  # the opt-in tie-quality blocks: whole numbers
                value = response.mapped(column, partner.key)
                row[column] = None if value is None else int(value)
            ties.append(row)
        for wish in ("meer", "beter"):
            for entry in response.mapped(f"wishes:{wish}") or []:
                wishes.append({"round": round_code, "respondent": response.pseudonym,
                               "location": location, "partner": _entry_text(entry),
                               "wish": wish})  # fmt: skip
        for entry in response.mapped("unknown") or []:
            unknown.append(
                {
                    "round": round_code,
                    "respondent": response.pseudonym,
                    "partner": _entry_text(entry),
                }
            )
    dataset = Dataset(
        ties=_frame(ties, TIES_SCHEMA),
        wishes=_frame(wishes, WISHES_SCHEMA).unique(maintain_order=True),
        unknown=_frame(unknown, UNKNOWN_SCHEMA).unique(maintain_order=True),
        actors=actors if actors is not None else Dataset().actors,
    )
    return dataset, warnings


def _entry_text(entry: Mapping[str, str]) -> str:
    return entry.get("actor") or entry.get("category") or entry.get("name") or ""


def _frame(rows: list[dict], schema: dict[str, pl.DataType]) -> pl.DataFrame:
    if not rows:
        return empty_frame(schema)
    as_text = {
        name: pl.String() if isinstance(dtype, pl.Enum) else dtype for name, dtype in schema.items()
    }
    return pl.DataFrame(rows, schema=as_text).cast(schema)  # type: ignore[arg-type]

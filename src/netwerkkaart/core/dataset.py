"""The columnar dataset every computation reads.

A :class:`Dataset` holds one ecosystem's survey data as polars DataFrames with a fixed schema:
``ties``, ``wishes``, ``unknown`` and ``actors``. Answer columns are ``pl.Enum`` over the codes of
:mod:`netwerkkaart.core.vocab`, so their physical order *is* the canonical order and a value
outside the vocabulary cannot exist; a null means "not answered". Multi-valued answers (level,
factors) are list columns.

Readers (the open data format, the web app's database) produce a Dataset; tables, network
measures and exports consume one. :meth:`Dataset.from_records` and the ``iter_*`` methods bridge
to the record types of :mod:`netwerkkaart.core.model`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field

import polars as pl

from netwerkkaart.core import vocab
from netwerkkaart.core.model import Actor, Factor, Tie, UnknownActor, Wish
from netwerkkaart.core.scales import SCALE_COLUMNS


def enum_of(vocabulary: vocab.Vocabulary) -> pl.Enum:
    """The polars dtype holding the codes of ``vocabulary`` in canonical order."""
    return pl.Enum(list(vocabulary.codes))


TIES_SCHEMA: dict[str, pl.DataType] = {
    "round": pl.String(),
    "respondent": pl.String(),
    "respondent_type": enum_of(vocab.RESPONDENT_TYPE),
    "location": pl.String(),
    "partner": pl.String(),
    "partner_group": enum_of(vocab.SECTOR),
    "finality": enum_of(vocab.FINALITY),
    "frequency": enum_of(vocab.FREQUENCY),
    "evaluation": enum_of(vocab.EVALUATION),
    "evolution": enum_of(vocab.EVOLUTION),
    "level": pl.List(pl.String()),
    "scale": enum_of(vocab.SCALE),
    "stimulating": pl.List(pl.String()),
    "inhibiting": pl.List(pl.String()),
    # The optional tie-quality scales (core/scales.py): whole numbers, null when not asked.
    **{column: pl.Int64() for column in SCALE_COLUMNS},
}

WISHES_SCHEMA: dict[str, pl.DataType] = {
    "round": pl.String(),
    "respondent": pl.String(),
    "location": pl.String(),
    "partner": pl.String(),
    "wish": enum_of(vocab.WISH),
}

UNKNOWN_SCHEMA: dict[str, pl.DataType] = {
    "round": pl.String(),
    "respondent": pl.String(),
    "partner": pl.String(),
}

ACTORS_SCHEMA: dict[str, pl.DataType] = {
    "id": pl.String(),
    "name": pl.String(),
    "actor_type": enum_of(vocab.RESPONDENT_TYPE),
    "sector": enum_of(vocab.SECTOR),
    "category": pl.String(),
    "location": pl.String(),
    "scope": enum_of(vocab.SCOPE),
    "employees": pl.Int64(),
    "clients": pl.Int64(),
}


def empty_frame(schema: dict[str, pl.DataType]) -> pl.DataFrame:
    return pl.DataFrame(schema=schema)


@dataclass(frozen=True)
class Dataset:
    """One ecosystem's survey data, possibly spanning several rounds.

    Attributes
    ----------
    ties
        One row per reported collaboration (schema :data:`TIES_SCHEMA`).
    wishes
        One row per wished partner (schema :data:`WISHES_SCHEMA`).
    unknown
        One row per actor a respondent does not know (schema :data:`UNKNOWN_SCHEMA`).
    actors
        The register (schema :data:`ACTORS_SCHEMA` plus any extra string columns).
    """

    ties: pl.DataFrame = field(default_factory=lambda: empty_frame(TIES_SCHEMA))
    wishes: pl.DataFrame = field(default_factory=lambda: empty_frame(WISHES_SCHEMA))
    unknown: pl.DataFrame = field(default_factory=lambda: empty_frame(UNKNOWN_SCHEMA))
    actors: pl.DataFrame = field(default_factory=lambda: empty_frame(ACTORS_SCHEMA))

    # -- building -------------------------------------------------------------------------------

    @classmethod
    def from_records(
        cls,
        ties: Iterable[Tie] = (),
        wishes: Iterable[Wish] = (),
        unknown: Iterable[UnknownActor] = (),
        actors: Iterable[Actor] = (),
    ) -> Dataset:
        """Build a dataset from records; codes are checked by the Enum casts."""
        tie_rows = [
            {
                "round": t.round,
                "respondent": t.respondent,
                "respondent_type": t.respondent_type,
                "location": t.location,
                "partner": t.partner,
                "partner_group": t.partner_group,
                "finality": t.finality,
                "frequency": t.frequency,
                "evaluation": t.evaluation,
                "evolution": t.evolution,
                "level": list(t.level),
                "scale": t.scale,
                "stimulating": [f.token for f in t.stimulating],
                "inhibiting": [f.token for f in t.inhibiting],
                **{column: t.scales.get(column) for column in SCALE_COLUMNS},
            }
            for t in ties
        ]
        wish_rows = [
            {"round": w.round, "respondent": w.respondent, "location": w.location,
             "partner": w.partner, "wish": w.wish}
            for w in wishes
        ]  # fmt: skip
        unknown_rows = [
            {"round": u.round, "respondent": u.respondent, "partner": u.partner} for u in unknown
        ]
        actor_list = list(actors)
        extra_columns = sorted({key for a in actor_list for key in a.attributes})
        actor_rows = [
            {
                "id": a.id,
                "name": a.name,
                "actor_type": a.actor_type,
                "sector": a.sector,
                "category": a.category,
                "location": a.location,
                "scope": a.scope,
                "employees": a.employees,
                "clients": a.clients,
                **{key: a.attributes.get(key) for key in extra_columns},
            }
            for a in actor_list
        ]
        actor_schema = {**ACTORS_SCHEMA, **{key: pl.String() for key in extra_columns}}
        return cls(
            ties=_frame(tie_rows, TIES_SCHEMA),
            wishes=_frame(wish_rows, WISHES_SCHEMA),
            unknown=_frame(unknown_rows, UNKNOWN_SCHEMA),
            actors=_frame(actor_rows, actor_schema),
        )

    # -- selecting ------------------------------------------------------------------------------

    @property
    def rounds(self) -> list[str]:
        """The round identifiers present, sorted; ``[]`` when no row names a round."""
        found: set[str] = set()
        for frame in (self.ties, self.wishes, self.unknown):
            found.update(r for r in frame.get_column("round").unique().to_list() if r is not None)
        return sorted(found)

    @property
    def latest_round(self) -> str | None:
        rounds = self.rounds
        return rounds[-1] if rounds else None

    def for_round(self, round_id: str | None) -> Dataset:
        """The rows of one round; ``None`` keeps everything. The register is shared by all rounds."""
        if round_id is None:
            return self
        keep = pl.col("round") == round_id
        return Dataset(
            ties=self.ties.filter(keep),
            wishes=self.wishes.filter(keep),
            unknown=self.unknown.filter(keep),
            actors=self.actors,
        )

    def for_location(self, location: str | None) -> Dataset:
        """The answers of respondents in one location; ``None`` keeps everything."""
        if location is None:
            return self
        respondents = self.ties.filter(pl.col("location") == location).get_column("respondent")
        return Dataset(
            ties=self.ties.filter(pl.col("location") == location),
            wishes=self.wishes.filter(pl.col("location") == location),
            unknown=self.unknown.filter(pl.col("respondent").is_in(respondents.unique().implode())),
            actors=self.actors,
        )

    def for_sector(self, sector: str | None) -> Dataset:
        """The answers of respondents whose type belongs to ``sector``; ``None`` keeps everything.

        The sector of a respondent follows from its respondent type
        (:data:`~netwerkkaart.core.vocab.SECTOR_OF_RESPONDENT_TYPE`), as in the report's tables.
        """
        if sector is None:
            return self
        types = [t for t, s in vocab.SECTOR_OF_RESPONDENT_TYPE.items() if s == sector]
        respondents = (
            self.ties.filter(pl.col("respondent_type").cast(pl.String).is_in(types))
            .get_column("respondent")
            .unique()
            .implode()
        )
        return Dataset(
            ties=self.ties.filter(pl.col("respondent").is_in(respondents)),
            wishes=self.wishes.filter(pl.col("respondent").is_in(respondents)),
            unknown=self.unknown.filter(pl.col("respondent").is_in(respondents)),
            actors=self.actors,
        )

    # -- reading back as records ----------------------------------------------------------------

    def iter_ties(self) -> Iterator[Tie]:
        for row in self.ties.iter_rows(named=True):
            yield Tie(
                respondent=row["respondent"],
                respondent_type=row["respondent_type"],
                location=row["location"],
                partner=row["partner"],
                partner_group=row["partner_group"],
                finality=row["finality"],
                frequency=row["frequency"],
                evaluation=row["evaluation"],
                evolution=row["evolution"],
                level=tuple(row["level"] or ()),
                scale=row["scale"],
                stimulating=tuple(
                    Factor.from_token("stimulating", t) for t in row["stimulating"] or ()
                ),
                inhibiting=tuple(
                    Factor.from_token("inhibiting", t) for t in row["inhibiting"] or ()
                ),
                round=row["round"],
                scales={c: row[c] for c in SCALE_COLUMNS if row.get(c) is not None},
            )

    def iter_wishes(self) -> Iterator[Wish]:
        for row in self.wishes.iter_rows(named=True):
            yield Wish(**row)

    def iter_unknown(self) -> Iterator[UnknownActor]:
        for row in self.unknown.iter_rows(named=True):
            yield UnknownActor(**row)

    def iter_actors(self) -> Iterator[Actor]:
        extra = [c for c in self.actors.columns if c not in ACTORS_SCHEMA]
        for row in self.actors.iter_rows(named=True):
            attributes = {key: row.pop(key) for key in extra}
            yield Actor(**row, attributes={k: v for k, v in attributes.items() if v is not None})


def _frame(rows: list[dict], schema: dict[str, pl.DataType]) -> pl.DataFrame:
    """Rows to a frame; an answer outside its vocabulary raises instead of turning into null."""
    if not rows:
        return empty_frame(schema)
    as_text = {
        name: pl.String() if isinstance(dtype, pl.Enum) else dtype for name, dtype in schema.items()
    }
    return pl.DataFrame(rows, schema=as_text, strict=True).cast(schema)


def previous_round(codes: Sequence[str], code: str) -> str | None:
    """The round just before ``code``: what "the previous round" means everywhere.

    Parameters
    ----------
    codes
        The rounds that hold answers, oldest first (on the site by opening date, then code; in a
        data file, which has no dates, by code).
    code
        The round being read.

    Returns
    -------
    str or None
        The code before ``code`` in ``codes``; ``None`` for the first round or an unknown one.

    Examples
    --------
    >>> previous_round(["2025", "2026", "2027"], "2026")
    '2025'
    >>> previous_round(["2025"], "2025") is None
    True
    """
    if code not in codes:
        return None
    at = list(codes).index(code)
    return codes[at - 1] if at > 0 else None

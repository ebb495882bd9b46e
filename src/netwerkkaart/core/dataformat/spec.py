"""The open data format, v1: which files, which columns, which values.

This module is the single description of the format that the reader validates against, the writer
follows and ``docs/data-format.md`` explains in prose. Keep the three in step.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from netwerkkaart.core import vocab
from netwerkkaart.core.scales import RANGES, SCALE_COLUMNS

FORMAT_VERSION = "1"


class Kind(Enum):
    """How a column's cells are read."""

    TEXT = "text"  # free text, kept as written (trimmed)
    CODE = "code"  # one code of a vocabulary (synonyms accepted)
    CODES = "codes"  # ``;``-separated codes of a vocabulary
    FACTORS = "factors"  # ``;``-separated ``category:item`` tokens or bare categories
    COUNT = "count"  # a whole number >= 0
    EMAIL = "email"  # an e-mail address (name@domain.tld)
    SCORE = "score"  # a whole number on a scale from ``low`` to ``high`` (core/scales.py)


@dataclass(frozen=True)
class Column:
    name: str
    kind: Kind = Kind.TEXT
    vocabulary: vocab.Vocabulary | None = None
    required: bool = False  # the column must be present in the header
    value_required: bool = False  # every row needs a value in it
    factor_kind: str | None = None
    low: int | None = None  # the ends of a SCORE column's scale
    high: int | None = None


@dataclass(frozen=True)
class FileSpec:
    """One file (or workbook sheet) of the format."""

    name: str  # e.g. "ties"; the file is ``ties.csv`` or the sheet ``ties``
    columns: tuple[Column, ...]
    required: bool = False
    keeps_extra_columns: bool = False  # the register keeps unknown columns as attributes
    unique_key: tuple[str, ...] = field(default_factory=tuple)

    @property
    def filename(self) -> str:
        return f"{self.name}.csv"

    @property
    def column_names(self) -> tuple[str, ...]:
        return tuple(column.name for column in self.columns)

    def column(self, name: str) -> Column:
        for column in self.columns:
            if column.name == name:
                return column
        raise KeyError(name)


TIES = FileSpec(
    "ties",
    (
        Column("respondent", required=True, value_required=True),
        Column("respondent_type", Kind.CODE, vocab.RESPONDENT_TYPE, True, True),
        Column("location", required=True, value_required=True),
        Column("partner", required=True, value_required=True),
        Column("partner_group", Kind.CODE, vocab.SECTOR, True, True),
        Column("finality", Kind.CODE, vocab.FINALITY, required=True),
        Column("frequency", Kind.CODE, vocab.FREQUENCY, required=True),
        Column("evaluation", Kind.CODE, vocab.EVALUATION, required=True),
        Column("evolution", Kind.CODE, vocab.EVOLUTION, required=True),
        Column("level", Kind.CODES, vocab.LEVEL),
        Column("scale", Kind.CODE, vocab.SCALE),
        Column("stimulating", Kind.FACTORS, factor_kind="stimulating"),
        Column("inhibiting", Kind.FACTORS, factor_kind="inhibiting"),
        Column("round"),
        # The optional tie-quality blocks: Levels of Collaboration (0-5) and the seven
        # Relational Coordination dimensions (1-5). A file without them stays valid.
        *(
            Column(name, Kind.SCORE, low=RANGES[name][0], high=RANGES[name][1])
            for name in SCALE_COLUMNS
        ),
    ),
    required=True,
    unique_key=("round", "respondent", "partner"),
)

WISHES = FileSpec(
    "wishes",
    (
        Column("respondent", required=True, value_required=True),
        Column("location", required=True, value_required=True),
        Column("partner", required=True, value_required=True),
        Column("wish", Kind.CODE, vocab.WISH, True, True),
        Column("round"),
    ),
    unique_key=("round", "respondent", "partner", "wish"),
)

UNKNOWN = FileSpec(
    "unknown",
    (
        Column("respondent", required=True, value_required=True),
        Column("partner", required=True, value_required=True),
        Column("round"),
    ),
    unique_key=("round", "respondent", "partner"),
)

ACTORS = FileSpec(
    "actors",
    (
        Column("id", required=True, value_required=True),
        Column("name", required=True, value_required=True),
        Column("actor_type", Kind.CODE, vocab.RESPONDENT_TYPE),
        Column("sector", Kind.CODE, vocab.SECTOR),
        Column("category"),
        Column("location"),
        Column("scope", Kind.CODE, vocab.SCOPE),
        Column("employees", Kind.COUNT),
        Column("clients", Kind.COUNT),
        Column("email", Kind.EMAIL),
        Column("contact"),
    ),
    keeps_extra_columns=True,
    unique_key=("id",),
)

# The longest text a column may hold, in characters: the size of the database field it goes to
# (``apps/rounds/models.py``: Tie, Wish, UnknownActor, Round.code; ``apps/register/models.py``:
# Actor). A longer value is an error in the file, never a failed write. A test holds the two in
# step. Code columns need no limit: only a vocabulary's codes pass them.
MAX_LENGTHS: dict[str, dict[str, int]] = {
    "ties": {"respondent": 300, "location": 200, "partner": 300, "round": 40},
    "wishes": {"respondent": 300, "location": 200, "partner": 300, "round": 40},
    "unknown": {"respondent": 300, "partner": 300, "round": 40},
    "actors": {
        "id": 100,
        "name": 255,
        "category": 255,
        "location": 255,
    },
}


def max_length(spec: FileSpec, column: str) -> int | None:
    """The longest value ``column`` of ``spec`` may hold, or ``None`` when it has no limit."""
    return MAX_LENGTHS.get(spec.name, {}).get(column)


# The register's contact details, for invitations only: never part of a dataset that is analysed
# or exported (the reader leaves them out), never shown to viewers.
CONTACT_COLUMNS: tuple[str, ...] = ("email", "contact")

FILES: tuple[FileSpec, ...] = (TIES, WISHES, UNKNOWN, ACTORS)
FILES_BY_NAME: dict[str, FileSpec] = {spec.name: spec for spec in FILES}


# A round's code names it in URLs (``/rounds/<code>/``): at most 40 characters, no "/", not a
# word the site's own URLs use, and not "." or ".." (a browser reads those as folders, so the
# round's pages could never be reached).
MAX_ROUND_CODE = 40
RESERVED_ROUND_CODES = frozenset({"import", ".", ".."})


def usable_round_code(code: str) -> bool:
    """Whether ``code`` can name a round (the same rule for ``validate`` and every import)."""
    code = code.strip()
    return 0 < len(code) <= MAX_ROUND_CODE and "/" not in code and code not in RESERVED_ROUND_CODES

"""Tie quality from the two opt-in survey blocks: Levels of Collaboration and Relational Coordination.

Formulas (all open, all on the ``ties`` rows of one round; the scales in
:mod:`netwerkkaart.core.scales`):

* **per tie** (one respondent's report of one partner, :func:`tie_scores`): the *level* is the
  0-5 answer as given; the *RC index* is the mean of the relational coordination items the
  respondent answered about that partner, :math:`RC_t = \\frac{1}{|D_t|}\\sum_{d \\in D_t} x_{t,d}`
  with :math:`D_t` the dimensions answered (Gittell 2011 takes the mean of the seven; a tie
  with some items open keeps the mean of the others, and how many were answered is reported);
* **per pair of sectors** (respondent's sector, partner's sector, :func:`scale_summary`): for the
  level, the RC index and each of the seven dimensions, the mean and the median over the ties of
  that pair, how many ties and how many distinct respondents. A respondent naming several
  partners of a sector weighs once per partner, as in the trust block
  (:func:`netwerkkaart.core.questionnaire.trust_summary`). A figure resting on fewer than
  ``min_group`` distinct respondents is not shown: its row is marked suppressed and carries no
  number, not even its size (:mod:`netwerkkaart.core.privacy`);
* **between the two sides of a tie**: see :mod:`netwerkkaart.core.network.perception`
  (dimensions ``collaboration`` and ``coordination``: how many pairs differ, by how much).

The respondent's sector is the sector of its respondent type, the partner's its
``partner_group``, as in the report's tables.

References
----------
.. [1] Frey, B. B., Lohmeier, J. H., Lee, S. W. & Tollefson, N. (2006). Measuring
   collaboration among grant partners. *American Journal of Evaluation* 27(3), 383-392.
.. [2] Gittell, J. H. (2011). *Relational Coordination: Guidelines for Theory, Measurement and
   Analysis*. Waltham, MA: Brandeis University.
"""

from __future__ import annotations

import statistics

import polars as pl

from netwerkkaart.core import vocab
from netwerkkaart.core.dataset import Dataset
from netwerkkaart.core.privacy import DEFAULT_MIN_GROUP, is_reportable
from netwerkkaart.core.scales import COLLABORATION_COLUMN, RC_COLUMNS, SCALE_COLUMNS

RC_INDEX = "rc_index"
# The figures of a sector pair, in the order tables list them.
MEASURES: tuple[str, ...] = (COLLABORATION_COLUMN, RC_INDEX, *RC_COLUMNS)

TIE_SCHEMA = {
    "respondent": pl.String, "partner": pl.String, "respondent_sector": pl.String,
    "partner_sector": pl.String, COLLABORATION_COLUMN: pl.Int64, RC_INDEX: pl.Float64,
    "rc_items": pl.Int64,
}  # fmt: skip
SUMMARY_SCHEMA = {
    "respondent_sector": pl.String, "partner_sector": pl.String, "measure": pl.String,
    "ties": pl.Int64, "respondents": pl.Int64, "mean": pl.Float64, "median": pl.Float64,
    "suppressed": pl.Boolean,
}  # fmt: skip


def has_scales(data: Dataset) -> bool:
    """Whether any tie of ``data`` answered one of the tie-quality blocks."""
    ties = data.ties
    return any(c in ties.columns and ties.get_column(c).null_count() < ties.height
               for c in SCALE_COLUMNS) if ties.height else False  # fmt: skip


def rc_index(values: list[int | None]) -> tuple[float | None, int]:
    """The mean of the answered relational coordination items and how many were answered.

    >>> rc_index([4, 5, None, 3, None, None, 4])
    (4.0, 4)
    >>> rc_index([5, 4, 4, 4, 4, 4, 4])[0] == 29 / 7
    True
    >>> rc_index([None] * 7)
    (None, 0)
    """
    given = [v for v in values if v is not None]
    if not given:
        return None, 0
    return statistics.fmean(given), len(given)


def tie_scores(data: Dataset) -> pl.DataFrame:
    """One row per report that answered a tie-quality block: the level and the RC index.

    Individual answers: for a coordinator allowed to see pairs, and the CLI with ``--names``;
    never for analysts or viewers.
    """
    rows = []
    present = [c for c in SCALE_COLUMNS if c in data.ties.columns]
    if not present:
        return pl.DataFrame(schema=TIE_SCHEMA)
    columns = ["respondent", "partner", "respondent_type", "partner_group", *present]
    for row in data.ties.select(columns).iter_rows(named=True):
        level = row.get(COLLABORATION_COLUMN)
        index, items = rc_index([row.get(c) for c in RC_COLUMNS])
        if level is None and index is None:
            continue
        rows.append({
            "respondent": row["respondent"], "partner": row["partner"],
            "respondent_sector": _sector_of_type(row["respondent_type"]),
            "partner_sector": None if row["partner_group"] is None else str(row["partner_group"]),
            COLLABORATION_COLUMN: level, RC_INDEX: index, "rc_items": items,
        })  # fmt: skip
    return pl.DataFrame(rows, schema=TIE_SCHEMA)


def scale_summary(data: Dataset, min_group: int = DEFAULT_MIN_GROUP) -> pl.DataFrame:
    """Per pair of sectors and measure: ties, respondents, mean and median (see the module).

    Returns
    -------
    polars.DataFrame
        ``respondent_sector``, ``partner_sector``, ``measure`` (``collaboration_level``,
        ``rc_index`` or one of the seven ``rc_*`` dimensions), ``ties``, ``respondents``,
        ``mean``, ``median`` (two decimals) and ``suppressed``: under ``min_group`` distinct
        respondents every figure is blank. Sorted by the sectors' vocabulary order, then measure.
    """
    scores = tie_scores(data)
    if scores.is_empty():
        return pl.DataFrame(schema=SUMMARY_SCHEMA)
    dims = data.ties.select(
        "respondent", "partner", "respondent_type", "partner_group",
        *(c for c in RC_COLUMNS if c in data.ties.columns),
    )  # fmt: skip
    dims = dims.with_columns(
        respondent_sector=pl.col("respondent_type").cast(pl.String)
        .replace_strict(vocab.SECTOR_OF_RESPONDENT_TYPE, default=None),
        partner_sector=pl.col("partner_group").cast(pl.String),
    )  # fmt: skip
    long = [
        scores.select(
            "respondent",
            "respondent_sector",
            "partner_sector",
            pl.lit(COLLABORATION_COLUMN).alias("measure"),
            pl.col(COLLABORATION_COLUMN).cast(pl.Float64).alias("value"),
        ),
        scores.select(
            "respondent",
            "respondent_sector",
            "partner_sector",
            pl.lit(RC_INDEX).alias("measure"),
            pl.col(RC_INDEX).alias("value"),
        ),
    ]
    for column in RC_COLUMNS:
        if column in dims.columns:
            long.append(
                dims.select(
                    "respondent",
                    "respondent_sector",
                    "partner_sector",
                    pl.lit(column).alias("measure"),
                    pl.col(column).cast(pl.Float64).alias("value"),
                )
            )
    values = pl.concat(long).drop_nulls("value")
    rows = []
    for (own, other, measure), group in values.group_by(
        ["respondent_sector", "partner_sector", "measure"], maintain_order=True
    ):
        respondents = group.get_column("respondent").n_unique()
        numbers = group.get_column("value").to_list()
        if not is_reportable(respondents, min_group):
            rows.append((own, other, measure, None, None, None, None, True))
            continue
        rows.append((own, other, measure, len(numbers), respondents,
                     round(statistics.fmean(numbers), 2), round(statistics.median(numbers), 2),
                     False))  # fmt: skip
    frame = pl.DataFrame(rows, schema=SUMMARY_SCHEMA, orient="row")
    sector_rank = {code: i for i, code in enumerate(vocab.SECTOR.codes)}
    measure_rank = {m: i for i, m in enumerate(MEASURES)}
    return (
        frame.with_columns(
            _a=pl.col("respondent_sector").replace_strict(sector_rank, default=99,
                                                          return_dtype=pl.Int64),
            _b=pl.col("partner_sector").replace_strict(sector_rank, default=99,
                                                       return_dtype=pl.Int64),
            _m=pl.col("measure").replace_strict(measure_rank, default=99, return_dtype=pl.Int64),
        )
        .sort("_a", "_b", "_m")
        .drop("_a", "_b", "_m")
    )  # fmt: skip


def _sector_of_type(code: object) -> str | None:
    return None if code is None else vocab.SECTOR_OF_RESPONDENT_TYPE.get(str(code))


def measure_label(measure: str, lang: str = "nl") -> str:
    """What a measure of :func:`scale_summary` is called in a table header."""
    from netwerkkaart.core.scales import dimension_label

    if measure == COLLABORATION_COLUMN:
        return "Level of collaboration (0-5)" if lang == "en" else "Niveau van samenwerking (0-5)"
    if measure == RC_INDEX:
        return ("Relational coordination index (1-5)" if lang == "en"
                else "Index relationele coördinatie (1-5)")  # fmt: skip
    return dimension_label(measure, lang)

"""Tabel 2: finality, frequency, evaluation and wished evolution per location and in total.

Pless, L. & Buntinx, H. (UCLL). *Samenwerking rond zorg en welzijn breed bekeken*, Tabel 2
"Samenwerking in Beernem, Geraardsbergen, Tongeren en gesommeerd".
"""

from __future__ import annotations

import polars as pl

from netwerkkaart.core import vocab
from netwerkkaart.core.tables.grid import as_text, concat_grids, fill_grid, grid_frame, with_percent
from netwerkkaart.core.tables.suppression import TOTAL, decide_groups

PROFILE_SCHEMA: dict[str, pl.DataType] = {
    "location": pl.String(),
    "question": pl.String(),
    "answer": pl.String(),
    "count": pl.Int64(),
    "percent": pl.Int64(),
}


def profile_table(ties: pl.DataFrame, *, min_group: int) -> tuple[pl.DataFrame, pl.DataFrame]:
    """How collaborations are shaped, per location and for all locations together (Tabel 2).

    Parameters
    ----------
    ties
        The ``ties`` frame of a :class:`~netwerkkaart.core.dataset.Dataset` (one round).
    min_group
        Locations with fewer distinct respondents are left out; so is the total when the whole
        dataset is that small, and a shown location that would reveal a hidden one by subtraction.

    Returns
    -------
    (table, suppressed)
        ``table`` has columns ``location, question, answer, count, percent``: locations in
        alphabetical order followed by ``*`` (all locations, including ties without a location),
        the four questions in the report's order, every answer in canonical order (count 0
        included). ``percent`` is over the answers given *to that question* in that location:
        respondents drop out halfway, so each question has its own total (the report's 1130
        finalities but 956 frequencies). It is null when nobody answered the question.

    Notes
    -----
    Counting is one ``group_by(location, answer)`` per question; the total is the sum over
    locations, so no second pass over the ties is needed.
    """
    decision = decide_groups(
        ties, "location", table="profile", min_group=min_group, with_total=True
    )
    shown = sorted(decision.kept) + ([TOTAL] if decision.total_shown else [])
    questions = vocab.PROFILE_QUESTIONS

    # Location-major, like the report's per-location blocks of Tabel 2.
    grid = concat_grids(
        [grid_frame({"location": [loc], "question": [q.name], "answer": q.codes})
         for loc in shown for q in questions],
        ["location", "question", "answer"],
    )  # fmt: skip
    per_question = [
        ties.lazy()
        .group_by("location", question.name)
        .len("count")
        .filter(pl.col(question.name).is_not_null())
        .select(
            *as_text("location"),
            pl.lit(question.name).alias("question"),
            pl.col(question.name).cast(pl.String).alias("answer"),
            "count",
        )
        for question in questions
    ]
    counts = pl.concat(pl.collect_all(per_question), how="vertical")
    totals = (
        counts.group_by("question", "answer")
        .agg(pl.col("count").sum())
        .with_columns(location=pl.lit(TOTAL))
    )
    counts = pl.concat([counts.filter(pl.col("location").is_not_null()), totals], how="diagonal")

    table = with_percent(fill_grid(grid, counts, ["location", "question", "answer"]),
                         ["location", "question"])  # fmt: skip
    return table.select(PROFILE_SCHEMA.keys()).cast(PROFILE_SCHEMA), decision.suppressed

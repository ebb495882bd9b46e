"""Tabel 5 and 6: stimulating and inhibiting factors, per category and item.

Pless, L. & Buntinx, H. (UCLL). *Samenwerking rond zorg en welzijn breed bekeken*, Tabel 5
(stimulating factors) and Tabel 6 (inhibiting factors), each grouped in eight categories: content,
legal, financial, organisational, practical, personal, political and historical.
"""

from __future__ import annotations

import polars as pl

from netwerkkaart.core import vocab
from netwerkkaart.core.tables.grid import concat_grids, fill_grid, grid_frame
from netwerkkaart.core.tables.rounding import percent_expr
from netwerkkaart.core.tables.suppression import (
    REASON_MIN_GROUP,
    SUPPRESSED_SCHEMA,
    empty_suppressed,
)

CATEGORY_TOTAL = "*"  # the item of the row counting a category as a whole

FACTORS_SCHEMA: dict[str, pl.DataType] = {
    "kind": pl.String(),
    "category": pl.String(),
    "item": pl.String(),
    "count": pl.Int64(),
    "percent": pl.Int64(),
}


def factors_grid(kind: str) -> pl.DataFrame:
    """Rows of one kind: per category the ``*`` row, then its items, all in canonical order."""
    blocks = [
        grid_frame({"kind": [kind], "category": [category],
                    "item": [CATEGORY_TOTAL, *vocab.FACTOR_ITEMS[kind][category].codes]})
        for category in vocab.FACTOR_CATEGORY.codes
    ]  # fmt: skip
    return concat_grids(blocks, ["kind", "category", "item"])


def factors_table(ties: pl.DataFrame, *, min_group: int) -> tuple[pl.DataFrame, pl.DataFrame]:
    """How often each factor category and item was named for a tie (Tabel 5 and 6).

    Parameters
    ----------
    ties
        The ``ties`` frame of a :class:`~netwerkkaart.core.dataset.Dataset` (one round); the
        ``stimulating`` and ``inhibiting`` list columns hold ``category:item`` or ``category``.
    min_group
        A kind of factor named by fewer distinct respondents is left out entirely.

    Returns
    -------
    (table, suppressed)
        ``kind, category, item, count, percent``; stimulating before inhibiting, categories and
        items in canonical order, zeros included. Per category, first the row with item ``*``:
        the number of ties that name the category at all, through one of its items or bare
        (a tie naming two items of one category counts once there); then one row per item: the
        number of ties naming that item. ``percent`` is over the ties that name at least one
        factor of that kind, so a tie counts once per row and the percentages of one kind do not
        add up to 100 (a tie may name several factors).
    """
    tables: list[pl.DataFrame] = []
    suppressed: list[pl.DataFrame] = [empty_suppressed()]
    for kind in vocab.FACTOR_KINDS:
        named = ties.lazy().filter(pl.col(kind).list.len() > 0).select("respondent", kind)
        # Distinct tokens and categories per tie *before* exploding: a tie counts once per row.
        tokens = pl.col(kind).list.unique()
        categories = pl.col(kind).list.eval(pl.element().str.split(":").list.first()).list.unique()
        base = named.select(
            ties=pl.len(),
            respondents=pl.col("respondent").n_unique(),
        )
        item_counts = (
            named.select(token=tokens).explode("token")
            .group_by("token").len("count")
            .with_columns(pl.col("token").str.split_exact(":", 1)
                          .struct.rename_fields(["category", "item"])).unnest("token")
            .filter(pl.col("item").is_not_null())
        )  # fmt: skip
        category_counts = (
            named.select(category=categories).explode("category")
            .group_by("category").len("count")
            .with_columns(item=pl.lit(CATEGORY_TOTAL))
        )  # fmt: skip
        base_frame, items, cats = pl.collect_all([base, item_counts, category_counts])
        n_ties, n_respondents = base_frame.row(0)
        if n_respondents < min_group:
            if n_respondents > 0:
                suppressed.append(pl.DataFrame(
                    [("factors", kind, REASON_MIN_GROUP)],
                    schema=SUPPRESSED_SCHEMA, orient="row",
                ))  # fmt: skip
            continue
        counts = pl.concat([items.select("category", "item", "count"),
                            cats.select("category", "item", "count")]).with_columns(
            kind=pl.lit(kind)
        )  # fmt: skip
        table = fill_grid(factors_grid(kind), counts, ["kind", "category", "item"])
        tables.append(table.with_columns(percent=percent_expr(pl.col("count"), pl.lit(n_ties))))
    frame = pl.concat(tables) if tables else pl.DataFrame(schema=FACTORS_SCHEMA)
    return frame.select(FACTORS_SCHEMA.keys()).cast(FACTORS_SCHEMA), pl.concat(suppressed)

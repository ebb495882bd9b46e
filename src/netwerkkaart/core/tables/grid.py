"""The canonical grid every table is laid on, so that zero counts are rows, not gaps.

Counting with ``group_by(...).len()`` only yields combinations that occur. The report prints every
answer option, also with count 0 ("Minder 0 0" in Tabel 2), so each table builds the full grid of
its keys in canonical order (small: a few hundred rows at most) and left-joins the counts onto it.
The grid's order *is* the table's row order.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import product

import polars as pl

from netwerkkaart.core.tables.rounding import percent_expr


def grid_frame(keys: dict[str, Sequence[str]]) -> pl.DataFrame:
    """The cross product of ``keys`` (column name to values) in the given order, all String."""
    columns = list(keys)
    rows = list(product(*keys.values()))
    return pl.DataFrame(rows, schema=dict.fromkeys(columns, pl.String()), orient="row")


def concat_grids(grids: Sequence[pl.DataFrame], columns: Sequence[str]) -> pl.DataFrame:
    """Stack grids that share ``columns``; an empty input gives an empty String frame."""
    if not grids:
        return pl.DataFrame(schema=dict.fromkeys(columns, pl.String()))
    return pl.concat(grids, how="vertical")


def fill_grid(grid: pl.DataFrame, counts: pl.DataFrame, on: Sequence[str]) -> pl.DataFrame:
    """Left-join ``counts`` (``on`` columns as String plus ``count``) onto ``grid``; missing is 0."""
    return grid.join(counts, on=list(on), how="left", maintain_order="left").with_columns(
        pl.col("count").fill_null(0).cast(pl.Int64)
    )


def with_percent(frame: pl.DataFrame, within: Sequence[str]) -> pl.DataFrame:
    """Add ``percent``: ``count`` as a half-up whole percentage of its sum within ``within``."""
    total = pl.col("count").sum().over(list(within))
    return frame.with_columns(percent=percent_expr(pl.col("count"), total))


def as_text(*columns: str) -> list[pl.Expr]:
    """Enum/categorical key columns as String, so they join onto a String grid."""
    return [pl.col(name).cast(pl.String) for name in columns]

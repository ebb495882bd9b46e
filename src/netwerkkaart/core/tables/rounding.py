"""Whole-number percentages rounded half up, in exact integer arithmetic.

The report (Pless & Buntinx, UCLL, Tabel 1-6) prints whole percentages rounded half up: 6 of 80
ties is 7.5 % and is printed as 8, 24 of 64 is 37.5 % and is printed as 38. Python's ``round``
rounds half to even (``round(12.5) == 12``) and a float quotient can land just below the half
(``0.145 * 100``), so both are avoided: ``floor((200 * count + total) / (2 * total))`` is exact
for non-negative integers.
"""

from __future__ import annotations

import polars as pl


def percent_half_up(count: int, total: int) -> int | None:
    """``count`` as a whole percentage of ``total``, rounded half up; ``None`` when total is 0.

    >>> percent_half_up(6, 80)
    8
    >>> percent_half_up(1, 8)
    13
    >>> percent_half_up(0, 0) is None
    True
    """
    if total <= 0:
        return None
    return (200 * count + total) // (2 * total)


def percent_expr(count: str | pl.Expr, total: str | pl.Expr) -> pl.Expr:
    """The column form of :func:`percent_half_up`: ``Int64``, null where the total is 0 or null."""
    count_expr = pl.col(count) if isinstance(count, str) else count
    total_expr = pl.col(total) if isinstance(total, str) else total
    count_expr = count_expr.cast(pl.Int64)
    total_expr = total_expr.cast(pl.Int64)
    return (
        pl.when(total_expr > 0)
        .then((count_expr * 200 + total_expr) // (total_expr * 2))
        .otherwise(None)
        .cast(pl.Int64)
    )

"""Tabel 4: the partners respondents most want to collaborate with more or better.

Pless, L. & Buntinx, H. (UCLL). *Samenwerking rond zorg en welzijn breed bekeken*, Tabel 4
"Met wie wil je meer of beter samenwerken? Top 3 per locatie".
"""

from __future__ import annotations

import polars as pl

from netwerkkaart.core.tables.suppression import TOTAL, decide_groups

WISHED_PARTNERS_SCHEMA: dict[str, pl.DataType] = {
    "location": pl.String(),
    "rank": pl.Int64(),
    "partner": pl.String(),
    "count": pl.Int64(),
}


def wished_partners_table(
    wishes: pl.DataFrame, *, min_group: int, top: int
) -> tuple[pl.DataFrame, pl.DataFrame]:
    """The top ``top`` wished partners per location and for all locations together (Tabel 4).

    Parameters
    ----------
    wishes
        The ``wishes`` frame of a :class:`~netwerkkaart.core.dataset.Dataset` (one round).
    min_group
        A location where fewer distinct respondents expressed a wish is left out, and so is the
        total when it is that small or a shown location would reveal a hidden one.
    top
        How many *distinct counts* to keep. The report ranks "Huisartsen, Huis van het Kind" with
        13 together at place 1, so ranks are dense and a place can hold several partners; the
        table may therefore have more than ``top`` rows per location.

    Returns
    -------
    (table, suppressed)
        ``location, rank, partner, count``: locations alphabetically, then ``*``; within a
        location by rank, then partner name. ``count`` is the number of wishes (to collaborate
        more *or* better) naming the partner.
    """
    if top < 1:
        raise ValueError(f"top must be at least 1, got {top}")
    decision = decide_groups(
        wishes, "location", table="wished_partners", min_group=min_group, with_total=True
    )
    named = wishes.lazy().filter(pl.col("partner").is_not_null())
    parts = [
        named.filter(pl.col("location").is_in(pl.Series(decision.kept, dtype=pl.String).implode()))
        .group_by("location", "partner")
        .len("count")
    ]
    if decision.total_shown:
        parts.append(named.group_by("partner").len("count").with_columns(location=pl.lit(TOTAL)))
    order = {location: index for index, location in enumerate([*sorted(decision.kept), TOTAL])}
    table = (
        pl.concat(parts, how="diagonal")
        .with_columns(rank=pl.col("count").rank("dense", descending=True).over("location"))
        .filter(pl.col("rank") <= top)
        .with_columns(order=pl.col("location").replace_strict(order, return_dtype=pl.Int64))
        .sort("order", "rank", "partner")
        .select(WISHED_PARTNERS_SCHEMA.keys())
        .collect()
    )
    return table.cast(WISHED_PARTNERS_SCHEMA), decision.suppressed

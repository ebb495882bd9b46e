"""Tabel 3: the finality of collaboration per respondent type and partner group.

Pless, L. & Buntinx, H. (UCLL). *Samenwerking rond zorg en welzijn breed bekeken*, Tabel 3
"Hoe werken verschillende types actoren samen? Types samenwerking uitgesplitst naar
respondentengroep".
"""

from __future__ import annotations

import polars as pl

from netwerkkaart.core import vocab
from netwerkkaart.core.tables.grid import as_text, fill_grid, grid_frame, with_percent

FINALITY_BY_GROUP_SCHEMA: dict[str, pl.DataType] = {
    "respondent_type": pl.String(),
    "partner_group": pl.String(),
    "finality": pl.String(),
    "count": pl.Int64(),
    "percent": pl.Int64(),
}


def finality_by_group_table(ties: pl.DataFrame, types: list[str]) -> pl.DataFrame:
    """Finality counts per respondent type x partner group (Tabel 3).

    Parameters
    ----------
    ties
        The ``ties`` frame of a :class:`~netwerkkaart.core.dataset.Dataset` (one round).
    types
        The respondent types that may be shown; the report left informal actors out.

    Returns
    -------
    pl.DataFrame
        ``respondent_type, partner_group, finality, count, percent`` in canonical order of all
        three, every finality present (count 0 included). ``percent`` is within the type x group
        cell ("% per groep" in the report), over the ties of the cell whose finality was answered;
        it is null for a cell without any answered tie.
    """
    shown = [code for code in vocab.RESPONDENT_TYPE.codes if code in types]
    grid = grid_frame({
        "respondent_type": shown,
        "partner_group": vocab.SECTOR.codes,
        "finality": vocab.FINALITY.codes,
    })  # fmt: skip
    keys = ["respondent_type", "partner_group", "finality"]
    counts = (
        ties.lazy()
        .filter(pl.col("partner_group").is_not_null() & pl.col("finality").is_not_null())
        .group_by(keys)
        .len("count")
        .select(*as_text(*keys), "count")
        .collect()
    )
    table = with_percent(fill_grid(grid, counts, keys), ["respondent_type", "partner_group"])
    return table.select(FINALITY_BY_GROUP_SCHEMA.keys()).cast(FINALITY_BY_GROUP_SCHEMA)

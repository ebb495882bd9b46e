"""Tabel 1: with which partner groups each respondent type collaborates.

Pless, L. & Buntinx, H. (UCLL). *Samenwerking rond zorg en welzijn breed bekeken*, Tabel 1
"Hoeveel van hun samenwerkingen onderhielden respondenten met verschillende actorengroepen? (%)".
"""

from __future__ import annotations

import polars as pl

from netwerkkaart.core import vocab
from netwerkkaart.core.tables.grid import as_text, fill_grid, grid_frame, with_percent

PARTNER_MIX_SCHEMA: dict[str, pl.DataType] = {
    "respondent_type": pl.String(),
    "partner_group": pl.String(),
    "count": pl.Int64(),
    "percent": pl.Int64(),
}


def partner_mix_table(ties: pl.DataFrame, types: list[str]) -> pl.DataFrame:
    """The partner mix of each reportable respondent type (Tabel 1).

    Parameters
    ----------
    ties
        The ``ties`` frame of a :class:`~netwerkkaart.core.dataset.Dataset` (one round).
    types
        The respondent types that may be shown (see
        :func:`~netwerkkaart.core.tables.suppression.decide_groups`); the report left informal
        actors out here for having too few respondents.

    Returns
    -------
    pl.DataFrame
        ``respondent_type, partner_group, count, percent``: types and partner groups in canonical
        order, every partner group present (count 0 included). ``count`` is the number of ties of
        that type with that partner group; ``percent`` is over all of the type's ties that name
        a partner group, so each type's row adds up to (about) 100 as in the report.
    """
    shown = [code for code in vocab.RESPONDENT_TYPE.codes if code in types]
    grid = grid_frame({"respondent_type": shown, "partner_group": vocab.SECTOR.codes})
    counts = (
        ties.lazy()
        .filter(pl.col("partner_group").is_not_null())
        .group_by("respondent_type", "partner_group")
        .len("count")
        .select(*as_text("respondent_type", "partner_group"), "count")
        .collect()
    )
    table = with_percent(fill_grid(grid, counts, ["respondent_type", "partner_group"]),
                         ["respondent_type"])  # fmt: skip
    return table.select(PARTNER_MIX_SCHEMA.keys()).cast(PARTNER_MIX_SCHEMA)

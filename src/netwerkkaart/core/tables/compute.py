"""All descriptive tables of the report in one call.

``compute_tables`` reproduces Tabel 1-6 of Pless, L. & Buntinx, H. (UCLL), *Samenwerking rond zorg
en welzijn breed bekeken*, from a :class:`~netwerkkaart.core.dataset.Dataset`, as polars frames
with codes (not labels) in canonical order, plus the list of groups suppressed for being too small.
Labels are added only when rendering (:mod:`netwerkkaart.core.tables.render`).
"""

from __future__ import annotations

from dataclasses import dataclass

import polars as pl

from netwerkkaart.core.dataset import Dataset
from netwerkkaart.core.privacy import DEFAULT_MIN_GROUP
from netwerkkaart.core.tables.factors import factors_table
from netwerkkaart.core.tables.finality_by_group import finality_by_group_table
from netwerkkaart.core.tables.partner_mix import partner_mix_table
from netwerkkaart.core.tables.profile import profile_table
from netwerkkaart.core.tables.suppression import SUPPRESSED_SCHEMA, TOTAL, decide_groups
from netwerkkaart.core.tables.wished_partners import wished_partners_table

# File and sheet names, in the order the report prints the tables.
TABLE_NAMES: tuple[str, ...] = (
    "partner_mix",
    "profile",
    "finality_by_group",
    "wished_partners",
    "factors",
    "suppressed",
)


@dataclass(frozen=True)
class TableSet:
    """The report's tables computed from one dataset.

    Attributes
    ----------
    partner_mix, profile, finality_by_group, wished_partners, factors
        Tabel 1, 2, 3, 4 and 5/6 (see the module of each for its columns).
    suppressed
        ``table, group, reason``: every group left out of a table (never its size).
    min_group, top
        The settings the tables were computed with.
    """

    partner_mix: pl.DataFrame
    profile: pl.DataFrame
    finality_by_group: pl.DataFrame
    wished_partners: pl.DataFrame
    factors: pl.DataFrame
    suppressed: pl.DataFrame
    min_group: int = DEFAULT_MIN_GROUP
    top: int = 3

    def as_dict(self) -> dict[str, pl.DataFrame]:
        """The tables by name, in :data:`TABLE_NAMES` order."""
        return {name: getattr(self, name) for name in TABLE_NAMES}


def compute_tables(
    dataset: Dataset,
    *,
    min_group: int = DEFAULT_MIN_GROUP,
    top: int = 3,
    protect_across_tables: bool = True,
) -> TableSet:
    """Compute Tabel 1-6 of the report from ``dataset``.

    Parameters
    ----------
    dataset
        The survey data of **one round** (select one with :meth:`Dataset.for_round`; rows of
        several rounds would be counted together).
    min_group
        No figure about fewer distinct respondents is shown: a respondent type below it is left out
        of Tabel 1 and 3, a location out of Tabel 2 and 4, a kind of factor out of Tabel 5/6.
    top
        Number of distinct counts (dense ranks) kept per location in Tabel 4.
    protect_across_tables
        Tabel 1 and 3 count ties per respondent type, and Tabel 2 counts the same ties over all
        types: with a small type left out of Tabel 1 and 3, Tabel 2's totals minus their rows
        would give that type's figures back. So they also leave out the smallest other types
        until what is left out together covers at least ``min_group`` respondents
        (complementary suppression). ``False`` reproduces the published report, which did not.

    Returns
    -------
    TableSet
        All tables plus the ``suppressed`` list.

    References
    ----------
    Pless, L. & Buntinx, H. *Samenwerking rond zorg en welzijn breed bekeken*. UCLL.
    """
    if min_group < 1:
        raise ValueError(f"min_group must be at least 1, got {min_group}")
    ties = dataset.ties
    # Tabel 1 and 3 count ties per respondent type, and Tabel 2 counts the same ties over all
    # types: the types left out are decided against that total (complementary suppression).
    types = decide_groups(
        ties,
        "respondent_type",
        table="partner_mix",
        min_group=min_group,
        with_total=protect_across_tables,
    )
    types_suppressed = types.suppressed.filter(pl.col("group") != TOTAL)
    # Tabel 3 splits the same ties further, so the same types are left out; listed once per table.
    types_suppressed_again = types_suppressed.with_columns(table=pl.lit("finality_by_group"))
    profile, profile_suppressed = profile_table(ties, min_group=min_group)
    wished, wished_suppressed = wished_partners_table(dataset.wishes, min_group=min_group, top=top)
    factors, factors_suppressed = factors_table(ties, min_group=min_group)
    suppressed = pl.concat(
        [types_suppressed, profile_suppressed, types_suppressed_again, wished_suppressed,
         factors_suppressed],
        how="vertical",
    ).cast(SUPPRESSED_SCHEMA)  # fmt: skip
    return TableSet(
        partner_mix=partner_mix_table(ties, types.kept),
        profile=profile,
        finality_by_group=finality_by_group_table(ties, types.kept),
        wished_partners=wished,
        factors=factors,
        suppressed=suppressed,
        min_group=min_group,
        top=top,
    )

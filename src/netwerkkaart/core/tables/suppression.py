"""Small-group suppression: no figure about fewer respondents than the minimum group size.

The report left informal respondents out of Tabel 1 and Tabel 3 because there were too few of
them to compute meaningful figures (Pless & Buntinx, UCLL, "Bevindingen"). Netwerkkaart applies
that judgement as a rule, to every grouping of every table, and lists each group it leaves out in
the ``suppressed`` table so a reader knows the figure exists but may not be shown.

Two reasons are recorded:

``min_group``
    the group has fewer distinct respondents than the threshold (primary suppression);
``complementary``
    the group is large enough, but the table also shows a total over all groups, so together
    with the other shown groups it would let a reader subtract their way to the hidden small
    group. The smallest shown groups are then hidden as well until what is hidden together
    covers at least the threshold (secondary suppression, the usual statistical-office practice).
"""

from __future__ import annotations

from dataclasses import dataclass

import polars as pl

from netwerkkaart.core.privacy import is_reportable

TOTAL = "*"  # the group label of "all groups together" in every table
REASON_MIN_GROUP = "min_group"
REASON_COMPLEMENTARY = "complementary"

# A group left out is named with the reason, never with its size: "2 respondents" is itself a
# figure about the small group, and the size of a group hidden alongside it would let a reader
# subtract their way back to the small one.
SUPPRESSED_SCHEMA: dict[str, pl.DataType] = {
    "table": pl.String(),
    "group": pl.String(),
    "reason": pl.String(),
}


@dataclass(frozen=True)
class GroupDecision:
    """Which groups of one table may be shown.

    Attributes
    ----------
    kept
        Group values that may be shown, in the order of the input's group column.
    total_shown
        Whether the all-groups total (group ``*``) may be shown.
    suppressed
        One row per group left out (schema :data:`SUPPRESSED_SCHEMA`).
    """

    kept: list[str]
    total_shown: bool
    suppressed: pl.DataFrame


def empty_suppressed() -> pl.DataFrame:
    return pl.DataFrame(schema=SUPPRESSED_SCHEMA)


def decide_groups(
    frame: pl.DataFrame,
    by: str,
    *,
    table: str,
    min_group: int,
    with_total: bool,
) -> GroupDecision:
    """Decide which values of column ``by`` of ``frame`` may be reported.

    Parameters
    ----------
    frame
        Rows carrying a ``respondent`` column and the grouping column ``by``.
    by
        The grouping column (a location, a respondent type...). Rows with a null group only count
        towards the total.
    table
        Name of the table, copied into the ``suppressed`` rows.
    min_group
        The minimum number of distinct respondents behind any figure.
    with_total
        Whether the table also shows the total over all groups; enables complementary suppression.
    """
    counts = (
        frame.lazy()
        .filter(pl.col(by).is_not_null())
        .group_by(by)
        .agg(respondents=pl.col("respondent").n_unique())
        .sort(by)
        .collect()
    )
    respondents = dict(zip(counts.get_column(by).cast(pl.String).to_list(),
                           counts.get_column("respondents").to_list(), strict=True))  # fmt: skip
    small = [group for group, n in respondents.items() if not is_reportable(n, min_group)]
    rows = [(table, group, REASON_MIN_GROUP) for group in small]
    kept = [group for group in respondents if group not in small]

    total_shown = False
    if with_total:
        total = frame.get_column("respondent").n_unique()
        total_shown = is_reportable(total, min_group) and total > 0
        if not total_shown and total > 0:
            rows.append((table, TOTAL, REASON_MIN_GROUP))
        hidden = small.copy()
        # Respondents hidden from the groups but present in the total (small groups and rows
        # without a group) can be recovered by subtraction unless they are numerous enough.
        while total_shown and kept:
            hidden_n = _respondents_in(frame, by, hidden)
            if hidden_n == 0 or is_reportable(hidden_n, min_group):
                break
            smallest = min(kept, key=lambda group: (respondents[group], group))
            kept.remove(smallest)
            hidden.append(smallest)
            rows.append((table, smallest, REASON_COMPLEMENTARY))

    suppressed = pl.DataFrame(rows, schema=SUPPRESSED_SCHEMA, orient="row")
    return GroupDecision(kept=kept, total_shown=total_shown, suppressed=suppressed)


def _respondents_in(frame: pl.DataFrame, by: str, groups: list[str]) -> int:
    """Distinct respondents in ``groups`` or in rows without a group."""
    column = pl.col(by).cast(pl.String)
    mask = column.is_null() | column.is_in(groups) if groups else column.is_null()
    return frame.filter(mask).get_column("respondent").n_unique()

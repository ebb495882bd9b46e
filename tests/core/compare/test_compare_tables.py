"""Table figures compared between two rounds: matched by row, suppressed groups never compared."""

from __future__ import annotations

import polars as pl
from tests.core.compare.test_compare_rounds import rounds

from netwerkkaart.core.compare.rounds import compare_rounds, comparison_picture
from netwerkkaart.core.compare.tables import row_label, table_changes
from netwerkkaart.core.network.analysis import analyse
from netwerkkaart.core.tables import compute_tables


def test_each_figure_is_matched_on_its_row():
    first, second = rounds()
    before, after = compute_tables(first, min_group=1), compute_tables(second, min_group=1)
    changes = table_changes(before, after)
    mix = changes.filter((pl.col("table") == "partner_mix") & (pl.col("figure") == "count"))
    # Round 1: A and B (zorgorganisatie) report 4 ties with "zorg" partners; round 2: A and C, 3.
    rows = {
        row: (b, a, c) for row, b, a, c in mix.select("row", "before", "after", "change").rows()
    }
    assert rows.pop("zorgorganisatie · zorg") == (4.0, 3.0, -1.0)
    assert set(rows.values()) == {(0.0, 0.0, 0.0)}  # the other partner groups, nobody either time
    percent = changes.filter(
        (pl.col("table") == "profile") & (pl.col("row") == "* · finality · afstemming")
        & (pl.col("figure") == "percent")
    ).row(0, named=True)  # fmt: skip
    # Coordination: 2 of 4 ties (50 %) before, none of 3 after.
    assert (percent["before"], percent["after"], percent["change"]) == (50.0, 0.0, -50.0)


def test_a_group_suppressed_in_one_round_gets_no_change():
    first, second = rounds()
    before = compute_tables(first, min_group=1)
    after = compute_tables(second, min_group=5)  # every group of round 2 suppressed
    changes = table_changes(before, after)
    mix = changes.filter(pl.col("table") == "partner_mix")
    assert mix.height and mix.get_column("after").null_count() == mix.height
    assert mix.get_column("change").null_count() == mix.height


def test_rows_read_in_words():
    assert row_label("partner_mix", "zorgorganisatie · welzijn") == "Zorgorganisatie · Welzijn"
    assert row_label("profile", "* · finality · afstemming", "en") == (
        "All locations together · Finality · Coordination"
    )
    assert row_label("factors", "inhibiting · persoonlijk · *") == (
        "Belemmerende factoren · Persoonlijk"
    )


def test_compare_rounds_bundles_counts_and_a_union_picture():
    first, second = rounds()
    a, b = analyse(first, min_group=1), analyse(second, min_group=1)
    comparison = compare_rounds(
        ("1", first, a, compute_tables(first, min_group=1)),
        ("2", second, b, compute_tables(second, min_group=1)),
    )
    assert comparison.tie_counts == {"new": 1, "ended": 1, "not_reported": 1, "intensified": 1,
                                     "weakened": 1, "same": 0}  # fmt: skip
    assert comparison.evaluation_counts == {"up": 1, "down": 1}
    assert comparison.wishes_became_ties == 1
    picture = comparison_picture(comparison, a, b, names=True, labelled=1)
    # A, B, C and D: D was only in round 1 (its tie ended) but stands on the map.
    assert len(picture.positions) == 4
    kinds = sorted(kind for _s, _t, kind in picture.ties)
    assert kinds == ["ended", "intensified", "new", "not_reported", "weakened"]
    # A has both the new and the ended tie: the one actor labelled, by name.
    assert [label for label in picture.labels if label] == ["Huisarts Aerts"]
    hidden = comparison_picture(comparison, a, b, names=False, labelled=1)
    assert [label for label in hidden.labels if label] == ["Huisartsen"]


def test_a_large_comparison_map_draws_only_what_changed():
    first, second = rounds()
    a, b = analyse(first, min_group=1), analyse(second, min_group=1)
    comparison = compare_rounds(
        ("1", first, a, compute_tables(first, min_group=1)),
        ("2", second, b, compute_tables(second, min_group=1)),
    )
    picture = comparison_picture(comparison, a, b, unchanged_up_to=3)  # 4 actors: "large"
    assert sorted(kind for _s, _t, kind in picture.ties) == ["ended", "new"]
    # Dot sizes still count every reported tie: A is in all five, D only in the ended one.
    assert list(picture.partners) == [5, 2, 2, 1]

from fractions import Fraction

import polars as pl
import pytest

from netwerkkaart.core.tables.rounding import percent_expr, percent_half_up


@pytest.mark.parametrize(
    ("count", "total", "expected"),
    [(1, 8, 13), (6, 80, 8), (24, 64, 38), (10, 80, 13), (3, 8, 38), (1, 2, 50)],
)
def test_an_exact_half_is_rounded_up(count: int, total: int, expected: int) -> None:
    assert percent_half_up(count, total) == expected


def test_just_below_a_half_is_rounded_down() -> None:
    # 15 / 39 = 38.46 %, 40 / 111 = 36.04 %
    assert percent_half_up(15, 39) == 38
    assert percent_half_up(40, 111) == 36


def test_a_total_of_zero_gives_no_percentage() -> None:
    assert percent_half_up(0, 0) is None


def test_the_column_form_agrees_with_exact_fractions_for_every_small_fraction() -> None:
    pairs = [(count, total) for total in range(1, 121) for count in range(total + 1)]
    frame = pl.DataFrame(pairs, schema={"count": pl.Int64, "total": pl.Int64}, orient="row")
    got = frame.select(percent_expr("count", "total")).to_series().to_list()
    expected = [int(Fraction(100 * c, t) + Fraction(1, 2)) for c, t in pairs]
    assert got == expected


def test_the_column_form_gives_null_for_a_zero_total() -> None:
    frame = pl.DataFrame({"count": [0, 3], "total": [0, 4]})
    assert frame.select(percent_expr("count", "total")).to_series().to_list() == [None, 75]

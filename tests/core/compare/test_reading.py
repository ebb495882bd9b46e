"""Reading a comparison: the response warning, the n of each share, percentage points."""

from __future__ import annotations

import polars as pl
import pytest
from tests.apps.conftest import demo_dataset
from tests.fixtures.low_response import low_response_round

from netwerkkaart.core.compare.reading import (
    MIN_BASE,
    ResponseContrast,
    comparable_shares,
    points,
    response_contrast,
    share_bases,
)
from netwerkkaart.core.compare.rounds import compare_rounds
from netwerkkaart.core.network import analyse
from netwerkkaart.core.tables import compute_tables


def round_of(data, code):
    data = data.for_round(code)
    return code, data, analyse(data, round_id=code), compute_tables(data)


@pytest.fixture(scope="module")
def demo_rounds():
    demo = demo_dataset()
    low = low_response_round(demo, "2026", "2027", keep=25)
    return round_of(demo, "2025"), round_of(demo, "2026"), round_of(low, "2027")


def test_the_demos_rounds_answered_alike_and_raise_no_warning(demo_rounds):
    (a, _, net_a, _), (b, _, net_b, _), _ = demo_rounds
    contrast = response_contrast((a, net_a), (b, net_b))
    assert (contrast.before_respondents, contrast.after_respondents) == (86, 84)
    assert not contrast.markedly


def test_a_round_with_25_of_84_respondents_is_flagged(demo_rounds):
    _, (b, data_b, net_b, tables_b), (c, data_c, net_c, tables_c) = demo_rounds
    comparison = compare_rounds((b, data_b, net_b, tables_b), (c, data_c, net_c, tables_c))
    response = comparison.response
    assert (response.before_respondents, response.after_respondents) == (84, 25)
    assert response.markedly
    assert response.after_rate == pytest.approx(25 / net_c.figure("actors").value)


@pytest.mark.parametrize(("before", "after", "marked"), [
    (84, 60, False),   # 71 % of the larger round
    (100, 66, True),   # fewer than two thirds
    (100, 67, False),
])  # fmt: skip
def test_the_respondent_ratio_rule(before, after, marked):
    # Rates far apart flag too: use a register large enough for them to stay within 10 points.
    assert ResponseContrast("a", "b", before, after, 1000, 1000).markedly is marked


def test_rates_ten_points_apart_are_flagged():
    assert ResponseContrast("a", "b", 50, 40, 100, 100).markedly  # 50 % and 40 %
    assert not ResponseContrast("a", "b", 50, 41, 100, 100).markedly


def test_every_share_has_the_count_it_is_taken_of(demo_rounds):
    _, (_, data, _, tables), _ = demo_rounds
    bases = share_bases(tables, data.ties)
    mix = tables.partner_mix.filter(pl.col("respondent_type") == "zorgorganisatie")
    row = bases.filter((pl.col("table") == "partner_mix")
                       & (pl.col("row") == "zorgorganisatie · welzijn"))  # fmt: skip
    assert row["base"].item() == mix["count"].sum()
    stimulating = data.ties.filter(pl.col("stimulating").list.len() > 0).height
    factor = bases.filter((pl.col("table") == "factors") & pl.col("row").str.starts_with("stim"))
    assert set(factor["base"]) == {stimulating}
    profile = bases.filter((pl.col("table") == "profile")
                           & (pl.col("row") == "* · finality · afstemming"))  # fmt: skip
    answered = data.ties.filter(pl.col("finality").is_not_null()).height
    assert profile["base"].item() == answered


def test_a_share_on_a_tiny_base_is_not_comparable():
    schema = {"table": pl.String, "row": pl.String, "base": pl.Int64}
    before = pl.DataFrame([("t", "a", 100), ("t", "b", MIN_BASE - 1), ("t", "c", 50)],
                          schema=schema, orient="row")  # fmt: skip
    after = pl.DataFrame([("t", "a", MIN_BASE), ("t", "b", 200)], schema=schema, orient="row")
    found = {r["row"]: r for r in comparable_shares(before, after).iter_rows(named=True)}
    assert found["a"]["comparable"] and not found["b"]["comparable"]
    assert not found["c"]["comparable"]  # only in one round
    assert (found["b"]["n_before"], found["b"]["n_after"]) == (MIN_BASE - 1, 200)


def test_changes_of_shares_are_percentage_points():
    assert points(0.071) == "+7 procentpunt"
    assert points(-0.12) == "−12 procentpunt"
    assert points(0.004) == "+0,4 procentpunt"
    assert points(0.0) == "±0 procentpunt"
    assert points(0.25, "en") == "+25 percentage points"

"""Robustness under non-response: bands from subsamples of the respondents, known cases."""

import random

import polars as pl
import pytest

from netwerkkaart.core.dataset import Dataset
from netwerkkaart.core.model import Actor, Tie
from netwerkkaart.core.network import analyse
from netwerkkaart.core.network.robustness import GEVOELIG, STEVIG, label, robustness

SECTORS = ("zorg", "welzijn", "lokaal_bestuur", "andere")
KIND = {"zorg": "zorgorganisatie", "welzijn": "welzijnsorganisatie",
        "lokaal_bestuur": "lokaal_bestuur", "andere": "andere_organisatie"}  # fmt: skip


def network(n: int, responding: int, *, mutual: bool, seed: int = 3) -> Dataset:
    """``n`` actors in four sectors, random ties; the first ``responding`` actors answer.

    With ``mutual`` every tie between two respondents is reported by both (the same finality);
    otherwise by one side only, chosen at random.
    """
    rng = random.Random(seed)
    actors = [Actor(f"a{i}", f"a{i}", KIND[SECTORS[i % 4]], SECTORS[i % 4]) for i in range(n)]
    ties = []
    for i in range(n):
        for j in range(i + 1, n):
            if rng.random() > (0.25 if i % 4 == j % 4 else 0.08):
                continue
            finality = "afstemming" if mutual else rng.choice(["doorverwijzen", "afstemming"])
            sides = [(i, j), (j, i)] if mutual else [rng.choice([(i, j), (j, i)])]
            for s, t in sides:
                if s < responding:
                    ties.append(Tie(f"a{s}", KIND[SECTORS[s % 4]], "Gemeentegem", f"a{t}",
                                    SECTORS[t % 4], finality, "wekelijks", round="2026"))  # fmt: skip
    return Dataset.from_records(ties, actors=actors)


def bands(data: Dataset, **options) -> pl.DataFrame:
    result = analyse(data, min_group=1)
    return robustness(data, result, **options).filter(~pl.col("suppressed"))


def test_with_every_tie_reported_by_both_sides_the_band_holds_the_full_response_value():
    # One respondent set aside at a time (keep 39 of 40): its partners still report each of
    # its ties, so the collaboration graph, and every measure on it, stays exactly the same.
    rows = bands(network(40, 40, mutual=True), keep=0.975)
    structural = rows.filter(pl.col("measure").is_in(
        ["density", "cross_sector_share", "ei_index_sector", "assortativity_sector",
         "largest_component_share", "reciprocity", "light_tie_share", "degree_centralisation"]))  # fmt: skip
    assert structural.height >= 8
    for measure, group, value, low, high in structural.select(
        "measure", "group", "value", "low", "high"
    ).iter_rows():
        assert low - 1e-9 <= value <= high + 1e-9, (measure, group, value, low, high)
        assert high - low == pytest.approx(0.0, abs=1e-9), measure
    assert set(structural.get_column("label")) == {STEVIG}


def test_bands_widen_as_response_drops():
    def width(responding: int) -> float:
        rows = bands(network(80, responding, mutual=False), draws=30)
        shares = rows.filter(pl.col("measure").is_in(
            ["density", "cross_sector_share", "ei_index_sector", "assortativity_sector",
             "light_tie_share", "degree_centralisation"]), pl.col("group").is_null())  # fmt: skip
        return float((shares["high"] - shares["low"]).sum())

    widths = [width(r) for r in (80, 40, 16)]
    assert widths[0] < widths[1] < widths[2], widths


def test_the_same_data_give_the_same_bands():
    data = network(40, 30, mutual=False)
    assert bands(data).equals(bands(data))


def test_suppressed_figures_stay_suppressed():
    data = network(20, 3, mutual=False)
    rows = robustness(data, analyse(data, min_group=5))
    assert rows.filter(~pl.col("suppressed")).is_empty()
    assert rows.get_column("low").null_count() == rows.height


@pytest.mark.parametrize(
    ("measure", "value", "low", "high", "imputed", "expected"),
    [
        ("density", 0.06, 0.05, 0.07, 0.06, STEVIG),
        ("cross_sector_share", 0.60, 0.45, 0.62, 0.60, GEVOELIG),  # 17 points wide
        ("light_tie_share", 0.60, 0.58, 0.62, 0.70, GEVOELIG),  # reciprocation moves it
        ("ei_index_sector", 0.10, 0.0, 0.18, 0.10, STEVIG),
        ("modularity", 0.35, 0.37, 0.39, 0.35, STEVIG),
        ("modularity", 0.35, 0.42, 0.46, 0.35, GEVOELIG),  # the band lies beside the value
        ("ties", 1000, 820, 860, 1000, STEVIG),  # within a fifth of the value
        ("ties", 1000, 700, 760, 1000, GEVOELIG),
    ],
)
def test_the_label_reads_the_band(measure, value, low, high, imputed, expected):
    assert label(measure, value, low, high, imputed) == expected


@pytest.mark.parametrize("responding", [0, 1])
def test_a_round_with_no_or_one_respondent_has_bands_without_draws(responding):
    # (A survey round closed without answers: nobody to leave out.)
    actors = [Actor(f"a{i}", f"a{i}", "zorgorganisatie", "zorg") for i in range(3)]
    ties = [Tie("a0", "zorgorganisatie", "Gemeentegem", "a1", "zorg", "afstemming",
                round="2026")][:responding]  # fmt: skip
    data = Dataset.from_records(ties, actors=actors)
    result = robustness(data, analyse(data, min_group=1))
    assert set(result.columns) >= {"measure", "low", "high", "label"}

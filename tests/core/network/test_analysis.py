"""The full analysis: every measure present, and no figure about too few respondents."""

import math
from itertools import pairwise

import polars as pl
import pytest
from tests.core.network.builders import tie

from netwerkkaart.core.dataset import Dataset
from netwerkkaart.core.network import analyse
from netwerkkaart.core.network.explanations import MEASURES, explain


def silos(per_sector: int) -> Dataset:
    """Care respondents tie among themselves, welfare respondents too, one bridge between."""
    ties = []
    for sector, kind in (("zorg", "zorgorganisatie"), ("welzijn", "welzijnsorganisatie")):
        names = [f"{sector}{i}" for i in range(per_sector)]
        ties += [tie(a, b, sector, "doorverwijzen", kind=kind) for a, b in pairwise(names)]
    ties.append(tie("zorg0", "welzijn0", "welzijn", "activiteiten", kind="zorgorganisatie"))
    return Dataset.from_records(ties)


def test_every_summary_measure_has_a_dutch_and_english_explanation():
    result = analyse(silos(6))
    for figure in result.summary:
        assert explain(figure.measure, "nl") and explain(figure.measure, "en")
    assert {f.measure for f in result.summary} <= set(MEASURES)


def test_silos_show_a_negative_ei_index_and_light_ties():
    result = analyse(silos(6))
    assert result.figure("ei_index_sector").value == pytest.approx((1 - 10) / 11)
    assert result.figure("light_tie_share").value == pytest.approx(10 / 11)
    assert result.figure("components").value == 1


def test_a_sector_with_too_few_respondents_gets_no_ei_or_brokerage_figure():
    result = analyse(silos(6), min_group=5)  # five respondents per sector
    assert result.figure("ei_index_sector", "zorg").value is not None
    data = silos(6)
    small = Dataset(ties=data.ties.filter(~data.ties["respondent"].is_in(["welzijn3", "welzijn4"])))
    result = analyse(small, min_group=5)
    welfare = result.figure("ei_index_sector", "welzijn")
    assert welfare.suppressed and welfare.value is None
    row = result.brokerage.row(by_predicate=pl.col("sector") == "welzijn", named=True)
    assert row["suppressed"] and row["liaison"] is None


def test_a_network_with_too_few_respondents_shows_not_even_its_size():
    result = analyse(silos(2), min_group=5)
    assert result.figure("actors").suppressed and result.figure("actors").value is None
    assert result.figure("respondents").suppressed and result.figure("respondents").value is None
    assert result.figure("density").suppressed and result.figure("density").value is None
    assert not result.reportable
    assert analyse(silos(2), min_group=1).figure("actors").value == 4


def test_tables_say_why_a_figure_is_missing(small_ecosystem):
    tables = analyse(small_ecosystem, min_group=5).tables("en")
    density = tables["summary"].row(by_predicate=pl.col("measure_id") == "density", named=True)
    assert density["value"] is None and "fewer than 5 respondents" in density["explanation"]
    assert set(tables) >= {"summary", "actors", "communities", "brokerage"}


def test_response_rate_of_a_small_type_is_suppressed_but_nobody_answering_is_shown(small_ecosystem):
    response = analyse(small_ecosystem, min_group=2).response
    rows = {(r["by"], r["group"]): r for r in response.iter_rows(named=True)}
    assert rows[("actor_type", "zelfstandige_zorgprofessional")]["rate"] is None  # 1 answered
    assert rows[("actor_type", "andere_organisatie")]["rate"] == 0.0  # nobody answered
    assert rows[("actor_type", "andere_organisatie")]["invited"] == 1


def test_actor_table_has_one_row_per_actor_with_every_measure(small_ecosystem):
    actors = analyse(small_ecosystem, min_group=1).actors
    assert actors.height == 5
    for column in (
        "in_degree",
        "out_degree",
        "partners",
        "intensity",
        "betweenness",
        "closeness",
        "constraint",
        "effective_size",
        "core",
        "community",
        "liaison",
    ):
        assert column in actors.columns
    sh = actors.row(by_predicate=pl.col("id") == "sh", named=True)
    assert (sh["in_degree"], sh["out_degree"], sh["partners"]) == (1, 2, 2)
    assert sh["intensity"] == pytest.approx(3.0 + 0.25)


def test_community_cells_with_too_few_respondents_are_blank(small_ecosystem):
    communities = analyse(small_ecosystem, min_group=2).communities
    assert (
        communities.filter(communities["suppressed"])["actors"].null_count()
        == communities["suppressed"].sum()
    )
    assert communities["suppressed"].all()  # no cell holds two respondents here


def test_the_analysis_is_deterministic(small_ecosystem):
    first = analyse(small_ecosystem, min_group=1)
    second = analyse(small_ecosystem, min_group=1)
    assert first.actors.equals(second.actors)
    assert [
        f.value for f in first.summary if not (isinstance(f.value, float) and math.isnan(f.value))
    ] == [
        f.value for f in second.summary if not (isinstance(f.value, float) and math.isnan(f.value))
    ]


def test_an_empty_dataset_gives_an_empty_analysis():
    result = analyse(Dataset())
    assert result.figure("actors").value == 0 and result.actors.height == 0

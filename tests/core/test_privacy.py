"""The privacy rule's shared pieces: complementary suppression and categories that name one actor."""

from __future__ import annotations

import polars as pl
from tests.core.network.builders import tie

from netwerkkaart.core.dataset import Dataset
from netwerkkaart.core.network import analyse
from netwerkkaart.core.network.findings import category_label
from netwerkkaart.core.privacy import complementary_groups


def test_the_smallest_shown_groups_are_hidden_until_the_hidden_cover_the_threshold():
    sizes = {"informeel": 2, "lokaal_bestuur": 1, "welzijn": 3, "zorg": 40}
    # 2 + 1 = 3 hidden: welzijn (3) goes too, then 6 >= 5.
    assert complementary_groups(sizes, ["informeel", "lokaal_bestuur"], 5) == ["welzijn"]
    assert complementary_groups(sizes, ["informeel"], 3) == ["lokaal_bestuur"]
    assert complementary_groups(sizes, ["informeel"], 2) == []


def test_nothing_hidden_or_an_empty_group_hides_nothing_more():
    assert complementary_groups({"a": 0, "b": 9}, ["a"], 5) == []
    assert complementary_groups({"a": 6, "b": 9}, [], 5) == []


def test_groups_of_size_zero_are_never_hidden_along():
    assert complementary_groups({"a": 2, "b": 0, "c": 7}, ["a"], 5) == ["c"]


def _response_round() -> Dataset:
    """Six care respondents, two welfare respondents and three local government ones."""
    ties = [
        tie(f"z{i}", f"p{i}", "zorg", "doorverwijzen", kind="zorgorganisatie") for i in range(6)
    ]
    ties += [
        tie(f"w{i}", f"z{i}", "zorg", "afstemming", kind="welzijnsorganisatie") for i in range(2)
    ]
    ties += [tie(f"b{i}", f"z{i}", "zorg", "afstemming", kind="lokaal_bestuur") for i in range(3)]
    data = Dataset.from_records(ties)
    register = [(f"z{i}", "zorg") for i in range(6)] + [(f"w{i}", "welzijn") for i in range(4)]
    register += [(f"b{i}", "lokaal_bestuur") for i in range(3)]
    actors = pl.DataFrame(register, schema=["id", "sector"], orient="row")
    return Dataset(ties=data.ties, actors=pl.concat([data.actors, actors], how="diagonal_relaxed"))


def test_response_per_sector_hides_a_second_sector_when_the_total_gives_the_first_back():
    result = analyse(_response_round(), min_group=5)
    assert result.figure("respondents").value == 11
    by_sector = result.response.filter(pl.col("by") == "sector")
    hidden = set(by_sector.filter(pl.col("suppressed"))["group"].to_list())
    # welzijn (2) is too small; 11 - zorg - lokaal_bestuur would give it back, so the smallest
    # other (lokaal_bestuur, 3) goes too: 5 hidden together.
    assert hidden == {"welzijn", "lokaal_bestuur"}
    assert by_sector.filter(pl.col("group") == "zorg")["responded"].item() == 6
    assert result.figure("response_rate", "sector=lokaal_bestuur").suppressed


def test_a_category_with_one_actor_in_a_place_is_shown_by_its_sector():
    ties = [
        tie("ocmw-a", "ha1", "zorg", "afstemming", kind="lokaal_bestuur"),
        tie("ha1", "ha2", "zorg", "afstemming", kind="zelfstandige_zorgprofessional"),
    ]
    actors = pl.DataFrame(
        {
            "id": ["ocmw-a", "ha1", "ha2"],
            "name": ["Sociaal Huis A", "Dokter Een", "Dokter Twee"],
            "sector": ["lokaal_bestuur", "zorg", "zorg"],
            "category": ["OCMW/Sociaal Huis", "Huisartsen", "Huisartsen"],
            "location": ["A", "A", "A"],
        }
    )
    data = Dataset.from_records(ties)
    data = Dataset(ties=data.ties, actors=pl.concat([data.actors, actors], how="diagonal_relaxed"))
    rows = {r["id"]: r for r in analyse(data, min_group=1).actors.iter_rows(named=True)}
    assert category_label(rows["ha1"]) == "Huisartsen"  # two GPs in A
    assert category_label(rows["ocmw-a"]) == "Lokaal bestuur"  # the only OCMW in A
    assert category_label(rows["ocmw-a"], "en") == "Local government"

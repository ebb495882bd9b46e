import polars as pl
import pytest
from tests.fixtures.builders import wishes

from netwerkkaart.core.dataset import Dataset
from netwerkkaart.core.tables import compute_tables


def test_equal_counts_share_a_dense_rank_and_the_top_cuts_on_distinct_counts() -> None:
    data = Dataset.from_records(wishes=wishes("Stederen", {
        "Scholen": 5, "Huisartsen": 5, "CAW": 4, "OCMW": 3, "Apotheek": 2
    }))  # fmt: skip
    table = compute_tables(data).wished_partners.filter(pl.col("location") == "Stederen")
    assert table.select("rank", "partner", "count").rows() == [
        (1, "Huisartsen", 5),
        (1, "Scholen", 5),
        (2, "CAW", 4),
        (3, "OCMW", 3),
    ]


def test_top_sets_how_many_distinct_counts_are_kept() -> None:
    data = Dataset.from_records(wishes=wishes("Stederen", {"A": 5, "B": 4, "C": 3}))
    table = compute_tables(data, top=1).wished_partners
    assert table.rows() == [("Stederen", 1, "A", 5), ("*", 1, "A", 5)]


def test_wishes_to_collaborate_more_and_better_both_count() -> None:
    data = Dataset.from_records(wishes=wishes("Stederen", {"Huisartsen": 6}))
    assert set(data.wishes.get_column("wish").to_list()) == {"meer", "beter"}
    assert compute_tables(data).wished_partners.row(0) == ("Stederen", 1, "Huisartsen", 6)


def test_locations_come_alphabetically_and_the_total_adds_them_up() -> None:
    data = Dataset.from_records(wishes=wishes("Stederen", {"CAW": 5, "Huisartsen": 6})
                                + wishes("Gemeentegem", {"CAW": 7}))  # fmt: skip
    table = compute_tables(data).wished_partners
    assert table.rows() == [
        ("Gemeentegem", 1, "CAW", 7),
        ("Stederen", 1, "Huisartsen", 6), ("Stederen", 2, "CAW", 5),
        ("*", 1, "CAW", 12), ("*", 2, "Huisartsen", 6),
    ]  # fmt: skip


def test_a_location_with_few_wishing_respondents_is_left_out() -> None:
    data = Dataset.from_records(wishes=wishes("Stederen", {"CAW": 9})
                                + wishes("Leefhoek", {"CAW": 3}, respondents=3)
                                + wishes("Gemeentegem", {"CAW": 7}))  # fmt: skip
    tables = compute_tables(data)
    assert tables.wished_partners.get_column("location").to_list() == ["Stederen", "*"]
    assert tables.suppressed.filter(pl.col("table") == "wished_partners").rows() == [
        ("wished_partners", "Leefhoek", "min_group"),
        ("wished_partners", "Gemeentegem", "complementary"),
    ]


def test_a_top_below_one_is_refused() -> None:
    with pytest.raises(ValueError, match="top"):
        compute_tables(Dataset(), top=0)

import polars as pl
from tests.fixtures.builders import people, tie

from netwerkkaart.core.dataset import Dataset
from netwerkkaart.core.tables import compute_tables


def rows(frame: pl.DataFrame, location: str, question: str) -> list[tuple[str, int, int | None]]:
    part = frame.filter((pl.col("location") == location) & (pl.col("question") == question))
    return list(part.select("answer", "count", "percent").iter_rows())


def one_location(name: str = "Gemeentegem", respondents: int = 5) -> list:
    """8 ties: 8 finalities, 6 frequencies, no evaluations, 4 evolutions (drop-out)."""
    who = people(f"{name}-", respondents)
    finality = ["doorverwijzen"] + ["informatiedeling"] * 7
    frequency = ["dagelijks"] * 3 + ["wekelijks"] * 3 + [None, None]
    evolution = ["meer"] + ["beter"] * 3 + [None] * 4
    return [
        tie(who[n % respondents], location=name, partner=f"p{n}", finality=finality[n],
            frequency=frequency[n], evolution=evolution[n])
        for n in range(8)
    ]  # fmt: skip


def test_each_question_has_its_own_total_and_halves_round_up() -> None:
    table = compute_tables(Dataset.from_records(one_location())).profile
    assert rows(table, "Gemeentegem", "finality") == [
        ("doorverwijzen", 1, 13), ("informatiedeling", 7, 88),
        ("afstemming", 0, 0), ("activiteiten", 0, 0),
    ]  # fmt: skip
    assert rows(table, "Gemeentegem", "frequency") == [
        ("dagelijks", 3, 50), ("wekelijks", 3, 50), ("maandelijks", 0, 0), ("minder", 0, 0),
    ]  # fmt: skip
    assert rows(table, "Gemeentegem", "evolution") == [
        ("meer", 1, 25), ("beter", 3, 75), ("hetzelfde", 0, 0), ("minder", 0, 0),
    ]  # fmt: skip


def test_a_question_nobody_answered_lists_every_answer_with_count_zero_and_no_percent() -> None:
    table = compute_tables(Dataset.from_records(one_location())).profile
    assert rows(table, "Gemeentegem", "evaluation") == [
        ("zeer_goed", 0, None), ("goed", 0, None), ("neutraal", 0, None),
        ("slecht", 0, None), ("zeer_slecht", 0, None),
    ]  # fmt: skip


def test_the_total_adds_up_the_locations_which_come_alphabetically_before_it() -> None:
    ties = one_location("Stederen") + one_location("Gemeentegem")
    table = compute_tables(Dataset.from_records(ties)).profile
    assert table.get_column("location").unique(maintain_order=True).to_list() == [
        "Gemeentegem",
        "Stederen",
        "*",
    ]
    assert rows(table, "*", "finality")[:2] == [
        ("doorverwijzen", 2, 13),
        ("informatiedeling", 14, 88),
    ]
    assert rows(table, "*", "frequency")[0] == ("dagelijks", 6, 50)


def test_a_small_location_is_left_out_and_so_is_the_one_that_would_reveal_it() -> None:
    ties = one_location("Aalter") + one_location("Beernem", respondents=2) + one_location("Zele", 6)
    tables = compute_tables(Dataset.from_records(ties))
    assert tables.profile.get_column("location").unique(maintain_order=True).to_list() == [
        "Zele",
        "*",
    ]
    profile_rows = tables.suppressed.filter(pl.col("table") == "profile")
    assert profile_rows.rows() == [
        ("profile", "Beernem", "min_group"),
        ("profile", "Aalter", "complementary"),
    ]


def test_a_dataset_smaller_than_the_threshold_shows_no_profile_at_all() -> None:
    tables = compute_tables(Dataset.from_records(one_location(respondents=4)))
    assert tables.profile.is_empty()
    assert ("profile", "*", "min_group") in tables.suppressed.rows()
    assert ("profile", "Gemeentegem", "min_group") in tables.suppressed.rows()


def test_a_lower_threshold_shows_the_small_location() -> None:
    tables = compute_tables(Dataset.from_records(one_location(respondents=3)), min_group=3)
    assert rows(tables.profile, "Gemeentegem", "finality")[0] == ("doorverwijzen", 1, 13)
    assert tables.suppressed.is_empty()

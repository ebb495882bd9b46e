import polars as pl
from tests.fixtures.builders import people, tie

from netwerkkaart.core.dataset import Dataset
from netwerkkaart.core.tables import compute_tables


def local_governments() -> Dataset:
    """5 local governments: with care 8 ties (3 referral, 5 activities) plus 2 unanswered."""
    who = people("lb", 5)
    finality = ["doorverwijzen"] * 3 + ["activiteiten"] * 5 + [None, None]
    return Dataset.from_records(
        [tie(who[n % 5], rtype="lokaal_bestuur", partner=f"p{n}", group="zorg",
             finality=finality[n]) for n in range(10)]
    )  # fmt: skip


def cell(table: pl.DataFrame, group: str) -> list[tuple[str, int, int | None]]:
    part = table.filter(pl.col("partner_group") == group)
    return part.select("finality", "count", "percent").rows()


def test_percentages_are_within_the_cell_over_the_answered_finalities() -> None:
    table = compute_tables(local_governments()).finality_by_group
    assert cell(table, "zorg") == [
        ("doorverwijzen", 3, 38), ("informatiedeling", 0, 0),
        ("afstemming", 0, 0), ("activiteiten", 5, 63),
    ]  # fmt: skip


def test_an_empty_cell_lists_every_finality_with_zero_and_no_percent() -> None:
    table = compute_tables(local_governments()).finality_by_group
    assert cell(table, "informeel") == [
        ("doorverwijzen", 0, None), ("informatiedeling", 0, None),
        ("afstemming", 0, None), ("activiteiten", 0, None),
    ]  # fmt: skip


def test_the_grid_is_type_by_partner_group_by_finality_in_canonical_order() -> None:
    table = compute_tables(local_governments()).finality_by_group
    assert table.height == 1 * 5 * 4
    assert table.get_column("partner_group").unique(maintain_order=True).to_list() == [
        "zorg",
        "welzijn",
        "lokaal_bestuur",
        "andere",
        "informeel",
    ]

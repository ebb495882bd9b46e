import polars as pl
from tests.fixtures.builders import tie

from netwerkkaart.core import vocab
from netwerkkaart.core.dataset import Dataset
from netwerkkaart.core.tables import compute_tables

STIMULATING = {
    "r1": [("inhoud:concrete_casus", "inhoud:gedeeld_zorgplan"), ()],
    "r2": [("inhoud",), ("historisch:verzuiling",)],
    "r3": [("persoonlijk:klik",), ("praktisch",)],
    "r4": [("persoonlijk:klik", "persoonlijk:klik"), ("inhoud:concrete_casus",)],
    "r5": [("juridisch:wettelijke_verplichting",)],
}
INHIBITING = {"r1": ("persoonlijk:elkaar_niet_kennen",), "r2": ("juridisch",)}


def factor_dataset() -> Dataset:
    """8 ties of 5 respondents naming a stimulating factor; 2 respondents name inhibiting ones."""
    ties = [
        tie(who, partner=f"{who}-{n}", stimulating=tokens,
            inhibiting=INHIBITING.get(who, ()) if n == 0 else ())
        for who, lists in STIMULATING.items() for n, tokens in enumerate(lists)
    ]  # fmt: skip
    return Dataset.from_records(ties)


def figures(table: pl.DataFrame, category: str) -> dict[str, tuple[int, int | None]]:
    part = table.filter((pl.col("kind") == "stimulating") & (pl.col("category") == category))
    return {
        item: (count, pct) for item, count, pct in part.select("item", "count", "percent").rows()
    }


def test_a_category_counts_the_ties_naming_it_by_item_or_bare_once_each() -> None:
    table = compute_tables(factor_dataset()).factors
    inhoud = figures(table, "inhoud")
    assert inhoud["*"] == (3, 38)  # 3 of the 8 ties that named a stimulating factor: 37.5 %
    assert inhoud["concrete_casus"] == (2, 25)
    assert inhoud["gedeeld_zorgplan"] == (1, 13)
    assert inhoud["gemeenschappelijk_doel"] == (0, 0)


def test_an_item_named_twice_for_one_tie_counts_once() -> None:
    assert figures(compute_tables(factor_dataset()).factors, "persoonlijk")["klik"] == (2, 25)


def test_a_bare_category_counts_for_the_category_only() -> None:
    praktisch = figures(compute_tables(factor_dataset()).factors, "praktisch")
    assert praktisch.pop("*") == (1, 13)
    assert set(praktisch.values()) == {(0, 0)}


def test_categories_and_items_follow_the_canonical_order_with_the_category_row_first() -> None:
    table = compute_tables(factor_dataset()).factors
    expected = [(c, "*") for c in vocab.FACTOR_CATEGORY.codes]
    got = table.filter(pl.col("item") == "*").select("category", "item").rows()
    assert got == expected
    first = table.head(1 + len(vocab.STIMULATING_ITEMS["inhoud"]))
    assert first.get_column("item").to_list() == ["*", *vocab.STIMULATING_ITEMS["inhoud"].codes]
    assert table.height == 8 + sum(len(v) for v in vocab.STIMULATING_ITEMS.values())


def test_a_kind_named_by_too_few_respondents_is_left_out_and_listed() -> None:
    tables = compute_tables(factor_dataset())
    assert tables.factors.get_column("kind").unique().to_list() == ["stimulating"]
    assert tables.suppressed.filter(pl.col("table") == "factors").rows() == [
        ("factors", "inhibiting", "min_group")
    ]


def test_ties_without_any_factor_give_no_factor_table_and_nothing_to_suppress() -> None:
    tables = compute_tables(Dataset.from_records([tie(f"r{k}") for k in range(6)]))
    assert tables.factors.is_empty()
    assert tables.suppressed.filter(pl.col("table") == "factors").is_empty()

import polars as pl
import pytest

from netwerkkaart.core.dataset import Dataset
from netwerkkaart.core.tables import TABLE_NAMES, compute_tables

COLUMNS = {
    "partner_mix": ["respondent_type", "partner_group", "count", "percent"],
    "profile": ["location", "question", "answer", "count", "percent"],
    "finality_by_group": ["respondent_type", "partner_group", "finality", "count", "percent"],
    "wished_partners": ["location", "rank", "partner", "count"],
    "factors": ["kind", "category", "item", "count", "percent"],
    "suppressed": ["table", "group", "reason"],
}


def test_an_empty_dataset_gives_every_table_empty_with_its_columns() -> None:
    tables = compute_tables(Dataset())
    assert list(tables.as_dict()) == list(TABLE_NAMES)
    for name, frame in tables.as_dict().items():
        assert frame.columns == COLUMNS[name]
        assert frame.is_empty(), name


def test_counts_and_percentages_are_whole_numbers() -> None:
    tables = compute_tables(Dataset())
    for name, frame in tables.as_dict().items():
        for column in ("count", "percent", "rank", "respondents"):
            if column in frame.columns:
                assert frame.schema[column] == pl.Int64, (name, column)


def test_a_minimum_group_below_one_is_refused() -> None:
    with pytest.raises(ValueError, match="min_group"):
        compute_tables(Dataset(), min_group=0)

import pytest
from tests.fixtures.report_dataset import report_dataset

from netwerkkaart.core.dataset import Dataset
from netwerkkaart.core.tables import TableSet, compute_tables, render_tables


@pytest.fixture(scope="module")
def tables() -> TableSet:
    return compute_tables(report_dataset())


def test_dutch_rendering_has_titles_labels_and_says_what_was_left_out(tables: TableSet) -> None:
    text = render_tables(tables, lang="nl")
    assert "Tabel 1 — Partnermix per type respondent" in text
    assert "Zelfstandige zorgprofessional    65       11               8               13" in text
    assert "Alle locaties samen" in text
    assert "- Tabel 1: Informele actor — minder dan 5 respondenten" in text
    assert "(3 respondenten)" not in text  # a suppressed group's size is never shown


def test_english_rendering_uses_english_labels(tables: TableSet) -> None:
    text = render_tables(tables, lang="en")
    assert "Table 2 — How do actors collaborate? Per location and together" in text
    assert "Referral               119 ( 38 %)" in text
    assert "Zelfstandige" not in text


def test_markdown_rendering_gives_markdown_tables(tables: TableSet) -> None:
    text = render_tables(tables, markdown=True)
    assert "### Tabel 4 — Met wie wil men meer of beter samenwerken? Top 3 per locatie" in text
    assert "| Beernem | 1 | Huisartsen | 14 |" in text


def test_an_empty_dataset_renders_without_error_and_says_there_is_nothing() -> None:
    text = render_tables(compute_tables(Dataset()), lang="en")
    assert "(no figures to show)" in text
    assert "No group was left out." in text

"""The round's workbook, read back with openpyxl and checked value by value against the core."""

from __future__ import annotations

import io

import openpyxl
import polars as pl
import pytest

from netwerkkaart.core.demo import generate_demo
from netwerkkaart.core.export.workbook import write_round_workbook
from netwerkkaart.core.network import analyse
from netwerkkaart.core.tables import TABLE_NAMES, compute_tables


@pytest.fixture(scope="module")
def demo_round():
    demo = generate_demo(seed=2026)
    return compute_tables(demo.for_round("2026")), analyse(demo, round_id="2026")


def read(tables, network, **options):
    buffer = io.BytesIO()
    sheets = write_round_workbook(tables, network, buffer, workspace="Gemeentegem",
                                  made="23/11/2026 10:00", **options)  # fmt: skip
    return sheets, openpyxl.load_workbook(io.BytesIO(buffer.getvalue()))


def values(sheet) -> list[tuple]:
    return [tuple("" if v is None else v for v in row) for row in sheet.iter_rows(values_only=True)]


def test_every_table_is_a_sheet_equal_to_the_core(demo_round):
    tables, network = demo_round
    _sheets, book = read(tables, network, names=True)
    for name in TABLE_NAMES:
        frame = getattr(tables, name)
        rows = values(book[name])
        assert rows[0] == tuple(frame.columns), name
        expected = [tuple("" if v is None else v for v in row) for row in frame.iter_rows()]
        assert rows[1:] == expected, name
        assert book[name].freeze_panes == "A2"


def test_measure_lists_are_sheets_with_number_formats(demo_round):
    tables, network = demo_round
    _sheets, book = read(tables, network, names=True)
    summary = network.tables("nl")["summary"]
    rows = values(book["summary"])
    density = next(r for r in rows if r[0] == "density")
    assert density[3] == pytest.approx(summary.filter(pl.col("measure_id") == "density")
                                       .get_column("value").item())  # fmt: skip
    assert book["summary"]["D2"].number_format == "0.000"
    assert book["partner_mix"]["C2"].number_format == "#,##0"
    rate = book["response"].cell(row=2, column=5)
    assert rate.number_format == "0.0%"
    assert book["actors"].max_row == network.actors.height + 1


def test_the_about_sheet_names_round_threshold_and_definitions(demo_round):
    tables, network = demo_round
    _sheets, book = read(tables, network, lang="en")
    assert book.sheetnames[0] == "about"
    about = dict((k, v) for k, v in book["about"].iter_rows(values_only=True) if k)
    assert about["Round"] == "2026"
    assert about["Threshold (minimum number of respondents per figure)"] == network.min_group
    assert about["Made on"] == "23/11/2026 10:00"
    assert about["Density"].startswith("The share of all possible pairs")
    assert "Sheet 'partner_mix'" in about


def test_a_reader_without_names_gets_no_actor_list(demo_round):
    tables, network = demo_round
    sheets, book = read(tables, network, names=False)
    assert "actors" not in book.sheetnames
    assert set(values(book["wishes"])[1:]) == set(
        tuple("" if v is None else v for v in row) for row in sheets["wishes"].iter_rows()
    )
    assert all(kind == "category" for kind in sheets["wishes"].get_column("target_kind"))
    assert values(book["unknown"])[0] == ("sector", "actors")


def test_text_that_looks_like_a_formula_is_neutralised(demo_round):
    tables, network = demo_round
    wished = tables.wished_partners.with_columns(pl.lit('=HYPERLINK("x")').alias("partner"))
    _sheets, book = read(tables.__class__(**{**tables.__dict__, "wished_partners": wished}),
                         network)  # fmt: skip
    assert book["wished_partners"]["C2"].value == '\'=HYPERLINK("x")'
    assert book["wished_partners"]["C2"].data_type == "s"

import csv
import dataclasses
from pathlib import Path

import polars as pl
import pytest
from tests.fixtures.report_dataset import report_dataset

from netwerkkaart.cli import main
from netwerkkaart.core.dataset import Dataset

dataformat = pytest.importorskip(
    "netwerkkaart.core.dataformat", reason="the data format reader is not there yet"
)

TABLES = ["partner_mix", "profile", "finality_by_group", "wished_partners", "factors", "suppressed"]


def with_round(dataset: Dataset, round_id: str) -> Dataset:
    return dataclasses.replace(
        dataset,
        ties=dataset.ties.with_columns(round=pl.lit(round_id)),
        wishes=dataset.wishes.with_columns(round=pl.lit(round_id)),
    )


@pytest.fixture(scope="module")
def data_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("data") / "report"
    return dataformat.write_dataset(report_dataset(), folder, fmt="csv")


def test_csv_output_has_one_file_per_table(data_folder: Path, tmp_path: Path) -> None:
    assert main(["tables", str(data_folder), "--out", str(tmp_path)]) == 0
    assert sorted(p.stem for p in tmp_path.glob("*.csv")) == sorted(TABLES)
    with (tmp_path / "partner_mix.csv").open(encoding="utf-8") as handle:
        first = next(csv.DictReader(handle))
    assert first == {"respondent_type": "zelfstandige_zorgprofessional", "partner_group": "zorg",
                     "count": "52", "percent": "65"}  # fmt: skip


def test_semicolon_csv_is_what_a_dutch_excel_opens(data_folder: Path, tmp_path: Path) -> None:
    assert (
        main(["tables", str(data_folder), "--out", str(tmp_path), "--format", "csv-semicolon"]) == 0
    )
    text = (tmp_path / "suppressed.csv").read_text(encoding="utf-8-sig")
    assert text.splitlines()[1] == "partner_mix;informele_actor;min_group"


def test_xlsx_output_is_one_workbook_with_a_sheet_per_table(
    data_folder: Path, tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    assert main(["tables", str(data_folder), "--out", str(tmp_path), "--format", "xlsx"]) == 0
    workbook = load_workbook(tmp_path / "tables.xlsx", read_only=True)
    assert workbook.sheetnames == TABLES
    rows = list(workbook["profile"].iter_rows(values_only=True))
    assert rows[0] == ("location", "question", "answer", "count", "percent")
    assert rows[1] == ("Beernem", "finality", "doorverwijzen", 119, 38)


def test_print_shows_the_tables_in_the_chosen_language(
    data_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        main(["tables", str(data_folder), "--out", str(tmp_path), "--print", "--lang", "en"]) == 0
    )
    out = capsys.readouterr().out
    assert "Table 1 — Partner mix per respondent type" in out
    assert "Informal actor — fewer than 5 respondents" in out
    assert "(3 respondents)" not in out


def test_with_several_rounds_the_latest_is_used_and_said(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old, new = with_round(report_dataset(), "2021"), with_round(report_dataset(), "2024")
    both = Dataset(ties=pl.concat([old.ties, new.ties]), wishes=pl.concat([old.wishes, new.wishes]))
    folder = dataformat.write_dataset(both, tmp_path / "data", fmt="csv")
    assert main(["tables", str(folder), "--out", str(tmp_path / "out")]) == 0
    assert "de laatste, 2024, wordt gebruikt" in capsys.readouterr().out
    profile = pl.read_csv(tmp_path / "out" / "profile.csv")
    assert profile.filter(pl.col("location") == "*").get_column("count").head(1).item() == 396


def test_an_unknown_round_is_refused(data_folder: Path, tmp_path: Path) -> None:
    assert main(["tables", str(data_folder), "--out", str(tmp_path), "--round", "1999"]) == 2


def test_invalid_data_prints_the_problems_and_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["tables", str(tmp_path / "missing"), "--out", str(tmp_path / "out")]) == 2
    assert capsys.readouterr().err.strip()
    assert not (tmp_path / "out").exists()

"""Writing a dataset and reading it back gives the same dataset, for CSV and for XLSX."""

from __future__ import annotations

from pathlib import Path

import pytest

from netwerkkaart.core.dataformat import read_dataset, write_dataset
from netwerkkaart.core.dataset import Dataset
from netwerkkaart.core.model import Actor, Factor, Tie, UnknownActor, Wish


def sample_dataset() -> Dataset:
    ties = [
        Tie("R1", "zorgorganisatie", "Gemeentegem", "P1", "zorg", "afstemming", "wekelijks",
            "goed", "meer", ("strategisch", "operationeel"), "lokaal",
            (Factor("stimulating", "inhoud", "concrete_casus"), Factor("stimulating", "persoonlijk")),
            (Factor("inhibiting", "juridisch", "beroepsgeheim_privacy"),), "2025"),
        Tie("R1", "zorgorganisatie", "Gemeentegem", "=HYPERLINK(\"x\")", "welzijn", round="2025"),
        Tie("R2", "informele_actor", "Stederen", "Buurtcomité Één, \"de Hoek\"", "informeel",
            "doorverwijzen", None, "zeer_slecht", None, round="2026"),
    ]  # fmt: skip
    wishes = [Wish("R1", "Gemeentegem", "Huisartsen", "meer", "2025")]
    unknown = [UnknownActor("R2", "P1", "2026")]
    actors = [
        Actor("P1", "Praktijk Één", "zelfstandige_zorgprofessional", "zorg", "Huisartsen",
              "Gemeentegem", "gemeente", 3, 1200, {"neighbourhood": "Leefhoek"}),
        Actor("R2", "@buurtcomité", "informele_actor", "informeel"),
    ]  # fmt: skip
    return Dataset.from_records(ties, wishes, unknown, actors)


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_a_written_dataset_reads_back_equal(tmp_path: Path, fmt: str) -> None:
    original = sample_dataset()
    written = write_dataset(original, tmp_path / "out", fmt)
    back = read_dataset(written)
    assert back.ties.equals(original.ties)
    assert back.wishes.equals(original.wishes)
    assert back.unknown.equals(original.unknown)
    assert back.actors.equals(original.actors)


def test_formula_text_is_neutralised_in_the_written_csv(tmp_path: Path) -> None:
    folder = write_dataset(sample_dataset(), tmp_path / "out")
    ties = (folder / "ties.csv").read_text(encoding="utf-8")
    actors = (folder / "actors.csv").read_text(encoding="utf-8")
    assert "'=HYPERLINK" in ties
    assert ",=HYPERLINK" not in ties
    assert "'@buurtcomité" in actors


def test_formula_text_is_neutralised_in_the_written_workbook(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    path = write_dataset(sample_dataset(), tmp_path / "out", "xlsx")
    workbook = load_workbook(path)
    values = [cell.value for row in workbook["ties"].iter_rows() for cell in row]
    assert '\'=HYPERLINK("x")' in values
    assert all(not (isinstance(v, str) and v.startswith("=")) for v in values)
    assert workbook["ties"]["A1"].value == "respondent"


def test_a_dataset_without_rounds_writes_no_round_column(tmp_path: Path) -> None:
    data = Dataset.from_records([Tie("R1", "zorgorganisatie", "G", "P", "zorg", "afstemming")])
    folder = write_dataset(data, tmp_path / "out")
    header = (folder / "ties.csv").read_text(encoding="utf-8").splitlines()[0]
    assert "round" not in header.split(",")
    assert not (folder / "wishes.csv").exists()
    assert read_dataset(folder).ties.equals(data.ties)


def test_a_zip_of_the_csv_files_reads_like_the_folder(tmp_path: Path) -> None:
    import zipfile

    folder = write_dataset(sample_dataset(), tmp_path / "out")
    archive = tmp_path / "ronde.zip"
    with zipfile.ZipFile(archive, "w") as handle:
        for file in folder.iterdir():
            handle.write(file, f"export/{file.name}")
    assert read_dataset(archive).ties.equals(read_dataset(folder).ties)


def test_writing_leaves_no_temporary_files(tmp_path: Path) -> None:
    folder = write_dataset(sample_dataset(), tmp_path / "out")
    assert sorted(p.name for p in folder.iterdir()) == [
        "actors.csv", "ties.csv", "unknown.csv", "wishes.csv",
    ]  # fmt: skip

"""The ``network`` and ``export`` commands, end to end on a data folder."""

import pytest

from netwerkkaart.cli import main
from netwerkkaart.core.dataformat import write_dataset


@pytest.fixture
def data_folder(small_ecosystem, tmp_path):
    return write_dataset(small_ecosystem, tmp_path / "data", "csv")


def test_network_writes_the_four_tables(data_folder, tmp_path):
    out = tmp_path / "out"
    assert main(["network", str(data_folder), "--out", str(out), "--min-group", "1"]) == 0
    for name in ("summary", "actors", "communities", "brokerage"):
        assert (out / f"{name}.csv").exists()
    header = (out / "summary.csv").read_text(encoding="utf-8").splitlines()[0]
    assert {"measure", "value", "explanation"} <= set(header.split(","))


def test_network_in_english_as_one_workbook(data_folder, tmp_path):
    from openpyxl import load_workbook

    out = tmp_path / "out"
    assert (
        main(["network", str(data_folder), "--out", str(out), "--format", "xlsx", "--lang", "en"])
        == 0
    )
    book = load_workbook(out / "network.xlsx")
    assert {"about", "summary", "actors", "communities", "brokerage"} <= set(book.sheetnames)
    assert book["summary"]["B2"].value == "Number of actors"


def test_network_rejects_an_unknown_round_with_exit_code_2(data_folder, tmp_path, capsys):
    assert main(["network", str(data_folder), "--out", str(tmp_path), "--round", "1999"]) == 2
    assert "1999" in capsys.readouterr().err


def test_network_rejects_a_file_that_is_not_data(tmp_path, capsys):
    (tmp_path / "ties.csv").write_text("nonsense\n1\n", encoding="utf-8")
    assert main(["network", str(tmp_path), "--out", str(tmp_path / "o")]) == 2
    assert capsys.readouterr().err


def test_export_pseudonymised_keeps_the_key_outside_the_export(data_folder, tmp_path):
    out = tmp_path / "net.gexf"
    assert (
        main(["export", str(data_folder), "--out", str(out), "--format", "gexf", "--pseudonymise"])
        == 0
    )
    key = tmp_path / "net.gexf.pseudonyms.csv"
    assert "Huisarts Janssens" in key.read_text(encoding="utf-8")
    assert "Huisarts Janssens" not in out.read_text(encoding="utf-8")


def test_network_writes_perception_gaps_and_robustness(data_folder, tmp_path):
    out = tmp_path / "out"
    assert main(["network", str(data_folder), "--out", str(out), "--min-group", "1"]) == 0
    gaps = (out / "perception_gaps.csv").read_text(encoding="utf-8").splitlines()
    assert gaps[0].split(",")[:6] == [
        "sector_a", "sector_b", "dimension", "pairs_compared", "pairs_disagreeing", "share"]  # fmt: skip
    # CAW and Sociaal Huis both answer: coordination against joint activities.
    assert any(line.startswith("welzijn,lokaal_bestuur,finality,1,1,1.0") for line in gaps)
    robust = (out / "robustness.csv").read_text(encoding="utf-8").splitlines()
    assert robust[0].split(",")[:5] == ["measure", "value", "low", "high", "label"]
    assert any(line.startswith("density,") for line in robust)
    assert not (out / "perception_pairs.csv").exists()


def test_network_names_the_pairs_only_when_asked(data_folder, tmp_path):
    out = tmp_path / "out"
    args = ["network", str(data_folder), "--out", str(out), "--min-group", "1", "--names"]
    assert main(args) == 0
    pairs = (out / "perception_pairs.csv").read_text(encoding="utf-8")
    assert "CAW Oost" in pairs and "Sociaal Huis" in pairs


def test_perception_gaps_of_a_small_group_carry_no_figures(data_folder, tmp_path):
    out = tmp_path / "out"
    assert main(["network", str(data_folder), "--out", str(out), "--min-group", "5"]) == 0
    for line in (out / "perception_gaps.csv").read_text(encoding="utf-8").splitlines()[1:]:
        assert line.split(",")[3:11] == [""] * 8 and line.endswith("True")

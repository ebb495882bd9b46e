"""``netwerkkaart demo-data OUT`` writes the demo in the open data format and says so in Dutch."""

import pytest

from netwerkkaart.cli import build_parser, main

try:
    from netwerkkaart.core.dataformat import read_dataset
except ImportError:  # the data format is built alongside; the parser tests still run
    read_dataset = None

needs_dataformat = pytest.mark.skipif(read_dataset is None, reason="core.dataformat not ready")


def test_the_command_is_offered_with_its_options():
    args = build_parser().parse_args(["demo-data", "out", "--seed", "7", "--format", "xlsx"])
    assert (args.seed, args.fmt, args.lang) == (7, "xlsx", "nl")


@needs_dataformat
def test_it_writes_a_folder_that_reads_back_as_the_demo(tmp_path, capsys):
    out = tmp_path / "demo"
    assert main(["demo-data", str(out), "--seed", "7"]) == 0
    assert {p.name for p in out.iterdir()} >= {
        "ties.csv",
        "wishes.csv",
        "unknown.csv",
        "actors.csv",
    }
    dataset = read_dataset(out)
    assert dataset.rounds == ["2025", "2026"]
    assert "neighbourhood" in dataset.actors.columns
    printed = capsys.readouterr().out
    assert f"{dataset.actors.height} actoren in het register" in printed
    ties_2025 = dataset.for_round("2025").ties.height
    assert "ronde 2025:" in printed and f"{ties_2025} samenwerkingen" in printed
    assert str(out) in printed


@needs_dataformat
def test_it_writes_a_workbook_and_speaks_english_on_request(tmp_path, capsys):
    assert main(["demo-data", str(tmp_path / "demo"), "--format", "xlsx", "--lang", "en"]) == 0
    assert (tmp_path / "demo.xlsx").is_file()
    printed = capsys.readouterr().out
    assert "actors in the register" in printed and "respondents" in printed
    assert "samenwerkingen" not in printed

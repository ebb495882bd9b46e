"""``netwerkkaart validate`` reports a valid dataset and lists every problem of a bad one."""

from __future__ import annotations

from pathlib import Path

import pytest

from netwerkkaart.cli import main
from netwerkkaart.core.dataformat import write_dataset
from netwerkkaart.core.dataset import Dataset
from netwerkkaart.core.model import Tie


def small_dataset() -> Dataset:
    return Dataset.from_records(
        [
            Tie("R1", "zorgorganisatie", "G", "P1", "zorg", "afstemming", round="2025"),
            Tie("R2", "lokaal_bestuur", "G", "P1", "zorg", "doorverwijzen", round="2025"),
        ]
    )


def test_a_valid_dataset_is_summarised_in_dutch(tmp_path: Path, capsys) -> None:
    folder = write_dataset(small_dataset(), tmp_path / "data")
    assert main(["validate", str(folder)]) == 0
    out = capsys.readouterr().out
    assert "De gegevens zijn geldig: 2 samenwerkingen van 2 respondenten" in out
    assert "rondes: 2025" in out


def test_a_bad_dataset_exits_2_with_every_problem_in_english(tmp_path: Path, capsys) -> None:
    folder = write_dataset(small_dataset(), tmp_path / "data")
    ties = folder / "ties.csv"
    ties.write_text(ties.read_text().replace("afstemming", "veel").replace("doorverwijzen", "x"))
    assert main(["validate", str(folder), "--lang", "en"]) == 2
    err = capsys.readouterr().err
    assert "The data was rejected: 2 problems." in err
    assert "ties.csv, row 2, column finality: 'veel' is not a valid value" in err
    assert "ties.csv, row 3, column finality: 'x'" in err


def test_help_lists_the_commands(capsys) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    assert "validate" in capsys.readouterr().out

"""The optional tie-quality columns of ties.csv: read, checked, written only when answered."""

from __future__ import annotations

from pathlib import Path

import pytest

from netwerkkaart.core.dataformat import DataFormatError, read_dataset, write_dataset
from netwerkkaart.core.dataset import Dataset
from netwerkkaart.core.model import Tie
from netwerkkaart.core.scales import RC_COLUMNS, SCALE_COLUMNS

HEADER = "respondent,respondent_type,location,partner,partner_group,finality,frequency,evaluation,evolution"
ROW = "R1,zorgorganisatie,Gemeentegem,P1,welzijn,afstemming,wekelijks,goed,meer"


def test_the_scales_are_read_as_whole_numbers(write_files) -> None:
    header = HEADER + ",collaboration_level,rc_timely,rc_mutual_respect"
    folder = write_files(ties="\n".join([header, ROW + ",3,4,5",
                                         ROW.replace("P1", "P2") + ",0,,1"]) + "\n")  # fmt: skip
    ties = read_dataset(folder).ties
    assert ties.get_column("collaboration_level").to_list() == [3, 0]
    assert ties.get_column("rc_timely").to_list() == [4, None]
    assert ties.get_column("rc_mutual_respect").to_list() == [5, 1]
    assert ties.get_column("rc_frequent").to_list() == [None, None]  # column absent: not asked


def test_a_value_off_the_scale_names_the_cell_and_the_range(write_files) -> None:
    header = HEADER + ",collaboration_level,rc_accurate"
    rows = [ROW + ",6,3", ROW.replace("P1", "P2") + ",2,0", ROW.replace("P1", "P3") + ",x,2.5"]
    folder = write_files(ties="\n".join([header, *rows]))
    with pytest.raises(DataFormatError) as caught:
        read_dataset(folder)
    found = {(i.row, i.column, i.value): i for i in caught.value.errors}
    assert set(found) == {(2, "collaboration_level", "6"), (3, "rc_accurate", "0"),
                          (4, "collaboration_level", "x"), (4, "rc_accurate", "2.5")}  # fmt: skip
    assert found[(2, "collaboration_level", "6")].message("nl") == (
        "'6' is geen geheel getal van 0 tot en met 5."
    )
    assert found[(3, "rc_accurate", "0")].message("en") == "'0' is not a whole number from 1 to 5."


def test_an_older_file_without_the_columns_stays_valid_and_writes_back_without_them(
    write_files, tmp_path: Path
) -> None:
    folder = write_files(ties=HEADER + "\n" + ROW + "\n")
    data = read_dataset(folder)
    assert all(data.ties.get_column(c).is_null().all() for c in SCALE_COLUMNS)
    written = write_dataset(data, tmp_path / "out")
    assert (written / "ties.csv").read_text(encoding="utf-8").splitlines()[0] == (
        HEADER + ",level,scale,stimulating,inhibiting"
    )


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_answered_scales_round_trip(tmp_path: Path, fmt: str) -> None:
    scales = {"collaboration_level": 4, **dict(zip(RC_COLUMNS, [5, 4, 4, 3, 5, 2, 1], strict=True))}
    original = Dataset.from_records([
        Tie("R1", "zorgorganisatie", "G", "P1", "welzijn", "afstemming", round="2026",
            scales=scales),
        Tie("R1", "zorgorganisatie", "G", "P2", "zorg", round="2026",
            scales={"rc_timely": 2}),
    ])  # fmt: skip
    back = read_dataset(write_dataset(original, tmp_path / "out", fmt))
    assert back.ties.equals(original.ties)
    assert next(back.iter_ties()).scales == scales

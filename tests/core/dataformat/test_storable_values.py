"""Values a database cannot keep are errors of the file: too long for the field, or a NUL."""

from __future__ import annotations

import pytest
from tests.core.dataformat.samples import ties_text

from netwerkkaart.core.dataformat import DataFormatError, read_dataset
from netwerkkaart.core.dataformat.sources import RawTable, parse_csv_bytes
from netwerkkaart.core.dataformat.spec import ACTORS, MAX_LENGTHS, TIES, max_length
from netwerkkaart.core.dataformat.validate import validate_table

GOOD = "R1,zorgorganisatie,Gemeentegem,P1,zorg,afstemming,wekelijks,goed,meer"


def rejected(path) -> DataFormatError:
    with pytest.raises(DataFormatError) as caught:
        read_dataset(path)
    return caught.value


def test_a_respondent_of_301_characters_is_too_long_and_300_fit(write_files) -> None:
    fits = GOOD.replace("R1", "R" * 300)
    too_long = GOOD.replace("R1", "R" * 301).replace("P1", "P2")
    error = rejected(write_files(ties=ties_text(fits, too_long)))
    [issue] = error.errors
    assert (issue.code, issue.row, issue.column) == ("too_long", 3, "respondent")
    assert issue.params == {"length": 301, "max": 300}
    assert issue.message("nl") == (
        "Deze waarde is 301 tekens lang; in deze kolom passen er hoogstens 300."
    )
    assert "at most 300" in issue.message("en")
    assert len(issue.value) == 81 and issue.value.endswith("\u2026")  # shown cut short


def test_every_too_long_cell_is_named_at_once(write_files) -> None:
    row = GOOD.replace("Gemeentegem", "G" * 201).replace("P1", "P" * 400)
    error = rejected(write_files(ties=ties_text(row)))
    found = sorted((i.column, i.params["max"]) for i in error.errors if i.code == "too_long")
    assert found == [("location", 200), ("partner", 300)]


def test_a_nul_character_deep_in_a_file_is_refused(write_files) -> None:
    # The first 4 KiB have no NUL, so the file is not taken for a binary one.
    rows = [GOOD.replace("P1", f"P{n}") for n in range(100)]
    rows.append(GOOD.replace("P1", "P\x00X"))
    error = rejected(write_files(ties=ties_text(*rows).encode("utf-8")))
    [issue] = error.errors
    assert (issue.code, issue.row, issue.column) == ("nul_character", 102, "partner")
    assert issue.value == "P\u2400X"  # visible, and storable
    assert "NUL-teken" in issue.message("nl") and "NUL character" in issue.message("en")


def test_a_nul_in_a_register_column_or_header_is_refused() -> None:
    # A workbook's cells reach validation as text: the header is checked as well as the cells.
    raw = RawTable.from_rows("actors (sheet)", ["id", "name", "kleur\x00"], [["A1", "N", "r"]], [2])
    _frame, issues = validate_table(raw, ACTORS)
    assert [(i.code, i.row, i.value) for i in issues] == [("nul_character", 1, "kleur\u2400")]
    raw = RawTable.from_rows("actors (sheet)", ["id", "name", "kleur"], [["A1", "N", "r\x00"]], [2])
    _frame, issues = validate_table(raw, ACTORS)
    assert [(i.code, i.column) for i in issues] == [("nul_character", "kleur")]


def test_register_names_longer_than_255_are_refused() -> None:
    raw, _ = parse_csv_bytes("actors.csv", f"id,name\nA1,{'n' * 256}\nA2,{'n' * 255}\n".encode())
    frame, issues = validate_table(raw, ACTORS)
    assert frame is None
    assert [(i.code, i.row, i.params["max"]) for i in issues] == [("too_long", 2, 255)]


def test_limits_are_per_file_and_column() -> None:
    assert max_length(TIES, "partner") == 300
    assert max_length(TIES, "finality") is None  # a code column: only codes pass
    assert max_length(ACTORS, "id") == 100
    assert set(MAX_LENGTHS) == {"ties", "wishes", "unknown", "actors"}

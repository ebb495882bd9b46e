"""Hostile and broken files are refused with a clear message before they are read, never with a
traceback, and without the memory a bomb asks for."""

from __future__ import annotations

import resource
import zipfile
from pathlib import Path

import pytest
from tests.core.dataformat.samples import ties_text
from tests.fixtures.bad_inputs import LAUGHS, MIB, with_doctype, workbook, zeros_zip

from netwerkkaart.cli import main
from netwerkkaart.core.dataformat import DataFormatError, read_dataset

GOOD = "R1,zorgorganisatie,Gemeentegem,P1,zorg,afstemming,wekelijks,goed,meer"


def refused(path: Path) -> list[str]:
    with pytest.raises(DataFormatError) as caught:
        read_dataset(path)
    return [issue.code for issue in caught.value.errors]


@pytest.mark.slow
def test_a_zip_bomb_is_refused_from_its_directory_without_unpacking(tmp_path: Path) -> None:
    bomb = zeros_zip(tmp_path / "bom.zip", 600)
    assert bomb.stat().st_size < 5 * MIB
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    assert refused(bomb) == ["zip_expands"]
    grown = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before  # KiB on Linux
    print(f"\nzip of {bomb.stat().st_size // 1024} KiB expanding to 600 MiB: peak grew {grown} KiB")
    assert grown < 50 * 1024


def test_an_entry_compressed_like_a_bomb_is_refused(tmp_path: Path) -> None:
    assert refused(zeros_zip(tmp_path / "klein.zip", 20)) == ["zip_ratio"]


def test_a_zip_with_thousands_of_files_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "veel.zip"
    with zipfile.ZipFile(path, "w") as archive:
        for n in range(300):
            archive.writestr(f"f{n}.txt", "x")
    assert refused(path) == ["zip_entries"]


def test_a_path_inside_a_zip_is_only_a_name_and_a_nested_zip_is_not_opened(tmp_path: Path) -> None:
    path = tmp_path / "paden.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("../../../ties.csv", ties_text(GOOD))
    assert read_dataset(path).ties.height == 1
    assert not (tmp_path.parent.parent / "ties.csv").exists()
    nested = tmp_path / "genest.zip"
    with zipfile.ZipFile(nested, "w") as archive:
        archive.write(path, "binnen.zip")
    assert refused(nested) == ["missing_file"]


def test_an_entity_expansion_bomb_in_a_workbook_is_refused(tmp_path: Path) -> None:
    path = with_doctype(workbook(tmp_path / "lach.xlsx"), LAUGHS)
    assert refused(path) == ["xml_entities"]


def test_an_external_entity_in_a_workbook_is_refused(tmp_path: Path) -> None:
    path = with_doctype(
        workbook(tmp_path / "extern.xlsx"), '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
    )
    assert refused(path) == ["xml_entities"]


def test_a_file_named_xlsx_that_is_not_a_zip_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "nep.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0 an old .xls renamed")
    assert refused(path) == ["not_a_workbook"]


def test_a_huge_cell_is_refused_in_a_csv(write_files) -> None:
    # (A workbook cannot hold more: openpyxl reads at most Excel's own 32 767 characters.)
    long = "x" * 40_000
    folder = write_files(ties=ties_text(GOOD.replace("R1", long, 1)))
    assert refused(folder) == ["cell_too_long"]


def test_the_cli_answers_a_hostile_file_with_a_message_not_a_traceback(tmp_path: Path, capsys):
    path = with_doctype(workbook(tmp_path / "x.xlsx"), "<!DOCTYPE x [<!ENTITY e 'e'>]>")
    assert main(["validate", str(path)]) != 0
    for command in (["tables", str(path), "--out", str(tmp_path / "t")],):
        assert main(command) != 0
    out = capsys.readouterr()
    assert "Traceback" not in out.out + out.err
    assert "DOCTYPE" in out.out + out.err
    assert not (tmp_path / "t").exists() or not any((tmp_path / "t").iterdir())


@pytest.mark.parametrize("code", ["2026/2027", "import", "1" * 41, ".", ".."])
def test_validate_refuses_the_round_codes_the_import_refuses(write_files, code) -> None:
    from netwerkkaart.core.dataformat.spec import usable_round_code

    header = "round," + "respondent,respondent_type,location,partner,partner_group,finality"
    folder = write_files(ties=f"{header},frequency,evaluation,evolution\n{code},{GOOD}\n".encode())
    assert not usable_round_code(code)
    assert refused(folder) in (["bad_round_code"], ["too_long"])

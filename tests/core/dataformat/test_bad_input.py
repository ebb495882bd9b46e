"""Every kind of bad input is named clearly, all at once, and nothing is half-loaded."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.core.dataformat.samples import TIES_HEADER, ties_text

from netwerkkaart.core.dataformat import DataFormatError, read_dataset, read_dataset_with_warnings
from netwerkkaart.core.dataformat.issues import WARNING

GOOD = "R1,zorgorganisatie,Gemeentegem,P1,zorg,afstemming,wekelijks,goed,meer"


def rejected(path: Path) -> DataFormatError:
    with pytest.raises(DataFormatError) as caught:
        read_dataset(path)
    return caught.value


def codes(error: DataFormatError) -> list[str]:
    return [issue.code for issue in error.errors]


def test_an_unknown_code_names_file_row_column_value_and_what_is_allowed(write_files) -> None:
    folder = write_files(ties=ties_text(GOOD, GOOD.replace("P1", "P2").replace("goed", "super")))
    error = rejected(folder)
    [issue] = error.errors
    assert (issue.file, issue.row, issue.column, issue.value) == (
        "ties.csv",
        3,
        "evaluation",
        "super",
    )
    assert "zeer_goed, goed, neutraal, slecht, zeer_slecht" in issue.message("nl")
    assert "geen geldige waarde" in issue.message("nl")
    assert "is not a valid value" in issue.message("en")


def test_every_problem_in_every_file_is_reported_at_once(write_files) -> None:
    folder = write_files(
        ties=ties_text(
            GOOD.replace("zorg,", "zorgx,"),
            GOOD.replace("P1", "P2").replace("wekelijks", "soms"),
            GOOD.replace("P1", "P3").replace("meer", "veel"),
        ),
        wishes="respondent,location,partner,wish\nR1,Gemeentegem,Huisartsen,graag\n",
    )
    error = rejected(folder)
    places = {(i.file, i.row, i.column) for i in error.errors}
    assert places == {
        ("ties.csv", 2, "partner_group"),
        ("ties.csv", 3, "frequency"),
        ("ties.csv", 4, "evolution"),
        ("wishes.csv", 2, "wish"),
    }


def test_dutch_labels_and_other_casing_are_accepted_as_codes(write_files) -> None:
    row = "R1,Zorgorganisatie,G,P1,Lokaal bestuur,INFORMATIEDELING,Minder dan maandelijks,Zeer goed,Hetzelfde"
    data = read_dataset(write_files(ties=ties_text(row)))
    tie = next(data.iter_ties())
    assert (tie.partner_group, tie.finality, tie.frequency) == (
        "lokaal_bestuur",
        "informatiedeling",
        "minder",
    )
    assert (tie.evaluation, tie.evolution) == ("zeer_goed", "hetzelfde")


def test_a_missing_required_column_is_named(write_files) -> None:
    header = TIES_HEADER.replace(",evolution", "")
    folder = write_files(ties=ties_text(GOOD.rsplit(",", 1)[0], header=header))
    error = rejected(folder)
    [issue] = error.errors
    assert (issue.code, issue.column) == ("missing_column", "evolution")


def test_a_duplicate_header_is_named(write_files) -> None:
    folder = write_files(ties=ties_text(GOOD + ",x", header=TIES_HEADER + ",finality"))
    error = rejected(folder)
    assert [(i.code, i.column) for i in error.errors] == [("duplicate_header", "finality")]


def test_an_empty_file_is_named(write_files) -> None:
    error = rejected(write_files(ties=b""))
    assert codes(error) == ["empty_file"]
    assert "leeg" in error.errors[0].message("nl")


def test_a_ties_file_with_only_a_header_is_rejected(write_files) -> None:
    assert codes(rejected(write_files(ties=ties_text()))) == ["no_rows"]


def test_a_missing_ties_file_is_named(write_files) -> None:
    folder = write_files(wishes="respondent,location,partner,wish\nR1,G,Huisartsen,meer\n")
    assert codes(rejected(folder)) == ["missing_file"]


def test_a_latin1_file_is_refused_with_a_hint_not_a_crash(write_files) -> None:
    text = ties_text(GOOD, GOOD.replace("P1", "Kinépraktijk Driss"))
    error = rejected(write_files(ties=text.encode("latin-1")))
    [issue] = error.errors
    assert issue.code == "encoding"
    assert issue.row == 3
    assert "Windows-1252" in issue.message("nl") and "UTF-8" in issue.message("en")


def test_a_utf16_file_from_excel_is_read_and_the_person_is_told(write_files) -> None:
    # Excel's "Unicode text" is UTF-16 little endian with a BOM and tabs between columns.
    text = ties_text(GOOD, GOOD.replace("P1", "Kinépraktijk")).replace(",", "\t")
    result = read_dataset_with_warnings(write_files(ties=text.encode("utf-16")))
    assert result.dataset.ties.height == 2
    assert "Kinépraktijk" in result.dataset.ties.get_column("partner").to_list()
    assert {w.code for w in result.warnings} == {"utf16", "delimiter"}


def test_a_utf8_bom_is_accepted_silently(write_files) -> None:
    result = read_dataset_with_warnings(write_files(ties=ties_text(GOOD).encode("utf-8-sig")))
    assert result.dataset.ties.columns[1] == "respondent"
    assert result.dataset.ties.get_column("respondent").to_list() == ["R1"]
    assert result.warnings == []


def test_semicolons_from_a_dutch_excel_are_detected_and_accepted(write_files) -> None:
    text = ties_text(GOOD + ";x", header=TIES_HEADER + ",level").replace(",", ";")
    text = text.replace(";x", ';"strategisch;operationeel"')
    result = read_dataset_with_warnings(write_files(ties=text))
    assert [w.code for w in result.warnings] == ["delimiter"]
    assert next(result.dataset.iter_ties()).level == ("strategisch", "operationeel")


def test_a_duplicate_tie_points_to_the_first_row(write_files) -> None:
    error = rejected(write_files(ties=ties_text(GOOD, GOOD.replace("meer", "beter"))))
    [issue] = error.errors
    assert (issue.code, issue.row, issue.params["first"]) == ("duplicate_row", 3, 2)


def test_the_same_partner_in_two_rounds_is_not_a_duplicate(write_files) -> None:
    header = TIES_HEADER + ",round"
    data = read_dataset(write_files(ties=ties_text(GOOD + ",2025", GOOD + ",2026", header=header)))
    assert data.rounds == ["2025", "2026"]


def test_formula_looking_cells_are_kept_as_text_and_flagged(write_files) -> None:
    row = GOOD.replace("P1", "=1+1").replace("R1", "@SUM(A1)")
    result = read_dataset_with_warnings(write_files(ties=ties_text(row)))
    tie = next(result.dataset.iter_ties())
    assert (tie.partner, tie.respondent) == ("=1+1", "@SUM(A1)")
    assert sorted(w.column for w in result.warnings if w.code == "formula") == [
        "partner",
        "respondent",
    ]


def test_a_formula_in_a_coded_column_is_an_unknown_code(write_files) -> None:
    error = rejected(write_files(ties=ties_text(GOOD.replace("afstemming", "=cmd|' /C calc'!A0"))))
    assert [(i.code, i.column) for i in error.errors] == [("unknown_code", "finality")]


def test_a_row_with_too_many_cells_is_named(write_files) -> None:
    error = rejected(write_files(ties=ties_text(GOOD, GOOD.replace("P1", "P2") + ",extra")))
    [issue] = error.errors
    assert (issue.code, issue.row, issue.params["found"]) == ("ragged_row", 3, 10)


def test_an_empty_required_cell_is_named(write_files) -> None:
    error = rejected(write_files(ties=ties_text(GOOD.replace("P1", ""))))
    assert [(i.code, i.column) for i in error.errors] == [("required_value", "partner")]


def test_a_respondent_with_two_types_in_one_round_is_named(write_files) -> None:
    other = GOOD.replace("P1", "P2").replace("zorgorganisatie", "welzijnsorganisatie")
    error = rejected(write_files(ties=ties_text(GOOD, other)))
    [issue] = error.errors
    assert (issue.code, issue.row, issue.column) == (
        "inconsistent_respondent",
        3,
        "respondent_type",
    )


def test_an_unknown_factor_is_named_and_known_ones_accept_labels(write_files) -> None:
    header = TIES_HEADER + ",stimulating"
    ok = GOOD + ',"Persoonlijk: klik; financieel"'
    bad = GOOD.replace("P1", "P2") + ",inhoud:toverstaf"
    error = rejected(write_files(ties=ties_text(ok, bad, header=header)))
    [issue] = error.errors
    assert (issue.code, issue.row, issue.value) == ("unknown_factor", 3, "inhoud:toverstaf")
    data = read_dataset(write_files(ties=ties_text(ok, header=header)))
    assert data.ties.get_column("stimulating").to_list() == [["persoonlijk:klik", "financieel"]]


def test_a_register_count_must_be_a_whole_number(write_files) -> None:
    actors = "id,name,employees,clients\nA1,Praktijk,drie,12\nA2,CAW,-4,\n"
    error = rejected(write_files(ties=ties_text(GOOD), actors=actors))
    assert [(i.code, i.row, i.value) for i in error.errors] == [
        ("not_a_count", 2, "drie"), ("not_a_count", 3, "-4"),
    ]  # fmt: skip


def test_a_duplicate_register_id_is_named(write_files) -> None:
    actors = "id,name\nA1,Praktijk\nA1,Andere praktijk\n"
    error = rejected(write_files(ties=ties_text(GOOD), actors=actors))
    assert codes(error) == ["duplicate_row"]


def test_unknown_ties_columns_are_ignored_with_a_warning(write_files) -> None:
    result = read_dataset_with_warnings(
        write_files(ties=ties_text(GOOD + ",x", header=TIES_HEADER + ",opmerking"))
    )
    assert [(w.code, w.column, w.severity) for w in result.warnings] == [
        ("unknown_column", "opmerking", WARNING)
    ]


def test_a_binary_file_named_csv_is_refused(write_files) -> None:
    error = rejected(write_files(ties=b"PK\x03\x04\x00\x00binary\x00\x00stuff"))
    assert codes(error) == ["binary"]


def test_a_fake_workbook_is_refused(tmp_path: Path) -> None:
    fake = tmp_path / "ronde.xlsx"
    fake.write_text("not a workbook")
    assert codes(rejected(fake)) == ["not_a_workbook"]


def test_a_path_that_does_not_exist_is_named(tmp_path: Path) -> None:
    assert codes(rejected(tmp_path / "nergens")) == ["not_found"]


def test_row_numbers_in_a_workbook_match_what_excel_shows(tmp_path: Path) -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "ties"
    sheet.append(TIES_HEADER.split(","))
    sheet.append(GOOD.split(","))
    sheet.append([])  # an empty row in between still counts as row 3
    sheet.append(GOOD.replace("P1", "P2").replace("goed", "matig").split(","))
    sheet.append([*GOOD.replace("P1", "P3").split(",")[:5], "=A1"])
    path = tmp_path / "ronde.xlsx"
    workbook.save(path)
    error = rejected(path)
    assert [(i.row, i.column, i.value) for i in error.errors] == [
        (4, "evaluation", "matig"), (5, "finality", "=A1"),
    ]  # fmt: skip


def test_the_rendered_report_is_in_the_requested_language(write_files) -> None:
    error = rejected(write_files(ties=ties_text(GOOD.replace("goed", "super"))))
    assert error.render("nl").startswith("De gegevens werden geweigerd: 1")
    assert "ties.csv, rij 2, kolom evaluation" in error.render("nl")
    assert "ties.csv, row 2, column evaluation" in error.render("en")


def test_csv_reading_and_rendering_survive_many_errors(write_files) -> None:
    rows = [GOOD.replace("P1", f"P{n}").replace("goed", "x") for n in range(500)]
    error = rejected(write_files(ties=ties_text(*rows)))
    assert len(error.errors) == 500
    assert error.render("nl", limit=10).endswith("... en nog 490")


def test_a_header_only_of_commas_counts_as_empty(write_files) -> None:
    assert codes(rejected(write_files(ties=",,,\n"))) in (["empty_file"], ["empty_header"] * 4)


def test_row_numbers_count_records_across_blank_lines_and_quoted_line_breaks(write_files) -> None:
    quoted = GOOD.replace("P1", '"Praktijk\nDe Linde"')
    bad = GOOD.replace("P1", "P9").replace("goed", "matig")
    error = rejected(write_files(ties=ties_text(quoted, "", bad)))
    [issue] = error.errors
    # Row 2 holds a line break inside quotes, row 3 is blank: the bad row is the 4th record.
    assert (issue.row, issue.value) == (4, "matig")


def test_a_file_starting_with_a_blank_line_still_reads(write_files) -> None:
    data = read_dataset(write_files(ties="\n" + ties_text(GOOD)))
    assert data.ties.get_column("partner").to_list() == ["P1"]

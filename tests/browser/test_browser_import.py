"""Importing a round through the import page, in a real browser: every error at once, or the round.

Imports normally run in a background thread and the job page polls for the result; here they run
inside the request (``NETWERKKAART_IMPORT_SYNC``), so the page after the upload is the outcome.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.apps.rounds.helpers import small_dataset

from netwerkkaart.core.dataformat import write_dataset

IMPORT = "/w/gemeentegem/rounds/import/"

HEADER = "respondent,respondent_type,location,partner,partner_group,finality,frequency,evaluation,evolution"
# Four problems: an unknown respondent type (row 3), an empty partner (row 4), an unknown
# finality (row 5) in ties.csv, and an unknown wish (row 2) in wishes.csv.
BAD_TIES = "\n".join(
    [
        HEADER,
        "R1,zorgorganisatie,Gemeentegem,CAW,welzijn,afstemming,wekelijks,goed,meer",
        "R2,ziekenhuis,Gemeentegem,CAW,welzijn,,,,",
        "R3,zorgorganisatie,Gemeentegem,,welzijn,,,,",
        "R4,zorgorganisatie,Gemeentegem,CAW,welzijn,veel,,,",
    ]
).encode()
BAD_WISHES = b"respondent,location,partner,wish\nR1,Gemeentegem,CAW,graag\n"


@pytest.fixture(autouse=True)
def imports_run_synchronously(settings) -> None:
    settings.NETWERKKAART_IMPORT_SYNC = True


def csv(name: str, data: bytes) -> dict[str, object]:
    return {"name": name, "mimeType": "text/csv", "buffer": data}


def upload(page, files: list[dict[str, object]], round_code: str = "2024") -> None:
    page.goto(IMPORT)
    page.set_input_files("input[name=files]", files)
    page.fill("input[name=round_code]", round_code)
    with page.expect_navigation():
        page.get_by_role("button", name="Inlezen").click()


def table_rows(page) -> list[list[str]]:
    rows = page.locator("main table").first.locator("tbody tr")
    cells = [rows.nth(i).locator("td").all_inner_texts() for i in range(rows.count())]
    return [row for row in cells if row]  # the total row has header cells only


def test_every_error_of_a_file_is_shown_in_the_table(login_as, world):
    page = login_as("alice")
    upload(page, [csv("ties.csv", BAD_TIES), csv("wishes.csv", BAD_WISHES)])
    assert "/rounds/import/" in page.url
    assert page.get_by_text("Er werd niets ingelezen.").is_visible()
    assert page.get_by_role("heading", name="4 problemen").is_visible()
    rows = table_rows(page)
    assert len(rows) == 4
    # file, row, column, value, problem
    found = {(r[0], r[1], r[2]): r for r in rows}
    assert "is geen geldige waarde" in found[("ties.csv", "3", "respondent_type")][4]
    assert "ziekenhuis" in found[("ties.csv", "3", "respondent_type")][3]
    assert "niet leeg" in found[("ties.csv", "4", "partner")][4]
    assert found[("ties.csv", "5", "finality")][3] == "veel"
    assert found[("wishes.csv", "2", "wish")][3] == "graag"
    # Nothing was written: no round to see.
    page.goto("/w/gemeentegem/rounds/")
    assert page.locator("main").get_by_text("2024").count() == 0


def test_a_good_file_gives_its_rounds(login_as, world, tmp_path: Path):
    workbook = write_dataset(small_dataset(), tmp_path / "bevraging.xlsx", "xlsx")
    page = login_as("alice")
    upload(
        page,
        [
            {
                "name": "bevraging.xlsx",
                "mimeType": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "buffer": workbook.read_bytes(),
            }
        ],
    )
    assert page.get_by_text("De gegevens werden ingelezen.").is_visible()
    rows = {r[0]: r for r in table_rows(page)}
    assert set(rows) == {"2025", "2026"}
    assert rows["2025"][1] == "3"  # ties
    assert rows["2026"][1] == "1"

    with page.expect_navigation():
        page.get_by_role("link", name="2025", exact=True).click()
    assert page.url.endswith("/w/gemeentegem/rounds/2025/")
    assert page.locator("h1").inner_text() == "Ronde 2025"
    ties = page.locator("main table").first.locator("tr", has_text="Samenwerkingen")
    assert ties.locator("td").inner_text() == "3"

    page.get_by_role("link", name="Alle rondes").click()
    page.wait_for_url("**/w/gemeentegem/rounds/")
    listed = page.locator("main").inner_text()
    assert "2025" in listed and "2026" in listed

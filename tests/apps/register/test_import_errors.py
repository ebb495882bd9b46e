"""A rejected import shows every problem at once, in the reader's language, and changes nothing."""

from __future__ import annotations

import html

from django.core.files.uploadedfile import SimpleUploadedFile

from .conftest import REGISTER, snapshot
from .files import BROKEN, upload, workbook

IMPORT = f"{REGISTER}import/"


def test_every_problem_is_shown_with_its_row_in_dutch(world, register) -> None:
    response = world.client_for("alice").post(IMPORT, {"file": upload(BROKEN)})
    assert response.status_code == 200
    rows = [(e["row"], e["column"]) for e in response.context["errors"]]
    assert rows == [(3, "name"), (4, "sector"), (5, "employees"), (6, None)]
    page = html.unescape(response.content.decode())
    assert "Het bestand werd geweigerd: 4 problemen." in page
    assert "Deze cel mag niet leeg zijn." in page
    assert "'onbekend' is geen geldige waarde." in page
    assert "'veel' is geen geheel getal van 0 of meer." in page
    assert "Deze rij herhaalt rij 2 (zelfde id)." in page
    for row in ("3", "4", "5", "6"):
        assert f'<td class="num">{row}</td>' in page


def test_the_problems_are_in_english_when_the_reader_chose_english(world, register) -> None:
    client = world.client_for("alice")
    client.post("/i18n/setlang/", {"language": "en"})
    response = client.post(IMPORT, {"file": upload(BROKEN)})
    page = html.unescape(response.content.decode())
    assert "This cell must not be empty." in page
    assert "'onbekend' is not a valid value." in page
    assert "'veel' is not a whole number of 0 or more." in page
    assert "This row repeats row 2 (same id)." in page
    assert "Deze cel mag niet leeg zijn." not in page


def test_a_rejected_import_changes_nothing(world, register) -> None:
    before = snapshot(world.workspace)
    world.client_for("alice").post(IMPORT, {"file": upload(BROKEN)})
    assert snapshot(world.workspace) == before


def test_a_file_without_the_required_columns_is_rejected(world, register) -> None:
    response = world.client_for("alice").post(IMPORT, {"file": upload("naam,sector\nX,zorg\n")})
    problems = [e["problem"] for e in response.context["errors"]]
    assert any("De verplichte kolom 'id' ontbreekt" in p for p in problems)
    assert any("De verplichte kolom 'name' ontbreekt" in p for p in problems)


def test_a_file_with_a_header_but_no_rows_is_rejected(world, register) -> None:
    response = world.client_for("alice").post(IMPORT, {"file": upload("id,name\n")})
    assert "geen enkele rij met gegevens" in response.content.decode()


def test_a_latin1_file_is_refused_with_advice(world, register) -> None:
    file = SimpleUploadedFile("actors.csv", "id,name\nX,Kinépraktijk\n".encode("latin-1"))
    response = world.client_for("alice").post(IMPORT, {"file": file})
    assert "CSV UTF-8" in html.unescape(response.content.decode())


def test_a_workbook_without_an_actors_sheet_is_rejected(world, register) -> None:
    file = SimpleUploadedFile("register.xlsx", workbook([["id", "name"], ["X", "Y"]], sheet="ties"))
    response = world.client_for("alice").post(IMPORT, {"file": file})
    assert [e["file"] for e in response.context["errors"]] == ["actors (sheet)"]

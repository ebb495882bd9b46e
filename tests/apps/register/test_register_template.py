"""The register's XLSX template: the right columns, explained, with drop-down lists; and the
import reads it back filled in, all or nothing, every error at once."""

from __future__ import annotations

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django_scopes import scope
from openpyxl import load_workbook

from netwerkkaart.apps.register.models import Actor
from netwerkkaart.apps.register.template import COLUMNS
from netwerkkaart.core.dataformat.spec import ACTORS

URL = "/w/gemeentegem/register/sjabloon.xlsx"
HEADERS = ["id", "naam", "type actor", "sector", "categorie", "locatie", "werkgebied",
           "medewerkers", "cliënten per jaar", "e-mailadres", "contactpersoon"]  # fmt: skip


def download(world, user="alice"):
    response = world.client_for(user).get(URL)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    return load_workbook(io.BytesIO(response.content))


def test_the_template_has_the_columns_of_actors_csv_under_dutch_headers(world):
    book = download(world)
    assert book.sheetnames == ["actoren", "lijsten", "uitleg"]
    assert [c.value for c in book["actoren"][1]] == HEADERS
    assert [c.code for c in COLUMNS] == list(ACTORS.column_names)
    about = book["uitleg"]
    assert about["A2"].value == "id" and about["B2"].value == "ja"
    assert "sector onbekend" in about["C5"].value


def test_the_coded_columns_have_drop_down_lists(world):
    book = download(world)
    validations = {
        str(v.sqref): v.formula1 for v in book["actoren"].data_validations.dataValidation
    }
    assert validations == {
        "C2:C2001": "lijsten!$A$2:$A$7",
        "D2:D2001": "lijsten!$B$2:$B$6",
        "G2:G2001": "lijsten!$C$2:$C$6",
    }
    lists = book["lijsten"]
    assert lists.sheet_state == "hidden"
    assert [lists.cell(row=r, column=2).value for r in range(2, 7)] == [
        "Zorg", "Welzijn", "Lokaal bestuur", "Andere sectoren", "Informele actoren",
    ]  # fmt: skip


def fill(book, rows) -> bytes:
    sheet = book["actoren"]
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def upload(world, content: bytes):
    return world.client_for("alice").post(
        "/w/gemeentegem/register/import/",
        {"file": SimpleUploadedFile("mijn register.xlsx", content)},
    )


def test_the_filled_in_template_is_imported(world):
    content = fill(download(world), [
        ["CAW-1", "CAW Oost", "Welzijnsorganisatie", "Welzijn", "CAW", "Gemeentegem", "Regio", 40,
         1200, "onthaal@caw-oost.be", "Sofia Peeters"],
        ["HA-1", "Huisarts De Linde", "Zelfstandige zorgprofessional", "Zorg"],
        [],
    ])  # fmt: skip
    response = upload(world, content)
    assert response.status_code == 302
    with scope(workspace=world.workspace):
        caw = Actor.objects.get(workspace=world.workspace, external_id="CAW-1")
        assert Actor.objects.filter(workspace=world.workspace).count() == 2
    assert (caw.actor_type, caw.sector, caw.scope, caw.employees, caw.clients) == (
        "welzijnsorganisatie", "welzijn", "regio", 40, 1200,
    )  # fmt: skip
    assert (caw.email, caw.contact_name) == ("onthaal@caw-oost.be", "Sofia Peeters")


def test_a_template_with_errors_is_refused_whole_with_every_error(world):
    content = fill(download(world), [
        ["CAW-1", "CAW Oost", "", "Welzijn"],
        ["HA-1", "", "", "Zorgg"],
        ["HA-2", "Dokter Peeters", "", "", "", "", "", "veel"],
    ])  # fmt: skip
    response = upload(world, content)
    assert response.status_code == 200
    html = response.content.decode()
    assert "3 problemen" in html
    for row in ("3", "4"):
        assert f"<td>{row}</td>" in html or f'<td class="num">{row}</td>' in html
    assert "Zorgg" in html and "veel" in html
    with scope(workspace=world.workspace):
        assert not Actor.objects.filter(workspace=world.workspace).exists()


@pytest.mark.parametrize(("user", "status"), [("bob", 403), ("vera", 403), ("charlie", 404),
                                              (None, 302)])  # fmt: skip
def test_only_coordinators_download_the_template(world, user, status):
    assert world.client_for(user).get(URL).status_code == status


def test_the_register_page_links_the_template(world):
    html = world.client_for("alice").get("/w/gemeentegem/register/").content.decode()
    assert f'href="{URL}"' in html

"""The register as XLSX and CSV from its page: the list as the reader sees it, all pages, the
search applied; a viewer gets no name or register id; contact details are never exported."""

from __future__ import annotations

import csv
import io

import openpyxl
import pytest
from django_scopes import scope

from netwerkkaart.apps.register import services

from .conftest import REGISTER, SECRET_NAME

XLSX = f"{REGISTER}register.xlsx"
CSV = f"{REGISTER}register.csv"
FULL_HEADER = ("Id in het register", "Naam", "Categorie", "Sector", "Type actor", "Locatie",
               "Werkgebied", "Medewerkers", "Cliënten per jaar")  # fmt: skip


def sheet_rows(content: bytes) -> tuple[openpyxl.Workbook, list[tuple]]:
    book = openpyxl.load_workbook(io.BytesIO(content))
    return book, [tuple(r) for r in book.worksheets[0].iter_rows(values_only=True)]


def csv_rows(content: bytes) -> list[list[str]]:
    text = content.decode("utf-8")
    assert text.startswith("\ufeff")  # a Dutch-language Excel opens it as UTF-8
    return list(csv.reader(io.StringIO(text[1:]), delimiter=";"))


@pytest.mark.parametrize("username", ["alice", "bob"])
def test_coordinators_and_analysts_get_names_and_ids(world, register, username):
    response = world.client_for(username).get(XLSX)
    assert response.status_code == 200
    assert 'filename="register-gemeentegem.xlsx"' in response["Content-Disposition"]
    book, rows = sheet_rows(response.content)
    assert book.sheetnames == ["Register"]
    assert rows[0] == FULL_HEADER
    linde = next(r for r in rows if r[0] == "GG-HA-01")
    assert linde[1:6] == (SECRET_NAME, "Huisartsen", "Zorg", "Zelfstandige zorgprofessional",
                          "Gemeentegem")  # fmt: skip
    twin = next(r for r in rows if r[0] == "GG-HA-02")
    assert twin[6:8] == ("Gemeente of stad", 4)  # the label, not the code "gemeente"
    assert book.worksheets[0].freeze_panes == "A2"
    assert len(rows) == 1 + 4  # every actor of the workspace, none of another


def test_a_viewer_gets_categories_only(world, register):
    client = world.client_for("vera")
    _book, rows = sheet_rows(client.get(XLSX).content)
    assert rows[0] == FULL_HEADER[2:]
    cells = {str(v) for row in rows for v in row if v is not None}
    assert SECRET_NAME not in cells and "CAW Oost" not in cells
    assert not [c for c in cells if c.startswith("GG-")]
    assert "Huisartsen" in cells
    text = client.get(CSV).content.decode()
    assert SECRET_NAME not in text and "GG-HA-01" not in text and "CAW Oost" not in text


def test_the_search_of_the_page_is_applied_and_the_csv_matches(world, register):
    client = world.client_for("alice")
    rows = csv_rows(client.get(CSV, {"sector": "zorg"}).content)
    assert rows[0] == list(FULL_HEADER)
    assert [r[0] for r in rows[1:]] == ["GG-HA-01"]
    # A viewer searching for a name finds nothing, as on the page.
    assert len(csv_rows(world.client_for("vera").get(CSV, {"q": "CAW Oost"}).content)) == 1


def test_contact_details_and_formulas_never_reach_the_file(world, register):
    with scope(workspace=world.workspace):
        register.linde.email = "linde@example.org"
        register.linde.contact_name = "Dr. Verborgen"
        register.linde.save()
    services.create_actor(world.workspace, None, {"external_id": "X-1", "name": "=HYPERLINK(1)"})
    client = world.client_for("alice")
    text = client.get(CSV).content.decode()
    assert "linde@example.org" not in text and "Dr. Verborgen" not in text
    assert ";'=HYPERLINK(1);" in text
    _book, rows = sheet_rows(client.get(XLSX).content)
    assert not {"linde@example.org", "Dr. Verborgen"} & {v for r in rows for v in r}


def test_the_page_offers_both_downloads(world, register):
    page = world.client_for("vera").get(REGISTER, {"sector": "zorg"}).content.decode()
    assert 'href="/w/gemeentegem/register/register.xlsx?sector=zorg' in page
    assert 'href="/w/gemeentegem/register/register.csv?sector=zorg' in page


@pytest.mark.parametrize(("username", "status"), [("charlie", 404), (None, 302)])
def test_outsiders_get_nothing(world, register, username, status):
    for url in (XLSX, CSV):
        assert world.client_for(username).get(url).status_code == status
        assert world.client_for("bob").post(url).status_code == 405

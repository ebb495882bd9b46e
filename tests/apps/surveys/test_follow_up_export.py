"""The follow-up list of a survey as XLSX and CSV, for the coordinator only: who was invited and
each one's status, as the page shows it — never an answer, a pseudonym or a contact detail."""

from __future__ import annotations

import csv
import io

import openpyxl
import pytest
from django_scopes import scope
from tests.apps.surveys.helpers import answer_partner

from netwerkkaart.apps.surveys import answering

BASE = "/w/gemeentegem/surveys/2027/"
XLSX = f"{BASE}opvolging.xlsx"
CSV = f"{BASE}opvolging.csv"
HEADER = ("Actor", "Sector", "Type actor", "Status", "Uitgenodigd op", "Herinneringen")


@pytest.fixture
def answered(survey_world):
    """The CAW halfway (an answer that is not in any export), the GP finished."""
    visit = survey_world.visit("CAW-1")
    answering.save_answer(visit, "location", None, "Kouterwijk-geheim")
    answer_partner(visit, "HA-1", evaluation="goed")
    done = survey_world.visit("HA-1")
    answer_partner(done, "CAW-1", evaluation="slecht")
    answering.finish(done)
    return survey_world


def rows_of(content: bytes, sheet: str | None = None) -> list[tuple]:
    book = openpyxl.load_workbook(io.BytesIO(content))
    target = book[sheet] if sheet else book.worksheets[1]
    return [tuple(r) for r in target.iter_rows(values_only=True)]


def test_the_coordinator_gets_every_invitee_with_the_pages_status(world, answered):
    response = world.client_for("alice").get(XLSX)
    assert response.status_code == 200
    assert 'filename="opvolging-gemeentegem-2027.xlsx"' in response["Content-Disposition"]
    book = openpyxl.load_workbook(io.BytesIO(response.content))
    assert book.sheetnames == ["Uitleg", "Uitgenodigden", "Per sector", "Per type respondent"]
    rows = rows_of(response.content, "Uitgenodigden")
    assert rows[0] == HEADER
    status = {r[0]: r[3] for r in rows[1:]}
    assert status["CAW Oost"] == "halverwege"
    assert status["Huisartsenpraktijk De Linde"] == "afgerond"
    assert status["Dokter Peeters"] == "nog niet begonnen"
    assert "Basisschool De Regenboog" not in status  # not invited
    caw = next(r for r in rows if r[0] == "CAW Oost")
    assert caw[1:3] == ("Welzijn", "Welzijnsorganisatie")
    assert book["Uitgenodigden"].freeze_panes == "A2"
    # The page's progress per sector, the coordinator's (unprotected) view.
    sectors = {r[0]: r for r in rows_of(response.content, "Per sector")[1:]}
    assert sectors["Zorg"][1:5] == (3, 2, 0, 1)  # invited, not started, halfway, finished
    assert book["Per sector"]["F2"].number_format == "0%"


def test_no_answer_pseudonym_or_contact_leaves_the_site(world, answered):
    client = world.client_for("alice")
    with scope(workspace=world.workspace):
        pseudonyms = [inv.pseudonym for inv in answered.invitations.values()]
    texts = [client.get(CSV).content.decode()]
    book = openpyxl.load_workbook(io.BytesIO(client.get(XLSX).content))
    texts.append(" ".join(str(v) for s in book for r in s.iter_rows(values_only=True)
                          for v in r if v is not None))  # fmt: skip
    for text in texts:
        assert "Kouterwijk-geheim" not in text and "goed" not in text and "slecht" not in text
        assert not [p for p in pseudonyms if p in text]
        assert "@example.org" not in text


def test_the_status_filter_of_the_page_and_the_csv(world, answered):
    response = world.client_for("alice").get(CSV, {"status": "not_started"})
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(text[1:]), delimiter=";"))
    assert tuple(rows[0]) == HEADER
    assert {r[3] for r in rows[1:]} == {"nog niet begonnen"}
    assert "CAW Oost" not in {r[0] for r in rows}
    page = world.client_for("alice").get(BASE, {"status": "halfway"}).content.decode()
    assert f'href="{XLSX}?status=halfway"' in page and f'href="{CSV}?status=halfway"' in page


@pytest.mark.parametrize(("username", "status"),
                         [("bob", 403), ("vera", 403), ("charlie", 404), (None, 302)])  # fmt: skip
def test_only_the_coordinator_downloads_it(world, survey_world, username, status):
    for url in (XLSX, CSV):
        assert world.client_for(username).get(url).status_code == status
    page = world.client_for("bob").get(BASE).content.decode()
    assert "opvolging.xlsx" not in page

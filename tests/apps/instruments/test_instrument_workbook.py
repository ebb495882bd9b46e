"""A group session's workbook, opened as a spreadsheet: labels, scores as the page prints them,
an "Uitleg" sheet, nothing at all for a group under the minimum."""

from __future__ import annotations

import datetime
import io

import openpyxl
import pytest
from django.utils import translation
from tests.apps.instruments.test_instrument_sessions import participant

from netwerkkaart.apps.instruments import services
from netwerkkaart.apps.instruments.exports import result_sheets, session_workbook
from netwerkkaart.core.reflection import builtin_instrument, group_result


@pytest.fixture
def session(world):
    return services.start_session(world.workspace, "vijf_condities", network="zorgraad Dender-Zuid",
                                  held_on=datetime.date(2026, 11, 23), user=None)  # fmt: skip


def url(session) -> str:
    return f"/w/gemeentegem/instrumenten/{session.pk}/resultaten.xlsx"


def book_of(content: bytes):
    return openpyxl.load_workbook(io.BytesIO(content))


def rows(sheet) -> list[tuple]:
    return [tuple(r) for r in sheet.iter_rows(values_only=True)]


def test_the_workbook_speaks_dutch_with_the_pages_figures(world, session):
    for value in ("1", "2", "3", "4", "5"):
        participant(session, {"ambitie_helder": value, "ambitie_gedragen": "3"})
    response = world.client_for("vera").get(url(session))
    assert response.status_code == 200
    book = book_of(response.content)
    assert book.sheetnames == ["Uitleg", "Uitspraken", "Dimensies"]
    about = {k: v for k, v in rows(book["Uitleg"]) if k}
    assert about["Instrument"] == "Vijf condities voor kansrijke samenwerking (quick scan)"
    assert about["Netwerk"] == "zorgraad Dender-Zuid" and about["Deelnemers"] == 5
    assert about["Datum"] == "23 november 2026"
    assert "vanaf 5 deelnemers" in about["Privacy"]
    assert about["Uitspraken"].startswith("Per uitspraak")
    items = book["Uitspraken"]
    assert rows(items)[0] == ("Uitspraak", "Dimensie", "Aantal antwoorden", "Minimum",
                              "Eerste kwartiel", "Mediaan", "Derde kwartiel", "Maximum",
                              "Gemiddelde", "Antwoorden (aantal deelnemers)")  # fmt: skip
    # As the results page: n, min, q1, median, q3, max, mean = 5 1 2 3 4 5 3.
    assert rows(items)[1][:9] == ("Het is helder wat we samen willen bereiken.",
                                  "Gedeelde ambitie", 5, 1, 2, 3, 4, 5, 3)  # fmt: skip
    assert rows(items)[1][9] == "1: 1; 2: 1; 3: 1; 4: 1; 5: 1"
    assert items.freeze_panes == "A2"
    assert items["C2"].number_format == "#,##0" and items["F2"].number_format == "General"
    dims = rows(book["Dimensies"])
    assert dims[0][0] == "Dimensie" and dims[1][0] == "Gedeelde ambitie"
    cells = {str(v) for sheet in book for row in rows(sheet) for v in row if v is not None}
    assert not {"ambitie_helder", "ambitie", "items", "dimensions"} & cells  # no codes


def test_scores_are_rounded_to_two_decimals_as_on_the_page(world, session):
    for value in ("1", "2", "2", "5", "5", "5", "4"):
        participant(session, {"ambitie_helder": value})
    book = book_of(world.client_for("bob").get(url(session)).content)
    first = rows(book["Uitspraken"])[1]
    assert first[8] == 3.43  # the mean 24/7 = 3.428…, printed "3,43" on the page


def test_a_group_under_the_minimum_gets_the_about_sheet_only(world, session):
    for value in ("1", "2", "3", "4"):
        participant(session, {"ambitie_helder": value})
    book = book_of(world.client_for("alice").get(url(session)).content)
    assert book.sheetnames == ["Uitleg"]
    about = {k: v for k, v in rows(book["Uitleg"]) if k}
    assert about["Deelnemers"] == 4
    assert about["Resultaten"] == "Nog te weinig deelnemers om resultaten te tonen."
    cells = " ".join(str(v) for row in rows(book["Uitleg"]) for v in row if v is not None)
    assert "Het is helder" not in cells


def test_the_english_workbook_and_the_comparison_with_an_earlier_session(world, session):
    for value in ("2", "2", "3", "3", "3"):
        participant(session, {"ambitie_helder": value})
    later = services.start_session(world.workspace, "vijf_condities", network="zorgraad Dender-Zuid",
                                   held_on=datetime.date(2027, 3, 1), user=None)  # fmt: skip
    for value in ("4", "4", "5", "4", "3"):
        participant(later, {"ambitie_helder": value})
    dutch = book_of(session_workbook(later, "nl"))
    compared = rows(dutch["Vergelijking"])
    assert compared[0] == ("Dimensie", "Mediaan toen", "Mediaan nu", "Verschil")
    assert ("Gedeelde ambitie", 3, 4, 1) in compared  # as the page: 3 4 +1
    english = book_of(session_workbook(later, "en"))
    assert english.sheetnames == ["About", "Statements", "Dimensions", "Comparison"]
    assert rows(english["Statements"])[0][:3] == ("Statement", "Dimension", "Number of answers")
    assert rows(english["Statements"])[1][0] == "It is clear what we want to achieve together."
    about = {k: v for k, v in rows(english["About"]) if k}
    assert about["Network"] == "zorgraad Dender-Zuid" and "from 5 participants" in about["Privacy"]


def test_the_advice_sheet_counts_participants_per_outcome(db):
    tree = builtin_instrument("eerst_denken")
    group = [{"enkel_subsidie": False, "alleen": True}] * 3 + [{"enkel_subsidie": True}] * 2
    with translation.override("nl"):
        sheets = {s.name: s for s in result_sheets(tree, group_result(tree, group, 5), "nl")}
    advice = sheets["Advies"].frame
    assert advice.columns == ["Advies", "Deelnemers", "Toelichting"]
    counts = dict(zip(advice.get_column("Advies"), advice.get_column("Deelnemers"), strict=True))
    labels = {o.id: o.label.get("nl") for o in tree.outcomes}
    assert counts[labels["alleen"]] == 3 and counts[labels["herbekijken"]] == 2

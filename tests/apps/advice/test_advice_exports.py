"""The advice in the round's PDF report (a chapter) and in its workbook (a sheet)."""

from __future__ import annotations

import io
import re

import openpyxl
import pytest
from tests.apps.reports.pdf_helpers import pdf_text

from netwerkkaart.apps.advice.recommendations import round_advice


def test_the_workbook_has_an_advice_sheet_in_priority_order(world, demo):
    response = world.client_for("vera").get("/w/gemeentegem/reports/2026/cijfers-codes.xlsx")
    book = openpyxl.load_workbook(io.BytesIO(response.content))
    rows = list(book["advice"].iter_rows(values_only=True))
    assert rows[0] == ("priority", "kind", "title", "figures", "steps", "who", "reference")
    expected = round_advice(world.workspace, "2026").recommendations
    assert [row[1] for row in rows[1:]] == [r.kind for r in expected]
    light = rows[1]
    assert light[2] == "Maak van lichte samenwerkingen afstemming of gezamenlijke activiteiten"
    assert "Aandeel lichte relaties: 60 % ← 62 %" in light[3]
    about = {k: v for k, v in book["over"].iter_rows(values_only=True) if k}
    assert about["Blad 'advice'"].startswith("aanbevelingen")


@pytest.mark.slow
def test_the_report_has_an_advice_chapter_with_what_changed(world, demo):
    response = world.client_for("vera").get("/w/gemeentegem/reports/2026/rapport.pdf")
    assert response.status_code == 200
    _reader, text = pdf_text(response.content)
    flat = re.sub(r"\s+", " ", text)
    assert "Aanbevelingen" in flat
    assert "1. Maak van lichte samenwerkingen afstemming of gezamenlijke activiteiten" in flat
    assert "Netwerkbureau (aparte netwerkorganisatie)." in flat
    assert "Wat veranderde sinds de vorige ronde" in flat
    assert "Niet meer van toepassing: Breng sectoren samen die elkaar allebei zoeken" in flat
    # The considerations have their own columns: what they point to is not under "Vorige ronde".
    assert "Afweging Gemeten Wijst naar" in flat
    assert "Aantal deelnemers Gedeelde sturing werkt met weinig deelnemers" in flat
    assert "→ netwerkbureau" not in flat
    assert "Een streepje: dat cijfer is er in die ronde niet" in flat
    # Issue 18 read: the perception gaps with what each side answers, where wishes are missing.
    assert "4. Bespreek waar partners dezelfde samenwerking anders zien" in flat
    assert "Vaakst: de ene kant antwoordt" in flat
    assert "(Zorg → Welzijn)" in flat

"""The instrument PDF keeps each table row whole on one page (issue 15: a row's item text was
split from the rest of the row across a page break)."""

from __future__ import annotations

import datetime
import re

import pytest
from django.test import Client

from netwerkkaart.apps.instruments import services

pytest.importorskip("weasyprint")


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def test_every_item_row_stays_on_one_page(world):
    from tests.apps.reports.pdf_helpers import pdf_text

    session = services.start_session(world.workspace, "vijf_condities", network="Leefhoek",
                                     held_on=datetime.date(2026, 11, 23), user=None)  # fmt: skip
    instrument = services.instrument_of(session)
    items = list(instrument.items())
    for person in range(6):
        phone = Client()
        assert phone.post(f"/i/{session.join_key}/").status_code == 302
        answers = {f"q-{q.id}": str(1 + (person + index) % 5) for index, q in enumerate(items)}
        phone.post(f"/i/{session.join_key}/antwoorden/", answers)
    response = world.client_for("alice").get(
        f"/w/gemeentegem/instrumenten/{session.pk}/resultaten.pdf"
    )
    reader, _text = pdf_text(response.content)
    pages = [flat(page.extract_text()) for page in reader.pages]
    assert len(pages) >= 2, "the check needs a page break inside the item table"
    for item in items:
        label = flat(item.label.get("nl"))
        # The label, then its count of answers (n = 6): whole, on one page.
        assert any(re.search(re.escape(label) + r" 6 ", page) for page in pages), label

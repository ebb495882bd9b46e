"""The round report as PDF: opened, read and rendered, its figures checked against the core's."""

from __future__ import annotations

import re

import pytest
from tests.apps.reports.pdf_helpers import ink, pdf_text, render_pages

from netwerkkaart.core.compare import tie_changes
from netwerkkaart.core.network import analyse
from netwerkkaart.core.network.findings import bridge_builders, format_value, key_findings

URL = "/w/gemeentegem/reports/2026/rapport.pdf"
pytestmark = pytest.mark.slow


@pytest.fixture
def expected(demo):
    return analyse(demo, round_id="2026")


def test_the_coordinators_report_holds_the_key_figures(world, demo, expected, tmp_path):
    response = world.client_for("alice").get(URL)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert 'filename="netwerkkaart-gemeentegem-2026.pdf"' in response["Content-Disposition"]
    reader, text = pdf_text(response.content)

    # Metadata and structure: title, language, tags for screen readers.
    assert reader.metadata.title.startswith("Samenwerking in Gemeentegem — ronde 2026")
    root = reader.trailer["/Root"]
    assert root["/Lang"] == "nl-BE"
    assert bool(root["/MarkInfo"]["/Marked"]) and "/StructTreeRoot" in root
    pages = len(reader.pages)
    assert pages >= 10
    assert f"1 / {pages}" in text  # page numbers

    # The table of contents points at real page numbers, in order.
    toc = [int(n) for n in re.findall(r"In het kort \.+ ?(\d+)|Bijlage: werkwijze en respons \.+ ?(\d+)",
                                      text) for n in n if n]  # fmt: skip
    assert len(toc) == 2 and 1 < toc[0] < toc[1] <= pages

    # The summary in plain words and the headline figures are the core's.
    for finding in key_findings(expected, "nl", names=True)[:3]:
        assert finding.text in text
    for measure in ("actors", "respondents", "ties"):
        assert format_value(measure, expected.figure(measure).value, "nl") in text
    assert bridge_builders(expected, 1).get_column("name").item() in text
    assert "Tabel 1 — Partnermix per type respondent" in text
    assert "Tabel 5 en 6" in text

    # The comparison with 2025, counted as the core counts.
    changes = tie_changes(demo.for_round("2025"), demo.for_round("2026"))
    new = changes.filter(changes["change"] == "new").height
    assert "Vergeleken met ronde 2025" in text
    assert f"Nieuwe samenwerkingen {new}" in text
    assert f"Sinds ronde 2025: {new} nieuwe" in text

    # Methods annex: response per sector and drop-out per question; suppression stated.
    assert "Uitval per vraag" in text and "Respons per sector en type" in text
    assert "niet getoond (minder dan 5)" in text

    # Pages as a reader sees them: A4, and the map page carries a picture.
    cover, summary, map_page = render_pages(response.content, tmp_path, first=1, last=3)
    assert cover.size == summary.size == map_page.size
    width, height = cover.size
    assert abs(height / width - 297 / 210) < 0.01
    assert ink(cover) > 0.01  # not blank
    assert ink(map_page) > 2 * ink(cover)  # the map fills its page


def test_a_viewer_gets_categories_not_names(world, demo, expected):
    response = world.client_for("vera").get(URL)
    assert response.status_code == 200
    _reader, text = pdf_text(response.content)
    for name in bridge_builders(expected, 10).get_column("name").to_list():
        assert name not in text
    assert "Actoren staan er met hun categorie, niet met hun naam." in text


def test_the_report_in_english(world, demo):
    client = world.client_for("alice")
    client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    reader, text = pdf_text(client.get(URL).content)
    assert reader.trailer["/Root"]["/Lang"] == "en"
    assert "At a glance" in text and "Appendix: method and response" in text
    assert "Compared with round 2025" in text


def test_outsiders_and_unknown_rounds_get_nothing(world, demo):
    assert world.client_for("charlie").get(URL).status_code == 404
    assert world.client_for(None).get(URL).status_code == 302
    assert world.client_for("alice").get(URL.replace("2026", "1999")).status_code == 404

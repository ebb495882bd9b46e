"""The tie-quality scales on the dashboard and in the report: only when the round asked them,
per sector pair above the minimum group, and as perception gaps between the two sides."""

from __future__ import annotations

import re

import pytest
from tests.core.network.test_tie_quality import scaled_round

from netwerkkaart.apps.reports.documents import ReportRequest, report_html
from netwerkkaart.apps.rounds.services import import_dataset
from netwerkkaart.core.figures import figures_from_dataset

URL = "/w/gemeentegem/dashboard/2026/"


def text_of(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


@pytest.fixture
def scaled(world):
    import_dataset(world.workspace, scaled_round(), user=None)


@pytest.mark.parametrize("username", ["alice", "bob", "vera"])
def test_every_role_sees_the_sector_pair_figures_and_the_gaps(world, scaled, username):
    assert world.workspace.min_group == 5
    html = world.client_for(username).get(URL).content.decode()
    page = text_of(html)
    assert "Kwaliteit van de samenwerking" in page
    rows = dict(re.findall(r'<tr><th scope="row">([^<]+)</th>\s*<td class="num">([^<]+)<',
                           html.split('id="scales"')[1].split("</table>")[0]))  # fmt: skip
    assert rows == {"Zorg → Welzijn": "2,6 ", "Welzijn → Zorg": "3,2 "}
    # Both pairs with the local government rest on one respondent: counted, never shown.
    assert "2 sectorparen niet getoond" in page
    scales = text_of(html.split('id="scales"')[1].split("</table>")[0])
    assert "Lokaal bestuur" not in scales
    # The disagreement on the level is an agenda point: two of five pairs, 0,60 levels apart.
    assert "Niveau van samenwerking (Frey, 0-5)" in page
    assert (
        "Gemiddeld verschil 0,60 punt; zorg geeft 0 keer het hoogste cijfer, welzijn 2 keer."
        in page
    )


def test_a_round_without_the_blocks_shows_no_such_section(world, demo):
    page = text_of(world.client_for("alice").get(URL).content.decode())
    assert "Kwaliteit van de samenwerking" not in page
    assert "Niveau van samenwerking (Frey" not in page


def test_the_report_has_the_chapter_and_the_formulas_in_its_annex():
    data = scaled_round()
    figures = figures_from_dataset(data, "2026", min_group=5)
    html = report_html(ReportRequest("Gemeentegem", figures, lang="en"))
    page = text_of(html)
    assert 'id="scales"' in html and "Quality of the collaboration" in page
    assert "Zorg → Welzijn" not in page and "Care → Welfare 2.6" in page
    assert "Frey, Lohmeier, Lee & Tollefson 2006" in html and "(Gittell 2006; 2011)" in page

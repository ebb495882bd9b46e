"""An actor without sector or type in the register is shown as such, never a server error.

Issue 15: one actor added through the form without a sector made the dashboards and the report
answer 500 (``KeyError: "partner_group: unknown code 'None'"``): the actors without sector form a
group of their own whose response rate (nobody answered) is the lowest of all.
"""

from __future__ import annotations

import pytest

from netwerkkaart.apps.register.services import create_actor

URLS = [
    "/w/gemeentegem/dashboard/2026/",
    "/w/gemeentegem/dashboard/2025/",
    "/w/gemeentegem/map/2026/",
    "/w/gemeentegem/map/2026/graph.json",
    "/w/gemeentegem/reports/2026/cijfers.xlsx",
    "/w/gemeentegem/reports/2026/cijfers-codes.xlsx",
    "/w/gemeentegem/reports/vergelijk/",
    "/w/gemeentegem/reports/vergelijk.xlsx",
]


@pytest.fixture
def unsorted_actors(world, demo):
    """Two new actors, as the form accepts them: one without sector, one without either."""
    create_actor(world.workspace, None, {"external_id": "NEW-01", "name": "Nieuwe vzw",
                                         "actor_type": "welzijnsorganisatie"})  # fmt: skip
    create_actor(world.workspace, None, {"external_id": "NEW-02", "name": "Onbekende groep"})


@pytest.mark.parametrize("url", URLS)
@pytest.mark.parametrize("user", ["alice", "vera"])
def test_pages_answer_with_an_actor_without_sector(world, unsorted_actors, url, user):
    response = world.client_for(user).get(url)
    assert response.status_code == 200, url


def test_the_dashboard_names_the_group_without_sector(world, unsorted_actors):
    html = world.client_for("alice").get("/w/gemeentegem/dashboard/2026/").content.decode()
    assert "sector onbekend" in html.lower()
    assert "None" not in html


def test_the_report_pdf_answers(world, unsorted_actors):
    pytest.importorskip("weasyprint")
    response = world.client_for("alice").get("/w/gemeentegem/reports/2026/rapport.pdf")
    assert response.status_code == 200


def test_the_workbook_never_writes_none(world, unsorted_actors):
    import io

    import openpyxl

    response = world.client_for("alice").get("/w/gemeentegem/reports/2026/cijfers.xlsx")
    book = openpyxl.load_workbook(io.BytesIO(response.content), read_only=True)
    cells = [
        str(v)
        for sheet in book
        for row in sheet.iter_rows(values_only=True)
        for v in row
        if v is not None
    ]
    assert not [c for c in cells if "None" in c]

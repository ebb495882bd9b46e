"""The round's workbook downloaded from the dashboard, read back against the core's figures."""

from __future__ import annotations

import io

import openpyxl

from netwerkkaart.core.network import analyse
from netwerkkaart.core.tables import compute_tables

URL = "/w/gemeentegem/reports/2026/cijfers-codes.xlsx"


def test_the_workbook_holds_the_rounds_tables(world, demo):
    response = world.client_for("bob").get(URL)
    assert response.status_code == 200
    assert "spreadsheetml" in response["Content-Type"]
    book = openpyxl.load_workbook(io.BytesIO(response.content))
    assert book.sheetnames[0] == "over"
    about = {k: v for k, v in book["over"].iter_rows(values_only=True) if k}
    assert about["Ecosysteem"] == "Gemeentegem" and about["Ronde"] == "2026"
    tables = compute_tables(demo.for_round("2026"), min_group=world.workspace.min_group)
    rows = list(book["partner_mix"].iter_rows(min_row=2, values_only=True))
    assert rows == [tuple(row) for row in tables.partner_mix.iter_rows()]
    network = analyse(demo, round_id="2026", min_group=world.workspace.min_group)
    assert book["actors"].max_row == network.actors.height + 1  # an analyst sees actors


def test_a_viewer_gets_no_actor_sheet(world, demo):
    book = openpyxl.load_workbook(io.BytesIO(world.client_for("vera").get(URL).content))
    assert "actors" not in book.sheetnames
    names = {n for n in demo.actors.get_column("name").to_list() if len(n) >= 12}
    cells = {str(v) for sheet in book for row in sheet.iter_rows(values_only=True) for v in row}
    assert not names & cells

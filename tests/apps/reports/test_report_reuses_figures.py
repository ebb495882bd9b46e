"""The report reads what the figures already hold: with the cache warm, no answer is read again.

The drop-out annex is part of the round's figures and the comparison with the previous round is
cached under both rounds' figures, so a second report of the same data touches no answer table.
"""

from __future__ import annotations

import re

from django.db import connection
from django.test.utils import CaptureQueriesContext

from netwerkkaart.apps.rounds.models import Tie

PDF = "/w/gemeentegem/reports/2026/rapport.pdf"
COMPARE = "/w/gemeentegem/reports/vergelijk/?van=2025&naar=2026"


def answer_reads(queries) -> int:
    """Queries that read the answer rows themselves (a join that only asks whether a round has
    answers, as the list of rounds does, reads none)."""
    reads = re.compile(rf'FROM\s+"?{Tie._meta.db_table}"?(\s|$)', re.IGNORECASE)
    return sum(1 for q in queries if reads.search(q["sql"]))


def test_a_second_report_reads_no_answer(world, demo):
    alice = world.client_for("alice")
    first = alice.get(PDF)
    assert first.status_code == 200 and first.content.startswith(b"%PDF")
    with CaptureQueriesContext(connection) as warm:
        again = alice.get(PDF)
    assert again.status_code == 200
    assert answer_reads(warm.captured_queries) == 0


def test_the_comparison_page_reuses_the_reports_comparison(world, demo):
    alice = world.client_for("alice")
    assert alice.get(PDF).status_code == 200
    with CaptureQueriesContext(connection) as warm:
        page = alice.get(COMPARE)
    assert page.status_code == 200
    assert answer_reads(warm.captured_queries) == 0


def test_new_data_is_read_again(world, demo):
    # The cache must never outlive its data: a change of the data version reads afresh.
    from netwerkkaart.apps.workspaces.services import log_action

    alice = world.client_for("alice")
    assert alice.get(PDF).status_code == 200
    log_action(world.workspace, "rounds.imported", changes_data=True)
    with CaptureQueriesContext(connection) as cold:
        assert alice.get(PDF).status_code == 200
    assert answer_reads(cold.captured_queries) > 0

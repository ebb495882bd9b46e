"""Closing a round while respondents save: every acknowledged answer is in the closed data.

Before, a save checked the round's status without a lock: saves acknowledged while the closing
read the answers were missing from the round's ties. Now each save reads the status under a
shared lock on the round's row, which the closing takes exclusively (on SQLite: the database's
write lock), so a save is either in the closed data or refused as closed.
"""

from __future__ import annotations

import pytest
from tests.fixtures.concurrency import needs_postgresql, race_saves_and_closing, run_on_sqlite_file

pytestmark = pytest.mark.slow


def check_nothing_lost(figures: dict) -> None:
    print(f"\nsaves while the round closes: {figures}")
    assert figures["stuck"] == 0
    assert figures["errors"] == 0, figures["error_samples"]
    assert figures["acknowledged"] > 0
    assert figures["acknowledged_missing"] == 0, figures
    assert figures["answers_in_ties"] == figures["acknowledged"]
    assert figures["seconds"] < 20


@needs_postgresql()
@pytest.mark.django_db(transaction=True)
def test_on_postgresql_no_acknowledged_answer_is_lost_when_the_round_closes(world):
    check_nothing_lost(race_saves_and_closing(world.workspace))


def test_on_a_sqlite_file_no_acknowledged_answer_is_lost_when_the_round_closes(tmp_path):
    check_nothing_lost(run_on_sqlite_file("close", tmp_path))

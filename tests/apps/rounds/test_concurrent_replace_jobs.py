"""Two "replace" imports of one round queued as tasks and run at once leave exactly one file.

Since the import became a task (``rounds.jobs.import_task``), two coordinators' uploads are run
by two ``db_worker`` processes, or by the immediate backend in two request threads. The lock on
the round (``rounds.locks.lock_rounds``) must still make the second wait for the first: without
it, both deleted the old rows and both wrote theirs (A and B merged, 50 000 rows).
"""

from __future__ import annotations

import pytest
from tests.fixtures.concurrency import needs_postgresql
from tests.fixtures.concurrent_jobs import race_replace_jobs, run_on_sqlite_file

pytestmark = pytest.mark.slow


def check_one_file(figures: dict) -> None:
    print(f"\ntwo replace import jobs at once: {figures}")
    assert figures["problems"] == [], figures
    assert figures["ran_at_once"], figures  # else the race was not run
    assert len(figures["files_in_round"]) == 1, figures  # never A and B merged
    (only,) = figures["files_in_round"]
    assert figures["rows"] == figures["sizes"][only]
    assert figures["jobs"][only] == "done"
    other = "B" if only == "A" else "A"
    # The other job ran first and was replaced, or was refused with a message (a busy SQLite).
    assert figures["jobs"][other] in ("done", "failed busy"), figures


@needs_postgresql()
@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("mode", ["workers", "immediate"])
def test_on_postgresql_two_replace_import_jobs_leave_exactly_one_file(world, tmp_path, mode):
    check_one_file(race_replace_jobs(world.workspace, tmp_path, mode))


@pytest.mark.parametrize("mode", ["workers", "immediate"])
def test_on_a_sqlite_file_two_replace_import_jobs_leave_exactly_one_file(tmp_path, mode):
    check_one_file(run_on_sqlite_file(mode, tmp_path))

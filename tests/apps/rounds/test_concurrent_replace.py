"""Two "replace" imports of the same round at once: the round holds exactly one of the two files.

Before the round was locked, both imports deleted the old rows and both wrote theirs: the round
held A and B together. Now the second waits for the first (PostgreSQL: the round's row; SQLite:
the database's write lock) and then replaces it, or is refused with a message.
"""

from __future__ import annotations

import pytest
from tests.fixtures.concurrency import needs_postgresql, race_replace_imports, run_on_sqlite_file

pytestmark = pytest.mark.slow


def check_one_file(figures: dict) -> None:
    print(f"\ntwo replace imports at once: {figures}")
    assert figures["stuck"] == 0
    assert not [o for o in figures["outcome"].values() if o.startswith("error")], figures
    assert len(figures["files_in_round"]) == 1, figures  # never A and B merged
    (only,) = figures["files_in_round"]
    assert figures["rows"] == figures["sizes"][only]
    assert figures["outcome"][only] == "imported"
    assert figures["seconds"] < 20


@needs_postgresql()
@pytest.mark.django_db(transaction=True)
def test_on_postgresql_two_replace_imports_leave_exactly_one_file(world):
    check_one_file(race_replace_imports(world.workspace))


def test_on_a_sqlite_file_two_replace_imports_leave_exactly_one_file(tmp_path):
    check_one_file(run_on_sqlite_file("replace", tmp_path))


@pytest.mark.django_db
def test_a_database_kept_busy_past_the_timeout_gives_a_message_not_an_error(world, monkeypatch):
    from django.db import OperationalError, connection
    from tests.fixtures.concurrency import round_file

    from netwerkkaart.apps.rounds import services

    def busy(*args, **kwargs):
        raise OperationalError("database is locked")

    monkeypatch.setattr(services, "_write", busy)
    monkeypatch.setattr(connection, "vendor", "sqlite")
    with pytest.raises(services.ImportRefused) as refused:
        services.import_dataset(world.workspace, round_file("A", 3), user=None)
    assert refused.value.code == "busy"
    assert "Probeer het over enkele ogenblikken opnieuw" in refused.value.message()

"""SQLite, the embedded default, is configured for a web server: WAL, BEGIN IMMEDIATE, a timeout."""

from __future__ import annotations

import sqlite3
import threading
import time

import pytest
from django.conf import settings
from django.db import connection

sqlite_only = pytest.mark.skipif(
    connection.vendor != "sqlite", reason="the embedded database's own settings"
)


@sqlite_only
def test_the_sqlite_options_are_set():
    options = settings.DATABASES["default"]["OPTIONS"]
    assert options["transaction_mode"] == "IMMEDIATE"
    assert options["timeout"] == settings.SQLITE_BUSY_SECONDS == 20
    assert "journal_mode=WAL" in options["init_command"]


@sqlite_only
@pytest.mark.django_db
def test_a_database_file_opened_with_them_is_in_wal_mode(tmp_path):
    from django.db.backends.sqlite3.base import DatabaseWrapper

    config = {**settings.DATABASES["default"], "NAME": str(tmp_path / "x.sqlite3")}
    wrapper = DatabaseWrapper(config, alias="probe")
    try:
        with wrapper.cursor() as cursor:
            cursor.execute("PRAGMA journal_mode")
            assert cursor.fetchone()[0] == "wal"
            cursor.execute("PRAGMA busy_timeout")
            assert cursor.fetchone()[0] == 20_000
        assert wrapper.transaction_mode == "IMMEDIATE"
    finally:
        wrapper.close()


@sqlite_only
def test_a_second_writer_waits_for_the_first_instead_of_failing(tmp_path):
    # What BEGIN IMMEDIATE buys: two transactions that read, then write. Deferred, the second
    # fails at once with "database is locked"; immediate, it waits its turn.
    path = tmp_path / "two.sqlite3"
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("CREATE TABLE t (n INTEGER)")
        db.execute("INSERT INTO t VALUES (0)")

    def transaction(mode: str, hold: float, failures: list) -> None:
        db = sqlite3.connect(path, timeout=5, isolation_level=None)
        try:
            db.execute(f"BEGIN {mode}")
            (n,) = db.execute("SELECT n FROM t").fetchone()
            time.sleep(hold)
            db.execute("UPDATE t SET n = ?", (n + 1,))
            db.execute("COMMIT")
        except sqlite3.OperationalError as error:
            failures.append(str(error))
        finally:
            db.close()

    for mode, expected_failures, expected_n in (("DEFERRED", 1, 1), ("IMMEDIATE", 0, 3)):
        failures: list[str] = []
        threads = [
            threading.Thread(target=transaction, args=(mode, hold, failures)) for hold in (0.3, 0.0)
        ]
        threads[0].start()
        time.sleep(0.1)
        threads[1].start()
        for thread in threads:
            thread.join(10)
        print(f"\n{mode}: failures {failures}")
        assert len(failures) == expected_failures
        with sqlite3.connect(path) as db:
            assert db.execute("SELECT n FROM t").fetchone()[0] == expected_n


@sqlite_only
@pytest.mark.django_db
def test_a_writing_transaction_holds_its_process_queue_until_it_ends(tmp_path):
    from django.db.backends.sqlite3.base import DatabaseWrapper as DjangoWrapper

    from netwerkkaart.web.sqlite.base import DatabaseWrapper, _queue_for

    assert settings.DATABASES["default"]["ENGINE"] == "netwerkkaart.web.sqlite"
    assert issubclass(DatabaseWrapper, DjangoWrapper)
    path = str(tmp_path / "queue.sqlite3")
    wrapper = DatabaseWrapper({**settings.DATABASES["default"], "NAME": path}, alias="queue")
    queue = _queue_for(path)
    try:
        for end in (wrapper.commit, wrapper.rollback):  # what transaction.atomic does
            wrapper.set_autocommit(False, force_begin_transaction_with_broken_autocommit=True)
            assert queue.locked()  # another thread of this process waits here, not in SQLite
            wrapper.cursor().execute("CREATE TABLE IF NOT EXISTS t (n INTEGER)")
            end()
            wrapper.set_autocommit(True)
            assert not queue.locked()
    finally:
        wrapper.close()
    assert not queue.locked()

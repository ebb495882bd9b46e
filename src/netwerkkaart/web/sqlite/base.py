"""Django's SQLite backend, with writers queueing in each process before they ask for the lock.

SQLite has one write lock per database. A connection that finds it taken retries with growing
pauses until its busy timeout (SQLite's busy handler), so a writer that has waited long polls
seldom and keeps losing to newcomers: under a hundred concurrent saves most wait a few hundred
milliseconds, but now and then one waits past the timeout and fails with "database is locked".
Here a writing transaction (``BEGIN IMMEDIATE``, see ``web/settings.py``) first takes a lock of
its process, held until it commits or rolls back: threads of one process get the write lock in
turn, and SQLite's own waiting is left to the few processes.

A database in memory (the test suite's) is left as Django has it: there every thread shares one
database inside the process, and a test's transaction would hold the queue for the whole test.
"""

from __future__ import annotations

import threading

from django.db import OperationalError
from django.db.backends.sqlite3 import base

_queues: dict[str, threading.Lock] = {}
_guard = threading.Lock()


def _queue_for(name: str) -> threading.Lock:
    with _guard:
        return _queues.setdefault(name, threading.Lock())


class DatabaseWrapper(base.DatabaseWrapper):
    _held: threading.Lock | None = None

    def _start_transaction_under_autocommit(self) -> None:
        if not self.is_in_memory_db():
            queue = _queue_for(str(self.settings_dict["NAME"]))
            seconds = float(self.settings_dict.get("OPTIONS", {}).get("timeout", 5))
            if not queue.acquire(timeout=seconds):
                raise OperationalError("database is locked (waited for this process's writers)")
            self._held = queue
        try:
            super()._start_transaction_under_autocommit()
        except BaseException:
            self._release()
            raise

    def _release(self) -> None:
        held, self._held = self._held, None
        if held is not None:
            held.release()

    def _commit(self) -> None:
        try:
            super()._commit()
        finally:
            self._release()

    def _rollback(self) -> None:
        try:
            super()._rollback()
        finally:
            self._release()

    def _close(self) -> None:
        try:
            super()._close()
        finally:
            self._release()

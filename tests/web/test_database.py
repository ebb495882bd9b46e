"""The suite runs on the database DATABASE_URL names: `make test-postgres` really is PostgreSQL."""

from __future__ import annotations

import os

from django.db import connection


def test_the_tests_run_on_the_configured_database(db):
    url = os.environ.get("DATABASE_URL", "")
    expected = "postgresql" if url.startswith(("postgres://", "postgresql://")) else "sqlite"
    assert connection.vendor == expected
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        assert cursor.fetchone() == (1,)

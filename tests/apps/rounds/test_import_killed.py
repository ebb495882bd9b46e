"""An import killed half-way (SIGKILL, as an out-of-memory killer or a pulled plug would) leaves
the database exactly as it was: the import is one transaction, and SQLite rolls back an
unfinished one when the database is opened again."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[3]
ROWS = 300_000
TIES_HEADER = (
    "respondent,respondent_type,location,partner,partner_group,"
    "finality,frequency,evaluation,evolution"
)

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        os.environ.get("DATABASE_URL", "").startswith("postgres"),
        reason="kills a process on a SQLite file",
    ),
]


def manage(database: Path, *args: str, **popen) -> subprocess.Popen:
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{database}", "PYTHONUNBUFFERED": "1"}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    return subprocess.Popen(
        [sys.executable, str(REPO / "manage.py"), *args], cwd=REPO, env=env, **popen
    )


def run(database: Path, *args: str) -> None:
    process = manage(database, *args, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    out, _ = process.communicate(timeout=300)
    assert process.returncode == 0, out.decode()


def big_round(folder: Path, rows: int) -> Path:
    folder.mkdir()
    chance = random.Random(7)
    values = (
        ["zorgorganisatie", "welzijnsorganisatie", "lokaal_bestuur"],
        ["Gemeentegem", "Stederen"],
        ["zorg", "welzijn", "andere"],
        ["doorverwijzen", "informatiedeling", "afstemming", "activiteiten"],
        ["dagelijks", "wekelijks", "maandelijks", "minder"],
        ["zeer_goed", "goed", "neutraal", "slecht"],
        ["meer", "beter", "hetzelfde", "minder"],
    )
    lines = [TIES_HEADER]
    for n in range(rows):
        _, _, group, finality, frequency, evaluation, evolution = (chance.choice(v) for v in values)
        who = n % 4000  # a respondent keeps one type and one place on all its rows
        kind, place = values[0][who % 3], values[1][who % 2]
        respondent, partner = f"R{who}", f"P{(who + 97 * (n // 4000)) % 20000}"
        lines.append(
            f"{respondent},{kind},{place},{partner},{group},{finality},{frequency},"
            f"{evaluation},{evolution}"
        )
    (folder / "ties.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def counts(database: Path) -> dict[str, int]:
    with sqlite3.connect(database) as db:
        tables = [
            name
            for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            if name.startswith(("rounds_", "register_", "workspaces_"))
        ]
        return {t: db.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0] for t in tables}


def wal_size(database: Path) -> int:
    wal = database.with_name(database.name + "-wal")
    return wal.stat().st_size if wal.exists() else 0


def writing(database: Path, wal_before: int) -> bool:
    """Whether a write transaction is under way: a rollback journal, or a WAL grown by the
    import's own pages."""
    journal = database.with_name(database.name + "-journal")
    return journal.exists() or wal_size(database) > wal_before + 512 * 1024


def test_a_killed_import_changes_nothing(tmp_path: Path) -> None:
    database = tmp_path / "netwerkkaart.sqlite3"
    run(database, "migrate", "--verbosity", "0")
    run(
        database,
        "shell",
        "-c",
        "from netwerkkaart.apps.workspaces.services import create_workspace;"
        "create_workspace('proef', 'Proef')",
    )
    small = big_round(tmp_path / "klein", 50)
    run(database, "import_round", "proef", str(small), "--round", "2025")
    before = counts(database)
    assert before["rounds_tie"] == 50

    large = big_round(tmp_path / "groot", ROWS)
    wal_before = wal_size(database)
    process = manage(
        database,
        "import_round",
        "proef",
        str(large),
        "--round",
        "2026",
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    started = time.monotonic()
    while not writing(database, wal_before):
        assert process.poll() is None, "the import ended before it could be killed: use more rows"
        assert time.monotonic() - started < 120
        time.sleep(0.05)
    time.sleep(0.2)  # inside the writing
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    killed_after = time.monotonic() - started
    after = counts(database)
    print(f"\nSIGKILL {killed_after:.1f} s into an import of {ROWS} rows: tables unchanged")
    assert process.returncode == -signal.SIGKILL
    assert after == before
    with sqlite3.connect(database) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        codes = [c for (c,) in db.execute("SELECT code FROM rounds_round ORDER BY code")]
    assert codes == ["2025"]

"""The import as a real worker process runs it (``manage.py db_worker``), and a killed worker.

A separate process queues the job (as the web process does after an upload), a worker process
takes it from the database and imports it; its progress is read from a third process. When the
worker is killed half-way, the database is as it was and the job is marked failed with a
message once its heartbeat is older than ``NETWERKKAART_JOB_STALE_SECONDS``.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from tests.apps.rounds.test_import_killed import big_round

REPO = Path(__file__).resolve().parents[3]

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        os.environ.get("DATABASE_URL", "").startswith("postgres"),
        reason="the worker shares a SQLite file with the test",
    ),
]

QUEUE = """
import sys, django
django.setup()
from pathlib import Path
from django_scopes import scopes_disabled
from netwerkkaart.apps.rounds.jobs import start_import
from netwerkkaart.apps.workspaces.models import Workspace
with scopes_disabled():
    workspace = Workspace.objects.get(slug="gemeentegem")
job = start_import(workspace, Path(sys.argv[1]), user=None, filename="ties.csv",
                   default_round="2026")
print(job.pk)
"""

REFRESH = """
import sys, django
django.setup()
from django_scopes import scopes_disabled
from netwerkkaart.apps.rounds import jobs
from netwerkkaart.apps.rounds.models import ImportJob
with scopes_disabled():
    job = jobs.refresh(ImportJob.objects.get(pk=int(sys.argv[1])))
print(job.status, job.refusal.get("code", ""), *jobs.job_progress(job))
"""


@pytest.fixture
def site(tmp_path: Path) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("NETWERKKAART_", "DATABASE_", "DJANGO_"))}  # fmt: skip
    env.update(NETWERKKAART_VAR=str(tmp_path / "var"), PYTHONUNBUFFERED="1",
               DJANGO_SETTINGS_MODULE="netwerkkaart.web.settings",
               NETWERKKAART_JOB_STALE_SECONDS="4")  # fmt: skip
    for args in (["migrate", "-v0"], ["create_workspace", "gemeentegem", "Gemeentegem"]):
        done = subprocess.run([sys.executable, "manage.py", *args], cwd=REPO, env=env,
                              capture_output=True, text=True, timeout=300)  # fmt: skip
        assert done.returncode == 0, done.stderr
    return env


def python(env: dict[str, str], script: str, *args: str) -> str:
    done = subprocess.run([sys.executable, "-c", script, *args], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=300)  # fmt: skip
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def database(env: dict[str, str]) -> sqlite3.Connection:
    return sqlite3.connect(Path(env["NETWERKKAART_VAR"]) / "netwerkkaart.sqlite3")


def worker(env: dict[str, str], *args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "manage.py", "db_worker", "--no-startup-delay", "--interval", "0.2",
         *args], cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
    )  # fmt: skip


def test_a_worker_process_imports_a_queued_upload(site, tmp_path):
    job = python(site, QUEUE, str(big_round(tmp_path / "small", 2_000)))
    with database(site) as db:
        assert db.execute("SELECT status FROM rounds_importjob").fetchone() == ("pending",)
        assert db.execute("SELECT status FROM django_tasks_database_dbtaskresult").fetchone() == (
            "READY",
        )
    process = worker(site, "--batch")  # runs what is queued, then stops
    output, _ = process.communicate(timeout=300)
    assert process.returncode == 0, output.decode()
    assert python(site, REFRESH, job).split()[0] == "done"
    with database(site) as db:
        assert db.execute("SELECT COUNT(*) FROM rounds_tie").fetchone()[0] == 2_000
        assert db.execute("SELECT processed_rows FROM rounds_importjob").fetchone() == (2_000,)
        assert db.execute("SELECT status FROM django_tasks_database_dbtaskresult").fetchone() == (
            "SUCCESSFUL",
        )
    # The upload's folder is the worker's to remove once the job is over: none is left.
    assert not any((Path(site["NETWERKKAART_VAR"]) / "imports").glob("*/ties.csv"))


def test_a_killed_worker_leaves_nothing_and_its_job_is_marked_failed(site, tmp_path):
    job = python(site, QUEUE, str(big_round(tmp_path / "big", 300_000)))
    process = worker(site)
    try:
        deadline = time.monotonic() + 240
        progress = []
        while time.monotonic() < deadline:
            status, _code, done, total = [*python(site, REFRESH, job).split(), "", ""][:4]
            if status == "running" and done and int(done) > 0:
                progress.append(int(done))
                break
            time.sleep(0.5)
        assert progress, "the worker never reported progress"
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
    print(f"\nworker killed at {progress[0]} of {total} rows")
    time.sleep(5)  # longer than NETWERKKAART_JOB_STALE_SECONDS: the heartbeat is stale
    status, code = python(site, REFRESH, job).split()[:2]
    assert (status, code) == ("failed", "interrupted")
    with database(site) as db:
        assert db.execute("SELECT COUNT(*) FROM rounds_tie").fetchone()[0] == 0
        assert db.execute("SELECT COUNT(*) FROM rounds_round").fetchone()[0] == 0

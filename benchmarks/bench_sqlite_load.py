"""SQLite under a survey's load: 100 respondents saving at once through the real server.

The embedded default (SQLite in a file) served by gunicorn as the README serves it
(``--workers 2 --worker-class gthread --threads 32``). The database is set up once (a register,
an open survey round, an invitation and a personal link per respondent, as in
``bench_survey.py``) and copied, so every run starts from the same data:

1. **baseline**: SQLite as Django configures it without options (rollback journal, deferred
   transactions, a 5 s busy timeout) - what the site ran with before;
2. **tuned**: the site's settings (WAL, ``BEGIN IMMEDIATE``, the writers of each process queued in
   turn by ``web/sqlite/``, a 20 s busy timeout);
3. **tuned, while a large import runs**: the same, with ``manage.py import_round`` writing a
   round of ``--import-rows`` rows into the same database as the respondents start.

After the tuned run a coordinator uploads a ``--upload-mb`` MiB file (150 by default, over the
50 MB limit) to the import page, streamed: printed is what the site answered and whether an
import job was made.

Each respondent runs in a thread of its own (``bench_survey.respond``): it opens its link, saves
its profile answers one by one, adds three partners and answers four questions for each. Printed
per run: server errors, answers sent (acknowledged) and stored, p50/p95 of a save. The goal for
the tuned runs is 0 errors and sent = stored (and the import beside them done); otherwise the
exit status is 1.

Run: ``.venv/bin/python benchmarks/bench_sqlite_load.py [--respondents 100] [--import-rows 200000]``.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import polars as pl

from bench_dashboard import ROOT, percentile, serve, setup_django
from bench_survey import ms, run_respondents
from survey_setup import fill

RESPONDENTS = 100
IMPORT_ROWS = 200_000
RUN_SECONDS = 240
UPLOAD_MB = 150
PASSWORD = "bench-wachtwoord-2026"  # survey_setup.fill's coordinator
# gunicorn as the README serves it.
WORKERS = 2
THREADS = 32
BASELINE_SETTINGS = """
from netwerkkaart.web.settings import *  # noqa: F403

# SQLite as Django opens it without options: deferred transactions, a 5 s busy timeout (the
# benchmark has put the file back in the rollback journal mode).
DATABASES["default"]["ENGINE"] = "django.db.backends.sqlite3"
DATABASES["default"]["OPTIONS"] = {"timeout": 5}
"""


def gunicorn_command(port: int) -> list[str]:
    gunicorn = str(Path(sys.executable).parent / "gunicorn")
    return [
        *(gunicorn, "netwerkkaart.web.wsgi", "--bind", f"127.0.0.1:{port}"),
        *("--workers", str(WORKERS), "--worker-class", "gthread", "--threads", str(THREADS)),
        *("--backlog", "2048", "--timeout", "120"),
    ]


def oversized_upload(base: str, database: Path, megabytes: int) -> str:
    """POST a ``megabytes`` MiB file to the round import page, streamed; what the site did."""
    import http.client
    import re
    from urllib.parse import urlparse

    from bench_survey import csrf_cookie, request

    status, headers, _took = request(base + "/accounts/login/")
    csrf = csrf_cookie(headers)
    status, headers, _took = request(
        base + "/accounts/login/",
        {"username": "bench", "password": PASSWORD, "csrfmiddlewaretoken": csrf},
        {"Cookie": f"csrftoken={csrf}", "Referer": base + "/accounts/login/"},
    )
    session = re.search(r"sessionid=([^;]+)", ";".join(headers.get_all("Set-Cookie") or []))
    if status != 302 or session is None:
        return f"could not log in (status {status}); left out"
    boundary = "nkbench"
    head = (
        f'--{boundary}\r\nContent-Disposition: form-data; name="csrfmiddlewaretoken"\r\n\r\n'
        f'{csrf}\r\n--{boundary}\r\nContent-Disposition: form-data; name="round_code"\r\n\r\n'
        f'2024\r\n--{boundary}\r\nContent-Disposition: form-data; name="files"; '
        f'filename="ties.csv"\r\nContent-Type: text/csv\r\n\r\n'
    ).encode()
    tail = f"\r\n--{boundary}--\r\n".encode()
    size = megabytes * 2**20
    chunk = b"R,zorgorganisatie,G,P,zorg,,,,\n" * 2048
    address = urlparse(base)
    connection = http.client.HTTPConnection(address.hostname, address.port, timeout=120)
    began = time.perf_counter()
    connection.putrequest("POST", "/w/bevraging/rounds/import/")
    connection.putheader("Content-Type", f"multipart/form-data; boundary={boundary}")
    connection.putheader("Content-Length", str(len(head) + size + len(tail)))
    connection.putheader("Cookie", f"csrftoken={csrf}; sessionid={session.group(1)}")
    connection.putheader("Referer", base + "/w/bevraging/rounds/import/")
    connection.endheaders()
    try:
        connection.send(head)
        sent = 0
        while sent < size:
            part = chunk[: size - sent]
            connection.send(part)
            sent += len(part)
        connection.send(tail)
        response = connection.getresponse()
        page = response.read().decode("utf-8", "replace")
        answer = f"status {response.status}"
    except OSError as error:
        page, answer = "", f"connection {type(error).__name__} after sending"
    took = time.perf_counter() - began
    with sqlite3.connect(database) as db:
        jobs = db.execute("SELECT COUNT(*) FROM rounds_importjob").fetchone()[0]
    said = "with the Dutch message" if "Het bestand is te groot" in page else "without the message"
    return f"{megabytes} MiB upload: {answer} {said} in {took:.1f} s; import jobs made: {jobs}"


def stored_in(database: Path) -> tuple[int, int]:
    """Answer rows, and partner entries in the stored partner lists, read from the file."""
    with sqlite3.connect(database) as db:
        rows = db.execute("SELECT COUNT(*) FROM surveys_answer").fetchone()[0]
        lists = db.execute(
            "SELECT value FROM surveys_answer WHERE question = 'partners' AND partner = ''"
        ).fetchall()
    return rows, sum(len(json.loads(value) or []) for (value,) in lists)


def import_folder(folder: Path, rows: int) -> Path:
    """A round 2025 of ``rows`` ties in the open format, for the import run beside the answers."""
    index = pl.int_range(0, rows, eager=True)
    frame = pl.DataFrame(
        {
            "respondent": "R-" + (index // 8).cast(pl.String),
            "respondent_type": "zorgorganisatie",
            "location": "Gemeentegem",
            "partner": "P-" + index.cast(pl.String),
            "partner_group": "zorg",
            "finality": "afstemming",
            "frequency": "wekelijks",
            "evaluation": "goed",
            "evolution": "meer",
            "round": "2025",
        }
    )
    folder.mkdir()
    frame.write_csv(folder / "ties.csv")
    return folder


@dataclass
class Outcome:
    label: str
    errors: int
    unanswered: int
    sent: int
    stored: int
    p50: float
    p95: float
    seconds: float
    note: str = ""
    import_failed: bool = False

    @property
    def lost(self) -> int:
        return self.sent - self.stored


def run(
    label: str,
    template: Path,
    folder: Path,
    people,
    *,
    baseline: bool = False,
    import_rows: int = 0,
    upload_mb: int = 0,
) -> Outcome:
    folder.mkdir()
    database = folder / "netwerkkaart.sqlite3"
    shutil.copy(template, database)
    env = {
        **os.environ,
        "NETWERKKAART_VAR": str(folder),
        "DATABASE_URL": f"sqlite:///{database}",
        "DJANGO_SETTINGS_MODULE": "netwerkkaart.web.settings",
        "NETWERKKAART_ALLOWED_HOSTS": "127.0.0.1,localhost",
    }
    if baseline:
        with sqlite3.connect(database) as db:  # the journal mode is kept in the file
            db.execute("PRAGMA journal_mode=DELETE")
        (folder / "baseline_settings.py").write_text(BASELINE_SETTINGS, encoding="utf-8")
        env["DJANGO_SETTINGS_MODULE"] = "baseline_settings"
        env["PYTHONPATH"] = os.pathsep.join([str(folder), env.get("PYTHONPATH", "")])
    log_path = folder / "server.log"
    importer = None
    note = ""
    with serve(env, log_path, gunicorn_command) as base:
        if import_rows:
            source = import_folder(folder / "import", import_rows)
            command = [
                sys.executable,
                str(ROOT / "manage.py"),
                "import_round",
                "bevraging",
                str(source),
                # Its made-up respondents are new actors: without it the import stops at the
                # check of questioned identifiers and never takes the write lock.
                "--new-ids",
            ]
            began_import = time.perf_counter()
            importer = subprocess.Popen(
                command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
            )
        began = time.perf_counter()
        results = run_respondents(base, people, RUN_SECONDS)
        took = time.perf_counter() - began
        if upload_mb:
            note = oversized_upload(base, database, upload_mb)
        import_failed = False
        if importer is not None:
            output, _ = importer.communicate(timeout=RUN_SECONDS)
            import_failed = importer.returncode != 0
            note = (
                f"import of {import_rows} rows: exit {importer.returncode} after "
                f"{time.perf_counter() - began_import:.1f} s ({output.strip().splitlines()[-1]})"
            )
    rows, _entries = stored_in(database)
    statuses = results.statuses
    errors = sum(n for (_kind, status), n in statuses.items() if status >= 500)
    unanswered = sum(n for (_kind, status), n in statuses.items() if status == 0)
    saves = results.saves or [0.0, 0.0]
    log = log_path.read_text() if log_path.exists() else ""
    if "Traceback" in log:
        locked = log.count("database is locked")
        note = (note + "; " if note else "") + f"server tracebacks {log.count('Traceback')}"
        note += f" ('database is locked': {locked})"
        at = log.find("OperationalError: database is locked")
        if at >= 0:
            block = log[log.rfind("Traceback", 0, at) : at].splitlines()
            ours = [line.strip() for line in block if "/netwerkkaart/" in line]
            note += f"; the first 'locked' in {ours[-1] if ours else '?'}"
    return Outcome(
        label,
        errors,
        unanswered,
        results.answers_ok + results.lists_ok,
        rows,
        percentile(saves, 50),
        percentile(saves, 95),
        took,
        note,
        import_failed,
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--respondents", type=int, default=RESPONDENTS)
    parser.add_argument(
        "--import-rows",
        type=int,
        default=IMPORT_ROWS,
        help="rows of the import run beside the answers (0: leave that run out)",
    )
    parser.add_argument(
        "--upload-mb",
        type=int,
        default=UPLOAD_MB,
        help="size of an upload sent to the import page after the tuned run (0: none)",
    )
    parser.add_argument("--skip-baseline", action="store_true", help="leave the baseline run out")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="nk-sqlite-load-") as tmp:
        var = Path(tmp) / "setup"
        var.mkdir()
        template = var / "netwerkkaart.sqlite3"
        setup_django(var, f"sqlite:///{template}")
        from django.core.management import call_command
        from django.db import connection, connections

        call_command("migrate", verbosity=0)
        people = fill(args.respondents)
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        connections.close_all()
        requests = 1 + 6 + 3 + 3 * 4
        print(
            f"SQLite file, served by gunicorn ({WORKERS} workers x {THREADS} threads, as the "
            f"README serves it); {len(people)} respondents at once, {requests} requests each"
        )
        runs = [
            ("baseline: Django's SQLite defaults (rollback journal, deferred, 5 s)", True, 0),
            (
                "tuned: WAL, BEGIN IMMEDIATE, writers queued per process, 20 s busy timeout",
                False,
                0,
            ),
        ]
        if args.skip_baseline:
            runs = runs[1:]
        if args.import_rows:
            runs.append(
                (f"tuned, while {args.import_rows} rows are imported", False, args.import_rows)
            )
        outcomes = []
        for number, (label, baseline, rows) in enumerate(runs):
            outcome = run(
                label,
                template,
                Path(tmp) / f"run{number}",
                people,
                baseline=baseline,
                import_rows=rows,
                upload_mb=args.upload_mb if not baseline and not rows else 0,
            )
            outcomes.append(outcome)
            print(f"- {label}")
            print(
                f"    server errors {outcome.errors}, no answer {outcome.unanswered}; answers "
                f"sent {outcome.sent}, stored {outcome.stored}, lost {outcome.lost}; save p50 "
                f"{ms(outcome.p50)}, p95 {ms(outcome.p95)}; {outcome.seconds:.1f} s"
            )
            if outcome.note:
                print(f"    {outcome.note}")
    tuned = [o for o, (_label, baseline, _rows) in zip(outcomes, runs, strict=True) if not baseline]
    # An import beside the answers that did not import measured nothing: the goal is not met.
    failed = any(o.errors or o.unanswered or o.lost or o.import_failed for o in tuned)
    print("goal (tuned runs: 0 errors, sent = stored): " + ("NOT MET" if failed else "met"))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

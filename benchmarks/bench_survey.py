"""Survey load test: many respondents answering at once, every answer saved, none lost.

On PostgreSQL (a server this script starts in a temporary folder, or ``DATABASE_URL`` when given)
with the site served by a real server process (gunicorn, the production server, by default;
``--server runserver`` for Django's development server), a workspace gets a register of generated actors, one open survey round,
an invitation and a personal link for each respondent. Then every respondent runs in a thread of
its own, all started together: it opens its link (for the CSRF cookie), saves its profile answers
one by one as the autosave does, adds its partners from the register, and answers the
collaboration questions for each partner. Every save request is timed.

Afterwards the answers in the database are counted and compared with the saves that succeeded,
and the bare ``/healthz`` view is timed under the same concurrency as the floor. Printed: answers
sent, stored and lost, p50/p95 of a save, and the ratio of the p95 of a save to the p95 of the bare
view. A server error (5xx) or a lost answer makes the exit status 1.

Run: ``.venv/bin/python benchmarks/bench_survey.py [--respondents 200]``.
"""

from __future__ import annotations

import argparse
import http.cookies
import os
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from bench_dashboard import (
    percentile,
    runserver_command,
    serve,
    setup_django,
    temporary_postgres,
)
from survey_setup import EXTRA_ACTORS, Respondent, fill, stored

RESPONDENTS = 200
OVERALL_SECONDS = 300
REQUEST_SECONDS = 60
# Room for one connection per concurrent request (runserver closes each at the request's end)
# plus this process and PostgreSQL's own reserve.
MAX_CONNECTIONS = 400
# The production server's shape for a small municipal server (2 cores).
GUNICORN_WORKERS = 2
GUNICORN_THREADS = 50

# (question, value) pairs a respondent saves one by one on its profile step.
PROFILE_ANSWERS = (
    ("respondent_type", "zorgorganisatie"),
    ("scope", "gemeente"),
    ("location", "Gemeentegem"),
    ("category", "Thuisverpleging"),
    ("employees", "12"),
    ("clients", "340"),
)
# ... and for each partner.
PARTNER_ANSWERS = (
    ("finality", "afstemming"),
    ("frequency", "wekelijks"),
    ("evaluation", "goed"),
    ("evolution", "meer"),
)


def gunicorn_command(port: int) -> list[str]:
    """The production server: threads in worker processes, a listen backlog of 2048.

    Django's ``runserver`` (``--server runserver``) has a backlog of 10: hundreds of connections
    opened at once overflow it, and the kernel drops some of them.
    """
    return [str(Path(sys.executable).parent / "gunicorn"), "netwerkkaart.web.wsgi",
            "--bind", f"127.0.0.1:{port}", "--workers", str(GUNICORN_WORKERS),
            "--worker-class", "gthread", "--threads", str(GUNICORN_THREADS),
            "--backlog", "2048", "--timeout", str(REQUEST_SECONDS)]  # fmt: skip


# -- the respondents -----------------------------------------------------------------------------


class NoRedirect(urllib.request.HTTPRedirectHandler):
    """A redirect (the list form's answer) is the response itself, not followed."""

    def redirect_request(self, *args, **kwargs):
        return None


OPENER = urllib.request.build_opener(NoRedirect)


@dataclass
class Results:
    """What all threads measured; the lock guards every change."""

    saves: list[float] = field(default_factory=list)
    statuses: Counter = field(default_factory=Counter)  # (kind, status) -> count
    answers_ok: int = 0  # /answer/ posts answered 200: one stored row each
    lists_ok: int = 0  # respondents whose partners were all added (302)
    entries_ok: int = 0  # partner entries added
    failures: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def record(self, kind: str, status: int, took: float | None = None) -> None:
        with self.lock:
            self.statuses[(kind, status)] += 1
            if took is not None:
                self.saves.append(took)


def request(url: str, data: dict[str, str] | None = None, headers: dict[str, str] | None = None
            ) -> tuple[int, dict[str, str], float]:  # fmt: skip
    """One request; returns its status (0 when no answer came), its headers and its time."""
    body = urllib.parse.urlencode(data).encode() if data is not None else None
    req = urllib.request.Request(url, data=body, headers=headers or {})
    start = time.perf_counter()
    try:
        with OPENER.open(req, timeout=REQUEST_SECONDS) as response:
            response.read()
            status, got = response.status, response.headers
    except urllib.error.HTTPError as error:
        error.read()
        status, got = error.code, error.headers
    except OSError:
        status, got = 0, {}
    return status, got, time.perf_counter() - start


def csrf_cookie(headers) -> str:
    for value in headers.get_all("Set-Cookie") or []:
        cookie = http.cookies.SimpleCookie(value)
        if "csrftoken" in cookie:
            return cookie["csrftoken"].value
    return ""


def respond(base: str, person: Respondent, results: Results, start: threading.Barrier,
            deadline: float) -> None:  # fmt: skip
    link = f"{base}/s/{person.token}/"
    start.wait()
    status, headers, _took = request(link)
    results.record("start", status)
    csrf = csrf_cookie(headers) if status == 200 else ""
    if not csrf:
        with results.lock:
            results.failures.append(f"{person.actor_id}: no CSRF cookie (start page {status})")
        return
    post = {"Cookie": f"csrftoken={csrf}", "X-CSRFToken": csrf}

    def save(question: str, partner: str, value: str) -> None:
        if time.monotonic() > deadline:
            raise TimeoutError
        status, _headers, took = request(
            link + "answer/",
            {"question": question, "partner": partner, f"q-{question}": value},
            post,
        )
        results.record("answer", status, took)
        if status == 200:
            with results.lock:
                results.answers_ok += 1

    try:
        for question, value in PROFILE_ANSWERS:
            save(question, "", value)
        added = 0
        for partner in person.partners:
            if time.monotonic() > deadline:
                raise TimeoutError
            status, _headers, took = request(
                link + "list/",
                {"question": "partners", "op": "add", "actor": partner, "step": "1"},
                post,
            )
            results.record("list", status, took)
            added += status == 302
        with results.lock:
            results.entries_ok += added
            results.lists_ok += added > 0
        for partner in person.partners:
            for question, value in PARTNER_ANSWERS:
                save(question, f"a:{partner}", value)
    except TimeoutError:
        with results.lock:
            results.failures.append(f"{person.actor_id}: stopped at the overall time limit")


def run_respondents(base: str, people: Sequence[Respondent], seconds: float) -> Results:
    results = Results()
    start = threading.Barrier(len(people))
    deadline = time.monotonic() + seconds
    threads = [
        threading.Thread(target=respond, args=(base, person, results, start, deadline), daemon=True)
        for person in people
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=max(deadline - time.monotonic(), 0) + REQUEST_SECONDS)
    stuck = sum(thread.is_alive() for thread in threads)
    if stuck:
        results.failures.append(f"{stuck} respondent threads still running at the time limit")
    return results


def bare_latencies(base: str, users: int, requests: int) -> tuple[list[float], Counter]:
    """``/healthz`` under the same concurrency: ``users`` threads, ``requests`` each."""
    latencies: list[float] = []
    statuses: Counter = Counter()
    lock = threading.Lock()
    start = threading.Barrier(users)

    def user() -> None:
        start.wait()
        for _ in range(requests):
            status, _headers, took = request(base + "/healthz")
            with lock:
                statuses[status] += 1
                if status == 200:
                    latencies.append(took)

    threads = [threading.Thread(target=user, daemon=True) for _ in range(users)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=OVERALL_SECONDS)
    return latencies, statuses


# -- counting ----------------------------------------------------------------------------------


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--respondents", type=int, default=RESPONDENTS,
                        help=f"respondents answering at once (default {RESPONDENTS})")  # fmt: skip
    parser.add_argument("--seconds", type=float, default=OVERALL_SECONDS,
                        help=f"time limit of the respondents' run (default {OVERALL_SECONDS})")  # fmt: skip
    parser.add_argument("--server", choices=("gunicorn", "runserver"), default="gunicorn",
                        help="the server process (default gunicorn, as in production)")  # fmt: skip
    args = parser.parse_args(argv)
    count = args.respondents
    failed = False
    with tempfile.TemporaryDirectory() as folder, temporary_postgres(MAX_CONNECTIONS) as url:
        var = Path(folder)
        setup_django(var, url)
        from django.core.management import call_command

        call_command("migrate", verbosity=0)
        began = time.perf_counter()
        people = fill(count)
        print(f"PostgreSQL; {len(people)} respondents with a personal link, a register of "
              f"{count + EXTRA_ACTORS} actors (set up in {time.perf_counter() - began:.1f} s)")  # fmt: skip
        print(f"served by {args.server}" + (
            f" ({GUNICORN_WORKERS} workers x {GUNICORN_THREADS} threads)"
            if args.server == "gunicorn" else " (threaded)"))  # fmt: skip
        env = {**os.environ, "NETWERKKAART_VAR": str(var), "DATABASE_URL": url,
               "DJANGO_SETTINGS_MODULE": "netwerkkaart.web.settings"}  # fmt: skip
        log_path = var / "server.log"
        command = gunicorn_command if args.server == "gunicorn" else runserver_command
        with serve(env, log_path, command) as base:
            began = time.perf_counter()
            results = run_respondents(base, people, args.seconds)
            took = time.perf_counter() - began
            per_user = max(len(results.saves) // max(count, 1), 1)
            bare, bare_statuses = bare_latencies(base, count, per_user)
        rows, entries = stored()
        sent = results.answers_ok + results.lists_ok
        lost = sent - rows
        requests = sum(results.statuses.values())
        print(f"{count} respondents at once: {requests} requests in {took:.1f} s, "
              f"{len(results.saves)} of them saves")  # fmt: skip
        print("  statuses: " + ", ".join(
            f"{kind} {status or 'no answer'}: {n}" for (kind, status), n in sorted(results.statuses.items())
        ))  # fmt: skip
        print(f"answers sent: {sent}, stored: {rows}, lost: {lost}")
        print(f"  (of which partner lists: {results.lists_ok}; partner entries added: "
              f"{results.entries_ok}, stored: {entries}, lost: {results.entries_ok - entries})")  # fmt: skip
        if results.saves:
            p50, p95 = percentile(results.saves, 50), percentile(results.saves, 95)
            print(f"save time: p50 {ms(p50)}, p95 {ms(p95)}, max {ms(max(results.saves))}")
        else:
            p95 = 0.0
        if len(bare) >= 2:
            bare95 = percentile(bare, 95)
            print(f"bare view /healthz, {count} at once x {per_user}: p50 "
                  f"{ms(percentile(bare, 50))}, p95 {ms(bare95)}")  # fmt: skip
            print(f"p95 save / p95 bare: {p95 / bare95:.1f}x")
        bad_bare = {status: n for status, n in bare_statuses.items() if status != 200}
        if bad_bare:
            print(f"bare view: not 200: {bad_bare}")
        server_errors = sum(n for (_kind, status), n in results.statuses.items() if status >= 500)
        unanswered = sum(n for (_kind, status), n in results.statuses.items() if status == 0)
        for failure in results.failures[:10]:
            print(f"  {failure}")
        if server_errors or unanswered:
            print(f"FAILED: {server_errors} server errors, {unanswered} requests without answer")
            log = log_path.read_text() if log_path.exists() else ""
            print(f"  server tracebacks: {log.count('Traceback')}; the end of its log:")
            print(log[-3000:])
            failed = True
        if lost or results.entries_ok != entries:
            print("FAILED: answers were lost")
            failed = True
        if results.failures:
            failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

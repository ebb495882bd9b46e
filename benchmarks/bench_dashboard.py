"""Dashboard benchmarks: server time per round size, and p95 under concurrent users.

1. **Server time** of ``/w/<ws>/dashboard/<round>/`` for the demo round and a 5 000-actor round
   (SQLite, the embedded default), measured with Django's test client in this process: *cold*
   (figures computed: database read, tables, every network measure) and *warm* (figures cached,
   the page only rendered). The bare ``/healthz`` view is timed the same way as the floor.
2. **p95 under 20 concurrent users on PostgreSQL**: the site runs as a real server process
   (``manage.py runserver``, threaded) against a PostgreSQL server this script starts in a
   temporary folder (or ``DATABASE_URL`` when given); 20 client threads each request the demo
   dashboard repeatedly, then the bare view; the figure is the ratio of the two p95 latencies.

Run: ``.venv/bin/python benchmarks/bench_dashboard.py [--part server|load|all]``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
PASSWORD = "bench-wachtwoord-2026"
USERS, REQUESTS = 20, 15


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def setup_django(var: Path, database_url: str = "") -> None:
    os.environ["NETWERKKAART_VAR"] = str(var)
    os.environ["DJANGO_SETTINGS_MODULE"] = "netwerkkaart.web.settings"
    os.environ["NETWERKKAART_ALLOWED_HOSTS"] = "testserver,127.0.0.1,localhost"
    if database_url:
        os.environ["DATABASE_URL"] = database_url
    import django

    django.setup()


def load_workspace(slug: str, dataset, actors) -> None:
    """A workspace holding ``dataset`` (all rounds) and its register, with a coordinator."""
    from django_scopes import scopes_disabled

    from netwerkkaart.apps.register.services import import_actors
    from netwerkkaart.apps.rounds.services import import_dataset
    from netwerkkaart.apps.workspaces import services

    with scopes_disabled():
        user = services.ensure_user("bench", PASSWORD)
        workspace = services.create_workspace(slug, slug.title(), owner=user)
    import_actors(workspace, None, actors.iter_rows(named=True), source="bench")
    import_dataset(workspace, dataset, user=None)


def timed_get(client, url: str, repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        response = client.get(url)
        times.append(time.perf_counter() - start)
        assert response.status_code == 200, (url, response.status_code)
    return times


def server_times() -> None:
    from bench_network import synthetic_ecosystem
    from netwerkkaart.core.demo import generate_demo

    with tempfile.TemporaryDirectory() as folder:
        setup_django(Path(folder))
        from django.core.cache import cache, caches
        from django.core.management import call_command
        from django.http import HttpRequest
        from django.test import Client

        from netwerkkaart.apps.rounds.figures import warm_figures
        from netwerkkaart.apps.workspaces.models import Workspace

        call_command("migrate", verbosity=0)
        demo = generate_demo(seed=2026)
        load_workspace("demo", demo, demo.actors)
        big, _edges = synthetic_ecosystem(5000)
        load_workspace("groot", big, big.actors)
        client = Client()
        assert client.login(request=HttpRequest(), username="bench", password=PASSWORD)
        bare = statistics.median(timed_get(client, "/healthz", 50))
        print(f"bare view /healthz: {bare * 1000:.2f} ms (median of 50)")
        for slug, code, label in (
            ("demo", "2026", "demo round"),
            ("groot", "2025", "5 000 actors"),
        ):
            url = f"/w/{slug}/dashboard/{code}/"
            cold = []
            for _ in range(3):
                cache.clear()
                caches["figures"].clear()  # nobody computed them: the request does
                cold += timed_get(client, url, 1)
            warm = statistics.median(timed_get(client, url, 10))
            print(f"dashboard, {label}: cold {min(cold):.2f} s (best of 3), "
                  f"warm {warm * 1000:.0f} ms (median of 10) = {warm / bare:.0f}x the bare view")  # fmt: skip
            # After an import the worker computes the figures into the shared cache
            # (warm_figures, what dashboard.tasks runs); the web process has no copy of its own.
            firsts, worker = [], []
            for _ in range(3):
                cache.clear()
                caches["figures"].clear()
                start = time.perf_counter()
                warm_figures(Workspace.objects.get(slug=slug))
                worker.append(time.perf_counter() - start)
                firsts += timed_get(client, url, 1)
            first = min(firsts)
            print(f"  first view after the worker computed the figures ({min(worker):.2f} s "
                  f"in the worker): {first * 1000:.0f} ms = {first / warm:.1f}x the warm view, "
                  f"{min(cold) / first:.0f}x faster than cold")  # fmt: skip


@contextmanager
def temporary_postgres(max_connections: int = 100) -> Iterator[str]:
    """A PostgreSQL server of our own in a temporary folder; yields its URL.

    ``max_connections`` leaves room for as many concurrent requests as a load test makes.
    """
    given = os.environ.get("DATABASE_URL", "")
    if given.startswith("postgres"):
        yield given
        return
    bindir = sorted(Path("/usr/lib/postgresql").glob("*/bin"))[-1]
    folder = Path(tempfile.mkdtemp(prefix="nk-pg-"))
    port = free_port()
    as_postgres = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    shutil.chown(folder, "postgres") if os.geteuid() == 0 else None
    data = folder / "data"
    run = dict(check=True, capture_output=True)
    subprocess.run([*as_postgres, str(bindir / "initdb"), "-D", str(data), "-U", "postgres",
                    "--auth=trust"], **run)  # fmt: skip
    subprocess.run([*as_postgres, str(bindir / "pg_ctl"), "-D", str(data), "-w", "-o",
                    f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off "
                    f"-c max_connections={max_connections}",
                    "-l", str(folder / "log"), "start"], **run)  # fmt: skip
    try:
        subprocess.run([*as_postgres, str(bindir / "createdb"), "-h", "127.0.0.1", "-p",
                        str(port), "-U", "postgres", "netwerkkaart"], **run)  # fmt: skip
        yield f"postgresql://postgres@127.0.0.1:{port}/netwerkkaart"
    finally:
        subprocess.run([*as_postgres, str(bindir / "pg_ctl"), "-D", str(data), "-m", "fast",
                        "stop"], capture_output=True)  # fmt: skip
        shutil.rmtree(folder, ignore_errors=True)


SITE_SCRIPT = """
import sys
sys.path.insert(0, {bench!r})
from pathlib import Path
from bench_dashboard import setup_django, load_workspace
setup_django(Path({var!r}), {url!r})
from django.core.management import call_command
call_command('migrate', verbosity=0)
{load}
from django.contrib.auth import get_user_model
from django.contrib.sessions.backends.db import SessionStore
user = get_user_model().objects.get(username='bench')
session = SessionStore()
session['_auth_user_id'] = str(user.pk)
session['_auth_user_backend'] = 'django.contrib.auth.backends.ModelBackend'
session['_auth_user_hash'] = user.get_session_auth_hash()
session.create()
print(session.session_key)
"""

# Python lines that fill the site's database (``load_workspace`` is in scope).
DEMO = """
from netwerkkaart.core.demo import generate_demo
demo = generate_demo(seed=2026)
load_workspace('demo', demo, demo.actors)
"""


def runserver_command(port: int) -> list[str]:
    """Django's development server (threaded, one process), as ``make demo`` runs it."""
    return [sys.executable, str(ROOT / "manage.py"), "runserver", f"127.0.0.1:{port}",
            "--noreload"]  # fmt: skip


@contextmanager
def serve(
    env: dict[str, str], log_path: Path, command: Callable[[int], list[str]] = runserver_command
) -> Iterator[str]:
    """The site as a server process of its own on a free port, its errors written to
    ``log_path``; yields the base URL once ``/healthz`` answers, stops it afterwards."""
    port = free_port()
    with log_path.open("w") as log:
        process = subprocess.Popen(command(port), env=env, stdout=subprocess.DEVNULL, stderr=log)
        try:
            base = f"http://127.0.0.1:{port}"
            # Each worker imports the site on its first request: slow on a machine under load.
            wait_for(base + "/healthz", seconds=120)
            yield base
        finally:
            process.terminate()
            process.wait(timeout=10)


@contextmanager
def served_site(load: str, database_url: str = "") -> Iterator[tuple[str, str]]:
    """A site of its own, filled by the code ``load`` and served by ``manage.py runserver``.

    Yields the base URL and a logged-in session key. The database is SQLite in a temporary folder
    unless ``database_url`` is given. Server errors are counted and shown when the site stops.
    """
    with tempfile.TemporaryDirectory() as var:
        env = {**os.environ, "NETWERKKAART_VAR": var,
               "DJANGO_SETTINGS_MODULE": "netwerkkaart.web.settings"}  # fmt: skip
        env.pop("DATABASE_URL", None)
        if database_url:
            env["DATABASE_URL"] = database_url
        script = SITE_SCRIPT.format(bench=str(Path(__file__).parent), var=var, url=database_url,
                                    load=load)  # fmt: skip
        key = subprocess.run([sys.executable, "-c", script], env=env, check=True,
                             capture_output=True, text=True).stdout.split()[-1]  # fmt: skip
        log_path = Path(var) / "server.log"
        with serve(env, log_path) as base:
            yield base, key
        errors = log_path.read_text().count("Traceback")
        if errors:
            print(f"  server errors: {errors}; the end of its log:")
            print(log_path.read_text()[-3000:])


def load_test() -> None:
    with temporary_postgres() as url, served_site(DEMO, url) as (base, key):
        dashboard = base + "/w/demo/dashboard/2026/"
        fetch(dashboard, key)  # fill the figures cache, as the first visitor does
        bare = concurrent_latencies(base + "/healthz", key)
        page = concurrent_latencies(dashboard, key)
        p95_bare, p95_page = percentile(bare, 95), percentile(page, 95)
        print(f"PostgreSQL, {USERS} concurrent users x {REQUESTS} requests each:")
        print(f"  bare view   p50 {percentile(bare, 50) * 1000:.1f} ms, "
              f"p95 {p95_bare * 1000:.1f} ms")  # fmt: skip
        print(f"  dashboard   p50 {percentile(page, 50) * 1000:.1f} ms, "
              f"p95 {p95_page * 1000:.1f} ms")  # fmt: skip
        print(f"  ratio of p95: {p95_page / p95_bare:.1f}x the bare view")


def wait_for(url: str, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url, timeout=2)
            return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"server did not answer at {url}")


def fetch(url: str, session_key: str) -> float:
    request = urllib.request.Request(url, headers={"Cookie": f"sessionid={session_key}"})
    start = time.perf_counter()
    with urllib.request.urlopen(request, timeout=120) as response:
        response.read()
        assert response.status == 200
    return time.perf_counter() - start


def concurrent_latencies(url: str, session_key: str) -> list[float]:
    latencies: list[float] = []
    lock = threading.Lock()
    start = threading.Barrier(USERS)

    def user() -> None:
        start.wait()
        for _ in range(REQUESTS):
            took = fetch(url, session_key)
            with lock:
                latencies.append(took)

    threads = [threading.Thread(target=user) for _ in range(USERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return latencies


def percentile(values: Sequence[float], q: int) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=("server", "load", "all"), default="all")
    args = parser.parse_args(argv)
    if args.part in ("load", "all"):
        # First, in a child process of its own, so this process's Django set-up does not matter.
        load_test()
    if args.part in ("server", "all"):
        server_times()
    return 0


if __name__ == "__main__":
    sys.exit(main())

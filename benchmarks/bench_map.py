"""Network map benchmark: time until the map is drawn in headless Chromium, for 1k and 5k actors.

For each size, a synthetic round (``bench_network.synthetic_ecosystem``) is loaded into a
temporary SQLite site served by ``manage.py runserver``; Debian's Chromium, driven by Playwright,
opens the map and reports ``netwerkkaartMap.drawnAt``: milliseconds from the start of the
navigation to Cytoscape's first render. Printed with the size of ``graph.json`` and its server
time cold (figures and layout computed) and warm (cached). Goal: drawn within 3 s at 5 000 actors.

Run: ``.venv/bin/python benchmarks/bench_map.py [--sizes 1000 5000]``.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Sequence
from pathlib import Path

from bench_dashboard import ROOT, free_port, wait_for

CHROMIUM = os.environ.get("NETWERKKAART_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync"]  # fmt: skip

SETUP = """
import sys
sys.path.insert(0, {bench!r})
from pathlib import Path
from bench_dashboard import setup_django, load_workspace
from bench_network import synthetic_ecosystem
setup_django(Path({var!r}))
from django.core.management import call_command
call_command('migrate', verbosity=0)
data, _ = synthetic_ecosystem({n})
load_workspace('groot', data, data.actors)
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


def timed_fetch(url: str, key: str) -> tuple[float, int]:
    request = urllib.request.Request(url, headers={"Cookie": f"sessionid={key}"})
    start = time.perf_counter()
    with urllib.request.urlopen(request, timeout=300) as response:
        size = len(response.read())
    return time.perf_counter() - start, size


def measure(n: int) -> None:
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as var:
        env = {**os.environ, "NETWERKKAART_VAR": var,
               "DJANGO_SETTINGS_MODULE": "netwerkkaart.web.settings"}  # fmt: skip
        env.pop("DATABASE_URL", None)
        script = SETUP.format(bench=str(Path(__file__).parent), var=var, n=n)
        key = subprocess.run([sys.executable, "-c", script], env=env, check=True,
                             capture_output=True, text=True).stdout.split()[-1]  # fmt: skip
        port = free_port()
        server = subprocess.Popen(
            [sys.executable, str(ROOT / "manage.py"), "runserver", f"127.0.0.1:{port}",
             "--noreload"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        try:
            base = f"http://127.0.0.1:{port}"
            wait_for(base + "/healthz")
            graph_url = base + "/w/groot/map/2025/graph.json"
            cold, size = timed_fetch(graph_url, key)
            warm, _ = timed_fetch(graph_url, key)
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
                context = browser.new_context(viewport={"width": 1400, "height": 900})
                context.add_cookies([{"name": "sessionid", "value": key, "url": base}])
                page = context.new_page()
                draws = []
                for _ in range(3):
                    page.goto(base + "/w/groot/map/2025/")
                    page.wait_for_function("window.netwerkkaartMap && netwerkkaartMap.drawnAt",
                                           timeout=120_000)  # fmt: skip
                    draws.append(page.evaluate("netwerkkaartMap.drawnAt") / 1000)
                    nodes = page.evaluate("netwerkkaartMap.cy.nodes().length")
                    if os.environ.get("BENCH_MAP_MARKS"):
                        print(
                            page.evaluate(
                                "JSON.stringify([netwerkkaartMap.startedAt, netwerkkaartMap.marks])"
                            )
                        )
                browser.close()
            print(f"{n} actors ({nodes} drawn): map drawn {min(draws):.2f} s after navigation "
                  f"(best of 3; all: {', '.join(f'{d:.2f}' for d in draws)}); graph.json "
                  f"{size / 1024:.0f} KiB, server {cold:.2f} s cold, {warm * 1000:.0f} ms warm")  # fmt: skip
        finally:
            server.terminate()
            server.wait(timeout=10)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000])
    args = parser.parse_args(argv)
    for n in args.sizes:
        measure(n)
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    sys.exit(main())

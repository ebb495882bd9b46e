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
import sys
import time
import urllib.request
from collections.abc import Sequence
from pathlib import Path

from bench_dashboard import served_site
from netwerkkaart.web.chromium import launch

# A synthetic round of {n} actors in workspace "groot" (the site's loading code).
SYNTHETIC = """
from bench_network import synthetic_ecosystem
data, _ = synthetic_ecosystem({n})
load_workspace('groot', data, data.actors)
"""


def timed_fetch(url: str, key: str) -> tuple[float, int]:
    request = urllib.request.Request(url, headers={"Cookie": f"sessionid={key}"})
    start = time.perf_counter()
    with urllib.request.urlopen(request, timeout=300) as response:
        size = len(response.read())
    return time.perf_counter() - start, size


def measure(n: int) -> None:
    from playwright.sync_api import sync_playwright

    with served_site(SYNTHETIC.format(n=n)) as (base, key):
        graph_url = base + "/w/groot/map/2025/graph.json"
        cold, size = timed_fetch(graph_url, key)
        warm, _ = timed_fetch(graph_url, key)
        with sync_playwright() as playwright:
            browser = launch(playwright)
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

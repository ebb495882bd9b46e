"""How the project's own tools start Debian's Chromium: browser tests, screenshots, benchmarks.

One place for the executable and its switches. Playwright drives it; no browser is ever
downloaded. Without the background-networking switches Chromium waits for the internet on a closed
network.
"""

from __future__ import annotations

import os

CHROMIUM = os.environ.get("NETWERKKAART_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def launch(playwright: object) -> object:
    """Chromium started by a running Playwright (``sync_playwright().start()``)."""
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)

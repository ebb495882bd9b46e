"""Browser tests: the site served by pytest-django's ``live_server``, driven by a real Chromium.

Every test in this folder is marked ``browser`` (``-m "not browser"`` leaves them out). Chromium
is Debian's (``/usr/bin/chromium``, or ``NETWERKKAART_CHROMIUM``), started by Playwright; no
browser is ever downloaded. Without it the browser tests *fail* with a message saying so; set
``NETWERKKAART_SKIP_BROWSER=1`` to skip them on purpose.

The personas are those of every web test (``tests/apps/conftest.py``: alice the coordinator, bob
the analyst, vera the viewer, charlie the outsider), in a database the live server thread shares
(``live_server`` makes the test transactional).

Playwright's synchronous API keeps an asyncio loop marked as running in the main thread while it
is started, and Django refuses database calls there (``SynchronousOnlyOperation``). So Playwright
runs per test module, with ``DJANGO_ALLOW_ASYNC_UNSAFE`` set only meanwhile: the test body and its
fixtures use the database from the main thread, one call at a time, which is safe.
"""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from tests.apps.conftest import (
    PASSWORD,
    World,
    demo,
    empty_cache,
    fast_password_hashing,
    world,
)

from netwerkkaart.web.chromium import CHROMIUM, launch

__all__ = ["PASSWORD", "World", "demo", "empty_cache", "fast_password_hashing", "world"]

TIMEOUT_MS = 15_000


def _one_request_at_a_time() -> None:
    """Serve the live server's requests one at a time (connections stay threaded).

    On SQLite the test database is one in-memory connection that Django shares with the live
    server's threads. Two requests at once — a page polling for results while a phone saves an
    answer — would interleave their transactions on that one connection ("database table is
    locked", "no such savepoint"). A real server has a connection per thread; here a lock
    around the application gives each request the connection to itself.
    """
    from django.core.servers.basehttp import ThreadedWSGIServer
    from django.test.testcases import LiveServerThread

    if getattr(LiveServerThread.server_class, "serialised", False):
        return
    lock = threading.Lock()

    class SerialisedServer(ThreadedWSGIServer):
        serialised = True

        def set_app(self, application):
            def serialised_app(environ, start_response):
                with lock:
                    return list(application(environ, start_response))

            super().set_app(serialised_app)

    LiveServerThread.server_class = SerialisedServer


_one_request_at_a_time()
HERE = Path(__file__).parent
FAILURES = HERE.parent.parent / "var" / "browser-failures"
FAILED = pytest.StashKey[bool]()


def skip_requested() -> bool:
    return os.environ.get("NETWERKKAART_SKIP_BROWSER", "").strip().lower() in ("1", "true", "yes")


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Mark every test of this folder ``browser`` (before ``-m`` selects), or skip on request."""
    for item in items:
        if HERE in Path(item.path).parents:
            item.add_marker(pytest.mark.browser)
            if skip_requested():
                item.add_marker(pytest.mark.skip(reason="NETWERKKAART_SKIP_BROWSER is set"))


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo):
    report = yield
    if report.when == "call":
        item.stash[FAILED] = report.failed
    return report


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    """Chromium, started by Playwright for the tests of one module."""
    if not Path(CHROMIUM).exists():
        pytest.fail(
            f"Chromium is needed for the browser tests and is not at {CHROMIUM}: install it "
            "(apt-get install chromium) or point NETWERKKAART_CHROMIUM at it. To leave the "
            "browser tests out on purpose, set NETWERKKAART_SKIP_BROWSER=1.",
            pytrace=False,
        )
    from playwright.sync_api import sync_playwright

    before = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    playwright = sync_playwright().start()
    try:
        chromium = launch(playwright)
        try:
            yield chromium
        finally:
            chromium.close()
    finally:
        playwright.stop()
        if before is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = before


@pytest.fixture
def page(browser, live_server, request: pytest.FixtureRequest) -> Iterator[object]:
    """A page in a fresh browser context (no cookies; Dutch, Belgium) on the live server.

    When the test fails, a screenshot of the page goes to ``var/browser-failures/``. Every page of
    the context is watched for what the Content-Security-Policy refused: a test that passes with
    a refused script or style fails here.
    """
    context = browser.new_context(locale="nl-BE", base_url=live_server.url)
    context.set_default_timeout(TIMEOUT_MS)
    refused: list[str] = []
    context.on(
        "console",
        lambda message: (
            refused.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )
    page = context.new_page()
    try:
        yield page
        assert refused == [], f"the Content-Security-Policy refused: {refused[:3]}"
        if request.node.stash.get(FAILED, False):
            FAILURES.mkdir(parents=True, exist_ok=True)
            name = re.sub(r"[^\w.-]+", "_", request.node.nodeid)
            page.screenshot(path=str(FAILURES / f"{name}.png"), full_page=True)
    finally:
        context.close()


def log_in(page, username: str, password: str = PASSWORD) -> None:
    """Log in through the login form; the caller checks where it lands."""
    page.goto("/accounts/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    with page.expect_navigation():
        page.click("form button[type=submit]")


@pytest.fixture
def login_as(page, world: World) -> Callable[[str], object]:
    """``login_as("alice")``: the page, logged in as that persona, on their workspace list."""

    def login(username: str):
        log_in(page, username)
        assert "/accounts/login/" not in page.url, f"{username} could not log in"
        return page

    return login

"""Screenshots of the main pages of the demo site, for the documentation.

    .venv/bin/python scripts/screenshots.py [--out docs/screenshots] [--only NAME ...] [--lang en]

(or ``make screenshots``). Builds the demo site in a temporary folder (a fresh SQLite database,
``manage.py migrate`` and ``manage.py load_demo``), serves it with ``manage.py runserver`` on a
free port, logs in with Playwright in Debian's Chromium and saves one PNG per page of
:data:`PAGES`. A page that answers 404 (not built yet) is skipped with a note; any other error
fails the run after the other pages are taken. Nothing outside the temporary folder and the output
folder is written.

To add a page, add a :class:`Shot` to :data:`PAGES`.
"""

from __future__ import annotations

import argparse
import os
import re
import secrets
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from netwerkkaart.web.chromium import CHROMIUM, launch

REPO = Path(__file__).resolve().parent.parent
VIEWPORT = {"width": 1280, "height": 900}
MAX_HEIGHT = 4000  # a long page is cut off here, so a PNG stays readable and small
# The demo users (manage.py load_demo's defaults).
PASSWORDS = {
    "coordinator": "demo-coordinator",
    "analyst": "demo-analyst",
    "viewer": "demo-viewer",
}


@dataclass(frozen=True)
class Shot:
    """One screenshot: ``docs/screenshots/<name>.png`` of ``path`` as ``user`` (None: logged out)."""

    name: str
    path: str
    user: str | None = "coordinator"
    full_page: bool = True
    phone: bool = False  # 360 px wide, as a respondent on a phone sees it


# The pages the README shows (kept few: every PNG lives in git).
PAGES: list[Shot] = [
    Shot("workspace-home", "/w/demo/"),
    Shot("register-viewer", "/w/demo/register/", user="viewer"),
    Shot("rounds-import", "/w/demo/rounds/import/"),
    Shot("dashboard-2026", "/w/demo/dashboard/2026/"),
    Shot("map-2026", "/w/demo/map/2026/"),
    Shot("survey-2027", "/w/demo/surveys/2027/"),
    # {link}: the first personal link load_demo prints (a respondent needs no login).
    Shot("respondent-profile", "{link}step/0/", user=None, phone=True),
    Shot("respondent-partners", "{link}step/1/?for=partners&q=huis", user=None, phone=True),
    Shot("compare-2025-2026", "/w/demo/reports/vergelijk/"),
    # The demo's second quick scan (session 2), shown against the first.
    Shot("instrument-session", "/w/demo/instrumenten/2/"),
    Shot("advice-2026", "/w/demo/aanbevelingen/2026/", user="viewer"),
    Shot("regions-demo", "/w/demo/regios/"),
]
PHONE = {"width": 360, "height": 740}
LINK = re.compile(r"http://127\.0\.0\.1:8000(/s/[A-Za-z0-9_-]+/)")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def manage(env: dict[str, str], *args: str, **kwargs: object) -> subprocess.Popen | None:
    command = [sys.executable, str(REPO / "manage.py"), *args]
    if kwargs.pop("background", False):
        return subprocess.Popen(command, cwd=REPO, env=env, **kwargs)
    subprocess.run(command, cwd=REPO, env=env, check=True, **kwargs)
    return None


def wait_until_up(url: str, server: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"the demo site stopped (exit code {server.returncode})")
        try:
            with urllib.request.urlopen(f"{url}/healthz", timeout=2) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, OSError):
            time.sleep(0.3)
    raise SystemExit(f"the demo site did not answer at {url} within {timeout:.0f} s")


def take(base_url: str, pages: list[Shot], out: Path, locale: str, link: str = "") -> list[str]:
    """Save the PNGs; returns the problems (pages that answered neither 200 nor 404)."""
    from playwright.sync_api import sync_playwright

    problems: list[str] = []
    out.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = launch(playwright)
        contexts: dict[str | None, object] = {}
        try:
            for shot in pages:
                who = (shot.user, shot.phone)
                if who not in contexts:
                    contexts[who] = logged_in(browser, base_url, shot.user, locale, shot.phone)
                page = contexts[who].new_page()
                path = shot.path.replace("{link}", link)
                response = page.goto(base_url + path, wait_until="networkidle")
                status = response.status if response is not None else 0
                if status == 404:
                    print(f"  {shot.name}: {shot.path} does not exist (404), skipped")
                elif status != 200:
                    problems.append(f"{shot.name}: {shot.path} answered {status}")
                    print(f"  {shot.name}: {shot.path} answered {status}, skipped")
                else:
                    target = out / f"{shot.name}.png"
                    options: dict[str, object] = {"path": str(target), "full_page": shot.full_page}
                    height = page.evaluate("document.documentElement.scrollHeight")
                    if shot.full_page and height > MAX_HEIGHT:
                        options["clip"] = {
                            "x": 0,
                            "y": 0,
                            "width": (PHONE if shot.phone else VIEWPORT)["width"],
                            "height": MAX_HEIGHT,
                        }
                    page.screenshot(**options)
                    print(f"  {shot.name}: {shot.path} -> {target}")
                page.close()
        finally:
            for context in contexts.values():
                context.close()
            browser.close()
    return problems


def logged_in(browser, base_url: str, user: str | None, locale: str, phone: bool = False):
    context = browser.new_context(
        viewport=PHONE if phone else VIEWPORT,
        locale=locale,
        base_url=base_url,
        is_mobile=phone,
        has_touch=phone,
    )
    context.set_default_timeout(30_000)
    if user is not None:
        page = context.new_page()
        page.goto("/accounts/login/")
        page.fill("#id_username", user)
        page.fill("#id_password", PASSWORDS[user])
        with page.expect_navigation():
            page.click("form button[type=submit]")
        if "/accounts/login/" in page.url:
            raise SystemExit(f"could not log in as {user}")
        page.close()
    return context


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--out", type=Path, help="folder of the PNGs (docs/screenshots, or docs/screenshots/en)"
    )
    parser.add_argument(
        "--only", nargs="+", metavar="NAME", help="only these pages (names as in PAGES)"
    )
    parser.add_argument("--lang", choices=("nl", "en"), default="nl")
    args = parser.parse_args(argv)
    out = args.out or REPO / "docs" / "screenshots" / ("en" if args.lang == "en" else "")
    pages = [shot for shot in PAGES if not args.only or shot.name in args.only]
    if not pages:
        parser.error(f"no such page; choose from {', '.join(s.name for s in PAGES)}")
    if not Path(CHROMIUM).exists():
        print(f"Chromium is needed and is not at {CHROMIUM} (apt-get install chromium).")
        return 2

    with tempfile.TemporaryDirectory(prefix="netwerkkaart-screenshots-") as folder:
        env = {
            key: value
            for key, value in os.environ.items()
            if key not in ("DATABASE_URL", "NETWERKKAART_CACHE_DIR")
        }
        env.update(
            NETWERKKAART_VAR=folder,
            NETWERKKAART_SECRET_KEY=secrets.token_urlsafe(40),
            NETWERKKAART_DEBUG="false",
            DJANGO_SETTINGS_MODULE="netwerkkaart.web.settings",
        )
        print("Building the demo site in a temporary database…")
        manage(env, "migrate", "--verbosity", "0")
        loaded = subprocess.run(
            [sys.executable, str(REPO / "manage.py"), "load_demo"],
            cwd=REPO, env=env, check=True, capture_output=True, text=True,
        )  # fmt: skip
        found = LINK.search(loaded.stdout)
        link = found.group(1) if found else "/s/none/"
        port = free_port()
        base_url = f"http://127.0.0.1:{port}"
        log = Path(folder) / "server.log"
        with log.open("w") as log_file:
            server = manage(
                env,
                "runserver",
                f"127.0.0.1:{port}",
                "--noreload",
                background=True,
                stdout=log_file,
                stderr=subprocess.STDOUT,
            )
            try:
                wait_until_up(base_url, server)
                print(f"Screenshots of {base_url} in {out}:")
                problems = take(base_url, pages, out, "en" if args.lang == "en" else "nl-BE", link)
            finally:
                server.terminate()
                try:
                    server.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    server.kill()
        if problems:
            print("The site's log, last lines:", file=sys.stderr)
            print("\n".join(log.read_text().splitlines()[-40:]), file=sys.stderr)
    for problem in problems:
        print(f"Problem: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

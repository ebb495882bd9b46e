"""The access matrix: every workspace URL x every role x a foreign workspace, as a figure.

Runs the URL walk (``tests/apps/test_url_walk.py``) and the privacy scan
(``tests/apps/test_privacy_scan.py``) under pytest, with a plugin that records every request the
Django test client makes: who asked (anonymous, viewer, analyst, coordinator, or the coordinator
of another workspace), the method, the routed pattern and the status. The tests assert the rules
(an outsider gets 404, an anonymous visitor is sent to log in, no write below coordinator, no
name for a viewer, no figure about a small group); this script prints how much they covered and
what every role got, so the figure in a note comes from the same run as the assertions.

Run: ``.venv/bin/python benchmarks/access_matrix.py``. Exit status 1 when a test failed.
"""

from __future__ import annotations

import os
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TESTS = ("tests/apps/test_url_walk.py", "tests/apps/test_privacy_scan.py")
# The personas of tests/apps/conftest.py.
ROLES = {"alice": "coordinator", "bob": "analyst", "vera": "viewer", "charlie": "outsider",
         "beheer": "site administrator", "": "anonymous"}  # fmt: skip


class Recorder:
    """A pytest plugin: wraps the test client's ``request`` and counts what came back."""

    def __init__(self) -> None:
        self.requests: Counter[tuple[str, str, str]] = Counter()  # (role, method, status class)
        self.patterns: set[str] = set()
        self.urls: set[str] = set()
        self.server_errors: list[str] = []
        self.outcomes: Counter[str] = Counter()

    def pytest_configure(self, config: pytest.Config) -> None:
        from django.test.client import Client

        original = Client.request
        recorder = self

        def request(client: Client, **kwargs: object):
            response = original(client, **kwargs)
            recorder.record(response)
            return response

        Client.request = request  # type: ignore[method-assign]

    def record(self, response) -> None:
        wsgi = getattr(response, "wsgi_request", None)
        if wsgi is None:
            return
        user = getattr(wsgi, "user", None)
        name = user.get_username() if user is not None and user.is_authenticated else ""
        role = ROLES.get(name, "other member")
        status = response.status_code
        kind = str(status) if status in (403, 404, 405, 410) else f"{status // 100}xx"
        self.requests[(role, wsgi.method, kind)] += 1
        match = getattr(response, "resolver_match", None)
        if match is not None and match.route:
            self.patterns.add(match.route)
        self.urls.add(wsgi.path)
        if status >= 500:
            self.server_errors.append(f"{wsgi.method} {wsgi.path} as {role}: {status}")

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        if report.when == "call" or report.outcome != "passed":
            self.outcomes[report.outcome] += 1


def main(argv: Sequence[str] = ()) -> int:
    os.chdir(ROOT)  # the project's pytest settings (Django, markers) are read from there
    recorder = Recorder()
    status = pytest.main(["-q", "-p", "no:cacheprovider", *TESTS, *argv], plugins=[recorder])
    total = sum(recorder.requests.values())
    roles = sorted({role for role, _m, _s in recorder.requests})
    columns = sorted({s for _r, _m, s in recorder.requests})
    print()
    print(f"Access matrix: {total} requests, {len(recorder.urls)} distinct URLs, "
          f"{len(recorder.patterns)} routed patterns, {len(roles)} kinds of visitor")  # fmt: skip
    print(f"{'visitor':<20}{'method':<8}" + "".join(f"{c:>8}" for c in columns))
    for role in roles:
        for method in ("GET", "HEAD", "POST"):
            row = [recorder.requests.get((role, method, c), 0) for c in columns]
            if any(row):
                print(f"{role:<20}{method:<8}" + "".join(f"{n:>8}" for n in row))
    print(f"server errors (5xx): {len(recorder.server_errors)}")
    for line in recorder.server_errors[:10]:
        print(f"  {line}")
    print(f"tests: {dict(recorder.outcomes)} (each asserts a rule over every request above)")
    return 1 if status != 0 or recorder.server_errors else 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    raise SystemExit(main(sys.argv[1:]))

"""What every test shares: caches of its own."""

from __future__ import annotations

import pytest

LOCAL = "django.core.cache.backends.locmem.LocMemCache"


@pytest.fixture(autouse=True)
def shared_caches_of_its_own(settings):
    # Job progress and the shared figures are keyed by ids and data versions that a test
    # database reuses: each test gets empty ones in memory, never the file caches that a
    # previous run (or the demo) left in var/.
    settings.CACHES = {
        **settings.CACHES,
        "jobs": {"BACKEND": LOCAL, "LOCATION": "test-jobs"},
        "figures": {"BACKEND": LOCAL, "LOCATION": "test-figures"},
    }
    from django.core.cache import caches

    caches["jobs"].clear()
    caches["figures"].clear()
    yield
    caches["figures"].clear()

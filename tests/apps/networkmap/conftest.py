"""The dashboard tests' demo fixture, shared with the map tests."""

from tests.apps.dashboard.conftest import demo, empty_cache

__all__ = ["demo", "empty_cache"]

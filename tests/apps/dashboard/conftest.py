"""The demo ecosystem loaded into the personas' workspace, for the dashboard and map tests."""

from __future__ import annotations

import pytest
from django.core.cache import cache

from netwerkkaart.apps.register.services import import_actors
from netwerkkaart.apps.rounds.services import import_dataset
from netwerkkaart.core.dataset import Dataset
from netwerkkaart.core.demo import generate_demo

_DEMO: dict[str, Dataset] = {}


def demo_dataset() -> Dataset:
    """The demo ecosystem (generated once per test run: it is deterministic)."""
    if "demo" not in _DEMO:
        _DEMO["demo"] = generate_demo(seed=2026)
    return _DEMO["demo"]


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def demo(world) -> Dataset:
    """Both demo rounds and the register imported into Gemeentegem."""
    data = demo_dataset()
    import_actors(world.workspace, None, data.actors.iter_rows(named=True), source="demo")
    import_dataset(world.workspace, data, user=None)
    return data

"""A round's figures are computed once, by a worker when the data changes, for every process."""

from __future__ import annotations

import pytest
from django.core.cache import cache, caches
from tests.apps.conftest import demo_dataset

from netwerkkaart.apps.rounds import figures as module
from netwerkkaart.apps.rounds.figures import figures_key, round_figures
from netwerkkaart.apps.rounds.services import import_dataset

IMMEDIATE = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}


def never_computed(*args, **kwargs):
    raise AssertionError("the figures were computed in the request")


def test_an_import_queues_the_figures_and_the_first_view_finds_them(
    world, settings, django_capture_on_commit_callbacks, monkeypatch
):
    settings.TASKS = IMMEDIATE
    with django_capture_on_commit_callbacks(execute=True):
        import_dataset(world.workspace, demo_dataset(), user=None)
    for code in ("2025", "2026"):
        assert caches["figures"].get(figures_key(world.workspace, code)) is not None, code
    monkeypatch.setattr(module, "compute_round_figures", never_computed)
    cache.clear()  # another web process: nothing of its own yet
    assert round_figures(world.workspace, "2026").tables is not None
    page = world.client_for("alice").get("/w/gemeentegem/dashboard/2026/")
    assert page.status_code == 200


def test_a_change_makes_the_warm_figures_stale(world, settings, django_capture_on_commit_callbacks):
    settings.TASKS = IMMEDIATE
    with django_capture_on_commit_callbacks(execute=True):
        import_dataset(world.workspace, demo_dataset(), user=None)
    before = figures_key(world.workspace, "2026")
    from netwerkkaart.apps.register.services import import_actors

    with django_capture_on_commit_callbacks(execute=True):
        import_actors(world.workspace, None, [{"id": "X-1", "name": "Nieuw"}], source="t")
    after = figures_key(world.workspace, "2026")
    assert after != before
    assert caches["figures"].get(after) is not None  # warmed again for the new version


def test_without_a_worker_the_page_computes_them_itself(world, demo):
    # (The default test backend queues in the database and nobody runs it.)
    assert caches["figures"].get(figures_key(world.workspace, "2026")) is None
    assert world.client_for("alice").get("/w/gemeentegem/dashboard/2026/").status_code == 200
    assert caches["figures"].get(figures_key(world.workspace, "2026")) is not None


@pytest.fixture(autouse=True)
def _clean():
    yield
    cache.clear()

"""Personas for every web test (as healthchecks does): one workspace, a member of each role, and
an outsider who has a workspace of their own and must never see anything of the first."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from django.core.cache import cache
from django.http import HttpRequest
from django.test import Client
from django_scopes import scopes_disabled

from netwerkkaart.apps.register.services import import_actors
from netwerkkaart.apps.rounds.services import import_dataset
from netwerkkaart.apps.workspaces import services
from netwerkkaart.apps.workspaces.models import Role, Workspace
from netwerkkaart.core.dataset import Dataset
from netwerkkaart.core.demo import generate_demo

PASSWORD = "een-lang-wachtwoord-42"


@dataclass
class World:
    workspace: Workspace
    other_workspace: Workspace

    def client_for(self, username: str | None) -> Client:
        client = Client()
        if username is not None:
            assert client.login(request=HttpRequest(), username=username, password=PASSWORD)
        return client


@pytest.fixture(autouse=True)
def fast_password_hashing(settings) -> None:
    # Production hashing is deliberately slow; tests log in hundreds of times.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def world(db) -> World:
    with scopes_disabled():
        coordinator = services.ensure_user("alice", PASSWORD)
        analyst = services.ensure_user("bob", PASSWORD)
        viewer = services.ensure_user("vera", PASSWORD)
        outsider = services.ensure_user("charlie", PASSWORD)
        workspace = services.create_workspace("gemeentegem", "Gemeentegem", owner=coordinator)
        services.add_member(workspace, analyst, Role.ANALYST)
        services.add_member(workspace, viewer, Role.VIEWER)
        other = services.create_workspace("elders", "Elders", owner=outsider)
    return World(workspace, other)


@pytest.fixture(autouse=True)
def empty_cache():
    # Test databases reuse primary keys and data versions, so cached figures of one test could
    # otherwise be served to the next.
    cache.clear()
    yield
    cache.clear()


_DEMO: dict[str, Dataset] = {}


def demo_dataset() -> Dataset:
    """The demo ecosystem (generated once per test run: it is deterministic)."""
    if "demo" not in _DEMO:
        _DEMO["demo"] = generate_demo(seed=2026)
    return _DEMO["demo"]


@pytest.fixture
def demo(world) -> Dataset:
    """Both demo rounds and the register imported into Gemeentegem."""
    data = demo_dataset()
    import_actors(world.workspace, None, data.actors.iter_rows(named=True), source="demo")
    import_dataset(world.workspace, data, user=None)
    return data

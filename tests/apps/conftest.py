"""Personas for every web test (as healthchecks does): one workspace, a member of each role, and
an outsider who has a workspace of their own and must never see anything of the first."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from django.test import Client
from django_scopes import scopes_disabled

from netwerkkaart.apps.workspaces import services
from netwerkkaart.apps.workspaces.models import Role, Workspace

PASSWORD = "een-lang-wachtwoord-42"


@dataclass
class World:
    workspace: Workspace
    other_workspace: Workspace

    def client_for(self, username: str | None) -> Client:
        client = Client()
        if username is not None:
            assert client.login(username=username, password=PASSWORD)
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

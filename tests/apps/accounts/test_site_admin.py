"""The site administration: only accounts with the flag; workspaces created (never below the
floor) with their first coordinator invited; settings changed; no workspace data shown."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django_scopes import scopes_disabled
from tests.apps.accounts.conftest import token_in
from tests.apps.conftest import PASSWORD

from netwerkkaart.apps.accounts.models import Invitation
from netwerkkaart.apps.workspaces.models import AuditEntry, Workspace

NEW = {
    "name": "Sociaal Huis Stederen",
    "slug": "stederen",
    "description": "Het ecosysteem van Stederen.",
    "locations_text": "Stederen\nStederen-Noord, Stederen",
    "min_group": "6",
    "language": "nl-be",
    "coordinator_email": "coordinatie@stederen.be",
}


@pytest.fixture
def admin(world) -> Client:
    user = get_user_model().objects.create_user("beheer", password=PASSWORD)
    user.is_superuser = True
    user.save()
    return world.client_for("beheer")


@pytest.mark.parametrize("url", ["/site/", "/site/new/", "/site/gemeentegem/"])
def test_only_site_administrators_get_in(world, admin, url):
    assert admin.get(url).status_code == 200
    for username in ("alice", "bob", "vera", "charlie"):
        assert world.client_for(username).get(url).status_code == 403, username
    response = Client().get(url)
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_a_workspace_is_created_with_its_first_coordinator_invited(world, admin, smtp):
    response = admin.post("/site/new/", NEW)
    assert response["Location"] == "/site/stederen/"
    workspace = Workspace.objects.get(slug="stederen")
    assert (workspace.name, workspace.min_group, workspace.locations) == (
        "Sociaal Huis Stederen",
        6,
        ["Stederen", "Stederen-Noord"],
    )
    assert token_in(smtp, "coordinatie@stederen.be")
    with scopes_disabled():
        assert Invitation.objects.get(workspace=workspace).role == "coordinator"
        logged = set(
            AuditEntry.objects.filter(workspace=workspace).values_list("action", flat=True)
        )
    assert {"workspaces.created", "accounts.invitation_sent"} <= logged
    # The administrator is no member: the workspace's pages stay closed to them.
    assert admin.get("/w/stederen/").status_code == 404


def test_the_floor_is_enforced_in_the_form(world, admin, settings):
    response = admin.post("/site/new/", {**NEW, "min_group": "3"})
    assert response.status_code == 400
    assert "minstens 5" in response.content.decode()
    settings.NETWERKKAART_MIN_GROUP = 8
    response = admin.post("/site/new/", {**NEW, "min_group": "6"})
    assert response.status_code == 400 and "minstens 8" in response.content.decode()
    assert not Workspace.objects.filter(slug="stederen").exists()


def test_a_refused_mail_leaves_no_workspace(world, admin, settings):
    from tests.apps.accounts.conftest import free_port

    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", free_port(), 2
    response = admin.post("/site/new/", NEW)
    assert response.status_code == 400
    assert "weigerde" in response.content.decode()
    assert not Workspace.objects.filter(slug="stederen").exists()


def test_settings_change_and_a_coordinator_is_invited_later(world, admin, smtp):
    response = admin.post(
        "/site/gemeentegem/",
        {
            "ws-name": "Gemeentegem",
            "ws-description": "",
            "ws-locations_text": "Leefhoek",
            "ws-min_group": "7",
            "ws-language": "en",
        },
    )
    assert response.status_code == 302
    world.workspace.refresh_from_db()
    assert (world.workspace.min_group, world.workspace.language) == (7, "en")
    assert world.workspace.locations == ["Leefhoek"]
    admin.post(
        "/site/gemeentegem/", {"inv-email": "tweede@gemeentegem.be", "inv-role": "coordinator"}
    )
    assert (
        "Invitation to the workspace Gemeentegem" in smtp.to("tweede@gemeentegem.be")[0]["Subject"]
    )


def test_the_site_list_shows_workspaces_but_no_data(world, admin):
    page = admin.get("/site/").content.decode()
    assert "Gemeentegem" in page and "Elders" in page
    assert "Dashboard" not in page

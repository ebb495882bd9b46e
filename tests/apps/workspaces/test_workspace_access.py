"""Who may open a workspace: members yes, outsiders and anonymous visitors never."""

from __future__ import annotations

import pytest
from django_scopes import scope
from django_scopes.exceptions import ScopeError

from netwerkkaart.apps.workspaces.models import AuditEntry, Membership

HOME = "/w/gemeentegem/"


@pytest.mark.parametrize("username", ["alice", "bob", "vera"])
def test_every_member_opens_the_workspace_home(world, username) -> None:
    response = world.client_for(username).get(HOME)
    assert response.status_code == 200
    assert "Gemeentegem" in response.content.decode()


def test_an_outsider_gets_404_and_no_name_of_the_workspace(world) -> None:
    response = world.client_for("charlie").get(HOME)
    assert response.status_code == 404
    assert b"Gemeentegem" not in response.content


def test_an_unknown_workspace_is_404_like_a_foreign_one(world) -> None:
    assert world.client_for("alice").get("/w/bestaat-niet/").status_code == 404


def test_an_anonymous_visitor_is_sent_to_the_login_page(world) -> None:
    response = world.client_for(None).get(HOME)
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/?next=/w/gemeentegem/")


def test_the_workspace_list_shows_only_ones_own_workspaces(world) -> None:
    page = world.client_for("charlie").get("/").content.decode()
    assert "Elders" in page
    assert "Gemeentegem" not in page


def test_a_query_on_a_scoped_model_without_a_scope_fails_loudly(world) -> None:
    with pytest.raises(ScopeError):
        list(Membership.objects.all())
    with scope(workspace=world.workspace):
        roles = sorted(m.role for m in Membership.objects.filter(workspace=world.workspace))
    assert roles == ["analyst", "coordinator", "viewer"]


def test_creating_a_workspace_and_adding_members_is_logged(world) -> None:
    with scope(workspace=world.workspace):
        actions = [e.action for e in AuditEntry.objects.filter(workspace=world.workspace)]
    assert actions.count("workspaces.member_added") == 2
    assert "workspaces.created" in actions

"""Workspace services: the site's floor for the minimum group, the last coordinator, refusals."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django_scopes import scope, scopes_disabled

from netwerkkaart.apps.workspaces import services
from netwerkkaart.apps.workspaces.models import AuditEntry, Membership, Workspace


def member(world, username):
    with scopes_disabled():
        return Membership.objects.get(workspace=world.workspace, user__username=username)


def test_a_new_workspace_gets_the_floor_and_its_details(db):
    workspace = services.create_workspace(
        "stederen", "Stederen", locations="Stederen, Noord\nstederen", language="en"
    )
    assert workspace.min_group == 5
    assert workspace.locations == ["Stederen", "Noord"]
    assert workspace.language == "en"


def test_the_floor_refuses_a_lower_minimum_group(db, settings):
    with pytest.raises(services.WorkspaceError) as low:
        services.create_workspace("a", "A", min_group=4)
    assert low.value.code == "below_floor" and "minstens 5" in low.value.message
    settings.NETWERKKAART_MIN_GROUP = 10
    with pytest.raises(services.WorkspaceError):
        services.create_workspace("b", "B", min_group=9)
    assert services.create_workspace("c", "C").min_group == 10
    assert not Workspace.objects.filter(slug__in=["a", "b"]).exists()


def test_updating_below_the_floor_is_refused_and_nothing_changes(world):
    with pytest.raises(services.WorkspaceError):
        services.update_workspace(
            world.workspace,
            name="X",
            description="",
            locations=[],
            min_group=3,
            language="nl-be",
            by=None,
        )
    world.workspace.refresh_from_db()
    assert (world.workspace.name, world.workspace.min_group) == ("Gemeentegem", 5)


def test_updating_logs_the_changed_fields(world):
    services.update_workspace(
        world.workspace,
        name="Gemeentegem",
        description="Zorg en welzijn",
        locations=["Leefhoek"],
        min_group=8,
        language="nl-be",
        by=None,
    )
    with scope(workspace=world.workspace):
        entry = AuditEntry.objects.filter(action="workspaces.updated").get()
    assert entry.data["fields"] == ["description", "locations", "min_group"]


@pytest.mark.parametrize(
    ("slug", "code"),
    [("gemeentegem", "slug_taken"), ("Met Spatie", "slug_invalid"), ("HOOFD", "slug_invalid")],
)
def test_bad_slugs_are_refused(world, slug, code):
    with pytest.raises(services.WorkspaceError) as refused:
        services.create_workspace(slug, "Naam")
    assert refused.value.code == code


def test_a_name_and_a_known_language_are_needed(db):
    for kwargs, code in (({"name": " "}, "name_missing"), ({"language": "fr"}, "language_unknown")):
        with pytest.raises(services.WorkspaceError) as refused:
            services.create_workspace("x", **{"name": "X", **kwargs})
        assert refused.value.code == code


def test_the_last_coordinator_keeps_the_role_and_stays(world):
    alice = member(world, "alice")
    with pytest.raises(services.WorkspaceError) as demoted:
        services.change_role(alice, "viewer")
    assert demoted.value.code == "last_coordinator"
    with pytest.raises(services.WorkspaceError):
        services.remove_member(alice)
    assert member(world, "alice").role == "coordinator"


def test_with_a_second_coordinator_the_first_may_step_down(world):
    services.change_role(member(world, "bob"), "coordinator")
    services.change_role(member(world, "alice"), "analyst")
    assert member(world, "alice").role == "analyst"
    with pytest.raises(services.WorkspaceError):
        services.remove_member(member(world, "bob"))
    services.remove_member(member(world, "vera"))
    with scopes_disabled():
        assert not Membership.objects.filter(user__username="vera").exists()
        assert get_user_model().objects.filter(username="vera").exists()  # the account stays


def test_role_changes_are_logged_with_old_and_new_role(world):
    services.change_role(member(world, "vera"), "analyst")
    with scope(workspace=world.workspace):
        entry = AuditEntry.objects.filter(action="workspaces.role_changed").get()
    assert (entry.data["old"], entry.data["role"]) == ("viewer", "analyst")


def test_an_unknown_role_is_refused(world):
    with pytest.raises(services.WorkspaceError) as refused:
        services.change_role(member(world, "vera"), "baas")
    assert refused.value.code == "role_unknown"

"""Merging a duplicate: the kept actor fills its gaps, the duplicate is hidden but kept, logged."""

from __future__ import annotations

import pytest
from django_scopes import scope

from netwerkkaart.apps.register import services
from netwerkkaart.apps.register.models import Actor
from netwerkkaart.apps.workspaces.models import AuditEntry

from .conftest import REGISTER, active

MERGE = f"{REGISTER}merge/"


def merge(world, register):
    data = {"duplicate": register.linde_twin.pk, "keep": register.linde.pk}
    return world.client_for("alice").post(MERGE, data)


def test_the_kept_actor_takes_over_missing_fields_and_attributes(world, register) -> None:
    response = merge(world, register)
    assert response.status_code == 302
    with scope(workspace=world.workspace):
        kept = Actor.objects.get(pk=register.linde.pk)
    assert kept.name == "Huisartsenpraktijk De Linde"  # its own values win
    assert kept.sector == "zorg"
    assert (kept.scope, kept.employees) == ("gemeente", 4)  # gaps filled from the duplicate
    assert kept.attributes == {"website": "https://linde.example"}


def test_the_duplicate_is_hidden_from_the_list_but_not_deleted(world, register) -> None:
    merge(world, register)
    with scope(workspace=world.workspace):
        duplicate = Actor.objects.get(pk=register.linde_twin.pk)
    assert duplicate.merged_into_id == register.linde.pk
    assert "GG-HA-02" not in [a.external_id for a in active(world.workspace)]
    page = world.client_for("bob").get(REGISTER).content.decode()
    assert "GG-HA-02" not in page
    detail = world.client_for("bob").get(f"{REGISTER}{duplicate.pk}/").content.decode()
    assert "samengevoegd met" in detail


def test_a_merge_is_logged(world, register) -> None:
    merge(world, register)
    with scope(workspace=world.workspace):
        entry = AuditEntry.objects.filter(workspace=world.workspace).first()
    assert entry.action == "register.actors_merged"
    assert entry.data["duplicate"] == "GG-HA-02"
    assert entry.data["kept"] == "GG-HA-01"
    assert set(entry.data["fields"]) == {"scope", "employees"}


def test_an_actor_cannot_be_merged_with_itself(world, register) -> None:
    data = {"duplicate": register.caw.pk, "keep": register.caw.pk}
    response = world.client_for("alice").post(MERGE, data)
    assert response.status_code == 200
    assert "een actor kan niet met zichzelf samengaan" in response.content.decode()


def test_a_merged_duplicate_cannot_be_chosen_again(world, register) -> None:
    merge(world, register)
    data = {"duplicate": register.linde_twin.pk, "keep": register.caw.pk}
    response = world.client_for("alice").post(MERGE, data)
    assert response.status_code == 200
    assert "Selecteer een geldige keuze" in response.content.decode()


def test_the_service_refuses_to_merge_a_merged_actor(world, register, alice) -> None:
    services.merge_actors(world.workspace, alice, register.linde_twin, register.linde)
    with pytest.raises(services.MergeError):
        services.merge_actors(world.workspace, alice, register.linde_twin, register.caw)


def test_earlier_duplicates_follow_to_the_new_keeper(world, register, alice) -> None:
    services.merge_actors(world.workspace, alice, register.linde_twin, register.linde)
    services.merge_actors(world.workspace, alice, register.linde, register.caw)
    with scope(workspace=world.workspace):
        assert Actor.objects.get(pk=register.linde_twin.pk).merged_into_id == register.caw.pk


def test_the_suggestion_link_prefills_the_merge_form(world, register) -> None:
    query = {"duplicate": register.linde_twin.pk, "keep": register.linde.pk}
    response = world.client_for("alice").get(MERGE, query)
    assert response.context["form"]["duplicate"].value() == str(register.linde_twin.pk)

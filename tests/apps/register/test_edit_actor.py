"""A coordinator edits an actor; the change is validated and logged."""

from __future__ import annotations

from django_scopes import scope

from netwerkkaart.apps.register.models import Actor
from netwerkkaart.apps.workspaces.models import AuditEntry

from .conftest import REGISTER


def edit_url(actor: Actor) -> str:
    return f"{REGISTER}{actor.pk}/edit/"


def test_the_edit_form_is_filled_with_the_actor(world, register) -> None:
    page = world.client_for("alice").get(edit_url(register.caw)).content.decode()
    assert 'value="CAW Oost"' in page
    assert 'value="GG-CAW-01"' in page


def test_a_coordinator_edits_an_actor_and_it_is_logged(world, register) -> None:
    data = {"external_id": "GG-CAW-01", "name": "CAW Oost-Vlaanderen", "employees": "12"}
    response = world.client_for("alice").post(edit_url(register.caw), data)
    assert response.status_code == 302
    with scope(workspace=world.workspace):
        actor = Actor.objects.get(pk=register.caw.pk)
        entry = AuditEntry.objects.filter(workspace=world.workspace).first()
    assert (actor.name, actor.employees, actor.sector) == ("CAW Oost-Vlaanderen", 12, "")
    assert entry.action == "register.actor_updated"


def test_keeping_ones_own_id_is_fine_but_taking_another_is_not(world, register) -> None:
    data = {"external_id": "GG-HA-01", "name": "CAW Oost"}
    response = world.client_for("alice").post(edit_url(register.caw), data)
    assert response.status_code == 200
    assert "Er staat al een actor met id GG-HA-01 in dit register." in response.content.decode()
    with scope(workspace=world.workspace):
        assert Actor.objects.get(pk=register.caw.pk).external_id == "GG-CAW-01"


def test_a_count_that_is_not_a_number_is_refused_in_dutch(world, register) -> None:
    data = {"external_id": "GG-CAW-01", "name": "CAW Oost", "clients": "veel"}
    response = world.client_for("alice").post(edit_url(register.caw), data)
    assert "Voer een geheel getal in." in response.content.decode()

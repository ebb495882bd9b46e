"""A coordinator adds an actor; a bad form says what is wrong, in Dutch."""

from __future__ import annotations

from django_scopes import scope

from netwerkkaart.apps.register.models import Actor
from netwerkkaart.apps.workspaces.models import AuditEntry

from .conftest import REGISTER

NEW = f"{REGISTER}new/"


def test_a_coordinator_adds_an_actor_and_it_is_logged(world, register) -> None:
    data = {"external_id": "GG-KI-01", "name": "Huis van het Kind", "sector": "welzijn"}
    response = world.client_for("alice").post(NEW, data)
    assert response.status_code == 302
    with scope(workspace=world.workspace):
        actor = Actor.objects.get(workspace=world.workspace, external_id="GG-KI-01")
        assert response["Location"] == f"{REGISTER}{actor.pk}/"
        assert actor.sector == "welzijn"
        entry = AuditEntry.objects.filter(workspace=world.workspace).first()
    assert entry.action == "register.actor_created"
    assert entry.data == {"actor": "GG-KI-01"}


def test_a_missing_name_and_a_negative_count_are_refused_in_dutch(world, register) -> None:
    data = {"external_id": "GG-KI-01", "name": "  ", "employees": "-3"}
    response = world.client_for("alice").post(NEW, data)
    assert response.status_code == 200
    page = response.content.decode()
    assert "Dit veld is verplicht." in page
    assert "Zorg ervoor dat deze waarde minstens 0 is." in page
    with scope(workspace=world.workspace):
        assert not Actor.objects.filter(external_id="GG-KI-01").exists()


def test_an_id_already_in_the_register_is_refused(world, register) -> None:
    data = {"external_id": "GG-CAW-01", "name": "Nog een CAW"}
    response = world.client_for("alice").post(NEW, data)
    assert "Er staat al een actor met id GG-CAW-01 in dit register." in response.content.decode()


def test_the_same_id_may_exist_in_another_workspace(world, register) -> None:
    data = {"external_id": "EL-01", "name": "Een actor met een id van elders"}
    assert world.client_for("alice").post(NEW, data).status_code == 302


def test_an_unknown_sector_code_is_refused(world, register) -> None:
    data = {"external_id": "GG-X", "name": "X", "sector": "onbestaand"}
    response = world.client_for("alice").post(NEW, data)
    assert "Selecteer een geldige keuze" in response.content.decode()

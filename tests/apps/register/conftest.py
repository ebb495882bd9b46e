"""A small register in the personas' workspace (and one actor in the outsider's)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from django.contrib.auth import get_user_model
from django_scopes import scope, scopes_disabled

from netwerkkaart.apps.register import services
from netwerkkaart.apps.register.models import Actor

REGISTER = "/w/gemeentegem/register/"
SECRET_NAME = "Huisartsenpraktijk De Linde"


@dataclass
class Register:
    linde: Actor
    caw: Actor
    buurt: Actor
    linde_twin: Actor
    elsewhere: Actor


def actor_urls(register: Register) -> dict[str, str]:
    pk = register.linde.pk
    return {
        "list": REGISTER,
        "detail": f"{REGISTER}{pk}/",
        "create": f"{REGISTER}new/",
        "edit": f"{REGISTER}{pk}/edit/",
        "merge": f"{REGISTER}merge/",
        "import": f"{REGISTER}import/",
    }


def active(workspace) -> list[Actor]:
    with scope(workspace=workspace):
        return list(services.active_actors(workspace).order_by("external_id"))


def snapshot(workspace) -> list[tuple]:
    """Everything the register holds, to prove that something changed nothing."""
    with scope(workspace=workspace):
        return list(
            Actor.objects.filter(workspace=workspace)
            .order_by("pk")
            .values_list("external_id", "name", "sector", "category", "employees", "attributes")
        )


@pytest.fixture
def alice(world):
    with scopes_disabled():
        return get_user_model().objects.get(username="alice")


@pytest.fixture
def register(world, alice) -> Register:
    ws = world.workspace
    linde = services.create_actor(
        ws,
        alice,
        {
            "external_id": "GG-HA-01",
            "name": SECRET_NAME,
            "actor_type": "zelfstandige_zorgprofessional",
            "sector": "zorg",
            "category": "Huisartsen",
            "location": "Gemeentegem",
        },
    )
    caw = services.create_actor(
        ws,
        alice,
        {
            "external_id": "GG-CAW-01",
            "name": "CAW Oost",
            "actor_type": "welzijnsorganisatie",
            "sector": "welzijn",
            "category": "CAW",
            "location": "Stederen",
        },
    )
    buurt = services.create_actor(
        ws,
        alice,
        {
            "external_id": "GG-BW-01",
            "name": "Buurtcomité Leefhoek",
            "actor_type": "informele_actor",
            "sector": "informeel",
            "category": "Buurtwerk",
            "location": "Léefhoek",
        },
    )
    twin = services.create_actor(
        ws,
        alice,
        {
            "external_id": "GG-HA-02",
            "name": "huisartsenpraktijk de  linde",
            "category": "Huisartsen",
            "scope": "gemeente",
            "employees": 4,
        },
    )
    with scope(workspace=ws):
        twin.attributes = {"website": "https://linde.example"}
        twin.save()
    elsewhere = services.create_actor(
        world.other_workspace,
        None,
        {"external_id": "EL-01", "name": "Geheime Praktijk Elders", "sector": "zorg"},
    )
    return Register(linde, caw, buurt, twin, elsewhere)

"""The whole interface follows the chosen language: Dutch (Belgium) by default, English complete."""

from __future__ import annotations

import pytest
from django.conf import settings
from django.test import Client
from django_scopes import scopes_disabled

from netwerkkaart.apps.register.models import Actor

HOME = "/w/gemeentegem/"
REGISTER = "/w/gemeentegem/register/"


@pytest.fixture
def register_actor(world) -> Actor:
    with scopes_disabled():
        return Actor.objects.create(
            workspace=world.workspace,
            external_id="GG-01",
            name="Dienst Thuiszorg",
            actor_type="welzijnsorganisatie",
            sector="welzijn",
            scope="gemeente",
        )


def choose_language(client: Client, language: str, next_url: str = "/") -> None:
    response = client.post("/i18n/setlang/", {"language": language, "next": next_url})
    assert response.status_code == 302
    assert client.cookies[settings.LANGUAGE_COOKIE_NAME].value == language


def page(client: Client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def test_dutch_is_the_default(world) -> None:
    html = page(world.client_for("alice"), "/")
    assert '<html lang="nl-be">' in html
    for dutch in ("Mijn werkruimtes", "Afmelden", "Taal"):
        assert dutch in html
    assert "My workspaces" not in html
    assert "Log out" not in html


def test_the_workspace_list_and_home_switch_to_english_and_back(world) -> None:
    client = world.client_for("alice")
    choose_language(client, "en")

    html = page(client, "/")
    assert '<html lang="en">' in html
    for english in ("My workspaces", "Log out", "Coordinator"):
        assert english in html
    for dutch in ("Mijn werkruimtes", "Afmelden", "Coördinator"):
        assert dutch not in html

    html = page(client, HOME)
    for english in (
        "Your role in this workspace: Coordinator.",
        "Figures about fewer than 5 respondents are never shown.",
        "Workspace sections",
        "Rounds",
    ):
        assert english in html
    for dutch in ("Uw rol in deze werkruimte", "respondenten worden nooit getoond", "Rondes"):
        assert dutch not in html

    choose_language(client, "nl-be")
    html = page(client, HOME)
    assert "Uw rol in deze werkruimte: Coördinator." in html
    assert "Your role" not in html


def test_the_register_shows_vocabulary_labels_in_english(world, register_actor) -> None:
    client = world.client_for("bob")
    html = page(client, REGISTER)
    for dutch in ("Actorenregister", "Welzijnsorganisatie", "Alle sectoren", "Zoeken"):
        assert dutch in html

    choose_language(client, "en", REGISTER)
    html = page(client, REGISTER)
    for english in (
        "Actor register",
        "1 actor in the register",
        "Welfare organisation",
        "Welfare",
        "All sectors",
        "Search",
        "Informal actors",  # the sector counts list every sector
    ):
        assert english in html
    for dutch in ("Actorenregister", "Welzijnsorganisatie", "Alle sectoren", "Zoeken", "Informele"):
        assert dutch not in html

    html = page(client, f"{REGISTER}{register_actor.pk}/")
    for english in ("Back to the register", "Service area", "Municipality or city"):
        assert english in html
    assert "Gemeente of stad" not in html


def test_the_browser_language_is_honoured_without_a_choice(world) -> None:
    html = world.client_for("vera").get(HOME, headers={"accept-language": "en"}).content.decode()
    assert "Your role in this workspace: Viewer." in html
    assert "Lezer" not in html

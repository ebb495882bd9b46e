"""Logging in and out, with the page in Dutch by default and in English on request."""

from __future__ import annotations

from django.test import Client
from tests.apps.conftest import PASSWORD


def test_the_login_page_is_dutch_by_default(world) -> None:
    page = Client().get("/accounts/login/").content.decode()
    assert '<html lang="nl-be">' in page
    assert "Aanmelden" in page


def test_a_wrong_password_is_refused_with_a_clear_message(world) -> None:
    response = Client().post("/accounts/login/", {"username": "alice", "password": "fout"})
    assert response.status_code == 200
    assert (
        "Die combinatie van gebruikersnaam en wachtwoord kennen we niet"
        in response.content.decode()
    )


def test_a_good_login_leads_to_the_workspaces(world) -> None:
    client = Client()
    response = client.post("/accounts/login/", {"username": "alice", "password": PASSWORD})
    assert response.status_code == 302
    assert "Gemeentegem" in client.get(response["Location"]).content.decode()


def test_the_login_form_needs_a_csrf_token(world) -> None:
    client = Client(enforce_csrf_checks=True)
    response = client.post("/accounts/login/", {"username": "alice", "password": PASSWORD})
    assert response.status_code == 403


def test_passwords_are_stored_hashed(world) -> None:
    from django.contrib.auth import get_user_model

    stored = get_user_model().objects.get(username="alice").password
    assert PASSWORD not in stored
    assert stored.count("$") >= 2  # algorithm$salt$hash


def test_production_settings_hash_with_a_slow_algorithm() -> None:
    from django.conf import global_settings

    from netwerkkaart.web import settings as production

    hashers = getattr(production, "PASSWORD_HASHERS", global_settings.PASSWORD_HASHERS)
    assert hashers[0].endswith(
        ("PBKDF2PasswordHasher", "Argon2PasswordHasher", "ScryptPasswordHasher")
    )


def test_logging_out_ends_the_session(world) -> None:
    client = world.client_for("alice")
    client.post("/accounts/logout/")
    assert client.get("/w/gemeentegem/").status_code == 302

"""One's account: name, e-mail, language, and the workspaces one belongs to with the role."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.test import Client
from tests.apps.conftest import PASSWORD

from netwerkkaart.apps.accounts.models import Profile


def test_the_account_page_lists_ones_own_workspaces_with_the_role(world):
    page = world.client_for("bob").get("/accounts/").content.decode()
    assert "Mijn account" in page
    assert "Gemeentegem" in page and "Analist" in page
    assert "Elders" not in page


def test_saving_the_account_keeps_name_email_and_language(world):
    client = world.client_for("bob")
    response = client.post(
        "/accounts/",
        {"first_name": "Bob", "last_name": "Maes", "email": "bob@gemeentegem.be", "language": "en"},
    )
    assert response.status_code == 302
    assert response.cookies["django_language"].value == "en"
    user = get_user_model().objects.get(username="bob")
    assert (user.get_full_name(), user.email) == ("Bob Maes", "bob@gemeentegem.be")
    assert Profile.objects.get(user=user).language == "en"
    # The next login opens the site in English.
    fresh = Client()
    login = fresh.post("/accounts/login/", {"username": "bob", "password": PASSWORD})
    assert login.cookies["django_language"].value == "en"
    assert '<html lang="en">' in fresh.get("/").content.decode()


def test_a_bad_email_is_refused(world):
    response = world.client_for("bob").post("/accounts/", {"email": "geen adres"})
    assert response.status_code == 400


def test_anonymous_visitors_log_in_first(world):
    response = Client().get("/accounts/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_an_email_of_another_account_is_refused(world):
    alice = get_user_model().objects.get(username="alice")
    alice.email = "alice@gemeentegem.be"
    alice.save()
    response = world.client_for("bob").post("/accounts/", {"email": "Alice@gemeentegem.be"})
    assert response.status_code == 400
    assert "Een ander account gebruikt Alice@gemeentegem.be al." in response.content.decode()
    assert get_user_model().objects.get(username="bob").email == ""

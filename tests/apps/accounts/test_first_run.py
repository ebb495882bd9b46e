"""The first-run page: shown only while the site has no account, it makes the first site
administrator and then never shows again."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.test import Client
from django_scopes import scopes_disabled

from netwerkkaart.apps.workspaces.models import AuditEntry

FORM = {
    "username": "beheer",
    "email": "ict@gemeentegem.be",
    "first_name": "Ilse",
    "last_name": "Peeters",
    "password1": "Duizendblad-Kouter-31",
    "password2": "Duizendblad-Kouter-31",
}


def test_an_empty_site_sends_the_login_page_to_the_first_run(db):
    client = Client()
    response = client.get("/accounts/login/")
    assert response.status_code == 302 and response["Location"] == "/accounts/setup/"
    page = client.get("/accounts/setup/").content.decode()
    assert "Netwerkkaart in gebruik nemen" in page


def test_the_first_run_makes_a_site_administrator_and_logs_in(db):
    client = Client()
    response = client.post("/accounts/setup/", FORM)
    assert response.status_code == 302 and response["Location"] == "/site/new/"
    user = get_user_model().objects.get(username="beheer")
    assert user.is_superuser and user.check_password(FORM["password1"])
    assert client.get("/site/new/").status_code == 200
    with scopes_disabled():
        entry = AuditEntry.objects.get(action="accounts.first_admin_created")
    assert entry.workspace is None and entry.user == user


def test_the_first_run_never_shows_again(db):
    Client().post("/accounts/setup/", FORM)
    client = Client()
    assert client.get("/accounts/setup/").status_code == 404
    assert client.post("/accounts/setup/", {**FORM, "username": "tweede"}).status_code == 404
    assert client.get("/accounts/login/").status_code == 200
    assert get_user_model().objects.count() == 1


def test_a_weak_or_mismatched_password_is_refused_with_a_message(db):
    response = Client().post("/accounts/setup/", {**FORM, "password1": "1234", "password2": "1234"})
    assert response.status_code == 400
    assert not get_user_model().objects.exists()
    response = Client().post("/accounts/setup/", {**FORM, "password2": "iets-anders-99"})
    assert "De twee wachtwoorden zijn niet gelijk." in response.content.decode()

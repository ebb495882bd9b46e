"""Password reset by mail and password change: Django's views, our Dutch pages, logged."""

from __future__ import annotations

import re

from django.contrib.auth import get_user_model
from django.core import mail
from django.http import HttpRequest
from django.test import Client
from django_scopes import scopes_disabled
from tests.apps.conftest import PASSWORD

from netwerkkaart.apps.workspaces.models import AuditEntry

NEW_PASSWORD = "Lindeboom-Stederen-58"


def with_email(username: str, email: str):
    user = get_user_model().objects.get(username=username)
    user.email = email
    user.save()
    return user


def test_a_forgotten_password_is_reset_through_the_mail(world, settings):
    settings.SITE_URL = ""
    with_email("bob", "bob@gemeentegem.be")
    client = Client()
    page = client.get("/accounts/password/reset/").content.decode()
    assert "Wachtwoord vergeten" in page
    response = client.post("/accounts/password/reset/", {"email": "bob@gemeentegem.be"})
    assert response["Location"] == "/accounts/password/reset/sent/"
    [message] = mail.outbox
    assert message.subject == "Een nieuw wachtwoord voor Netwerkkaart"
    assert "Uw gebruikersnaam: bob" in message.body
    link = re.search(r"http://testserver(/accounts/password/reset/\S+/)", message.body).group(1)
    form_page = client.get(link, follow=True)
    assert "Nieuw wachtwoord kiezen" in form_page.content.decode()
    response = client.post(
        form_page.redirect_chain[-1][0],
        {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
    )
    assert response["Location"] == "/accounts/password/reset/done/"
    assert get_user_model().objects.get(username="bob").check_password(NEW_PASSWORD)
    assert Client().login(request=HttpRequest(), username="bob", password=NEW_PASSWORD)
    with scopes_disabled():
        logged = set(AuditEntry.objects.values_list("action", flat=True))
    assert {"accounts.password_reset_requested", "accounts.password_reset"} <= logged
    # The link works once.
    assert "werkt niet" in client.get(link, follow=True).content.decode()


def test_an_unknown_address_gets_the_same_answer_and_no_mail(world):
    response = Client().post("/accounts/password/reset/", {"email": "niemand@elders.be"})
    assert response["Location"] == "/accounts/password/reset/sent/"
    assert mail.outbox == []


def test_the_password_is_changed_with_the_old_one(world):
    client = world.client_for("vera")
    response = client.post(
        "/accounts/password/",
        {"old_password": "fout", "new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
    )
    assert response.status_code == 200  # the form again, with its error
    response = client.post(
        "/accounts/password/",
        {"old_password": PASSWORD, "new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
    )
    assert response["Location"] == "/accounts/"
    assert get_user_model().objects.get(username="vera").check_password(NEW_PASSWORD)
    with scopes_disabled():
        assert AuditEntry.objects.filter(action="accounts.password_changed").count() == 1


def test_password_pages_need_a_login_where_they_should(world):
    response = Client().get("/accounts/password/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    assert Client().get("/accounts/password/reset/").status_code == 200

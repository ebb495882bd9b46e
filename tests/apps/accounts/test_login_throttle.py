"""Guessing passwords is throttled per user name and per address (django-axes, issue 16 item 4)."""

from __future__ import annotations

import re
from datetime import timedelta

from axes.models import AccessAttempt
from django.contrib.auth import get_user_model
from django.core import mail
from django.test import Client
from django.utils import timezone
from django_scopes import scopes_disabled
from tests.apps.conftest import PASSWORD

from netwerkkaart.apps.workspaces.models import AuditEntry

LOGIN = "/accounts/login/"
WRONG = "niet-het-wachtwoord"


def attempt(username: str, password: str, address: str = "10.0.0.1", **headers):
    return Client(REMOTE_ADDR=address, **headers).post(
        LOGIN, {"username": username, "password": password}
    )


def fail(times: int, username: str, address: str = "10.0.0.1") -> list[int]:
    return [attempt(username, WRONG, address).status_code for _ in range(times)]


def test_five_wrong_passwords_lock_the_account_with_a_dutch_page(world, settings):
    assert settings.AXES_FAILURE_LIMIT == 5
    assert fail(4, "alice") == [200] * 4  # the form again, with its message
    assert attempt("alice", PASSWORD).status_code == 302  # four typos: still in, count reset
    assert fail(5, "alice") == [200] * 4 + [429]  # the fifth locks
    client = Client(REMOTE_ADDR="10.0.0.1")
    locked = client.post(LOGIN, {"username": "alice", "password": PASSWORD})  # right, but locked
    assert locked.status_code == 429
    page = locked.content.decode()
    assert "Aanmelden even niet mogelijk" in page
    assert "de komende 15 minuten" in page
    assert "5 keer een verkeerd wachtwoord" in page
    assert "_auth_user_id" not in client.session
    assert client.get("/accounts/").status_code == 302  # not logged in: to the login page
    # From another address the account is locked too: guessing from many machines gets nowhere.
    assert attempt("alice", PASSWORD, "10.9.9.9").status_code == 429
    # Another account from another address is not affected.
    assert attempt("bob", PASSWORD, "10.9.9.9").status_code == 302


def test_one_address_trying_many_accounts_is_locked(world):
    for name in ("alice", "bob", "vera", "charlie", "iemand"):
        fail(1, name, "10.0.0.7")
    assert attempt("bob", PASSWORD, "10.0.0.7").status_code == 429
    assert attempt("bob", PASSWORD, "10.0.0.8").status_code == 302


def test_the_page_is_in_english_for_an_english_reader(world):
    fail(5, "alice")
    page = attempt("alice", PASSWORD, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Logging in is not possible for now" in page
    assert "for the next 15 minutes" in page


def test_the_lock_expires(world):
    fail(5, "alice")
    assert attempt("alice", PASSWORD).status_code == 429
    AccessAttempt.objects.update(attempt_time=timezone.now() - timedelta(minutes=16))
    assert attempt("alice", PASSWORD).status_code == 302


def test_a_password_reset_by_mail_lifts_the_lock(world, settings):
    settings.SITE_URL = ""
    user = get_user_model().objects.get(username="bob")
    user.email = "bob@gemeentegem.be"
    user.save()
    fail(5, "bob", "10.0.0.3")
    assert attempt("bob", PASSWORD, "10.0.0.4").status_code == 429
    client = Client()
    client.post("/accounts/password/reset/", {"email": "bob@gemeentegem.be"})
    link = re.search(r"http://testserver(/accounts/password/reset/\S+/)", mail.outbox[0].body)
    form = client.get(link.group(1), follow=True)
    new = "Lindeboom-Stederen-58"
    done = client.post(form.redirect_chain[-1][0], {"new_password1": new, "new_password2": new})
    assert done["Location"] == "/accounts/password/reset/done/"
    assert attempt("bob", new, "10.0.0.4").status_code == 302
    with scopes_disabled():
        assert AuditEntry.objects.filter(action="accounts.login_lock_lifted").count() == 1


def test_only_failures_are_kept(world):
    assert attempt("alice", PASSWORD).status_code == 302
    assert AccessAttempt.objects.count() == 0
    fail(1, "alice")
    [kept] = AccessAttempt.objects.all()
    assert kept.username == "alice" and kept.failures_since_start == 1
    assert WRONG not in kept.post_data  # the password tried is never stored

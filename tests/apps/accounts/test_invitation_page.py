"""The invitation's link in the browser: set a password, or log in and join; refusals in words."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.http import HttpRequest
from django.test import Client
from django_scopes import scopes_disabled
from tests.apps.accounts.conftest import token_in

from netwerkkaart.apps.accounts import services
from netwerkkaart.apps.workspaces.models import Membership

STRONG = "Klaproos-Leefhoek-77"


def invited(world, email: str, role: str = "viewer") -> str:
    _invitation, token = services.invite(world.workspace, email, role, by=None, base_url="x")
    return token


def test_a_new_person_sets_a_password_and_lands_on_the_workspace(world, smtp):
    token = invited(world, "nadia@gemeentegem.be")
    client = Client()
    url = f"/accounts/invitation/{token}/"
    page = client.get(url).content.decode()
    assert "Welkom in Gemeentegem" in page and "lezer" in page
    response = client.post(
        url, {"first_name": "Nadia", "last_name": "Claes", "password1": "kort", "password2": "kort"}
    )
    assert response.status_code == 400
    response = client.post(
        url, {"first_name": "Nadia", "last_name": "Claes", "password1": STRONG, "password2": STRONG}
    )
    assert response["Location"] == "/w/gemeentegem/"
    assert "Gemeentegem" in client.get("/w/gemeentegem/").content.decode()
    assert Client().login(request=HttpRequest(), username="nadia@gemeentegem.be", password=STRONG)
    assert "al gebruikt" in Client().get(url).content.decode()


def test_an_existing_account_logs_in_and_joins(world, smtp):
    charlie = get_user_model().objects.get(username="charlie")
    charlie.email = "charlie@elders.be"
    charlie.save()
    token = invited(world, "charlie@elders.be", "analyst")
    url = f"/accounts/invitation/{token}/"
    assert "Meld u aan" in Client().get(url).content.decode()
    client = world.client_for("charlie")
    assert "Deelnemen aan Gemeentegem" in client.get(url).content.decode()
    assert client.post(url)["Location"] == "/w/gemeentegem/"
    with scopes_disabled():
        assert Membership.objects.get(workspace=world.workspace, user=charlie).role == "analyst"


def test_someone_logged_in_with_another_account_is_told_so(world, smtp):
    token = invited(world, "nadia@gemeentegem.be")
    client = world.client_for("vera")
    url = f"/accounts/invitation/{token}/"
    assert "maar u bent aangemeld als vera" in client.get(url).content.decode()
    client.post(url)
    assert not get_user_model().objects.filter(email="nadia@gemeentegem.be").exists()
    assert services.resolve(token).is_pending


def test_an_unknown_link_says_what_to_do(world):
    page = Client().get("/accounts/invitation/bestaat-niet/").content.decode()
    assert "Deze link is niet (meer) geldig" in page


def test_the_mailed_link_is_the_one_that_works(world, smtp):
    services.invite(world.workspace, "nadia@gemeentegem.be", "viewer", by=None, base_url="x")
    token = token_in(smtp, "nadia@gemeentegem.be")
    assert "Kies een wachtwoord" in Client().get(f"/accounts/invitation/{token}/").content.decode()

"""Styled 403, 404 and 500 pages in the site's language, with DEBUG off (as in production)."""

from __future__ import annotations

import pytest
from django.test import Client, RequestFactory, override_settings
from django.urls import path
from django.utils import translation
from django.views.defaults import server_error

from netwerkkaart.web.urls import urlpatterns as site_urls


def broken_view(request):
    raise RuntimeError("kapot")


urlpatterns = [path("kapot/", broken_view), *site_urls]


def test_404_is_dutch_with_the_navigation(world, settings):
    assert settings.DEBUG is False
    response = world.client_for("alice").get("/w/gemeentegem/dashboard/1999/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "Deze pagina vinden we niet" in html
    assert 'href="/w/gemeentegem/register/"' in html  # the workspace's navigation
    assert 'href="/help/"' in html


def test_404_of_another_workspace_says_nothing_about_it(world):
    response = world.client_for("charlie").get("/w/gemeentegem/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "Deze pagina vinden we niet" in html and "Gemeentegem" not in html


def test_404_in_english(world):
    client = world.client_for("alice")
    client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    html = client.get("/w/gemeentegem/bestaat-niet/").content.decode()
    assert "We cannot find this page" in html


def test_403_says_the_role_and_whom_to_ask(world):
    response = world.client_for("vera").get("/w/gemeentegem/register/new/")
    assert response.status_code == 403
    html = response.content.decode()
    assert "Dit mag u hier niet doen" in html
    assert "(Lezer)" in html
    assert "coördinator" in html


def test_500_renders_without_database_or_request_context():
    # No ``db`` fixture: any query would fail the test. Django renders 500.html with no context.
    with translation.override("nl-be"):
        response = server_error(RequestFactory().get("/"))
    assert response.status_code == 500
    html = response.content.decode()
    assert "Er ging iets mis aan onze kant" in html
    assert 'href="/help/"' in html
    with translation.override("en"):
        assert (
            "Something went wrong on our side"
            in server_error(RequestFactory().get("/")).content.decode()
        )


@override_settings(ROOT_URLCONF=__name__)
def test_a_failing_page_answers_with_the_500_page(db):
    client = Client(raise_request_exception=False)
    response = client.get("/kapot/")
    assert response.status_code == 500
    assert "Er ging iets mis aan onze kant" in response.content.decode()


def test_csrf_failure_is_explained(world):
    client = Client(enforce_csrf_checks=True)
    response = client.post("/accounts/login/", {"username": "alice", "password": "x"})
    assert response.status_code == 403
    assert "Dit formulier kon niet verstuurd worden" in response.content.decode()


@pytest.mark.parametrize("template", ["403.html", "404.html", "500.html", "403_csrf.html"])
def test_error_templates_exist(template):
    from django.template.loader import get_template

    assert get_template(template) is not None

"""Who may open which register page: members by role, outsiders never, anonymous visitors log in."""

from __future__ import annotations

import pytest

from .conftest import actor_urls

EVERY_PAGE = ["list", "detail", "create", "edit", "merge", "import"]
READ_PAGES = {"list", "detail"}


@pytest.mark.parametrize("page", EVERY_PAGE)
def test_a_coordinator_opens_every_register_page(world, register, page) -> None:
    response = world.client_for("alice").get(actor_urls(register)[page])
    assert response.status_code == 200


@pytest.mark.parametrize("username", ["bob", "vera"])
@pytest.mark.parametrize("page", EVERY_PAGE)
def test_analysts_and_viewers_read_but_do_not_change(world, register, username, page) -> None:
    response = world.client_for(username).get(actor_urls(register)[page])
    assert response.status_code == (200 if page in READ_PAGES else 403)


@pytest.mark.parametrize("username", ["bob", "vera"])
@pytest.mark.parametrize("page", ["create", "edit", "merge", "import"])
def test_posting_to_a_coordinator_page_without_the_role_is_forbidden(
    world, register, username, page
) -> None:
    response = world.client_for(username).post(actor_urls(register)[page], {"name": "X"})
    assert response.status_code == 403


@pytest.mark.parametrize("page", EVERY_PAGE)
def test_an_outsider_gets_404_on_every_register_page(world, register, page) -> None:
    response = world.client_for("charlie").get(actor_urls(register)[page])
    assert response.status_code == 404
    assert b"Huisartsenpraktijk" not in response.content


@pytest.mark.parametrize("page", EVERY_PAGE)
def test_an_anonymous_visitor_is_sent_to_the_login_page(world, register, page) -> None:
    url = actor_urls(register)[page]
    response = world.client_for(None).get(url)
    assert response.status_code == 302
    assert response["Location"].startswith(f"/accounts/login/?next={url}")


def test_an_actor_of_another_workspace_is_404_inside_ones_own_workspace(world, register) -> None:
    url = f"/w/gemeentegem/register/{register.elsewhere.pk}/"
    assert world.client_for("alice").get(url).status_code == 404

"""DOMAIN §7: viewers see categories and aggregates, never an actor's name or register id."""

from __future__ import annotations

from .conftest import REGISTER, SECRET_NAME


def test_the_list_shows_a_viewer_categories_but_no_names_or_ids(world, register) -> None:
    page = world.client_for("vera").get(REGISTER).content.decode()
    assert SECRET_NAME not in page
    assert "CAW Oost" not in page
    assert "GG-HA-01" not in page
    assert "Huisartsen" in page
    assert "Stederen" in page


def test_the_detail_page_shows_a_viewer_no_name(world, register) -> None:
    page = world.client_for("vera").get(f"{REGISTER}{register.linde.pk}/").content.decode()
    assert SECRET_NAME not in page
    assert "GG-HA-01" not in page
    assert "Huisartsen" in page


def test_a_viewer_cannot_find_an_actor_by_searching_for_its_name(world, register) -> None:
    page = world.client_for("vera").get(REGISTER, {"q": "CAW Oost"}).content.decode()
    assert "Stederen" not in page
    assert "Geen actoren gevonden" in page


def test_analysts_and_coordinators_do_see_names(world, register) -> None:
    for username in ("alice", "bob"):
        page = world.client_for(username).get(REGISTER).content.decode()
        assert SECRET_NAME in page
        assert "GG-HA-01" in page


def test_a_viewer_sees_no_duplicate_suggestions(world, register) -> None:
    page = world.client_for("vera").get(REGISTER).content.decode()
    assert "Mogelijke dubbels" not in page

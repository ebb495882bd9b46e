"""The register list: search ignoring case and accents, filters, counts per sector, pages."""

from __future__ import annotations

from .conftest import REGISTER, SECRET_NAME


def names_on(world, params: dict) -> str:
    return world.client_for("bob").get(REGISTER, params).content.decode()


def test_searching_a_name_ignores_case_and_accents(world, register) -> None:
    page = names_on(world, {"q": "buurtcomite LEEFHOEK"})
    assert "Buurtcomité Leefhoek" in page
    assert "CAW Oost" not in page


def test_searching_finds_an_id_a_category_and_a_location(world, register) -> None:
    assert "CAW Oost" in names_on(world, {"q": "gg-caw"})
    assert "CAW Oost" in names_on(world, {"q": "caw"})
    page = names_on(world, {"q": "leefhoek"})  # the location is written "Léefhoek"
    assert "Buurtcomité Leefhoek" in page


def test_filtering_by_sector_and_type(world, register) -> None:
    page = names_on(world, {"sector": "welzijn"})
    assert "CAW Oost" in page
    assert SECRET_NAME not in page
    page = names_on(world, {"actor_type": "informele_actor"})
    assert "Buurtcomité Leefhoek" in page
    assert "CAW Oost" not in page


def test_the_counts_per_sector_are_at_the_top(world, register) -> None:
    response = world.client_for("vera").get(REGISTER)
    sectors = dict(response.context["sectors"])
    assert sectors["Zorg"] == 1
    assert sectors["Welzijn"] == 1
    assert sectors["Geen sector"] == 1
    assert response.context["total"] == 4


def test_the_list_is_paginated(world, register, alice) -> None:
    from netwerkkaart.apps.register import services

    for number in range(60):
        services.create_actor(
            world.workspace, alice, {"external_id": f"X-{number:02}", "name": f"Actor {number:02}"}
        )
    first = world.client_for("bob").get(REGISTER)
    assert len(first.context["page"].object_list) == 50
    second = world.client_for("bob").get(REGISTER, {"page": 2})
    assert len(second.context["page"].object_list) == 14


def test_coordinators_get_duplicate_suggestions_by_normalised_name(world, register) -> None:
    response = world.client_for("alice").get(REGISTER)
    groups = response.context["duplicates"]
    assert [[a.external_id for a in group] for group in groups] == [["GG-HA-01", "GG-HA-02"]]
    assert "Mogelijke dubbels" in response.content.decode()

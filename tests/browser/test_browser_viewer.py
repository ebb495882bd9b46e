"""A viewer sees the register's categories and locations, never an actor's name."""

from __future__ import annotations

import pytest

from netwerkkaart.apps.register.services import import_actors
from netwerkkaart.core.demo import generate_demo

REGISTER = "/w/gemeentegem/register/"


@pytest.fixture
def names(world) -> list[str]:
    """The demo register in Gemeentegem; the names that are not also a category or location."""
    actors = generate_demo(seed=2026).actors
    import_actors(world.workspace, None, actors.iter_rows(named=True), source="demo")
    shown_anyway = {v for col in ("category", "location") for v in actors[col].drop_nulls()}
    return [name for name in actors["name"] if name not in shown_anyway]


def test_a_viewer_sees_no_actor_names_in_the_register(login_as, names):
    page = login_as("vera")
    page.goto(REGISTER)
    assert page.locator("h1").inner_text() == "Actorenregister"
    rows = page.locator("main table tbody tr")
    assert rows.count() > 10  # the list is there, without names
    text = page.locator("body").inner_text()
    html = page.content()
    leaked = [name for name in names if name in text or name in html]
    assert leaked == []
    # Nor on the next page of the list.
    page.get_by_role("link", name="volgende").click()
    page.wait_for_url("**page=2*")
    html = page.content()
    assert [name for name in names if name in html] == []


def test_an_analyst_does_see_the_names(login_as, names):
    # The same page for an analyst: proves the check above would catch a name.
    page = login_as("bob")
    page.goto(REGISTER)
    text = page.locator("main").inner_text()
    assert sum(name in text for name in names) > 10

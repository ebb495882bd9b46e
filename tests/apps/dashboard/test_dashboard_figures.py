"""Figures of a round come from the core, are cached, and never outlive a change of the data."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django_scopes import scope

from netwerkkaart.apps.register.models import Actor
from netwerkkaart.apps.register.services import update_actor
from netwerkkaart.apps.rounds.figures import latest_round_code, round_figures
from netwerkkaart.apps.rounds.models import Round
from netwerkkaart.apps.rounds.services import delete_round, import_dataset
from netwerkkaart.core.network import analyse


def test_figures_equal_the_cores(world, demo):
    figures = round_figures(world.workspace, "2026")
    expected = analyse(demo, round_id="2026", min_group=world.workspace.min_group)
    assert figures.network.summary == expected.summary
    assert figures.locations == ["Gemeentegem", "Stederen"]
    assert "zorg" in figures.sectors


def test_second_call_is_served_from_the_cache(world, demo):
    round_figures(world.workspace, "2026")
    with CaptureQueriesContext(connection) as queries:
        round_figures(world.workspace, "2026")
    # Only the round's existence and the data version are read, not the answers.
    assert len(queries) == 2


def test_a_register_change_invalidates_the_cache(world, demo):
    before = round_figures(world.workspace, "2026")
    top = before.network.actors.sort("betweenness", descending=True).row(0, named=True)
    with scope(workspace=world.workspace):
        actor = Actor.objects.get(workspace=world.workspace, external_id=top["id"])
        update_actor(actor, None, {"name": "Nieuwe naam"})
    after = round_figures(world.workspace, "2026")
    names = after.network.actors.filter(after.network.actors["id"] == top["id"])["name"]
    assert names.item() == "Nieuwe naam"


def test_a_new_import_invalidates_the_cache(world, demo):
    before = round_figures(world.workspace, "2026")
    smaller = demo.for_round("2026")
    smaller = type(smaller)(
        ties=smaller.ties.head(100), wishes=smaller.wishes, unknown=smaller.unknown,
        actors=smaller.actors,
    )  # fmt: skip
    import_dataset(world.workspace, smaller, user=None, replace=True)
    after = round_figures(world.workspace, "2026")
    assert after.network.figure("ties").value < before.network.figure("ties").value


def test_unknown_and_deleted_rounds_raise(world, demo):
    with pytest.raises(Round.DoesNotExist):
        round_figures(world.workspace, "1999")
    round_figures(world.workspace, "2025")
    delete_round(world.workspace, "2025", user=None)
    with pytest.raises(Round.DoesNotExist):
        round_figures(world.workspace, "2025")


def test_latest_round_is_the_newest_with_answers(world, demo):
    assert latest_round_code(world.workspace) == "2026"
    assert latest_round_code(world.other_workspace) is None

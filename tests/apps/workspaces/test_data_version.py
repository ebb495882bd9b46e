"""Cache freshness is explicit: a write that changes the data says so, and only such a write
raises the workspace's data version (which every cached figure is keyed on)."""

from __future__ import annotations

import pytest
from django_scopes import scopes_disabled

from netwerkkaart.apps.register.services import import_actors
from netwerkkaart.apps.surveys import services as surveys
from netwerkkaart.apps.workspaces.services import current_data_version, log_action


def version(world) -> int:
    with scopes_disabled():
        return current_data_version(world.workspace)


def test_an_action_that_changes_the_data_raises_the_version(world):
    before = version(world)
    log_action(world.workspace, "rounds.imported", None, changes_data=True)
    assert version(world) == before + 1


def test_an_action_named_like_data_but_not_saying_so_leaves_it(world):
    before = version(world)
    log_action(world.workspace, "rounds.import_started", None)
    log_action(world.workspace, "surveys.contact_set", None)
    assert version(world) == before


def test_the_site_log_has_no_data_to_change(world):
    with pytest.raises(ValueError):
        log_action(None, "accounts.profile_updated", None, changes_data=True)


def test_the_services_that_change_data_say_so(world):
    before = version(world)
    import_actors(world.workspace, None, [{"id": "A-1", "name": "Apotheek"}], source="test")
    after_register = version(world)
    assert after_register > before
    surveys.open_survey(world.workspace, code="2031", user=None)
    assert version(world) > after_register  # a new round (a survey) is new data

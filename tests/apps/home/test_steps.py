"""The home page's steps: known outcomes for known states, and the state read from the data."""

from __future__ import annotations

import datetime

from netwerkkaart.apps.home.steps import WorkspaceState, state_of, steps
from netwerkkaart.apps.instruments.services import start_session
from netwerkkaart.apps.register.services import import_actors
from netwerkkaart.apps.surveys.services import open_survey
from netwerkkaart.apps.workspaces import services
from netwerkkaart.apps.workspaces.models import Milestone

KEYS = ["register", "answers", "dashboard", "session", "report"]


def ticks(state: WorkspaceState) -> tuple[list[bool], str | None]:
    found = steps(state)
    assert [s.key for s in found] == KEYS
    return [s.done for s in found], next((s.key for s in found if s.next), None)


def test_a_new_workspace_starts_with_the_register():
    assert ticks(WorkspaceState()) == ([False] * 5, "register")


def test_each_step_is_ticked_by_its_own_data():
    assert ticks(WorkspaceState(actors=12)) == ([True, False, False, False, False], "answers")
    assert ticks(WorkspaceState(actors=12, rounds_with_answers=1, latest_round="2026")) == (
        [True, True, False, False, False],
        "dashboard",
    )
    everything = WorkspaceState(
        actors=1,
        rounds_with_answers=2,
        latest_round="2026",
        dashboard_read=True,
        sessions=1,
        report_made=True,
    )
    assert ticks(everything) == ([True] * 5, None)


def test_the_next_step_is_the_first_not_done_even_when_later_ones_are():
    assert ticks(WorkspaceState(sessions=3)) == ([False, False, False, True, False], "register")


def test_a_running_survey_marks_the_answers_step_as_started_not_done():
    answers = steps(WorkspaceState(actors=5, running_surveys=1))[1]
    assert (answers.done, answers.started, answers.next) == (False, True, True)


def test_the_state_is_read_from_the_database(world, demo):
    state = state_of(world.workspace)
    assert state.actors == demo.actors.height
    assert (state.rounds_with_answers, state.latest_round) == (2, "2026")
    assert not state.dashboard_read and state.sessions == 0 and state.running_surveys == 0
    open_survey(world.workspace, code="2027", user=None)
    start_session(
        world.workspace,
        "vijf_condities",
        network="netwerk Leefhoek",
        held_on=datetime.date(2026, 11, 23),
        user=None,
    )
    services.record_milestone(world.workspace, Milestone.DASHBOARD_READ)
    state = state_of(world.workspace)
    assert (state.running_surveys, state.sessions, state.dashboard_read) == (1, 1, True)
    assert state.latest_round == "2026"  # the running survey has no answers yet
    assert not state.report_made


def test_an_empty_workspace_has_nothing_and_a_register_ticks_step_one(world):
    assert state_of(world.workspace) == WorkspaceState()
    import_actors(world.workspace, None, [{"id": "A-1", "name": "CAW Oost"}], source="test")
    assert state_of(world.workspace).actors == 1


def test_a_milestone_is_recorded_once(world):
    assert services.record_milestone(world.workspace, Milestone.REPORT_MADE)
    assert not services.record_milestone(world.workspace, Milestone.REPORT_MADE)

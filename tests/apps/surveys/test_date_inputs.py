"""Every date picker receives an ISO date, which is all ``<input type="date">`` accepts.

Issue 15: the inputs received Belgian dates (``value="02-12-2026"``): the browser showed them empty,
so the new session form had no date and renaming a survey round wiped its closing date.
"""

from __future__ import annotations

import datetime
import re

import pytest
from django_scopes import scope

from netwerkkaart.apps.surveys.models import SurveyRound


def date_values(html: str) -> dict[str, str]:
    """The ``value`` of each ``<input type="date">`` by its name, as a browser would read it."""
    values = {}
    for tag in re.findall(r"<input[^>]*>", html):
        if 'type="date"' in tag:
            name = re.search(r'name="([^"]+)"', tag).group(1)
            value = re.search(r'value="([^"]*)"', tag)
            values[name] = value.group(1) if value else ""
    return values


@pytest.fixture
def with_deadline(survey_world):
    survey = survey_world.survey
    with scope(workspace=survey.workspace):
        survey.deadline = datetime.date(2026, 12, 2)
        survey.save()
    return survey


def test_the_dates_form_shows_the_deadline_in_iso(world, with_deadline):
    html = world.client_for("alice").get("/w/gemeentegem/surveys/2027/dates/").content.decode()
    assert date_values(html) == {"deadline": "2026-12-02"}


def as_browser_sends(values: dict[str, str]) -> dict[str, str]:
    """A browser sanitises a date input's value: anything but ``yyyy-mm-dd`` becomes empty."""
    return {k: v if re.fullmatch(r"\d{4}-\d{2}-\d{2}", v) else "" for k, v in values.items()}


def test_renaming_a_round_as_a_browser_does_keeps_its_deadline(world, with_deadline):
    client = world.client_for("alice")
    html = client.get("/w/gemeentegem/surveys/2027/dates/").content.decode()
    posted = {"label": "Bevraging voorjaar", **as_browser_sends(date_values(html))}
    client.post("/w/gemeentegem/surveys/2027/dates/", posted)
    with scope(workspace=world.workspace):
        survey = SurveyRound.objects.get(pk=with_deadline.pk)
        assert survey.round.label == "Bevraging voorjaar"
        assert survey.deadline == datetime.date(2026, 12, 2)


def test_the_new_session_form_has_todays_date(world):
    html = world.client_for("alice").get("/w/gemeentegem/instrumenten/").content.decode()
    assert date_values(html) == {"held_on": datetime.date.today().isoformat()}


def test_the_open_survey_form_keeps_iso_dates_when_shown_again(world):
    response = world.client_for("alice").post(
        "/w/gemeentegem/surveys/new/",
        {"code": "", "opened": "2027-03-01", "deadline": "2027-02-01"},
    )
    assert date_values(response.content.decode()) == {
        "opened": "2027-03-01",
        "deadline": "2027-02-01",
    }

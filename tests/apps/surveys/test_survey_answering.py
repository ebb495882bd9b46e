"""Every answer is saved as it is given, validated, in one transaction; nothing is lost."""

from __future__ import annotations

import json

import pytest
from django_scopes import scope
from tests.apps.surveys.helpers import answer_partner

from netwerkkaart.apps.surveys import answering
from netwerkkaart.apps.surveys.models import Answer, Response
from netwerkkaart.core.questionnaire import AnswerError


def stored(world, question: str, partner: str = "") -> object:
    with scope(workspace=world.workspace):
        row = Answer.objects.filter(question=question, partner=partner).first()
        return None if row is None else row.value


def test_an_answer_is_stored_the_moment_it_is_given(world, survey_world):
    visit = survey_world.visit("HA-1")
    answering.save_answer(visit, "respondent_type", None, "zelfstandige_zorgprofessional")
    assert stored(world, "respondent_type") == "zelfstandige_zorgprofessional"
    answering.save_answer(visit, "respondent_type", None, None)
    assert stored(world, "respondent_type") is None


def test_a_wrong_value_is_refused_and_the_previous_answer_stays(world, survey_world):
    visit = survey_world.visit("HA-1")
    key = answer_partner(visit, "CAW-1", finality="afstemming")
    with pytest.raises(AnswerError) as error:
        answering.save_answer(visit, "finality", key, "vriendschap")
    assert error.value.message("nl") and error.value.message("en")
    assert stored(world, "finality", key) == "afstemming"


def test_a_save_that_fails_halfway_leaves_the_previous_answer(world, survey_world, monkeypatch):
    visit = survey_world.visit("HA-1")
    key = answer_partner(visit, "CAW-1", evaluation="goed")

    written = answering._store

    def write_then_crash(*args, **kwargs):
        written(*args, **kwargs)
        raise RuntimeError("disk full")

    # The crash comes after the answer's row was written, inside the same transaction.
    monkeypatch.setattr(answering, "_store", write_then_crash)
    with pytest.raises(RuntimeError):
        answering.save_answer(visit, "evaluation", key, "slecht")
    monkeypatch.undo()
    assert stored(world, "evaluation", key) == "goed"


def test_two_tabs_adding_partners_lose_nothing(world, survey_world):
    first_tab = survey_world.visit("HA-1")
    second_tab = survey_world.visit("HA-1")
    answering.add_list_entry(first_tab, "partners", {"actor": "CAW-1"})
    answering.add_list_entry(second_tab, "partners", {"actor": "TV-1"})
    answering.add_list_entry(first_tab, "partners", {"name": "Apotheek Centrum", "sector": "zorg"})
    partners = stored(world, "partners")
    assert [p.get("actor") or p.get("name") for p in partners] == [
        "CAW-1",
        "TV-1",
        "Apotheek Centrum",
    ]


def test_a_double_submit_changes_nothing_the_second_time(world, survey_world):
    visit = survey_world.visit("HA-1")
    for _ in range(2):
        answering.add_list_entry(visit, "partners", {"actor": "CAW-1"})
        answering.save_answer(visit, "finality", "a:CAW-1", "afstemming")
    assert stored(world, "partners") == [{"actor": "CAW-1"}]
    with scope(workspace=world.workspace):
        assert Answer.objects.filter(question="finality").count() == 1


def test_removing_a_partner_keeps_its_answers_out_of_the_steps(world, survey_world):
    visit = survey_world.visit("HA-1")
    answer_partner(visit, "CAW-1", finality="afstemming")
    answer_partner(visit, "TV-1", finality="doorverwijzen")
    answering.remove_list_entry(visit, "partners", "a:CAW-1")
    assert stored(world, "partners") == [{"actor": "TV-1"}]


def test_an_unlisted_partner_needs_a_name_and_a_sector(world, survey_world):
    visit = survey_world.visit("HA-1")
    with pytest.raises(AnswerError):
        answering.add_list_entry(visit, "partners", {"name": "Iemand", "sector": "geen"})
    assert stored(world, "partners") is None


def test_the_step_form_writes_only_what_changed_on_that_page(world, client, survey_world):
    """A stale second tab that posts its page must not overwrite what the first tab saved."""
    token = survey_world.tokens["HA-1"]
    visit = survey_world.visit("HA-1")
    answering.save_answer(visit, "location", None, "Gemeentegem")
    # The stale page was rendered before the location was answered (orig = null) and left it as
    # it was shown; it changes only the respondent type.
    page = client.post(f"/s/{token}/step/0/", {
        "q-respondent_type": "zelfstandige_zorgprofessional",
        "orig-respondent_type": json.dumps(None),
        "q-location": "Gemeentegem",
        "orig-location": json.dumps("Gemeentegem"),
        "q-category": "",
        "orig-category": json.dumps(None),
        "next": "1",
    })  # fmt: skip
    assert page.status_code == 302
    assert stored(world, "respondent_type") == "zelfstandige_zorgprofessional"
    assert stored(world, "location") == "Gemeentegem"


def test_autosave_endpoint_answers_with_a_status(world, client, survey_world):
    token = survey_world.tokens["HA-1"]
    ok = client.post(f"/s/{token}/answer/", {"question": "scope", "q-scope": "gemeente"})
    assert ok.status_code == 200 and "Bewaard" in ok.content.decode()
    assert stored(world, "scope") == "gemeente"
    bad = client.post(f"/s/{token}/answer/", {"question": "scope", "q-scope": "heelal"})
    assert bad.status_code == 400
    assert stored(world, "scope") == "gemeente"
    unknown = client.post(f"/s/{token}/answer/", {"question": "bestaat_niet", "q-x": "1"})
    assert unknown.status_code == 400
    too_long = client.post(
        f"/s/{token}/answer/", {"question": "finality", "partner": "a:" + "x" * 400,
                                "q-finality": "afstemming"},
    )  # fmt: skip
    assert too_long.status_code == 400


def test_resume_goes_to_the_last_step_with_an_answer(client, survey_world):
    token = survey_world.tokens["HA-1"]
    visit = survey_world.visit("HA-1")
    assert "Verdergaan" not in client.get(f"/s/{token}/").content.decode()
    answering.save_answer(visit, "location", None, "Gemeentegem")  # the profile: step 0
    assert client.get(f"/s/{token}/step/3/").status_code == 200  # opening a step is not answering
    start = client.get(f"/s/{token}/").content.decode()
    assert f'class="button" href="/s/{token}/step/0/"' in start
    answer_partner(visit, "CAW-1", finality="afstemming")  # the list (1) and the first block (2)
    start = client.get(f"/s/{token}/").content.decode()
    assert f'href="/s/{token}/step/2/"' in start


def test_concurrent_first_saves_make_one_response(world, survey_world):
    """Two tabs opened on a first visit: both save, into one answer set."""
    first = survey_world.visit("HA-1")
    second = survey_world.visit("HA-1")
    assert first.response.pk is None and second.response.pk is None
    answering.save_answer(first, "location", None, "Gemeentegem")
    answering.save_answer(second, "respondent_type", None, "zorgorganisatie")
    assert first.response.pk == second.response.pk
    with scope(workspace=world.workspace):
        assert Response.objects.count() == 1
        assert Answer.objects.filter(response=first.response).count() == 2


def test_every_step_renders_with_answers_given(client, survey_world):
    """Each kind of step, filled in: profile, partner list, per-partner blocks, wishes, the end."""
    token = survey_world.tokens["HA-1"]
    visit = survey_world.visit("HA-1")
    answering.save_answer(visit, "respondent_type", None, "zorgorganisatie")
    answer_partner(visit, "CAW-1", finality="afstemming", level=["strategisch"],
                   stimulating=["persoonlijk:elkaar_kennen"], trust_open=4)  # fmt: skip
    answering.add_list_entry(visit, "partners", {"name": "Apotheek Centrum", "sector": "zorg"})
    answering.add_list_entry(visit, "wish_more", {"category": "Huisartsen"})
    answering.add_list_entry(visit, "unknown_actors", {"actor": "BC-1"})
    steps = 2 + 2 * 3 + 2  # profile, partners; three blocks for each of two partners; two after
    for number in range(steps):
        page = client.get(f"/s/{token}/step/{number}/")
        assert page.status_code == 200, number
    partners = client.get(f"/s/{token}/step/1/").content.decode()
    assert "CAW Oost" in partners and "Apotheek Centrum" in partners
    per_partner = client.get(f"/s/{token}/step/2/").content.decode()
    assert "CAW Oost" in per_partner and 'value="afstemming" checked' in per_partner
    wishes = client.get(f"/s/{token}/step/8/").content.decode()
    assert "Huisartsen" in wishes
    end = client.get(f"/s/{token}/step/{steps}/")
    assert end.status_code == 302 and end["Location"].endswith("/end/")
    assert client.get(end["Location"]).status_code == 200

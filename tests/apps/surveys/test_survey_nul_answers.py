"""A NUL character in an answer is refused before the write, on both databases."""

from __future__ import annotations

import pytest
from django_scopes import scope

from netwerkkaart.apps.surveys import answering
from netwerkkaart.apps.surveys.models import Answer


def stored(visit) -> dict:
    with scope(workspace=visit.invitation.workspace):
        return dict(Answer.objects.filter(response=visit.response).values_list("question", "value"))


def test_a_text_answer_with_a_nul_is_refused_and_nothing_changes(survey_world):
    visit = survey_world.visit("HA-1")
    answering.save_answer(visit, "category", None, "Huisartsen")
    with pytest.raises(ValueError):
        answering.save_answer(visit, "category", None, "Huis\x00artsen")
    assert stored(visit) == {"category": "Huisartsen"}


def test_a_partner_named_with_a_nul_is_refused(survey_world):
    visit = survey_world.visit("HA-1")
    with pytest.raises(ValueError):
        answering.add_list_entry(visit, "partners", {"name": "Buurt\x00werk", "sector": "welzijn"})
    assert stored(visit) == {}


def test_the_autosave_answers_could_not_be_read_instead_of_a_server_error(survey_world, client):
    token = survey_world.tokens["HA-1"]
    client.get(f"/s/{token}/")
    response = client.post(
        f"/s/{token}/answer/", {"question": "category", "q-category": "Huis\x00artsen"}
    )
    assert response.status_code == 400
    assert "kon niet gelezen worden" in response.content.decode()

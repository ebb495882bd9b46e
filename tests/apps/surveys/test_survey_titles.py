"""A round named "Bevraging 2027" is never called "Bevraging Bevraging 2027" or "Ronde Bevraging
2027" (issue 15 item 4: the pages put the word before the round's name, which already has it)."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

DOUBLED = re.compile(r"\b(Bevraging|Ronde|ronde|bevraging) Bevraging 2027\b")


def pages(survey_world) -> list[str]:
    code = survey_world.survey.round.code
    kwargs = {"workspace": "gemeentegem", "code": code}
    invitee = {**kwargs, "pk": survey_world.invitations["HA-1"].pk}
    return [
        reverse("home:workspace", kwargs={"workspace": "gemeentegem"}),
        reverse("surveys:list", kwargs={"workspace": "gemeentegem"}),
        *(
            reverse(f"surveys:{name}", kwargs=kwargs)
            for name in ("detail", "questionnaire", "invite", "dates", "close")
        ),
        reverse("surveys:invitee", kwargs=invitee),
        reverse("rounds:list", kwargs={"workspace": "gemeentegem"}),
        reverse("rounds:detail", kwargs=kwargs),
        reverse("rounds:delete", kwargs=kwargs),
    ]


def test_the_survey_has_the_name_the_slip_needs(survey_world):
    assert str(survey_world.survey.round) == "Bevraging 2027"
    assert DOUBLED.search("Ronde Bevraging 2027") and not DOUBLED.search("Ronde 2027")


@pytest.mark.parametrize("index", range(11))
def test_no_page_doubles_the_word(world, survey_world, index):
    url = pages(survey_world)[index]
    response = world.client_for("alice").get(url)
    assert response.status_code == 200, url
    html = response.content.decode()
    assert "Bevraging 2027" in html or "2027" in html, url
    found = DOUBLED.search(html)
    assert found is None, f"{url}: {found.group(0)!r}"

"""Opening a personal link, or any page of it, writes nothing (issue 16 item 4).

A mail scanner or link checker that follows every link in an invitation must leave no trace:
no answer set, no "last step", no change to any row of any table.
"""

from __future__ import annotations

from django.apps import apps
from django_scopes import scopes_disabled
from tests.apps.surveys.helpers import answer_partner

from netwerkkaart.apps.surveys import answering


def everything() -> dict[str, list[tuple]]:
    """Every row of every table, to compare before and after."""
    with scopes_disabled():
        return {
            model._meta.label: sorted(
                model.objects.order_by("pk").values_list(), key=lambda row: str(row)
            )
            for model in apps.get_models()
        }


def pages(token: str) -> list[str]:
    base = f"/s/{token}/"
    steps = [f"{base}step/{number}/" for number in range(6)]
    return [base, *steps, f"{base}end/", f"{base}profile/", f"{base}suggest/?q=hu&question=partners",
            f"{base}step/1/?q=caw&for=partners", f"{base}step/99/", f"{base}profile.pdf"]  # fmt: skip


def test_a_first_visit_to_every_page_writes_nothing(client, survey_world):
    token = survey_world.tokens["HA-1"]
    before = everything()
    statuses = {url: client.get(url).status_code for url in pages(token)}
    assert set(statuses.values()) <= {200, 302}, statuses
    assert statuses[f"/s/{token}/"] == 200
    assert everything() == before


def test_a_returning_respondent_opening_pages_writes_nothing(client, survey_world):
    token = survey_world.tokens["TV-1"]
    visit = survey_world.visit("TV-1")
    answering.save_answer(visit, "location", None, "Gemeentegem")
    answer_partner(visit, "CAW-1", finality="afstemming")
    before = everything()
    for url in pages(token):
        assert client.get(url).status_code in (200, 302), url
    assert client.head(f"/s/{token}/").status_code == 200
    assert everything() == before


def test_the_first_save_makes_the_answer_set(client, survey_world):
    token = survey_world.tokens["CAW-1"]
    client.get(f"/s/{token}/step/0/")
    before = everything()["surveys.Response"]
    response = client.post(
        f"/s/{token}/answer/", {"question": "location", "q-location": "Gemeentegem"}
    )
    assert response.status_code == 200
    assert len(everything()["surveys.Response"]) == len(before) + 1

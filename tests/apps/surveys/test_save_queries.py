"""A respondent's save costs at most four queries (issue 19): link, round's lock, answer set, answer.

Counted outside a test transaction, so what is counted is what a server sends: (1) the link with
its invitation, round, survey and answer set, joined; (2) the round's status under its shared
lock; (3) the answer set's row, locked by updating "last saved"; (4) the answer, upserted.
"""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

SQL_WORDS = ("SELECT", "INSERT", "UPDATE", "DELETE")


def statements(context: CaptureQueriesContext) -> list[str]:
    """The data statements (transaction control such as BEGIN and SAVEPOINT left out)."""
    return [q["sql"] for q in context.captured_queries if q["sql"].lstrip().startswith(SQL_WORDS)]


@pytest.mark.django_db(transaction=True)
def test_a_save_takes_four_queries(client, survey_world):
    token = survey_world.tokens["HA-1"]
    first = client.post(
        f"/s/{token}/answer/", {"question": "location", "q-location": "Gemeentegem"}
    )
    assert first.status_code == 200
    with CaptureQueriesContext(connection) as context:
        again = client.post(
            f"/s/{token}/answer/", {"question": "location", "q-location": "Stederen"}
        )
        cleared = client.post(f"/s/{token}/answer/", {"question": "employees", "q-employees": "12"})
    assert again.status_code == cleared.status_code == 200
    sent = statements(context)
    assert len(sent) == 8, "\n".join(sent)
    assert [q.split()[0] for q in sent[:4]] == ["SELECT", "SELECT", "UPDATE", "INSERT"]
    everything = context.captured_queries
    assert len(everything) <= 2 * 6


@pytest.mark.django_db(transaction=True)
def test_opening_a_page_takes_one_query_for_the_link(client, survey_world):
    token = survey_world.tokens["TV-1"]
    with CaptureQueriesContext(connection) as context:
        assert client.get(f"/s/{token}/").status_code == 200
    assert "surveys_accesstoken" in statements(context)[0]
    assert "surveys_response" in statements(context)[0]  # the answer set, in the same query


def test_the_link_query_reads_the_questionnaires_version_string(survey_world):
    from netwerkkaart.apps.surveys import answering

    visit = answering.open_link(survey_world.tokens["HA-1"])
    stored = visit.version.definition["version"]  # (loads the deferred JSON, for the check)
    assert stored
    assert (visit.version.pk, stored) in answering._DEFINITIONS

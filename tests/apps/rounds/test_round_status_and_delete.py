"""A coordinator closes, reopens and deletes a round; every change is logged."""

from __future__ import annotations

from django_scopes import scope
from tests.apps.rounds.helpers import row_counts

from netwerkkaart.apps.rounds.models import Round, RoundStatus
from netwerkkaart.apps.workspaces.models import AuditEntry

ROUND = "/w/gemeentegem/rounds/2025/"


def actions(world) -> list[str]:
    with scope(workspace=world.workspace):
        return list(AuditEntry.objects.values_list("action", flat=True))


def round_2025(world) -> Round:
    with scope(workspace=world.workspace):
        return Round.objects.get(code="2025")


def test_a_coordinator_closes_and_reopens_a_round(world, imported):
    client = world.client_for("alice")
    response = client.post(f"{ROUND}status/", {"status": "closed"})
    assert response.status_code == 302
    closed = round_2025(world)
    assert closed.status == RoundStatus.CLOSED and closed.closed is not None
    client.post(f"{ROUND}status/", {"status": "open"})
    reopened = round_2025(world)
    assert reopened.status == RoundStatus.OPEN and reopened.closed is None
    assert {"rounds.closed", "rounds.open"} <= set(actions(world))


def test_the_round_page_offers_the_button_that_fits_the_status(world, imported):
    client = world.client_for("alice")
    assert "Ronde afsluiten" in client.get(ROUND).content.decode()
    client.post(f"{ROUND}status/", {"status": "closed"})
    assert "Ronde heropenen" in client.get(ROUND).content.decode()


def test_deleting_asks_for_confirmation_first(world, imported):
    page = world.client_for("alice").get(f"{ROUND}delete/").content.decode()
    assert "3 samenwerkingen" in page
    assert row_counts(world.workspace)["rounds"] == 2


def test_a_deleted_round_takes_its_rows_along_and_is_logged(world, imported):
    response = world.client_for("alice").post(f"{ROUND}delete/")
    assert response.status_code == 302
    assert row_counts(world.workspace) == {"rounds": 1, "ties": 1, "wishes": 1, "unknown": 1}
    with scope(workspace=world.workspace):
        entry = AuditEntry.objects.get(action="rounds.deleted")
    assert entry.data == {"round": "2025", "ties": 3, "wishes": 1, "unknown": 1}
    assert entry.user.username == "alice"


def test_an_analyst_can_neither_close_nor_delete(world, imported):
    client = world.client_for("bob")
    assert client.post(f"{ROUND}status/", {"status": "closed"}).status_code == 403
    assert client.post(f"{ROUND}delete/").status_code == 403
    assert round_2025(world).status == RoundStatus.OPEN
    assert row_counts(world.workspace)["rounds"] == 2

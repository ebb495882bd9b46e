"""The coordinator mails the invitations, later the reminders (``…/send/``).

The mails themselves (through a real SMTP server, sender and wording) are in ``test_survey_mail.py``;
here the page: who gets a mail, what is marked, what the coordinator is told, what is refused.
"""

from __future__ import annotations

import re

import pytest
from django.core import mail
from django_scopes import scope
from tests.apps.surveys.pages import (
    assert_refused_for,
    database_state,
    last_audit,
    messages_of,
    url,
)

from netwerkkaart.apps.surveys import answering, closing, services
from netwerkkaart.apps.surveys.models import Invitation

PAGE = url("2027", "send")
WITH_EMAIL = ["caw@example.org", "linde@example.org", "sociaalhuis@example.org", "wgk@example.org"]


def sent(world, kind: str) -> tuple[list[str], object]:
    """Post ``kind`` as the coordinator: the messages shown on the round's page, and the reply."""
    client = world.client_for("alice")
    response = client.post(PAGE, {"kind": kind})
    assert (response.status_code, response["Location"]) == (302, url("2027"))
    return messages_of(client.get(response["Location"])), response


def marks(world) -> dict[str, tuple[bool, int]]:
    """Per register id: whether the invitation was mailed, and how many reminders it had."""
    with scope(workspace=world.workspace):
        return {
            inv.actor.external_id: (inv.sent_at is not None, inv.reminders)
            for inv in Invitation.objects.filter(round__code="2027").select_related("actor")
        }


def test_the_invitations_go_to_everyone_with_an_address(world, survey_world):
    shown, _response = sent(world, "invite")
    assert sorted(m.to[0] for m in mail.outbox) == WITH_EMAIL
    link = re.search(r"/s/([A-Za-z0-9_-]+)/", mail.outbox[0].body).group(1)
    assert answering.resolve_link(link).email == mail.outbox[0].to[0]
    assert {key for key, (mailed, _n) in marks(world).items() if mailed} == {
        "HA-1",
        "TV-1",
        "CAW-1",
        "OCMW-1",
    }
    entry = last_audit(world.workspace)
    assert entry.action == "surveys.mailed"
    assert (entry.user.username, entry.data) == ("alice", {"round": "2027", "sent": 4, "failed": 0})
    assert shown == ["4 e-mails verstuurd; 2 uitgenodigden zonder e-mailadres; 0 overgeslagen."]


def test_invitations_are_sent_once(world, survey_world):
    sent(world, "invite")
    mail.outbox.clear()
    shown, _response = sent(world, "invite")
    assert mail.outbox == []
    assert shown == ["0 e-mails verstuurd; 2 uitgenodigden zonder e-mailadres; 0 overgeslagen."]


def test_one_mail_is_told_in_the_singular(world, survey_world, register):
    for key in ("HA-1", "TV-1", "OCMW-1", "HA-2", "BC-1"):
        services.revoke(survey_world.invitations[key], user=None)
    shown, _response = sent(world, "invite")
    assert shown == ["1 e-mail verstuurd; 0 uitgenodigden zonder e-mailadres; 5 overgeslagen."]


def test_reminders_skip_the_revoked_and_those_who_finished(world, survey_world):
    sent(world, "invite")
    mail.outbox.clear()
    visit = survey_world.visit("HA-1")
    answering.save_answer(visit, "location", None, "Gemeentegem")
    answering.finish(visit)
    services.revoke(survey_world.invitations["TV-1"], user=None)
    shown, _response = sent(world, "remind")
    assert sorted(m.to[0] for m in mail.outbox) == ["caw@example.org", "sociaalhuis@example.org"]
    assert all("Herinnering" in m.subject for m in mail.outbox)
    assert marks(world)["CAW-1"] == (True, 1) and marks(world)["HA-1"] == (True, 0)
    assert last_audit(world.workspace).action == "surveys.reminded"
    assert shown == ["2 e-mails verstuurd; 2 uitgenodigden zonder e-mailadres; 2 overgeslagen."]


def test_mails_the_server_refuses_leave_no_mark_and_are_told(world, survey_world, settings):
    settings.EMAIL_BACKEND = "tests.apps.surveys.pages.RefusingMailBackend"
    with scope(workspace=world.workspace):
        before = (
            Invitation.objects.filter(sent_at__isnull=False).count(),
            sum(inv.tokens.count() for inv in Invitation.objects.all()),
        )
    shown, _response = sent(world, "invite")
    with scope(workspace=world.workspace):
        after = (
            Invitation.objects.filter(sent_at__isnull=False).count(),
            sum(inv.tokens.count() for inv in Invitation.objects.all()),
        )
    assert before == after
    assert last_audit(world.workspace).data == {"round": "2027", "sent": 0, "failed": 4}
    assert shown == [
        "0 e-mails verstuurd; 2 uitgenodigden zonder e-mailadres; 0 overgeslagen.",
        "4 e-mails werden door de mailserver geweigerd.",
    ]


@pytest.mark.parametrize("data", [{}, {"kind": "alles"}])
def test_a_kind_of_mail_that_does_not_exist_sends_nothing(world, survey_world, data):
    client = world.client_for("alice")
    before = database_state(world.workspace)
    response = client.post(PAGE, data)
    assert response.status_code == 302
    assert database_state(world.workspace) == before and mail.outbox == []
    assert messages_of(client.get(response["Location"])) == ["Kies uitnodigingen of herinneringen."]


@pytest.mark.parametrize("kind", ["invite", "remind"])
def test_a_closed_round_sends_nothing(world, survey_world, kind):
    closing.close_survey(survey_world.survey, user=None)
    before = database_state(world.workspace)
    shown, _response = sent(world, kind)
    assert database_state(world.workspace) == before and mail.outbox == []
    assert shown == ["Deze ronde is afgesloten; er kan niets meer aan veranderen."]


def test_mails_are_sent_by_post_only(world, survey_world):
    assert world.client_for("alice").get(PAGE).status_code == 405


def test_an_analyst_cannot_send_mails(world, survey_world):
    assert_refused_for(world, "bob", "post", PAGE, {"kind": "invite"})
    assert mail.outbox == []


def test_a_viewer_cannot_send_mails(world, survey_world):
    assert_refused_for(world, "vera", "post", PAGE, {"kind": "remind"})
    assert mail.outbox == []


def test_an_outsider_does_not_find_the_mails(world, survey_world):
    assert_refused_for(world, "charlie", "post", PAGE, {"kind": "invite"})
    assert mail.outbox == []


def test_anonymous_is_sent_to_login(world, survey_world):
    assert_refused_for(world, None, "post", PAGE, {"kind": "invite"})
    assert mail.outbox == []

"""Invitations and reminders go out through a real SMTP server started by the test (aiosmtpd)."""

from __future__ import annotations

import re
import socket

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.handlers import Message
from django_scopes import scope

from netwerkkaart.apps.surveys import answering, mailing
from netwerkkaart.apps.surveys.models import AccessToken, Invitation

LINK = re.compile(r"https?://\S+/s/([A-Za-z0-9_-]+)/")


class Inbox(Message):
    def __init__(self) -> None:
        super().__init__()
        self.messages = []

    def handle_message(self, message) -> None:
        self.messages.append(message)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def smtp(settings):
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = controller.port
    settings.EMAIL_USE_TLS = False
    settings.SITE_URL = "https://netwerkkaart.gemeentegem.be"
    yield inbox
    controller.stop()


def invitations(survey_world) -> list[Invitation]:
    with scope(workspace=survey_world.survey.workspace):
        return list(
            Invitation.objects.filter(round=survey_world.survey.round).select_related("actor")
        )


def test_invitations_arrive_with_a_working_personal_link(survey_world, smtp):
    result = mailing.send_invitations(
        survey_world.survey, invitations(survey_world), base_url="http://ignored/", user=None
    )
    # Four register actors have an e-mail address; Dokter Peeters and the committee do not.
    assert (result.sent, result.without_email, result.failed) == (4, 2, [])
    assert sorted(m["To"] for m in smtp.messages) == [
        "caw@example.org", "linde@example.org", "sociaalhuis@example.org", "wgk@example.org",
    ]  # fmt: skip
    mail = next(m for m in smtp.messages if m["To"] == "caw@example.org")
    body = mail.get_payload(decode=True).decode()
    assert "Gemeentegem" in mail["Subject"]
    match = LINK.search(body)
    assert match and match.group(0).startswith("https://netwerkkaart.gemeentegem.be/s/")
    assert answering.resolve_link(match.group(1)).actor.external_id == "CAW-1"
    with scope(workspace=survey_world.survey.workspace):
        assert Invitation.objects.filter(sent_at__isnull=False).count() == 4


def test_reminders_skip_those_who_finished(survey_world, smtp):
    visit = survey_world.visit("HA-1")
    answering.save_answer(visit, "location", None, "Gemeentegem")
    answering.finish(visit)
    result = mailing.send_invitations(
        survey_world.survey, invitations(survey_world), base_url="http://x/", reminder=True,
        user=None,
    )  # fmt: skip
    assert result.sent == 3 and result.skipped == 1
    assert "linde@example.org" not in [m["To"] for m in smtp.messages]
    assert all("Herinnering" in m["Subject"] for m in smtp.messages)


def test_a_refused_mail_leaves_no_link_and_no_sent_mark(survey_world, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = free_port()  # nothing listens there
    settings.EMAIL_TIMEOUT = 2
    with scope(workspace=survey_world.survey.workspace):
        before = AccessToken.objects.count()
    result = mailing.send_invitations(
        survey_world.survey, invitations(survey_world), base_url="http://x/", user=None
    )
    assert result.sent == 0 and len(result.failed) == 4
    with scope(workspace=survey_world.survey.workspace):
        assert AccessToken.objects.count() == before
        assert not Invitation.objects.filter(sent_at__isnull=False).exists()


def test_the_demo_writes_mails_to_a_folder(survey_world, settings, tmp_path):
    settings.EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
    settings.EMAIL_FILE_PATH = tmp_path
    result = mailing.send_invitations(
        survey_world.survey, invitations(survey_world), base_url="http://127.0.0.1:8000/",
        user=None,
    )  # fmt: skip
    assert result.sent == 4
    written = "".join(path.read_text() for path in tmp_path.iterdir())
    assert written.count("/s/") == 4


def test_the_invitation_names_organiser_contact_person_and_whom_to_ask(
    world, register, smtp, settings
):
    """Issue 15: the mail is addressed to the register's contact person, names the organiser (the
    configured sender name) and gives the sending coordinator as the contact for questions."""
    from django.contrib.auth import get_user_model

    from netwerkkaart.apps.register.services import update_actor
    from netwerkkaart.apps.surveys import services

    settings.FROM_NAME = "Sociaal Huis Gemeentegem"
    update_actor(register["CAW-1"], None, {"contact_name": "Sofia Peeters",
                                           "email": "sofia@caw-oost.be"})  # fmt: skip
    coordinator = get_user_model().objects.get(username="alice")
    coordinator.first_name, coordinator.last_name = "Jaak", "Claes"
    coordinator.email = "jaak.claes@gemeentegem.be"
    coordinator.save()
    survey = services.open_survey(world.workspace, code="2028", label="", user=None)
    with scope(workspace=world.workspace):
        register["CAW-1"].refresh_from_db()
    invited = services.invite(survey, [register["CAW-1"]], user=None)
    assert (invited[0].email, invited[0].contact_name) == ("sofia@caw-oost.be", "Sofia Peeters")
    mailing.send_invitations(survey, invited, base_url="http://x/", user=coordinator)
    mail = smtp.messages[-1]
    body = mail.get_payload(decode=True).decode()
    assert mail["To"] == "sofia@caw-oost.be"
    assert mail["From"] == "Sociaal Huis Gemeentegem <netwerkkaart@localhost>"
    assert mail["Reply-To"] == "jaak.claes@gemeentegem.be"
    assert body.startswith("Beste Sofia Peeters,")
    assert "georganiseerd door Sociaal Huis Gemeentegem" in body
    assert "Jaak Claes (jaak.claes@gemeentegem.be)" in body


def test_without_sender_name_the_workspace_organises(survey_world, smtp, settings):
    settings.FROM_NAME = ""
    mailing.send_invitations(
        survey_world.survey, [survey_world.invitations["CAW-1"]], base_url="http://x/", user=None
    )
    body = smtp.messages[-1].get_payload(decode=True).decode()
    assert "georganiseerd door Gemeentegem" in body
    assert "Met vragen" not in body

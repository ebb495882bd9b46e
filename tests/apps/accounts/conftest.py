"""A real SMTP server for the mail tests (aiosmtpd, as the survey mail tests use), and helpers to
find the personal link in a mail."""

from __future__ import annotations

import re
import socket
from email.message import Message as EmailMessage

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.handlers import Message

INVITATION_LINK = re.compile(r"https?://\S+/accounts/invitation/([A-Za-z0-9_-]+)/")
RESET_LINK = re.compile(r"https?://\S+/accounts/password/reset/[^/\s]+/[^/\s]+/")
SITE_URL = "https://netwerkkaart.gemeentegem.be"


class Inbox(Message):
    def __init__(self) -> None:
        super().__init__()
        self.messages: list[EmailMessage] = []

    def handle_message(self, message) -> None:
        self.messages.append(message)

    def to(self, address: str) -> list[EmailMessage]:
        return [m for m in self.messages if m["To"] == address]

    def body(self, message: EmailMessage) -> str:
        return message.get_payload(decode=True).decode()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_smtp(settings, site_url: str = SITE_URL):
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = controller.port
    settings.EMAIL_USE_TLS = False
    settings.SITE_URL = site_url
    return inbox, controller


@pytest.fixture
def smtp(settings):
    inbox, controller = start_smtp(settings)
    yield inbox
    controller.stop()


def token_in(inbox: Inbox, address: str) -> str:
    """The invitation token in the last mail to ``address``."""
    found = INVITATION_LINK.search(inbox.body(inbox.to(address)[-1]))
    assert found, f"no invitation link in the mail to {address}"
    return found.group(1)

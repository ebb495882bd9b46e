"""``manage.py invite SLUG EMAIL --role ROLE``: mail a personal invitation to a workspace.

The same service as the members page: the link is valid ``NETWERKKAART_INVITATION_DAYS`` days,
stored only as a hash, and lets the person set a password (or join with the account that has
this e-mail address). Without a mail server configured the mail is written to ``var/mails/``.
"""

from __future__ import annotations

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import translation

from netwerkkaart.apps.accounts import services
from netwerkkaart.apps.workspaces.commands import workspace_or_error
from netwerkkaart.apps.workspaces.models import Role

TEXT = {
    "nl": {
        "sent": "Uitnodiging als {role} verstuurd naar {email}, geldig tot {expires:%d-%m-%Y}.",
        "link": "Persoonlijke link (alleen voor {email}): {url}",
    },
    "en": {
        "sent": "Invitation as {role} sent to {email}, valid until {expires:%Y-%m-%d}.",
        "link": "Personal link (for {email} only): {url}",
    },
}


class Command(BaseCommand):
    help = (
        "Invite someone by e-mail into a workspace with a role (coordinator, analyst, viewer). "
        "The mail carries a personal link, valid for a limited time."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("workspace", help="the workspace's short name (slug)")
        parser.add_argument("email", help="the person's e-mail address")
        parser.add_argument("--role", choices=Role.values, default=Role.VIEWER)
        parser.add_argument(
            "--base-url",
            default="http://127.0.0.1:8000",
            help="address the link starts with when NETWERKKAART_SITE_URL is not set",
        )
        parser.add_argument("--show-link", action="store_true", help="also print the personal link")
        parser.add_argument("--lang", choices=("nl", "en"), default="nl", help="message language")

    def handle(self, *args: object, **options: object) -> None:
        text = TEXT[options["lang"]]
        workspace = workspace_or_error(options["workspace"], options["lang"])
        with translation.override("en" if options["lang"] == "en" else "nl-be"):
            try:
                invitation, token = services.invite(
                    workspace,
                    options["email"],
                    options["role"],
                    by=None,
                    base_url=options["base_url"],
                )
            except services.AccountError as error:
                raise CommandError(error.message) from error
            role = str(invitation.get_role_display()).lower()
        self.stdout.write(
            text["sent"].format(role=role, email=invitation.email, expires=invitation.expires_at)
        )
        if options["show_link"]:
            url = services.invitation_url(
                getattr(settings, "SITE_URL", "") or options["base_url"], token
            )
            self.stdout.write(text["link"].format(email=invitation.email, url=url))

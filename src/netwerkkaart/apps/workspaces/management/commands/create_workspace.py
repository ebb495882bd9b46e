"""``manage.py create_workspace SLUG NAME``: a new workspace, for an IT department.

The minimum group size defaults to the site's floor (``NETWERKKAART_MIN_GROUP``, default 5) and
is refused below it. ``--coordinator USERNAME`` makes an existing account its first
coordinator; to invite someone by e-mail instead, run ``manage.py invite`` afterwards.
"""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import translation

from netwerkkaart.apps.workspaces import services
from netwerkkaart.apps.workspaces.models import Language, min_group_floor

TEXT = {
    "nl": {
        "created": "Werkruimte '{name}' aangemaakt: /w/{slug}/ (minimale groep {min_group}).",
        "no_user": "geen account met gebruikersnaam {username!r}",
        "next": "Nodig nu de eerste coördinator uit: manage.py invite {slug} E-MAILADRES "
        "--role coordinator",
    },
    "en": {
        "created": "Workspace '{name}' created: /w/{slug}/ (minimum group {min_group}).",
        "no_user": "no account with username {username!r}",
        "next": "Now invite its first coordinator: manage.py invite {slug} EMAIL "
        "--role coordinator",
    },
}


class Command(BaseCommand):
    help = (
        "Create a workspace (one ecosystem: a municipality, primary care zone or neighbourhood). "
        "The minimum group size may not be below the site's floor (NETWERKKAART_MIN_GROUP)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("slug", help="short name used in every link: /w/<slug>/")
        parser.add_argument("name", help="the workspace's name")
        parser.add_argument("--description", default="")
        parser.add_argument(
            "--location",
            action="append",
            default=[],
            help="a municipality or location of the ecosystem (repeat for more)",
        )
        parser.add_argument(
            "--min-group",
            type=int,
            default=None,
            help=f"minimum group size (default and floor: {min_group_floor()})",
        )
        parser.add_argument(
            "--language", choices=Language.values, default=Language.DUTCH, help="default language"
        )
        parser.add_argument(
            "--coordinator", metavar="USERNAME", help="an existing account, its first coordinator"
        )
        parser.add_argument("--lang", choices=("nl", "en"), default="nl", help="message language")

    def handle(self, *args: object, **options: object) -> None:
        text = TEXT[options["lang"]]
        owner = None
        if options["coordinator"]:
            owner = get_user_model().objects.filter(username=options["coordinator"]).first()
            if owner is None:
                raise CommandError(text["no_user"].format(username=options["coordinator"]))
        with translation.override("en" if options["lang"] == "en" else "nl-be"):
            try:
                workspace = services.create_workspace(
                    options["slug"],
                    options["name"],
                    owner=owner,
                    min_group=options["min_group"],
                    description=options["description"],
                    locations=options["location"],
                    language=options["language"],
                )
            except services.WorkspaceError as error:
                raise CommandError(error.message) from error
        self.stdout.write(
            text["created"].format(
                name=workspace.name, slug=workspace.slug, min_group=workspace.min_group
            )
        )
        if owner is None:
            self.stdout.write(text["next"].format(slug=workspace.slug))

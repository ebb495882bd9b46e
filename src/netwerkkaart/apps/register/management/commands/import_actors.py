"""``manage.py import_actors WORKSPACE PATH``: read a register file into a workspace's register."""

from __future__ import annotations

from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError, CommandParser

from netwerkkaart.apps.register import services
from netwerkkaart.apps.workspaces.commands import workspace_or_error
from netwerkkaart.core.dataformat import DataFormatError, render_issues


class Command(BaseCommand):
    help = "Read an actors.csv (or an .xlsx with an 'actors' sheet) into a workspace's register."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("workspace", help="the workspace's short name (slug)")
        parser.add_argument(
            "path", type=Path, help="actors.csv or a workbook with a sheet 'actors'"
        )
        parser.add_argument("--user", help="username recorded in the audit log")
        parser.add_argument(
            "--lang", choices=["nl", "en"], default="nl", help="language of messages"
        )

    def handle(self, *args: object, **options: object) -> None:
        lang = options["lang"]
        workspace = workspace_or_error(options["workspace"], lang)
        user = None
        if options["user"]:
            user = get_user_model().objects.filter(username=options["user"]).first()
            if user is None:
                raise CommandError(f"no user {options['user']!r}")
        path: Path = options["path"]
        if not path.is_file():
            raise CommandError(f"no file at {path}")
        try:
            result, warnings = services.import_register_file(
                workspace, user, path.name, path.read_bytes()
            )
        except DataFormatError as error:
            self.stderr.write(error.render(lang))
            raise CommandError(
                "rejected: nothing was imported" if lang == "en" else "geweigerd: niets ingelezen"
            ) from error
        if warnings:
            self.stderr.write(render_issues(warnings, lang))
        if lang == "en":
            self.stdout.write(f"{result.created} actor(s) created, {result.updated} updated.")
        else:
            self.stdout.write(
                f"{result.created} actor(en) toegevoegd, {result.updated} bijgewerkt."
            )

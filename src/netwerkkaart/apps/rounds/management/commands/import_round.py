"""``manage.py import_round WORKSPACE PATH``: import a data file into a workspace's rounds.

Calls the same service as the web import; prints every problem and exits non-zero on errors.
"""

from __future__ import annotations

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import translation

from netwerkkaart.apps.rounds.services import (
    ImportRefused,
    default_round_code,
    import_dataset,
    questioned_identifiers,
)
from netwerkkaart.apps.workspaces.commands import workspace_or_error
from netwerkkaart.core.dataformat import DataFormatError, read_dataset_with_warnings, render_issues


class Command(BaseCommand):
    help = "Import a folder of CSV files, a .zip, an .xlsx or one .csv into a workspace's rounds."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("workspace", help="slug of the workspace")
        parser.add_argument("path", type=Path, help="folder, .zip, .xlsx or .csv")
        parser.add_argument(
            "--round", dest="round_code", default=None, help="round for rows without one"
        )
        parser.add_argument(
            "--replace", action="store_true", help="replace the rows of rounds that have data"
        )
        parser.add_argument(
            "--new-ids",
            action="store_true",
            help="write identifiers that look like register ids but are not in it (new actors)",
        )
        parser.add_argument("--lang", choices=("nl", "en"), default="nl")

    def handle(self, *args: object, **options: object) -> None:
        lang = options["lang"]
        workspace = workspace_or_error(options["workspace"], lang)
        try:
            result = read_dataset_with_warnings(options["path"])
        except DataFormatError as error:
            self.stderr.write(render_issues(error.issues, lang, limit=10_000))
            raise CommandError("the data was rejected; nothing was imported") from error
        if result.warnings:
            self.stdout.write(render_issues(result.warnings, lang, limit=10_000))
        if not options["new_ids"]:
            questioned = questioned_identifiers(workspace, result.dataset)
            if questioned:
                for q in questioned[:50]:
                    nearest = ", ".join(q.suggestions) or "-"
                    self.stderr.write(f"{q.value} ({q.column}, {q.rows} rows): {nearest}")
                raise CommandError(
                    "identifiers that look like register ids are not in the register (nearest "
                    "ids above); correct the file, or pass --new-ids if they are new actors; "
                    "nothing was imported"
                )
        with translation.override("en" if lang == "en" else "nl-be"):
            try:
                summary = import_dataset(
                    workspace,
                    result.dataset,
                    user=None,
                    replace=options["replace"],
                    default_round=options["round_code"] or default_round_code(),
                )
            except ImportRefused as refusal:
                raise CommandError(refusal.message()) from refusal
        for line in summary.rounds:
            self.stdout.write(
                f"{line.code}: {line.ties} ties, {line.wishes} wishes, {line.unknown} unknown, "
                f"{line.respondents} respondents{' (replaced)' if line.replaced else ''}"
            )

"""``netwerkkaart report``: a round's report as PDF (or its workbook as XLSX) from a data file.

The same document the dashboard's button makes, from the open data format instead of the
database: the report's templates are rendered by Django (no database is touched), the figures
come from the core. A file holding an earlier round gets the comparison with it, too.
"""

from __future__ import annotations

import argparse
import os
import secrets
import sys
import time
from pathlib import Path

from netwerkkaart.cli.common import (
    COMMON_MESSAGES,
    EXIT_BAD_INPUT,
    add_compare_options,
    add_data_argument,
    add_lang_option,
    add_min_group_option,
    add_round_option,
    choose_earlier_round,
    choose_round,
    fail,
    load_dataset,
    message,
)

MESSAGES: dict[str, tuple[str, str]] = {
    "help": ("Maak het rapport van een ronde als PDF (of de cijfers als XLSX).",
             "Make a round's report as PDF (or its figures as XLSX)."),
    "written": ("Rapport van ronde {round} geschreven naar {out} ({seconds} s).",
                "Report of round {round} written to {out} ({seconds} s)."),
    "bad_suffix": ("--out moet op .pdf of .xlsx eindigen, niet '{suffix}'.",
                   "--out must end in .pdf or .xlsx, not '{suffix}'."),
    "no_pdf": ("PDF maken lukt niet: {error}", "Cannot make a PDF: {error}"),
}  # fmt: skip


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``report`` command to the ``netwerkkaart`` parser."""
    parser = subparsers.add_parser(
        "report", help=MESSAGES["help"][0], description=MESSAGES["help"][0]
    )
    add_data_argument(parser)
    parser.add_argument("--out", type=Path, required=True, metavar="FILE",
                        help="report.pdf of/or figures.xlsx")  # fmt: skip
    add_round_option(parser)
    add_compare_options(parser)
    parser.add_argument(
        "--names", action="store_true",
        help="toon namen van actoren (standaard: enkel categorieën) / show actors' names "
             "(default: categories only)",
    )  # fmt: skip
    parser.add_argument("--title", default=None,
                        help="naam van het ecosysteem / name of the ecosystem")  # fmt: skip
    add_min_group_option(parser)
    add_lang_option(parser)
    parser.set_defaults(handler=run)


def _setup_django() -> None:
    # Templates and translations only: no database is opened, no secret is stored.
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "netwerkkaart.web.settings")
    os.environ.setdefault("NETWERKKAART_SECRET_KEY", secrets.token_urlsafe(50))
    import django

    django.setup()


def run(args: argparse.Namespace) -> int:
    """Read, choose the rounds, compute, render, write. Returns the exit code."""
    lang = args.lang
    if args.min_group < 1:
        return fail(message(COMMON_MESSAGES, "bad_min_group", lang))
    suffix = args.out.suffix.lower()
    if suffix not in (".pdf", ".xlsx"):
        return fail(message(MESSAGES, "bad_suffix", lang, suffix=args.out.suffix))
    dataset = load_dataset(args.data, lang)
    if dataset is None:
        return EXIT_BAD_INPUT
    ok, chosen = choose_round(dataset, args.round, lang)
    if not ok or chosen is None:
        return EXIT_BAD_INPUT
    earlier = None
    if suffix == ".pdf":  # the workbook holds one round's figures
        ok, earlier = choose_earlier_round(dataset, chosen, args, lang)
        if not ok:
            return EXIT_BAD_INPUT

    started = time.perf_counter()
    _setup_django()
    from netwerkkaart.apps.reports.comparison import compare_figures
    from netwerkkaart.apps.reports.documents import ReportRequest, report_pdf, report_workbook
    from netwerkkaart.apps.reports.parallel import figures_for_rounds
    from netwerkkaart.web.pdf import PdfUnavailable

    codes = [chosen] if earlier is None else [chosen, earlier]
    figures, *previous = figures_for_rounds(dataset, codes, min_group=args.min_group)
    comparison = None
    if previous:
        before = previous[0]
        comparison = (compare_figures((dataset, before), (dataset, figures)), before)
    request = ReportRequest(
        workspace_name=args.title or Path(args.data).stem,
        figures=figures,
        lang=lang,
        names=args.names,
        comparison=comparison,
    )
    try:
        content = report_pdf(request) if suffix == ".pdf" else report_workbook(request)
    except PdfUnavailable as error:
        return fail(message(MESSAGES, "no_pdf", lang, error=error))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    temporary = args.out.with_name(args.out.name + ".part")
    temporary.write_bytes(content)
    temporary.replace(args.out)  # never a half-written report under the real name
    seconds = f"{time.perf_counter() - started:.1f}"
    print(message(MESSAGES, "written", lang, round=chosen, out=args.out, seconds=seconds),
          file=sys.stderr)  # fmt: skip
    return 0

"""``netwerkkaart tables``: the report's descriptive tables (Tabel 1-6) from a data file.

Reads the open data format, picks one survey round, computes the tables with
:func:`netwerkkaart.core.tables.compute_tables` and writes one file per table (or one workbook
with a sheet per table); ``--print`` also shows them laid out for reading.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from netwerkkaart.cli.common import (
    EXIT_BAD_INPUT,
    add_data_argument,
    add_lang_option,
    add_min_group_option,
    add_round_option,
    choose_round,
    fail,
    load_dataset,
    message,
)
from netwerkkaart.core.tabular import TABLE_FORMATS, write_table, write_workbook

MESSAGES: dict[str, tuple[str, str]] = {
    "help": ("Bereken de beschrijvende tabellen van het rapport (Tabel 1-6).",
             "Compute the report's descriptive tables (Table 1-6)."),
    "written": ("{n} tabellen geschreven naar {out}", "{n} tables written to {out}"),
    "bad_number": ("{option} moet minstens 1 zijn.", "{option} must be at least 1."),
}  # fmt: skip


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``tables`` command to the ``netwerkkaart`` parser."""
    parser = subparsers.add_parser(
        "tables", help=MESSAGES["help"][0], description=MESSAGES["help"][0]
    )
    add_data_argument(parser)
    parser.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar="DIR",
        help="map voor de tabellen / folder for the tables",
    )
    add_min_group_option(parser)
    parser.add_argument(
        "--top",
        type=int,
        default=3,
        metavar="K",
        help="aantal plaatsen in Tabel 4 (standaard %(default)s)",
    )
    parser.add_argument("--format", choices=TABLE_FORMATS, default="csv", dest="fmt")
    add_lang_option(parser)
    add_round_option(parser)
    parser.add_argument(
        "--print",
        action="store_true",
        dest="show",
        help="toon de tabellen ook leesbaar / also print the tables readably",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Read, select the round, compute, write, optionally print. Returns the exit code."""
    from netwerkkaart.core.tables import TABLE_NAMES, compute_tables, render_tables

    lang = args.lang
    for option, value in (("--min-group", args.min_group), ("--top", args.top)):
        if value < 1:
            return fail(message(MESSAGES, "bad_number", lang, option=option))
    dataset = load_dataset(args.data, lang)
    if dataset is None:
        return EXIT_BAD_INPUT
    ok, chosen = choose_round(dataset, args.round, lang)
    if not ok:
        return EXIT_BAD_INPUT
    tables = compute_tables(dataset.for_round(chosen), min_group=args.min_group, top=args.top)

    frames = tables.as_dict()
    if args.fmt == "xlsx":
        write_workbook(frames, args.out / "tables.xlsx")
    else:
        for name in TABLE_NAMES:
            write_table(frames[name], args.out / name, args.fmt)
    print(message(MESSAGES, "written", lang, n=len(frames), out=args.out))
    if args.show:
        print()
        print(render_tables(tables, lang=lang, markdown=args.fmt == "md"))
    return 0

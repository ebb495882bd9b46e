"""``netwerkkaart tables``: the report's descriptive tables (Tabel 1-6) from a data file.

Reads the open data format, picks one survey round, computes the tables with
:func:`netwerkkaart.core.tables.compute_tables` and writes one file per table (or one workbook
with a sheet per table); ``--print`` also shows them laid out for reading.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from netwerkkaart.core.privacy import DEFAULT_MIN_GROUP
from netwerkkaart.core.tabular import TABLE_FORMATS, write_table, write_workbook

MESSAGES: dict[str, tuple[str, str]] = {
    "help": ("Bereken de beschrijvende tabellen van het rapport (Tabel 1-6).",
             "Compute the report's descriptive tables (Table 1-6)."),
    "latest_round": ("De gegevens bevatten {n} rondes ({rounds}); de laatste, {round}, wordt "
                     "gebruikt. Kies een andere met --round.",
                     "The data holds {n} rounds ({rounds}); using the latest, {round}. "
                     "Choose another with --round."),
    "unknown_round": ("Ronde {round} komt niet voor in de gegevens (wel: {rounds}).",
                      "Round {round} does not occur in the data (present: {rounds})."),
    "no_rounds": ("geen", "none"),
    "written": ("{n} tabellen geschreven naar {out}", "{n} tables written to {out}"),
    "bad_number": ("{option} moet minstens 1 zijn.", "{option} must be at least 1."),
}  # fmt: skip


def message(key: str, lang: str, **values: object) -> str:
    nl, en = MESSAGES[key]
    return (en if lang == "en" else nl).format(**values)


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``tables`` command to the ``netwerkkaart`` parser."""
    parser = subparsers.add_parser(
        "tables", help=MESSAGES["help"][0], description=MESSAGES["help"][0]
    )
    parser.add_argument(
        "data",
        type=Path,
        metavar="DATA",
        help="map met CSV-bestanden of een .xlsx-bestand / folder of CSV files or .xlsx",
    )
    parser.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar="DIR",
        help="map voor de tabellen / folder for the tables",
    )
    parser.add_argument(
        "--min-group",
        type=int,
        default=DEFAULT_MIN_GROUP,
        metavar="N",
        help="geen cijfer over minder dan N respondenten (standaard %(default)s)",
    )
    parser.add_argument(
        "--top",
        type=int,
        default=3,
        metavar="K",
        help="aantal plaatsen in Tabel 4 (standaard %(default)s)",
    )
    parser.add_argument("--format", choices=TABLE_FORMATS, default="csv", dest="fmt")
    parser.add_argument("--lang", choices=("nl", "en"), default="nl")
    parser.add_argument(
        "--round",
        default=None,
        metavar="R",
        help="welke ronde (standaard de laatste) / which round (default: latest)",
    )
    parser.add_argument(
        "--print",
        action="store_true",
        dest="show",
        help="toon de tabellen ook leesbaar / also print the tables readably",
    )
    parser.set_defaults(handler=run)  # fmt: skip


def run(args: argparse.Namespace) -> int:
    """Read, select the round, compute, write, optionally print. Returns the exit code."""
    from netwerkkaart.core.dataformat import DataFormatError, read_dataset
    from netwerkkaart.core.tables import TABLE_NAMES, compute_tables, render_tables

    lang = args.lang
    for option, value in (("--min-group", args.min_group), ("--top", args.top)):
        if value < 1:
            print(message("bad_number", lang, option=option), file=sys.stderr)
            return 2
    try:
        dataset = read_dataset(args.data, lang=lang)
    except DataFormatError as error:
        print(error.render(lang), file=sys.stderr)
        return 2

    rounds = dataset.rounds
    listed = ", ".join(rounds) or message("no_rounds", lang)
    chosen = args.round
    if chosen is not None and chosen not in rounds:
        print(message("unknown_round", lang, round=chosen, rounds=listed), file=sys.stderr)
        return 2
    if chosen is None and len(rounds) > 1:
        chosen = dataset.latest_round
        print(message("latest_round", lang, n=len(rounds), rounds=listed, round=chosen))
    tables = compute_tables(dataset.for_round(chosen), min_group=args.min_group, top=args.top)

    frames = tables.as_dict()
    if args.fmt == "xlsx":
        write_workbook(frames, args.out / "tables.xlsx")
    else:
        for name in TABLE_NAMES:
            write_table(frames[name], args.out / name, args.fmt)
    print(message("written", lang, n=len(frames), out=args.out))
    if args.show:
        print()
        print(render_tables(tables, lang=lang, markdown=args.fmt == "md"))
    return 0

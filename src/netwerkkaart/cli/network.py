"""``netwerkkaart network``: every network measure of one round, as tables.

Writes ``summary.csv`` (measure, value, explanation), ``actors.csv`` (one row per actor, every
actor measure), ``communities.csv``, ``brokerage.csv``, plus ``wishes.csv``, ``unknown.csv`` and
``response.csv``; or, with ``--format xlsx``, one workbook ``network.xlsx`` with a sheet each.
Figures about fewer than ``--min-group`` respondents are left out and marked as such.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from netwerkkaart.core import vocab
from netwerkkaart.core.privacy import DEFAULT_MIN_GROUP
from netwerkkaart.core.tabular import write_table, write_workbook

EXIT_BAD_INPUT = 2

MESSAGES: dict[str, tuple[str, str]] = {
    "help": ("Bereken de netwerkmaten van één ronde (dichtheid, bruggenbouwers, clusters, ...).",
             "Compute the network measures of one round (density, bridge builders, clusters, ...)."),
    "unknown_round": ("Ronde {round} komt niet voor in de gegevens (wel: {rounds}).",
                      "Round {round} does not occur in the data (present: {rounds})."),
    "unknown_sector": ("Onbekende sector {sector!r}; kies uit: {codes}.",
                       "Unknown sector {sector!r}; choose from: {codes}."),
    "bad_number": ("--min-group moet minstens 1 zijn.", "--min-group must be at least 1."),
    "written": ("Netwerkmaten van ronde {round} geschreven naar {out}",
                "Network measures of round {round} written to {out}"),
}  # fmt: skip


def message(key: str, lang: str, **values: object) -> str:
    nl, en = MESSAGES[key]
    return (en if lang == "en" else nl).format(**values)


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``network`` command to the ``netwerkkaart`` parser."""
    parser = subparsers.add_parser(
        "network", help=MESSAGES["help"][0], description=MESSAGES["help"][0]
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
        "--round",
        default=None,
        metavar="R",
        help="welke ronde (standaard de laatste) / which round (default: latest)",
    )
    parser.add_argument(
        "--location",
        default=None,
        metavar="L",
        help="enkel respondenten uit deze locatie / only respondents in this location",
    )
    parser.add_argument(
        "--sector",
        default=None,
        metavar="S",
        help="enkel relaties van of met deze sector / only ties of or with this sector",
    )
    parser.add_argument(
        "--min-group",
        type=int,
        default=DEFAULT_MIN_GROUP,
        metavar="N",
        help="geen cijfer over minder dan N respondenten (standaard %(default)s)",
    )
    parser.add_argument("--format", choices=("csv", "xlsx"), default="csv", dest="fmt")
    parser.add_argument("--lang", choices=("nl", "en"), default="nl")
    parser.set_defaults(handler=run)  # fmt: skip


def run(args: argparse.Namespace) -> int:
    """Read, check the options, analyse, write. Returns the exit code."""
    from netwerkkaart.cli.common import load_dataset
    from netwerkkaart.core.network import analyse

    lang = args.lang
    if args.min_group < 1:
        return _fail(message("bad_number", lang))
    sector = None
    if args.sector is not None:
        sector = vocab.SECTOR.lookup(args.sector)
        if sector is None:
            codes = ", ".join(vocab.SECTOR.codes)
            return _fail(message("unknown_sector", lang, sector=args.sector, codes=codes))
    dataset = load_dataset(args.data, lang)
    if dataset is None:
        return EXIT_BAD_INPUT
    if args.round is not None and args.round not in dataset.rounds:
        rounds = ", ".join(dataset.rounds) or "-"
        return _fail(message("unknown_round", lang, round=args.round, rounds=rounds))

    result = analyse(dataset, round_id=args.round, location=args.location, sector=sector,
                     min_group=args.min_group)  # fmt: skip
    tables = result.tables(lang)
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    if args.fmt == "xlsx":
        about = [("round", result.round), ("subset", result.subset or "-"),
                 ("min_group", result.min_group)]  # fmt: skip
        write_workbook(tables, out / "network.xlsx", about=about)
    else:
        for name, frame in tables.items():
            write_table(frame, out / name, "csv")
    print(message("written", lang, round=result.round or "-", out=out), file=sys.stderr)
    return 0


def _fail(text: str) -> int:
    print(text, file=sys.stderr)
    return EXIT_BAD_INPUT

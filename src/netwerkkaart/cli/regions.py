"""``netwerkkaart regions DIR --out OUT``: quadrants, best regions, the partition and the zones.

Reads the region files (a folder or a .zip, see docs/data-format.md, "Regions"), runs the whole
analysis of :func:`netwerkkaart.core.regions.analyse` and writes ``quadrants.csv``,
``best_regions.csv``, ``partition.csv``, ``partition_summary.csv`` and ``zones.csv`` into OUT.
Also ``netwerkkaart regions --demo OUT`` writes the demo's region files.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from netwerkkaart.cli.common import EXIT_BAD_INPUT, add_lang_option, fail, message

MESSAGES: dict[str, tuple[str, str]] = {
    "help": ("Regio's: kwadrant I-IV per gemeente en zorgvraag, beste regio per zorgvraag, "
             "volledige indeling in zoveel mogelijk regio's, bestaande zones getoetst.",
             "Regions: quadrant I-IV per municipality and demand type, the best region per "
             "demand type, a complete partition into as many regions as possible, existing "
             "zones checked."),
    "data": ("map of .zip met de regiobestanden / folder or .zip with the region files",
             "folder or .zip with the region files"),
    "out": ("map voor de resultaten / folder for the results", "folder for the results"),
    "demand_type": ("enkel deze zorgvraag (mag herhaald worden) / only this demand type "
                    "(may be repeated)", "only this demand type (may be repeated)"),
    "time_limit": ("seconden voor de indeling (standaard %(default)s) / seconds for the "
                   "partition (default %(default)s)", "seconds for the partition"),
    "demo": ("schrijf de regiobestanden van de demo naar DATA en analyseer ze / write the demo's "
             "region files to DATA and analyse them", "write the demo's region files"),
    "unknown_demand_type": ("Onbekende zorgvraag {value!r}; gekend: {known}.",
                            "Unknown demand type {value!r}; known: {known}."),
    "bad_time_limit": ("--time-limit moet groter dan 0 zijn.", "--time-limit must be above 0."),
    "progress": ("  {step}: {done}/{total}", "  {step}: {done}/{total}"),
    "summary": ("{regions} regio's (bovengrens {bound}, {status}, {seconds:.1f} s); "
                "{best} beste regio's; {zones} zones getoetst. Geschreven naar {out}",
                "{regions} regions (bound {bound}, {status}, {seconds:.1f} s); {best} best "
                "regions; {zones} zones checked. Written to {out}"),
}  # fmt: skip


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``regions`` command to the ``netwerkkaart`` parser."""
    parser = subparsers.add_parser(
        "regions", help=MESSAGES["help"][0], description=MESSAGES["help"][0]
    )
    parser.add_argument("data", type=Path, metavar="DATA", help=MESSAGES["data"][0])
    parser.add_argument("--out", type=Path, required=True, metavar="OUT", help=MESSAGES["out"][0])
    parser.add_argument("--demand-type", action="append", default=None, metavar="T",
                        dest="demand_types", help=MESSAGES["demand_type"][0])  # fmt: skip
    parser.add_argument("--time-limit", type=float, default=60.0, metavar="S",
                        help=MESSAGES["time_limit"][0])  # fmt: skip
    parser.add_argument("--demo", action="store_true", help=MESSAGES["demo"][0])
    add_lang_option(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Read, check the options, analyse, write. Returns the exit code."""
    from netwerkkaart.core.dataformat import DataFormatError
    from netwerkkaart.core.regions import analyse, generate
    from netwerkkaart.core.regions.reader import read_region_data
    from netwerkkaart.core.regions.tables import write_results
    from netwerkkaart.core.regions.writer import write_region_data

    lang = args.lang
    if args.time_limit <= 0:
        return fail(message(MESSAGES, "bad_time_limit", lang))
    if args.demo:
        write_region_data(generate.demo(), args.data)
    try:
        read = read_region_data(args.data)
    except DataFormatError as error:
        return fail(error.render(lang))
    if read.warnings:
        from netwerkkaart.core.dataformat import render_issues

        print(render_issues(read.warnings, lang), file=sys.stderr)
    known = [d.code for d in read.data.demand_types]
    for value in args.demand_types or ():
        if value not in known:
            text = message(MESSAGES, "unknown_demand_type", lang, value=value,
                           known=", ".join(known))  # fmt: skip
            return fail(text)

    def progress(step: str, done: int, total: int) -> None:
        if step != "best_regions" or done == total or done % 100 == 0:
            line = message(MESSAGES, "progress", lang, step=step, done=done, total=total)
            print(line, file=sys.stderr)

    result = analyse(read.data, args.demand_types, time_limit=args.time_limit, progress=progress)
    write_results(result, args.out)
    part = result.partition
    print(message(MESSAGES, "summary", lang, regions=part.count, bound=part.bound,
                  status=part.status, seconds=part.seconds, best=len(result.best_regions),
                  zones=len({z.zone for z in result.zones}), out=args.out))  # fmt: skip
    return 0


__all__ = ["EXIT_BAD_INPUT", "register", "run"]

"""``netwerkkaart export``: the collaboration graph of one round as a file for researchers.

``--format graphml|gexf|pajek|csv`` (csv writes a folder with ``nodes.csv`` and ``edges.csv``).
``--pseudonymise`` replaces ids and names by pseudonyms and drops every non-categorical register
column; the mapping back is written to ``<out>.pseudonyms.csv``, beside the export, never in it.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from netwerkkaart.core.export import (
    GRAPH_FORMATS,
    pseudonymise,
    strip_graph_attributes,
    write_graph,
)
from netwerkkaart.core.tabular import write_csv

EXIT_BAD_INPUT = 2

MESSAGES: dict[str, tuple[str, str]] = {
    "help": ("Exporteer het samenwerkingsnetwerk voor onderzoekers (GraphML, GEXF, Pajek, CSV).",
             "Export the collaboration network for researchers (GraphML, GEXF, Pajek, CSV)."),
    "unknown_round": ("Ronde {round} komt niet voor in de gegevens (wel: {rounds}).",
                      "Round {round} does not occur in the data (present: {rounds})."),
    "written": ("Netwerk ({nodes} actoren, {edges} relaties) geschreven naar {out}",
                "Network ({nodes} actors, {edges} ties) written to {out}"),
    "mapping": ("Sleutel van de pseudoniemen (apart bewaren!): {path}",
                "Key to the pseudonyms (keep it apart!): {path}"),
}  # fmt: skip


def message(key: str, lang: str, **values: object) -> str:
    nl, en = MESSAGES[key]
    return (en if lang == "en" else nl).format(**values)


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``export`` command to the ``netwerkkaart`` parser."""
    parser = subparsers.add_parser(
        "export", help=MESSAGES["help"][0], description=MESSAGES["help"][0]
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
        metavar="PATH",
        help="doelbestand (bij csv: een map) / target file (for csv: a folder)",
    )
    parser.add_argument("--format", choices=GRAPH_FORMATS, default="graphml", dest="fmt")
    parser.add_argument(
        "--round",
        default=None,
        metavar="R",
        help="welke ronde (standaard de laatste) / which round (default: latest)",
    )
    parser.add_argument(
        "--pseudonymise",
        "--pseudonymize",
        action="store_true",
        help="vervang namen door pseudoniemen / replace names with pseudonyms",
    )
    parser.add_argument("--lang", choices=("nl", "en"), default="nl")
    parser.set_defaults(handler=run)  # fmt: skip


def mapping_path(out: Path) -> Path:
    """Where the pseudonym key goes: beside the export, outside it (also for a csv folder)."""
    return out.with_name(out.name + ".pseudonyms.csv")


def run(args: argparse.Namespace) -> int:
    from netwerkkaart.cli.common import load_dataset
    from netwerkkaart.core.network import build_graph

    lang = args.lang
    dataset = load_dataset(args.data, lang)
    if dataset is None:
        return EXIT_BAD_INPUT
    if args.round is not None and args.round not in dataset.rounds:
        rounds = ", ".join(dataset.rounds) or "-"
        print(message("unknown_round", lang, round=args.round, rounds=rounds), file=sys.stderr)
        return EXIT_BAD_INPUT
    graph = strip_graph_attributes(build_graph(dataset, round_id=args.round))
    if args.pseudonymise:
        graph, mapping = pseudonymise(graph)
        write_csv(mapping, mapping_path(args.out))
        print(message("mapping", lang, path=mapping_path(args.out)), file=sys.stderr)
    target = write_graph(graph, args.out, args.fmt)
    print(
        message("written", lang, nodes=graph.vcount(), edges=graph.ecount(), out=target),
        file=sys.stderr,
    )
    return 0

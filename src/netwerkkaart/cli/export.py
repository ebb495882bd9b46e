"""``netwerkkaart export``: the collaboration graph of one round as a file for researchers.

``--format graphml|gexf|pajek|csv`` (csv writes a folder with ``nodes.csv`` and ``edges.csv``).
``--pseudonymise`` replaces ids and names by pseudonyms and drops every non-categorical register
column; the mapping back is written to ``<out>.pseudonyms.csv``, beside the export, never in it.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from netwerkkaart.cli.common import (
    EXIT_BAD_INPUT,
    add_data_argument,
    add_lang_option,
    add_round_option,
    choose_round,
    load_dataset,
    message,
)
from netwerkkaart.core.export import (
    GRAPH_FORMATS,
    pseudonymise,
    strip_graph_attributes,
    write_graph,
)
from netwerkkaart.core.tabular import write_csv

MESSAGES: dict[str, tuple[str, str]] = {
    "help": ("Exporteer het samenwerkingsnetwerk voor onderzoekers (GraphML, GEXF, Pajek, CSV).",
             "Export the collaboration network for researchers (GraphML, GEXF, Pajek, CSV)."),
    "written": ("Netwerk ({nodes} actoren, {edges} relaties) geschreven naar {out}",
                "Network ({nodes} actors, {edges} ties) written to {out}"),
    "mapping": ("Sleutel van de pseudoniemen (apart bewaren!): {path}",
                "Key to the pseudonyms (keep it apart!): {path}"),
}  # fmt: skip


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``export`` command to the ``netwerkkaart`` parser."""
    parser = subparsers.add_parser(
        "export", help=MESSAGES["help"][0], description=MESSAGES["help"][0]
    )
    add_data_argument(parser)
    parser.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar="PATH",
        help="doelbestand (bij csv: een map) / target file (for csv: a folder)",
    )
    parser.add_argument("--format", choices=GRAPH_FORMATS, default="graphml", dest="fmt")
    add_round_option(parser)
    parser.add_argument(
        "--pseudonymise",
        "--pseudonymize",
        action="store_true",
        help="vervang namen door pseudoniemen / replace names with pseudonyms",
    )
    add_lang_option(parser)
    parser.set_defaults(handler=run)


def mapping_path(out: Path) -> Path:
    """Where the pseudonym key goes: beside the export, outside it (also for a csv folder)."""
    return out.with_name(out.name + ".pseudonyms.csv")


def run(args: argparse.Namespace) -> int:
    from netwerkkaart.core.network import build_graph

    lang = args.lang
    dataset = load_dataset(args.data, lang)
    if dataset is None:
        return EXIT_BAD_INPUT
    ok, chosen = choose_round(dataset, args.round, lang)
    if not ok:
        return EXIT_BAD_INPUT
    graph = strip_graph_attributes(build_graph(dataset, round_id=chosen))
    if args.pseudonymise:
        graph, mapping = pseudonymise(graph)
        write_csv(mapping, mapping_path(args.out))
        print(message(MESSAGES, "mapping", lang, path=mapping_path(args.out)), file=sys.stderr)
    target = write_graph(graph, args.out, args.fmt)
    print(
        message(MESSAGES, "written", lang, nodes=graph.vcount(), edges=graph.ecount(), out=target),
        file=sys.stderr,
    )
    return 0

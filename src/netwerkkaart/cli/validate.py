"""``netwerkkaart validate DATA``: check a data file and list every problem at once."""

from __future__ import annotations

import argparse

from netwerkkaart.cli.common import EXIT_BAD_INPUT, add_lang_option, load_dataset


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "validate",
        help="controleer gegevens in het open formaat / check data in the open format",
        description="Controleer een map met CSV-bestanden, een .zip of een .xlsx en toon alle "
        "problemen tegelijk.",
    )
    parser.add_argument("data", help="map, .zip of .xlsx / folder, .zip or .xlsx")
    add_lang_option(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    dataset = load_dataset(args.data, args.lang)
    if dataset is None:
        return EXIT_BAD_INPUT
    rounds = ", ".join(dataset.rounds) or "-"
    respondents = dataset.ties.get_column("respondent").n_unique()
    if args.lang == "en":
        print(
            f"The data is valid: {dataset.ties.height} ties from {respondents} respondents, "
            f"{dataset.wishes.height} wishes, {dataset.unknown.height} unknown actors, "
            f"{dataset.actors.height} actors in the register; rounds: {rounds}."
        )
    else:
        print(
            f"De gegevens zijn geldig: {dataset.ties.height} samenwerkingen van {respondents} "
            f"respondenten, {dataset.wishes.height} wensen, {dataset.unknown.height} onbekende "
            f"actoren, {dataset.actors.height} actoren in het register; rondes: {rounds}."
        )
    return 0

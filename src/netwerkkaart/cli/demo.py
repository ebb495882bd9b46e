"""``netwerkkaart demo-data OUT``: write the demo ecosystem Gemeentegem-Stederen.

Generates the demo with :func:`netwerkkaart.core.demo.generate_demo`, writes it in the open data
format with :func:`netwerkkaart.core.dataformat.write_dataset` and prints a short summary.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from netwerkkaart.cli.common import add_lang_option, message
from netwerkkaart.core.dataset import Dataset
from netwerkkaart.core.demo import DEFAULT_SEED, generate_demo

MESSAGES: dict[str, tuple[str, str]] = {
    "help": ("Maak het demo-ecosysteem Gemeentegem-Stederen aan (twee bevragingsrondes).",
             "Create the demo ecosystem Gemeentegem-Stederen (two survey rounds)."),
    "out": ("map (csv) of bestand (xlsx) om naar te schrijven / folder (csv) or file (xlsx)",
            "folder (csv) or file (xlsx) to write to"),
    "seed": ("startwaarde van de toevalsgenerator; dezelfde waarde geeft dezelfde gegevens "
             "(standaard %(default)s)",
             "seed of the random generator; the same seed gives the same data "
             "(default %(default)s)"),
    "format": ("bestandsformaat (standaard %(default)s)", "file format (default %(default)s)"),
    "title": ("Demo-ecosysteem Gemeentegem-Stederen (seed {seed})",
              "Demo ecosystem Gemeentegem-Stederen (seed {seed})"),
    "actors": ("  {actors} actoren in het register", "  {actors} actors in the register"),
    "round": ("  ronde {round}: {respondents} respondenten, {ties} samenwerkingen, "
              "{wishes} wensen, {unknown} onbekende actoren",
              "  round {round}: {respondents} respondents, {ties} ties, {wishes} wishes, "
              "{unknown} unknown actors"),
    "written": ("Geschreven naar {path}", "Written to {path}"),
}  # fmt: skip


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``demo-data`` command to the ``netwerkkaart`` parser."""
    parser = subparsers.add_parser(
        "demo-data", help=MESSAGES["help"][0], description=MESSAGES["help"][0]
    )
    parser.add_argument("out", type=Path, metavar="OUT", help=MESSAGES["out"][0])
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, metavar="N",
                        help=MESSAGES["seed"][0])  # fmt: skip
    parser.add_argument("--format", choices=("csv", "xlsx"), default="csv", dest="fmt",
                        help=MESSAGES["format"][0])  # fmt: skip
    add_lang_option(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Generate, write and summarise the demo. Returns the exit code."""
    # Imported here so the command parses and shows --help even while the format is reworked.
    from netwerkkaart.core.dataformat import write_dataset

    dataset = generate_demo(args.seed)
    written = write_dataset(dataset, args.out, args.fmt)
    print(summary(dataset, args.seed, written, args.lang))
    return 0


def summary(dataset: Dataset, seed: int, path: Path, lang: str = "nl") -> str:
    """A few lines saying what the demo holds and where it was written."""
    lines = [
        message(MESSAGES, "title", lang, seed=seed),
        message(MESSAGES, "actors", lang, actors=dataset.actors.height),
    ]
    for round_id in dataset.rounds:
        part = dataset.for_round(round_id)
        lines.append(
            message(
                MESSAGES,
                "round",
                lang,
                round=round_id,
                respondents=part.ties.get_column("respondent").n_unique(),
                ties=part.ties.height,
                wishes=part.wishes.height,
                unknown=part.unknown.height,
            )
        )
    lines.append(message(MESSAGES, "written", lang, path=path))
    return "\n".join(lines)

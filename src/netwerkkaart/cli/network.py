"""``netwerkkaart network``: every network measure of one round, as tables.

Writes ``summary.csv`` (measure, value, explanation), ``actors.csv`` (one row per actor, every
actor measure), ``communities.csv``, ``brokerage.csv``, plus ``wishes.csv``, ``unknown.csv`` and
``response.csv``, ``perception_gaps.csv`` (per sector pair and question: pairs compared, pairs
disagreeing, share; for the level of collaboration and relational coordination also the mean
gap) and ``robustness.csv`` (measure, value, low, high, label: how far each measure could move
given who did not answer); when the round asked the tie-quality blocks, ``tie_quality.csv``
(per ordered sector pair and measure: ties, respondents, mean, median); with ``--names`` also
``perception_pairs.csv``, every pair of respondents and question compared, by name, and
``tie_scores.csv``, every report's level and RC index. With ``--format xlsx``, one workbook
``network.xlsx`` with a sheet each. Figures about fewer than ``--min-group`` respondents are
left out and marked as such.
"""

from __future__ import annotations

import argparse
import sys
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
from netwerkkaart.core import vocab
from netwerkkaart.core.tabular import write_table, write_workbook

MESSAGES: dict[str, tuple[str, str]] = {
    "help": ("Bereken de netwerkmaten van één ronde (dichtheid, bruggenbouwers, clusters, ...).",
             "Compute the network measures of one round (density, bridge builders, clusters, ...)."),
    "unknown_sector": ("Onbekende sector {sector!r}; kies uit: {codes}.",
                       "Unknown sector {sector!r}; choose from: {codes}."),
    "written": ("Netwerkmaten van ronde {round} geschreven naar {out}",
                "Network measures of round {round} written to {out}"),
}  # fmt: skip


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``network`` command to the ``netwerkkaart`` parser."""
    parser = subparsers.add_parser(
        "network", help=MESSAGES["help"][0], description=MESSAGES["help"][0]
    )
    add_data_argument(parser)
    parser.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar="DIR",
        help="map voor de netwerkmaten / folder for the network measures",
    )
    add_round_option(parser)
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
    add_min_group_option(parser)
    parser.add_argument(
        "--names",
        action="store_true",
        help="ook perception_pairs.csv: elk paar respondenten bij naam / also every pair by name",
    )
    parser.add_argument("--format", choices=("csv", "xlsx"), default="csv", dest="fmt")
    add_lang_option(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Read, check the options, analyse, write. Returns the exit code."""
    from netwerkkaart.core.network import analyse

    lang = args.lang
    if args.min_group < 1:
        return fail(message(MESSAGES, "bad_min_group", lang))
    sector = None
    if args.sector is not None:
        sector = vocab.SECTOR.lookup(args.sector)
        if sector is None:
            codes = ", ".join(vocab.SECTOR.codes)
            return fail(message(MESSAGES, "unknown_sector", lang, sector=args.sector, codes=codes))
    dataset = load_dataset(args.data, lang)
    if dataset is None:
        return EXIT_BAD_INPUT
    ok, chosen = choose_round(dataset, args.round, lang)
    if not ok:
        return EXIT_BAD_INPUT

    result = analyse(dataset, round_id=chosen, location=args.location, sector=sector,
                     min_group=args.min_group)  # fmt: skip
    tables = result.tables(lang)
    tables.update(_tie_tables(dataset.for_round(result.round).for_location(args.location), result,
                              lang, names=args.names))  # fmt: skip
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    if args.fmt == "xlsx":
        about = [("round", result.round), ("subset", result.subset or "-"),
                 ("min_group", result.min_group)]  # fmt: skip
        write_workbook(tables, out / "network.xlsx", about=about)
    else:
        for name, frame in tables.items():
            write_table(frame, out / name, "csv")
    print(message(MESSAGES, "written", lang, round=result.round or "-", out=out), file=sys.stderr)
    return 0


def _tie_tables(data, result, lang: str, *, names: bool) -> dict:
    """Perception gaps per sector pair, robustness per measure, and the pairs with ``names``."""
    import polars as pl

    from netwerkkaart.core.network import explanations
    from netwerkkaart.core.network.perception import perception_gaps, perception_pairs
    from netwerkkaart.core.network.robustness import label_text, robustness
    from netwerkkaart.core.network.tie_quality import has_scales, scale_summary, tie_scores

    pairs = perception_pairs(data, result.graph)
    gaps = perception_gaps(pairs, result.min_group).select(
        "sector_a", "sector_b", "dimension", "pairs_compared", "pairs_disagreeing", "share",
        "answer_a", "answer_b", "pattern_pairs", "higher_a", "higher_b", "mean_gap", "suppressed",
    )  # fmt: skip
    bands = robustness(data, result)
    bands = bands.select(
        "measure", "value", "low", "high",
        pl.col("label").map_elements(lambda c: label_text(c, lang), return_dtype=pl.String),
        "group", "imputed", "suppressed",
        pl.col("measure").map_elements(lambda m: explanations.label(m, lang),
                                       return_dtype=pl.String).alias("measure_label"),
    )  # fmt: skip
    tables = {"perception_gaps": gaps, "robustness": bands}
    if has_scales(data):
        tables["tie_quality"] = scale_summary(data, result.min_group)
    if names and has_scales(data):
        tables["tie_scores"] = tie_scores(data)
    if names:
        named = dict(result.actors.select("id", "name").iter_rows())
        tables["perception_pairs"] = pairs.with_columns(
            name_a=pl.col("actor_a").replace_strict(named, default=None, return_dtype=pl.String),
            name_b=pl.col("actor_b").replace_strict(named, default=None, return_dtype=pl.String),
        )
    return tables

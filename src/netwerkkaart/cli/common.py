"""What every CLI command shares: messages in two languages, the common options, reading a
dataset with clear errors, and choosing a round."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Mapping
from pathlib import Path

from netwerkkaart.core.dataformat import (
    DataFormatError,
    read_dataset_with_warnings,
    render_issues,
)
from netwerkkaart.core.dataset import Dataset, previous_round
from netwerkkaart.core.privacy import DEFAULT_MIN_GROUP

EXIT_BAD_INPUT = 2

Messages = Mapping[str, tuple[str, str]]

COMMON_MESSAGES: Messages = {
    "same_round": ("--compare moet een andere ronde zijn dan de gekozen ronde.",
                   "--compare must be another round than the one chosen."),
    "unknown_round": ("Ronde {round} komt niet voor in de gegevens (wel: {rounds}).",
                      "Round {round} does not occur in the data (present: {rounds})."),
    "latest_round": ("De gegevens bevatten {n} rondes ({rounds}); de laatste, {round}, wordt "
                     "gebruikt. Kies een andere met --round.",
                     "The data holds {n} rounds ({rounds}); using the latest, {round}. "
                     "Choose another with --round."),
    "no_rounds": ("geen", "none"),
    "bad_min_group": ("--min-group moet minstens 1 zijn.", "--min-group must be at least 1."),
}  # fmt: skip


def message(messages: Messages, key: str, lang: str, **values: object) -> str:
    """The text of ``key`` in ``lang`` (English for ``"en"``, Dutch otherwise), filled in."""
    nl, en = messages[key] if key in messages else COMMON_MESSAGES[key]
    return (en if lang == "en" else nl).format(**values)


def fail(text: str) -> int:
    """Print ``text`` to stderr and return the exit code for bad input."""
    print(text, file=sys.stderr)
    return EXIT_BAD_INPUT


def add_lang_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--lang",
        choices=("nl", "en"),
        default="nl",
        help="taal van meldingen en labels / language of messages and labels (standaard: nl)",
    )


def add_data_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "data",
        type=Path,
        metavar="DATA",
        help="map met CSV-bestanden, .zip of .xlsx / folder of CSV files, .zip or .xlsx",
    )


def add_round_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--round",
        default=None,
        metavar="R",
        help="welke ronde (standaard de laatste) / which round (default: the latest)",
    )


def add_min_group_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--min-group",
        type=int,
        default=DEFAULT_MIN_GROUP,
        metavar="N",
        help="geen cijfer over minder dan N respondenten (standaard %(default)s)",
    )


def load_dataset(path: str | Path, lang: str) -> Dataset | None:
    """Read a dataset; on rejection print every problem to stderr and return ``None``.

    Warnings of an accepted file are printed to stderr too, so nothing is accepted silently.
    """
    try:
        result = read_dataset_with_warnings(path)
    except DataFormatError as error:
        print(error.render(lang), file=sys.stderr)
        return None
    if result.warnings:
        print(render_issues(result.warnings, lang), file=sys.stderr)
    return result.dataset


def choose_round(dataset: Dataset, requested: str | None, lang: str) -> tuple[bool, str | None]:
    """Check ``--round`` against the data; without it, take the latest round and say so.

    Returns ``(ok, round)``; when not ok the problem has been printed to stderr.
    """
    rounds = dataset.rounds
    listed = ", ".join(rounds) or message(COMMON_MESSAGES, "no_rounds", lang)
    if requested is not None:
        if requested not in rounds:
            fail(message(COMMON_MESSAGES, "unknown_round", lang, round=requested, rounds=listed))
            return False, None
        return True, requested
    latest = dataset.latest_round
    if len(rounds) > 1:
        notice = message(COMMON_MESSAGES, "latest_round", lang, n=len(rounds), rounds=listed,
                         round=latest)  # fmt: skip
        print(notice)
    return True, latest


def add_compare_options(parser: argparse.ArgumentParser) -> None:
    """``--compare ROUND`` and ``--no-compare``: which earlier round a command compares with."""
    parser.add_argument(
        "--compare", default=None, metavar="ROUND",
        help="vergelijk met deze ronde (standaard: de vorige in de gegevens) / compare with this "
             "round (default: the previous one in the data)",
    )  # fmt: skip
    parser.add_argument("--no-compare", action="store_true",
                        help="zonder vergelijking / without comparison")  # fmt: skip


def choose_earlier_round(
    dataset: Dataset, chosen: str, args: argparse.Namespace, lang: str
) -> tuple[bool, str | None]:
    """The round to compare ``chosen`` with (``--compare``, else the one before it, or none).

    Returns ``(ok, round)``; when not ok the problem has been printed to stderr.
    """
    if args.no_compare:
        return True, None
    if args.compare is None:
        return True, previous_round(dataset.rounds, chosen)
    ok, earlier = choose_round(dataset, args.compare, lang)
    if not ok:
        return False, None
    if earlier == chosen:
        fail(message(COMMON_MESSAGES, "same_round", lang))
        return False, None
    return True, earlier

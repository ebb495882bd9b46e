"""What every CLI command shares: the language option and reading a dataset with clear errors."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from netwerkkaart.core.dataformat import (
    DataFormatError,
    read_dataset_with_warnings,
    render_issues,
)
from netwerkkaart.core.dataset import Dataset

EXIT_BAD_INPUT = 2


def add_lang_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--lang",
        choices=("nl", "en"),
        default="nl",
        help="taal van meldingen en labels / language of messages and labels (standaard: nl)",
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

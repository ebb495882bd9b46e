"""Command-line interface: ``netwerkkaart <command> ...``.

Thin by design: each command module parses its arguments, calls named functions of the core and
writes files. Every command module exposes ``register(subparsers)`` which adds its parser and sets
``handler`` to a function taking the parsed arguments and returning an exit code.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

# Command modules, in the order ``--help`` lists them.
COMMAND_MODULES: tuple[str, ...] = (
    "demo",
    "validate",
    "tables",
    "network",
    "export",
    "report",
    "advice",
    "regions",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="netwerkkaart",
        description="Netwerkkaart: breng samenwerking rond zorg en welzijn in kaart.",
    )
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(f"netwerkkaart.cli.{name}").register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    return int(args.handler(args) or 0)


if __name__ == "__main__":
    sys.exit(main())

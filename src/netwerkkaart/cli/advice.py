"""``netwerkkaart advice``: what the partners could do next, from a round's figures.

Writes the recommendations of one round as JSON (a list of objects with ``kind``, ``title``,
``priority``, ``why``, ``steps``, ``reference``, ``status``) or as Markdown (``--format md``).
With an earlier round in the data (``--compare``, by default the previous one) each figure
carries its earlier value and recommendations that no longer apply are listed with their
figures then and now. Figures about fewer than ``--min-group`` respondents are never used.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from netwerkkaart.cli.common import (
    COMMON_MESSAGES,
    EXIT_BAD_INPUT,
    add_compare_options,
    add_data_argument,
    add_lang_option,
    add_min_group_option,
    add_round_option,
    choose_earlier_round,
    choose_round,
    fail,
    load_dataset,
    message,
)

MESSAGES: dict[str, tuple[str, str]] = {
    "help": ("Schrijf de aanbevelingen van een ronde (JSON of Markdown).",
             "Write a round's recommendations (JSON or Markdown)."),
    "written": ("{n} aanbevelingen voor ronde {round} geschreven naar {out}",
                "{n} recommendations for round {round} written to {out}"),
}  # fmt: skip


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``advice`` command to the ``netwerkkaart`` parser."""
    parser = subparsers.add_parser(
        "advice", help=MESSAGES["help"][0], description=MESSAGES["help"][0]
    )
    add_data_argument(parser)
    parser.add_argument("--out", type=Path, required=True, metavar="FILE",
                        help="advice.json of/or advice.md")  # fmt: skip
    add_round_option(parser)
    add_compare_options(parser)
    parser.add_argument("--format", choices=("json", "md"), default="json", dest="fmt")
    parser.add_argument(
        "--names", action="store_true",
        help="toon namen van actoren (standaard: enkel categorieën) / show actors' names "
             "(default: categories only)",
    )  # fmt: skip
    add_min_group_option(parser)
    add_lang_option(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Read, choose the rounds, advise, write. Returns the exit code."""
    from netwerkkaart.core.advice.render import to_markdown
    from netwerkkaart.core.advice.rounds import (
        advice_over_time,
        advice_records,
        dataset_figure_set,
    )

    lang = args.lang
    if args.min_group < 1:
        return fail(message(COMMON_MESSAGES, "bad_min_group", lang))
    dataset = load_dataset(args.data, lang)
    if dataset is None:
        return EXIT_BAD_INPUT
    ok, chosen = choose_round(dataset, args.round, lang)
    if not ok or chosen is None:
        return EXIT_BAD_INPUT
    ok, earlier = choose_earlier_round(dataset, chosen, args, lang)
    if not ok:
        return EXIT_BAD_INPUT

    figures = dataset_figure_set(dataset, chosen, min_group=args.min_group)
    before = None if earlier is None else dataset_figure_set(
        dataset, earlier, min_group=args.min_group, robust=False)  # fmt: skip
    recommendations, changes = advice_over_time(figures, before)
    if args.fmt == "md":
        text = to_markdown(recommendations, lang, round_code=chosen, names=args.names,
                           changes=changes, earlier_round=earlier)  # fmt: skip
    else:
        records = advice_records(recommendations, changes, lang=lang, names=args.names,
                                 compared=before is not None)  # fmt: skip
        text = json.dumps(records, ensure_ascii=False, indent=2) + "\n"
    args.out.parent.mkdir(parents=True, exist_ok=True)
    temporary = args.out.with_name(args.out.name + ".part")
    temporary.write_text(text, encoding="utf-8")
    temporary.replace(args.out)  # never a half-written file under the real name
    print(message(MESSAGES, "written", lang, n=len(recommendations), round=chosen, out=args.out),
          file=sys.stderr)  # fmt: skip
    return 0

"""Round report (PDF) and workbook (XLSX): time and peak memory, demo round and 5 000 actors.

Usage: ``.venv/bin/python benchmarks/bench_reports.py [--sizes 5000]``

For each round it prints the seconds of every step a cold download goes through — computing the
figures (tables and network analysis), comparing with the previous round, laying out the map,
rendering the HTML, WeasyPrint's PDF — and the XLSX, with the peak memory growth of the PDF and
the workbook. The baseline, measured in the same run, is WeasyPrint turning a one-page HTML
document into a PDF: the fixed cost of any PDF on this machine. The goal (issue 7) is a PDF in
at most 15 s at 5 000 actors.
"""

from __future__ import annotations

import argparse
import os
import secrets
import sys
import time
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_network import measured, synthetic_ecosystem

GOAL_SECONDS = 15.0


def setup() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "netwerkkaart.web.settings")
    os.environ.setdefault("NETWERKKAART_SECRET_KEY", secrets.token_urlsafe(50))
    import django

    django.setup()


def two_rounds(n: int):
    """``n`` actors answering two rounds (different seeds, so many ties change)."""
    import polars as pl

    from netwerkkaart.core.dataset import Dataset

    later, _ = synthetic_ecosystem(n, seed=1)
    earlier, _ = synthetic_ecosystem(n, seed=2)
    ties = pl.concat([earlier.ties.with_columns(pl.lit("2024").alias("round")), later.ties])
    return Dataset(ties=ties, actors=later.actors, wishes=later.wishes, unknown=later.unknown)


def bare_pdf() -> float:
    from netwerkkaart.web.pdf import html_to_pdf

    html = "<!doctype html><html lang='nl'><title>x</title><h1>Rapport</h1><p>Eén pagina.</p>"
    html_to_pdf(html)  # warm-up: fonts
    started = time.perf_counter()
    html_to_pdf(html)
    return time.perf_counter() - started


def measure(label: str, dataset, code: str, earlier: str | None) -> None:
    from netwerkkaart.apps.reports.comparison import compare_figures
    from netwerkkaart.apps.reports.documents import (
        ReportRequest,
        report_html,
        report_workbook,
    )
    from netwerkkaart.apps.reports.parallel import figures_for_rounds
    from netwerkkaart.core.figures import figures_from_dataset
    from netwerkkaart.core.network.layout import layout_positions
    from netwerkkaart.web.pdf import html_to_pdf

    steps: dict[str, float] = {}

    def step(name, action):
        started = time.perf_counter()
        result = action()
        steps[name] = time.perf_counter() - started
        return result

    figures = step("figures", lambda: figures_from_dataset(dataset, code, min_group=5))
    comparison = None
    if earlier:
        before = step("figures (previous round)",
                      lambda: figures_from_dataset(dataset, earlier, min_group=5))  # fmt: skip
        both = time.perf_counter()
        figures_for_rounds(dataset, [code, earlier], min_group=5)
        parallel = time.perf_counter() - both
        comparison = (step("comparison", lambda: compare_figures((dataset, before),
                                                                 (dataset, figures))), before)  # fmt: skip
    positions = step("map layout", lambda: layout_positions(figures.network.graph))
    request = ReportRequest(workspace_name=label, figures=figures, names=True,
                            comparison=comparison, positions=positions)  # fmt: skip
    html = step("HTML", lambda: report_html(request))
    result: dict[str, bytes] = {}

    def pdf() -> None:
        result["pdf"] = html_to_pdf(html)

    pdf_seconds, pdf_mib = measured(pdf)
    steps["PDF (WeasyPrint)"] = pdf_seconds

    def xlsx() -> None:
        result["xlsx"] = report_workbook(request)

    xlsx_seconds, xlsx_mib = measured(xlsx)
    actors = figures.network.actors.height
    ties = figures.network.graph.ecount()
    print(f"\n{label}: {actors} actors, {ties} ties, {len(html) / 1e6:.1f} MB of HTML")
    for name, seconds in steps.items():
        print(f"  {name:<26} {seconds:6.2f} s")
    cold = sum(steps.values())
    cached = steps["HTML"] + steps["PDF (WeasyPrint)"]
    print(f"  {'PDF, cold, one by one':<26} {cold:6.2f} s   (the sum above)")
    if earlier:
        # What `netwerkkaart report` does: both rounds' figures at once, one process each.
        cold = cold - steps["figures"] - steps["figures (previous round)"] + parallel
        print(f"  {'both rounds in parallel':<26} {parallel:6.2f} s")
    print(f"  {'PDF, cold (as the CLI)':<26} {cold:6.2f} s   goal ≤ {GOAL_SECONDS:.0f} s: "
          f"{'met' if cold <= GOAL_SECONDS else 'NOT met'}")  # fmt: skip
    print(f"  {'PDF, figures cached':<26} {cached:6.2f} s   ({len(result['pdf']) / 1e6:.2f} MB)")
    print(f"  {'XLSX':<26} {xlsx_seconds:6.2f} s   ({len(result['xlsx']) / 1e6:.2f} MB)")
    print(f"  peak memory growth: PDF {pdf_mib:.0f} MiB, XLSX {xlsx_mib:.0f} MiB")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[5000])
    args = parser.parse_args(argv)
    setup()
    from netwerkkaart.core.demo import generate_demo

    print(f"Baseline: WeasyPrint, one-page HTML to PDF: {bare_pdf():.2f} s")
    measure("demo (Gemeentegem, round 2026)", generate_demo(seed=2026), "2026", "2025")
    for n in args.sizes:
        measure(f"synthetic, {n} actors", two_rounds(n), "2025", "2024")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Cost of the robustness bands against the plain network analysis, in the same run.

Usage: ``.venv/bin/python benchmarks/bench_robustness.py [--repeat 7]``

On the demo ecosystem (latest round) it times :func:`netwerkkaart.core.network.analyse` (the
plain analysis: every measure, Leiden best of ten runs) and
:func:`netwerkkaart.core.network.robustness.robustness` (subsamples of the respondents and the
reciprocation view), each the median of ``--repeat`` runs after one warm-up, and prints their
ratio. Goal: at most 3x the plain analysis.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable, Sequence

from netwerkkaart.core.demo import generate_demo
from netwerkkaart.core.network import analyse
from netwerkkaart.core.network.robustness import DRAWS, robustness

GOAL = 3.0


def median_time(run: Callable[[], object], repeat: int) -> float:
    run()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args(argv)
    demo = generate_demo(seed=2026)
    analysis = analyse(demo)
    data = demo.for_round(analysis.round)
    plain = median_time(lambda: analyse(demo), args.repeat)
    bands = median_time(lambda: robustness(data, analysis), args.repeat)
    ratio = bands / plain
    actors, respondents = analysis.figure("actors").value, analysis.figure("respondents").value
    print(f"demo round {analysis.round}: {actors} actors, {respondents} respondents")
    print(f"plain analysis        {plain * 1000:7.1f} ms")
    print(f"robustness ({DRAWS} draws) {bands * 1000:7.1f} ms")
    print(f"ratio                 {ratio:7.2f}x (goal: at most {GOAL:.0f}x) "
          f"{'ok' if ratio <= GOAL else 'OVER'}")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

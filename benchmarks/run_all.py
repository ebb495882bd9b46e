"""Run every benchmark in turn and print its figures (``make bench``).

Each benchmark is a script with a ``main(argv)``; this runner only calls them in order, so a
single one can also be run on its own with its own options.
"""

from __future__ import annotations

import importlib
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

BENCHMARKS = (
    "bench_read",
    "bench_tables",
    "bench_network",
    "bench_robustness",
    "bench_dashboard",
    "bench_map",
    "bench_survey",
    "bench_sqlite_load",
    "bench_reports",
    "access_matrix",
    "bad_input_corpus",
    "bench_regions",
)


def main() -> int:
    for name in BENCHMARKS:
        module = importlib.import_module(name)
        print(f"== {name}")
        start = time.perf_counter()
        module.main([])
        print(f"   ({time.perf_counter() - start:.0f} s in all)\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Benchmark: read and validate a 100 000-row ties.csv, against a bare ``csv`` module parse.

Goal (issue 3): at most 3x the time of parsing the same file with the standard ``csv`` module,
which does no validation at all. Peak memory is measured in fresh processes.

Run: ``.venv/bin/python benchmarks/bench_read.py [--rows N]``
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import best_of, peak_rss_mib
from netwerkkaart.core import vocab
from netwerkkaart.core.dataformat import read_dataset
from netwerkkaart.core.dataformat.spec import TIES


def make_ties_csv(path: Path, rows: int, seed: int = 7) -> None:
    """A realistic ties file: labels mixed with codes, drop-out, levels and factors."""
    rng = random.Random(seed)
    respondents = max(rows // 13, 1)
    stim = [f"{c}:{i}" for c, items in vocab.STIMULATING_ITEMS.items() for i in items.codes]
    inhib = [f"{c}:{i}" for c, items in vocab.INHIBITING_ITEMS.items() for i in items.codes]
    locations = ["Gemeentegem", "Stederen", "Beernem"]
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(TIES.column_names)
        for n in range(rows):
            r = n // 13
            respondent_type = vocab.RESPONDENT_TYPE.codes[r % 6]
            dropped = rng.random() < 0.15
            writer.writerow(
                [
                    f"R{r:06d}",
                    respondent_type,
                    locations[r % 3],
                    f"Actor {n % 13 + 13 * (r % 50)} van {r}",
                    rng.choice(vocab.SECTOR.codes),
                    rng.choice(vocab.FINALITY.terms).nl,  # labels, as a survey tool exports them
                    "" if dropped else rng.choice(vocab.FREQUENCY.codes),
                    "" if dropped else rng.choice(vocab.EVALUATION.codes),
                    "" if dropped else rng.choice(vocab.EVOLUTION.codes),
                    ";".join(rng.sample(vocab.LEVEL.codes, rng.randint(0, 2))),
                    rng.choice(("", *vocab.SCALE.codes)),
                    ";".join(rng.sample(stim, rng.randint(0, 2))),
                    ";".join(rng.sample(inhib, rng.randint(0, 2))),
                    "2025" if r < respondents else "2026",
                ]
            )


def bare_csv_parse(path: Path) -> int:
    with path.open(encoding="utf-8", newline="") as handle:
        return sum(1 for _ in csv.reader(handle))


def main(argv: Sequence[str] | None = None) -> dict[str, float]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "ties.csv"
        make_ties_csv(path, args.rows)
        size = path.stat().st_size / 2**20
        dataset = read_dataset(path.parent)
        assert dataset.ties.height == args.rows, "every row must be read"
        bare = best_of(lambda: bare_csv_parse(path))
        ours = best_of(lambda: read_dataset(path.parent))
        setup = "from netwerkkaart.core.dataformat import read_dataset\nimport csv"
        memory_ours = peak_rss_mib(f"{setup}\nread_dataset({str(path.parent)!r})")
        memory_bare = peak_rss_mib(f"{setup}\nlist(csv.reader(open({str(path)!r})))")
    ratio = ours / bare
    print(f"read + validate ties.csv: {args.rows:,} rows, {size:.1f} MiB")
    print(f"  bare csv module parse : {bare:7.3f} s   (peak +{memory_bare['delta']:.0f} MiB)")
    print(f"  read_dataset          : {ours:7.3f} s   (peak +{memory_ours['delta']:.0f} MiB)")
    print(f"  ratio                 : {ratio:7.2f} x   (goal <= 3x)")
    return {"bare_s": bare, "ours_s": ours, "ratio": ratio, "peak_mib": memory_ours["delta"]}


if __name__ == "__main__":
    main()

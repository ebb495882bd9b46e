"""Benchmark: ``compute_tables`` on 1 000 000 ties against a straightforward pandas version.

Goal: at most 2 s, and at least 3x faster than pandas computing the same tables the way a
researcher would (groupby / value_counts / crosstab / explode, canonical zero rows, half-up
rounding), in the same process on the same data. Both results are checked to be equal figure
for figure. The data is synthetic, vectorised and seeded: ~3 locations, drop-out nulls, factor
lists, ~10 % as many wishes as ties. Peak RSS is that of this whole process.

Run: ``.venv/bin/python benchmarks/bench_tables.py [--ties N]``
"""

from __future__ import annotations

import argparse
import resource
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pandas as pd
import polars as pl

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import best_of
from netwerkkaart.core import vocab
from netwerkkaart.core.dataset import TIES_SCHEMA, WISHES_SCHEMA, Dataset
from netwerkkaart.core.scales import SCALE_COLUMNS
from netwerkkaart.core.tables import TableSet, compute_tables

LOCATIONS = ["Beernem", "Geraardsbergen en Ninove", "Tongeren"]
WISHED = ["Huisartsen", "OCMW/Sociaal Huis", "CAW", "Huis van het Kind", "Opbouwwerk", "Scholen",
          "Sociale huisvesting", "Thuisverpleegkundigen", "Vluchtelingenwerk", "Buurtwerk"]  # fmt: skip


def _tokens(kind: str) -> list[str]:
    items = vocab.FACTOR_ITEMS[kind]
    return [*items, *(f"{c}:{i}" for c, v in items.items() for i in v.codes)]


def _pick(values: Sequence[str], index: np.ndarray) -> pl.Series:
    """``values[index]`` as a String series, without a Python loop."""
    return pl.Series(list(values), dtype=pl.String).gather(pl.Series(index, dtype=pl.UInt32))


def _answers(rng: np.random.Generator, codes: Sequence[str], n: int, missing: float) -> pl.Series:
    picked = _pick(codes, rng.integers(0, len(codes), n))
    return picked.scatter(np.flatnonzero(rng.random(n) < missing), None)


def _factor_lists(rng: np.random.Generator, kind: str, n: int) -> pl.Series:
    tokens = _tokens(kind)
    grid = _pick(tokens, rng.integers(0, len(tokens), n * 3)).reshape((n, 3))
    frame = pl.DataFrame({"grid": grid.arr.to_list(), "length": rng.choice([0, 0, 1, 1, 2, 3], n)})
    return frame.select(pl.col("grid").list.head(pl.col("length"))).to_series().alias(kind)


def make_dataset(ties: int, seed: int = 11) -> Dataset:
    """A synthetic dataset of ``ties`` ties and about ``ties // 10`` wishes."""
    rng = np.random.default_rng(seed)
    respondents = max(ties // 12, 1)
    who = rng.integers(0, respondents, ties)
    names = [f"R{k:07d}" for k in range(respondents)]  # one per respondent, not per tie
    frame = pl.DataFrame({
        "round": pl.Series([None] * ties, dtype=pl.String),
        "respondent": _pick(names, who),
        "respondent_type": _pick(vocab.RESPONDENT_TYPE.codes, who % len(vocab.RESPONDENT_TYPE)),
        "location": _pick(LOCATIONS, who % len(LOCATIONS)),
        "partner": _pick([f"P{k:04d}" for k in range(5000)], rng.integers(0, 5000, ties)),
        "partner_group": _answers(rng, vocab.SECTOR.codes, ties, 0.0),
        "finality": _answers(rng, vocab.FINALITY.codes, ties, 0.02),
        "frequency": _answers(rng, vocab.FREQUENCY.codes, ties, 0.15),
        "evaluation": _answers(rng, vocab.EVALUATION.codes, ties, 0.18),
        "evolution": _answers(rng, vocab.EVOLUTION.codes, ties, 0.12),
        "level": pl.Series([[]] * ties, dtype=pl.List(pl.String)),
        "scale": pl.Series([None] * ties, dtype=pl.String),
        "stimulating": _factor_lists(rng, "stimulating", ties),
        "inhibiting": _factor_lists(rng, "inhibiting", ties),
        **{column: [None] * ties for column in SCALE_COLUMNS},
    }).cast(TIES_SCHEMA)  # fmt: skip
    n_wishes = max(ties // 10, 1)
    wisher = rng.integers(0, respondents, n_wishes)
    weights = np.linspace(2.0, 1.0, len(WISHED))
    wishes = pl.DataFrame({
        "round": pl.Series([None] * n_wishes, dtype=pl.String),
        "respondent": _pick(names, wisher),
        "location": _pick(LOCATIONS, wisher % len(LOCATIONS)),
        "partner": _pick(WISHED, rng.choice(len(WISHED), n_wishes, p=weights / weights.sum())),
        "wish": _answers(rng, vocab.WISH.codes, n_wishes, 0.0),
    }).cast(WISHES_SCHEMA)  # fmt: skip
    return Dataset(ties=frame, wishes=wishes)


# -- the pandas version, as a researcher would write it -----------------------------------------


def to_pandas(frame: pl.DataFrame) -> pd.DataFrame:
    """Enums as pandas categoricals, text as strings, lists as Python lists (no pyarrow needed)."""
    columns = {}
    for name, dtype in frame.schema.items():
        series = frame.get_column(name)
        if isinstance(dtype, pl.Enum):
            codes = series.to_physical().fill_null(-1).cast(pl.Int32).to_numpy()
            columns[name] = pd.Categorical.from_codes(codes, categories=list(dtype.categories))
        else:
            columns[name] = series.to_list()
    return pd.DataFrame(columns)


def _pct(count: pd.Series, total: pd.Series) -> pd.Series:
    total = total.astype("int64")
    return ((200 * count + total) // (2 * total)).where(total > 0).astype("Int64")


def pandas_tables(
    ties: pd.DataFrame, wishes: pd.DataFrame, top: int = 3
) -> dict[str, pd.DataFrame]:
    """The same tables with pandas (no suppression needed: every benchmark group is large)."""
    out: dict[str, pd.DataFrame] = {}
    # Tabel 1
    mix = pd.crosstab(ties["respondent_type"], ties["partner_group"], dropna=False).stack()
    mix = mix.rename("count").reset_index()
    mix["percent"] = _pct(mix["count"], mix.groupby("respondent_type", observed=False)["count"]
                          .transform("sum"))  # fmt: skip
    out["partner_mix"] = mix
    # Tabel 2
    parts = []
    for question in vocab.PROFILE_QUESTIONS:
        counts = (
            ties.groupby(["location", question.name], observed=False).size().unstack(fill_value=0)
        )
        counts.loc["*"] = counts.sum()
        long = (
            counts.stack().rename("count").reset_index().rename(columns={question.name: "answer"})
        )
        long.insert(1, "question", question.name)
        long["percent"] = _pct(long["count"], long.groupby("location")["count"].transform("sum"))
        parts.append(long)
    profile = pd.concat(parts)
    profile["answer"] = profile["answer"].astype(str)
    order = {loc: k for k, loc in enumerate([*sorted(LOCATIONS), "*"])}
    out["profile"] = profile.sort_values("location", key=lambda s: s.map(order), kind="stable")
    # Tabel 3
    cube = ties.groupby(["respondent_type", "partner_group", "finality"], observed=False).size()
    cube = cube.rename("count").reset_index()
    cube["percent"] = _pct(
        cube["count"],
        cube.groupby(["respondent_type", "partner_group"], observed=False)["count"].transform(
            "sum"
        ),
    )
    out["finality_by_group"] = cube
    # Tabel 4
    per_location = wishes.groupby(["location", "partner"]).size().rename("count").reset_index()
    overall = wishes["partner"].value_counts().rename("count").reset_index().assign(location="*")
    wished = pd.concat([per_location, overall])
    wished["rank"] = wished.groupby("location")["count"].rank(method="dense", ascending=False)
    wished = wished[wished["rank"] <= top].astype({"rank": "int64"})
    wished["order"] = wished["location"].map(order)
    out["wished_partners"] = wished.sort_values(["order", "rank", "partner"])
    # Tabel 5/6
    factor_parts = []
    for kind in vocab.FACTOR_KINDS:
        tokens = ties[kind].explode().dropna().reset_index().drop_duplicates()
        named = tokens["index"].nunique()
        split = tokens[kind].str.split(":", n=1, expand=True).reindex(columns=[0, 1])
        tokens["category"], tokens["item"] = split[0], split[1]
        items = tokens.dropna(subset=["item"]).value_counts(["category", "item"])
        cats = tokens[["index", "category"]].drop_duplicates()["category"].value_counts()
        rows = []
        for category, vocabulary in vocab.FACTOR_ITEMS[kind].items():
            rows.append((kind, category, "*", int(cats.get(category, 0))))
            rows += [
                (kind, category, i, int(items.get((category, i), 0))) for i in vocabulary.codes
            ]
        table = pd.DataFrame(rows, columns=["kind", "category", "item", "count"])
        table["percent"] = _pct(table["count"], pd.Series(named, index=table.index))
        factor_parts.append(table)
    out["factors"] = pd.concat(factor_parts)
    return out


def _text(value: object) -> str:
    return "" if value is None or value is pd.NA else str(value)


def same_numbers(polars_tables: TableSet, pandas_result: dict[str, pd.DataFrame]) -> bool:
    """Whether every table has the same rows, in the same order, in both versions."""
    for name, frame in pandas_result.items():
        expected = getattr(polars_tables, name)
        got = [tuple(map(_text, row)) for row in frame[expected.columns].itertuples(index=False)]
        if [tuple(map(_text, row)) for row in expected.iter_rows()] != got:
            print(f"  mismatch in {name}")
            return False
    return True


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ties", type=int, default=1_000_000)
    args = parser.parse_args(argv)

    dataset = make_dataset(args.ties)
    ties_pd, wishes_pd = to_pandas(dataset.ties), to_pandas(dataset.wishes)
    print(f"{dataset.ties.height:,} ties, {dataset.wishes.height:,} wishes, "
          f"{dataset.ties['respondent'].n_unique():,} respondents")  # fmt: skip

    polars_time = best_of(lambda: compute_tables(dataset))
    pandas_time = best_of(lambda: pandas_tables(ties_pd, wishes_pd), repeat=3)
    equal = same_numbers(compute_tables(dataset), pandas_tables(ties_pd, wishes_pd))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    print(f"compute_tables (polars): {polars_time:8.3f} s   (goal <= 2 s)")
    print(f"pandas version:          {pandas_time:8.3f} s")
    print(f"ratio pandas / polars:   {pandas_time / polars_time:8.1f} x  (goal >= 3 x)")
    print(f"same numbers:            {'yes' if equal else 'NO'}")
    print(f"peak RSS of the process: {peak:8.0f} MiB")
    return 0 if equal else 1


if __name__ == "__main__":
    raise SystemExit(main())

"""Region design: the CP-SAT max-p partition against spopt's max-p heuristic, same instances.

Two seeded instances of :mod:`netwerkkaart.core.regions.generate`: the demo's 30 municipalities
around Gemeentegem and Stederen (6 zones) and an invented map of 300 municipalities in 60 zones
(the size of Flanders). Every region must hold all products of the four demand types. Printed per
instance:

* **CP-SAT** (``core.regions.partition``): regions, the proven bound, the gap, the status and the
  seconds, with a time limit of 60 s at 30 and 120 s at 300 municipalities;
* **spopt** ``MaxPHeuristic`` (Duque, Anselin & Rey 2012, as in PySAL), with the rarest product
  as its threshold attribute (at least one per region: its only way to express "complete"), then
  its regions that miss another product merged into a neighbour until all are complete: both
  counts are printed;
* the greedy baseline of ``core.regions.baseline`` (the solver's first solution);
* the time of all best regions (every municipality × demand type).

The goal: CP-SAT at least as many regions as spopt on every instance, the optimum proven at 30
municipalities within 60 s, a stated gap at 300 within 120 s. Exit status 1 when it is missed.

Run: ``.venv/bin/python benchmarks/bench_regions.py [--sizes 30 300] [--limits 60 120]``.
"""

from __future__ import annotations

import argparse
import sys
import time
import warnings

from netwerkkaart.core.regions import generate
from netwerkkaart.core.regions.analysis import verify_best_regions, verify_partition
from netwerkkaart.core.regions.baseline import greedy_partition
from netwerkkaart.core.regions.best import best_regions
from netwerkkaart.core.regions.graph import is_contiguous, missing_products
from netwerkkaart.core.regions.model import RegionData, required_products
from netwerkkaart.core.regions.partition import partition


def instance(size: int) -> RegionData:
    return generate.demo() if size == 30 else generate.generate(size, size // 5, seed=1)


def spopt_regions(data: RegionData, products: list[str]) -> tuple[int, int, float] | None:
    """(regions found, complete regions after merging, seconds); None without spopt."""
    try:
        import geopandas as gpd
        from libpysal.weights import W
        from shapely.geometry import MultiPolygon, Polygon
        from spopt.region import MaxPHeuristic
    except ImportError:
        return None
    rarest = min(products, key=lambda p: len(data.offerers(p)))
    codes = data.codes
    frame = gpd.GeoDataFrame(
        {
            "code": codes,
            "rarest": [1.0 if rarest in data.products_of(c) else 0.0 for c in codes],
            "population": [float(data.municipality(c).population or 0) for c in codes],
        },
        geometry=[MultiPolygon([Polygon(r[0], r[1:]) for r in data.shapes[c]]) for c in codes],
    )
    weights = W({i: [codes.index(n) for n in data.neighbours[c]] for i, c in enumerate(codes)},
                silence_warnings=True)  # fmt: skip
    started = time.perf_counter()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        model = MaxPHeuristic(frame, weights, ["population"], "rarest", 1, top_n=2)
        model.solve()
    seconds = time.perf_counter() - started
    groups: dict[int, list[str]] = {}
    for code, label in zip(codes, model.labels_, strict=True):
        groups.setdefault(int(label), []).append(code)
    found = len(groups)
    return found, len(_merge_incomplete(data, list(groups.values()), products)), seconds


def _merge_incomplete(data, regions, products) -> list[list[str]]:
    """Merge each region missing a product into the neighbouring region that fills most gaps."""
    regions = [list(r) for r in regions]
    while True:
        bad = [r for r in regions if missing_products(data, r, products)]
        if not bad or len(regions) == 1:
            return regions
        region = min(bad, key=len)
        members = set(region)
        touching = [r for r in regions if r is not region
                    and any(n in members for c in r for n in data.neighbours[c])]  # fmt: skip
        if not touching:
            return [r for r in regions if r is not region]
        gaps = set(missing_products(data, region, products))
        target = max(touching, key=lambda r: len(gaps - set(missing_products(data, r, gaps))))
        target.extend(region)
        regions.remove(region)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[30, 300])
    parser.add_argument("--limits", type=float, nargs="+", default=[60.0, 120.0])
    args = parser.parse_args(argv)
    ok = True
    for size, limit in zip(args.sizes, args.limits, strict=True):
        data = instance(size)
        products = required_products(data)
        print(f"\n{size} municipalities, {len(data.zones())} zones, {len(products)} products; "
              f"rarest offered in {min(len(data.offerers(p)) for p in products)}")  # fmt: skip
        started = time.perf_counter()
        greedy = greedy_partition(data, products)
        print(
            f"  greedy baseline : {len(greedy):3d} regions  {time.perf_counter() - started:6.2f} s"
        )
        assert all(is_contiguous(data.neighbours, r) for r in greedy)
        result = partition(data, time_limit=limit)
        verify_partition(data, result)
        print(f"  CP-SAT          : {result.count:3d} regions  {result.seconds:6.2f} s  bound "
              f"{result.bound}, gap {result.gap:.1%}, {result.status}; compactness "
              f"{result.compact_status}")  # fmt: skip
        baseline = spopt_regions(data, products)
        if baseline is None:
            print("  spopt           : not installed (pip install -e '.[dev]')")
        else:
            found, complete, seconds = baseline
            print(f"  spopt max-p     : {found:3d} regions  {seconds:6.2f} s  "
                  f"({complete} complete after merging the incomplete ones)")  # fmt: skip
            ok &= result.count >= complete
        started = time.perf_counter()
        best = best_regions(data, time_limit=10)
        seconds = time.perf_counter() - started
        verify_best_regions(data, best)
        statuses = {
            s: sum(r.status == s for r in best) for s in ("optimal", "feasible", "infeasible")
        }
        print(f"  best regions    : {len(best)} in {seconds:.2f} s "
              f"({seconds / len(best) * 1000:.1f} ms each); {statuses}")  # fmt: skip
        if size <= 30:
            ok &= result.status == "optimal" and result.seconds <= 60
        else:
            ok &= result.seconds <= limit + 5
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

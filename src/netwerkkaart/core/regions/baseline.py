"""A greedy max-p partition: the benchmark's baseline and the solver's first solution.

Construction as in the max-p heuristic of Duque, Anselin & Rey (2012), with completeness in place
of a threshold: from each unassigned municipality offering the rarest product, grow a region by
shortest paths to the nearest municipality offering a product still missing, over unassigned
municipalities only; a region that cannot be completed is given up. Municipalities left over are
then attached to the neighbouring region whose anchor is nearest, which keeps every region
contiguous and complete. Several seeded orders are tried and the one with the most regions (then
the most compact) is kept.

References
----------
Duque, J. C., Anselin, L., & Rey, S. J. (2012). The max-p-regions problem. *Journal of Regional
Science* 52(3), 397-419. https://doi.org/10.1111/j.1467-9787.2011.00743.x
"""

from __future__ import annotations

import math
import random

from netwerkkaart.core.regions.best import greedy_region
from netwerkkaart.core.regions.model import RegionData


def greedy_partition(
    data: RegionData,
    products: list[str],
    *,
    eligible: list[str] | None = None,
    tries: int = 200,
    seed: int = 0,
    points: dict[str, tuple[float, float]] | None = None,
) -> list[list[str]]:
    """Regions (lists of codes, the anchor first) covering ``eligible`` (default: all).

    Every region is contiguous and offers every product; an empty list when not even one region
    can be made. The caller makes sure every connected part of ``eligible`` can hold one.
    """
    from netwerkkaart.core.regions.graph import positions

    codes = list(eligible) if eligible is not None else data.codes
    points = points or positions(data)
    rarest = min(products, key=lambda p: len(data.offerers(p))) if products else None
    seeds = [c for c in codes if rarest is None or rarest in data.products_of(c)]
    generator = random.Random(seed)
    best: list[list[str]] | None = None
    best_key: tuple[int, float] | None = None
    for attempt in range(tries):
        order = list(seeds)
        if attempt:
            generator.shuffle(order)
        regions = _construct(data, products, codes, order)
        if not regions:
            continue
        _attach_leftovers(data, regions, codes, points)
        key = (len(regions), -compactness(regions, points))
        if best_key is None or key > best_key:
            best, best_key = regions, key
    return best or []


def _construct(data, products, codes, order) -> list[list[str]]:
    free = set(codes)
    regions: list[list[str]] = []
    for anchor in order:
        if anchor not in free:
            continue
        region = greedy_region(data, anchor, products, allowed=free)
        if region is None:
            continue
        regions.append(region)
        free -= set(region)
    return regions


def _attach_leftovers(data, regions, codes, points) -> None:
    """Join every municipality outside a region to the neighbouring region with the nearest anchor."""
    owner = {c: i for i, region in enumerate(regions) for c in region}
    left = [c for c in codes if c not in owner]
    while left:
        progress = False
        for code in list(left):
            options = [owner[n] for n in data.neighbours[code] if n in owner]
            if not options:
                continue
            target = min(options, key=lambda i: math.dist(points[regions[i][0]], points[code]))
            regions[target].append(code)
            owner[code] = target
            left.remove(code)
            progress = True
        if not progress:
            break  # only a part with no region at all is left: the caller excluded it


def compactness(regions: list[list[str]], points: dict[str, tuple[float, float]]) -> float:
    """Sum over regions of the distances from each member to the region's anchor (first member)."""
    return sum(math.dist(points[c], points[r[0]]) for r in regions for c in r)

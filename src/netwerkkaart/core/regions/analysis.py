"""The whole region analysis in one call: quadrants, best regions, the partition, the zones.

Every region the solver returns is checked here again, independently of the solver (contiguous,
complete): a wrong answer is an error, never a map.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from netwerkkaart.core.regions.best import INFEASIBLE, BestRegion, best_regions
from netwerkkaart.core.regions.graph import is_contiguous, missing_products
from netwerkkaart.core.regions.model import RegionData
from netwerkkaart.core.regions.partition import Partition, partition
from netwerkkaart.core.regions.quadrants import QuadrantRow, quadrants
from netwerkkaart.core.regions.zones import ZoneCheck, check_zones

# Progress is reported as (step, done, total); the steps in order.
STEPS = ("quadrants", "best_regions", "partition", "zones")


@dataclass(slots=True)
class RegionAnalysis:
    demand_types: list[str]
    quadrants: list[QuadrantRow]
    best_regions: list[BestRegion]
    partition: Partition
    zones: list[ZoneCheck]
    seconds_best: float


class InvalidRegion(AssertionError):
    """A region from the solver is not contiguous or not complete (a bug, never bad input)."""


def analyse(
    data: RegionData,
    demand_types: list[str] | None = None,
    *,
    time_limit: float = 60.0,
    best_time_limit: float = 10.0,
    progress: Callable[[str, int, int], None] | None = None,
) -> RegionAnalysis:
    """Run every part of the analysis for ``demand_types`` (all when ``None``).

    ``time_limit`` is the partition's; ``best_time_limit`` applies to each best region.
    """
    chosen = [d.code for d in data.demand_types if demand_types is None or d.code in demand_types]

    def report(step: str, done: int, total: int) -> None:
        if progress is not None:
            progress(step, done, total)

    report("quadrants", 0, 1)
    rows = quadrants(data, chosen)
    started = time.perf_counter()
    best = best_regions(
        data,
        chosen,
        time_limit=best_time_limit,
        progress=lambda done, total: report("best_regions", done, total),
    )
    seconds_best = time.perf_counter() - started
    report("partition", 0, 1)
    parts = partition(data, chosen, time_limit=time_limit)
    verify_best_regions(data, best)
    verify_partition(data, parts)
    report("zones", 0, 1)
    zones = check_zones(data, chosen)
    report("zones", 1, 1)
    return RegionAnalysis(chosen, rows, best, parts, zones, seconds_best)


def verify_best_regions(data: RegionData, regions: list[BestRegion]) -> None:
    """Raise :class:`InvalidRegion` unless every feasible best region is contiguous and complete."""
    for region in regions:
        if region.status == INFEASIBLE:
            continue
        products = data.demand_type(region.demand_type).products
        if region.members[:1] != (region.municipality,):
            raise InvalidRegion(f"{region}: does not start with its municipality")
        if not is_contiguous(data.neighbours, region.members):
            raise InvalidRegion(f"{region}: not contiguous")
        if missing_products(data, region.members, products):
            raise InvalidRegion(f"{region}: not complete")


def verify_partition(data: RegionData, result: Partition) -> None:
    """Raise :class:`InvalidRegion` unless the regions cover every coverable municipality once,
    each contiguous and complete."""
    products = list(result.products)
    seen: set[str] = set()
    for region in result.regions:
        if seen & set(region):
            raise InvalidRegion(f"{region}: overlaps another region")
        seen |= set(region)
        if not is_contiguous(data.neighbours, region):
            raise InvalidRegion(f"{region}: not contiguous")
        if missing_products(data, region, products):
            raise InvalidRegion(f"{region}: not complete")
    left = {c for members, _ in result.excluded for c in members}
    if result.regions and seen | left != set(data.codes):
        raise InvalidRegion("the partition does not cover every municipality")

"""Existing regions (such as the eerstelijnszones) checked: contiguous, complete, what is missing.

A zone is *contiguous* when its municipalities form one connected set over shared borders, and
*complete* for a demand type when it offers every product that demand type needs (the
"volledigheid" of Kenis' coordination matrix: are all necessary products present?).
"""

from __future__ import annotations

from dataclasses import dataclass

from netwerkkaart.core.regions.graph import components, missing_products
from netwerkkaart.core.regions.model import RegionData


@dataclass(frozen=True, slots=True)
class ZoneCheck:
    """One zone and demand type: contiguous or not (its parts), complete or not, what is missing."""

    zone: str
    demand_type: str
    members: tuple[str, ...]
    parts: int
    missing_products: tuple[str, ...]

    @property
    def contiguous(self) -> bool:
        return self.parts == 1

    @property
    def complete(self) -> bool:
        return not self.missing_products


def check_zones(data: RegionData, demand_types: list[str] | None = None) -> list[ZoneCheck]:
    """Every zone × demand type, zones in order of first appearance."""
    rows: list[ZoneCheck] = []
    for zone, members in data.zones().items():
        parts = len(components(data.neighbours, members))
        for demand_type in data.demand_types:
            if demand_types is not None and demand_type.code not in demand_types:
                continue
            missing = missing_products(data, members, demand_type.products)
            rows.append(ZoneCheck(zone, demand_type.code, tuple(members), parts, tuple(missing)))
    return rows

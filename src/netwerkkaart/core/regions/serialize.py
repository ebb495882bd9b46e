"""Region data and analyses as JSON-safe dicts, and back (for the site's job rows)."""

from __future__ import annotations

from netwerkkaart.core.regions.analysis import RegionAnalysis
from netwerkkaart.core.regions.best import BestRegion
from netwerkkaart.core.regions.model import DemandType, Municipality, RegionData
from netwerkkaart.core.regions.partition import Partition
from netwerkkaart.core.regions.quadrants import QuadrantRow
from netwerkkaart.core.regions.zones import ZoneCheck


def data_to_dict(data: RegionData) -> dict:
    return {
        "municipalities": [
            [m.code, m.name, m.population, m.zone, m.x, m.y] for m in data.municipalities
        ],
        "neighbours": {c: sorted(n) for c, n in data.neighbours.items()},
        "offer": {c: sorted(p) for c, p in data.offer.items() if p},
        "demand_types": [
            [d.code, d.complexity, list(d.products), d.name] for d in data.demand_types
        ],
        "demand": None if data.demand is None else {d: sorted(c) for d, c in data.demand.items()},
        "shapes": data.shapes,
    }


def data_from_dict(raw: dict) -> RegionData:
    shapes = raw.get("shapes")
    if shapes is not None:
        shapes = {c: [[[tuple(p) for p in ring] for ring in poly] for poly in polys]
                  for c, polys in shapes.items()}  # fmt: skip
    demand = raw.get("demand")
    return RegionData(
        tuple(Municipality(*row) for row in raw["municipalities"]),
        {c: frozenset(n) for c, n in raw["neighbours"].items()},
        {c: frozenset(p) for c, p in raw["offer"].items()},
        # (A name is the fourth element; results stored before names existed have three.)
        tuple(DemandType(c, x, tuple(p), *rest) for c, x, p, *rest in raw["demand_types"]),
        None if demand is None else {d: frozenset(c) for d, c in demand.items()},
        shapes,
    )


def analysis_to_dict(analysis: RegionAnalysis) -> dict:
    part = analysis.partition
    return {
        "demand_types": analysis.demand_types,
        "quadrants": [
            [
                q.municipality,
                q.demand_type,
                q.complexity,
                q.offer_present,
                q.quadrant,
                list(q.missing_products),
            ]
            for q in analysis.quadrants
        ],
        "best_regions": [
            [b.municipality, b.demand_type, list(b.members), b.status, list(b.unreachable)]
            for b in analysis.best_regions
        ],
        "partition": {
            "regions": [list(r) for r in part.regions],
            "status": part.status,
            "bound": part.bound,
            "seconds": part.seconds,
            "products": list(part.products),
            "excluded": [[list(m), list(p)] for m, p in part.excluded],
            "compact_status": part.compact_status,
            "baseline_regions": part.baseline_regions,
        },
        "zones": [
            [z.zone, z.demand_type, list(z.members), z.parts, list(z.missing_products)]
            for z in analysis.zones
        ],
        "seconds_best": analysis.seconds_best,
    }


def analysis_from_dict(raw: dict) -> RegionAnalysis:
    p = raw["partition"]
    partition = Partition(
        [tuple(r) for r in p["regions"]], p["status"], p["bound"], p["seconds"],
        tuple(p["products"]), [(tuple(m), tuple(x)) for m, x in p["excluded"]],
        p["compact_status"], p["baseline_regions"],
    )  # fmt: skip
    return RegionAnalysis(
        raw["demand_types"],
        [QuadrantRow(m, d, c, o, q, tuple(x)) for m, d, c, o, q, x in raw["quadrants"]],
        [BestRegion(m, d, tuple(x), s, tuple(u)) for m, d, x, s, u in raw["best_regions"]],
        partition,
        [ZoneCheck(z, d, tuple(m), n, tuple(x)) for z, d, m, n, x in raw["zones"]],
        raw["seconds_best"],
    )

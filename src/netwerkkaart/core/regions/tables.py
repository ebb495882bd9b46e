"""The analysis as tables: the CLI's CSV files and the workbook's sheets.

Column names are the files' (``quadrants.csv``, ``best_regions.csv``, ``partition.csv``,
``partition_summary.csv``, ``zones.csv``); lists of codes or products are ``;``-separated.
"""

from __future__ import annotations

from pathlib import Path

import polars as pl

from netwerkkaart.core.regions.analysis import RegionAnalysis
from netwerkkaart.core.tabular import write_csv

SEP = ";"


def result_frames(analysis: RegionAnalysis) -> dict[str, pl.DataFrame]:
    """One frame per output file, keyed by the file's name without ``.csv``."""
    quadrants = pl.DataFrame(
        [
            {
                "municipality": r.municipality,
                "demand_type": r.demand_type,
                "complexity": r.complexity,
                "offer_present": r.offer_present,
                "quadrant": r.quadrant,
                "missing_products": SEP.join(r.missing_products),
            }
            for r in analysis.quadrants
        ],
        schema={"municipality": pl.String, "demand_type": pl.String, "complexity": pl.String,
                "offer_present": pl.Boolean, "quadrant": pl.String,
                "missing_products": pl.String},
    )  # fmt: skip
    best = pl.DataFrame(
        [
            {
                "municipality": r.municipality,
                "demand_type": r.demand_type,
                "members": SEP.join(r.members),
                "size": r.size,
                "status": r.status,
            }
            for r in analysis.best_regions
        ],
        schema={"municipality": pl.String, "demand_type": pl.String, "members": pl.String,
                "size": pl.Int64, "status": pl.String},
    )  # fmt: skip
    part = analysis.partition
    region_of = part.region_of()
    excluded = {c for members, _ in part.excluded for c in members}
    codes = [c for region in part.regions for c in region] + sorted(excluded)
    partition = pl.DataFrame(
        {"municipality": codes, "region": [region_of.get(c) for c in codes]},
        schema={"municipality": pl.String, "region": pl.Int64},
    )
    summary = pl.DataFrame(
        {
            "regions": [part.count],
            "bound": [part.bound],
            "status": [part.status],
            "seconds": [round(part.seconds, 2)],
        }
    )
    zones = pl.DataFrame(
        [
            {
                "zone": z.zone,
                "demand_type": z.demand_type,
                "contiguous": z.contiguous,
                "complete": z.complete,
                "missing_products": SEP.join(z.missing_products),
            }
            for z in analysis.zones
        ],
        schema={"zone": pl.String, "demand_type": pl.String, "contiguous": pl.Boolean,
                "complete": pl.Boolean, "missing_products": pl.String},
    )  # fmt: skip
    return {
        "quadrants": quadrants,
        "best_regions": best,
        "partition": partition,
        "partition_summary": summary,
        "zones": zones,
    }


def write_results(analysis: RegionAnalysis, out: Path) -> list[Path]:
    """Write the five CSV files into the folder ``out``; returns their paths."""
    paths = []
    for name, frame in result_frames(analysis).items():
        path = out / f"{name}.csv"
        write_csv(frame, path)
        paths.append(path)
    return paths

"""Writing region data as the region files (for the demo, the benchmark and round trips)."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl

from netwerkkaart.core.regions.geometry import to_geojson
from netwerkkaart.core.regions.model import RegionData
from netwerkkaart.core.tabular import write_csv


def write_region_data(data: RegionData, out: Path, *, geometry: bool = True) -> list[Path]:
    """Write ``data`` into the folder ``out``: the map as GeoJSON when it has shapes (and
    ``geometry``), else ``municipalities.csv`` with ``neighbours.csv``; then the offer, the
    demand types and, when the demand is local, ``demand.csv``."""
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    if geometry and data.shapes:
        features = [
            {
                "type": "Feature",
                "properties": {"code": m.code, "name": m.name, "population": m.population,
                               "zone": m.zone},
                "geometry": to_geojson(data.shapes[m.code]),
            }
            for m in data.municipalities
        ]  # fmt: skip
        path = out / "municipalities.geojson"
        path.write_text(json.dumps({"type": "FeatureCollection", "features": features}))
        written.append(path)
    else:
        rows = [
            {"code": m.code, "name": m.name, "population": m.population, "zone": m.zone,
             "x": m.x, "y": m.y}
            for m in data.municipalities
        ]  # fmt: skip
        written.append(_write(pl.DataFrame(rows), out / "municipalities.csv"))
        pairs = sorted({tuple(sorted((a, b))) for a, ns in data.neighbours.items() for b in ns})
        frame = pl.DataFrame(pairs, schema={"a": pl.String, "b": pl.String}, orient="row")
        written.append(_write(frame, out / "neighbours.csv"))
    offer = [(c, p) for c in data.codes for p in sorted(data.offer.get(c, ()))]
    frame = pl.DataFrame(offer, schema={"municipality": pl.String, "product": pl.String},
                         orient="row")  # fmt: skip
    written.append(_write(frame, out / "offer.csv"))
    types = [(d.code, d.complexity, ";".join(d.products), d.name) for d in data.demand_types]
    schema = {"demand_type": pl.String, "complexity": pl.String, "products": pl.String,
              "name": pl.String}  # fmt: skip
    written.append(_write(pl.DataFrame(types, schema=schema, orient="row"),
                          out / "demand_types.csv"))  # fmt: skip
    if data.demand is not None:
        rows = [(c, d) for d, codes in data.demand.items() for c in sorted(codes)]
        schema = {"municipality": pl.String, "demand_type": pl.String}
        written.append(_write(pl.DataFrame(rows, schema=schema, orient="row"),
                              out / "demand.csv"))  # fmt: skip
    return written


def _write(frame: pl.DataFrame, path: Path) -> Path:
    write_csv(frame, path)
    return path

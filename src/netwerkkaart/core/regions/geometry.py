"""Geometry with shapely: neighbours from shared borders, points inside shapes, plain coordinates.

Two municipalities are neighbours when their borders share a line (rook contiguity): touching in
a single point, as at a four-country corner, does not count, since no road needs to cross there.
"""

from __future__ import annotations

from collections.abc import Mapping

import shapely
from shapely.geometry import MultiPolygon, Polygon, mapping, shape
from shapely.strtree import STRtree

from netwerkkaart.core.regions.model import Polygon as Rings

# A shared border shorter than this share of the smaller perimeter is taken as a corner.
MIN_SHARED_BORDER = 1e-6


def to_geometry(polygons: list[Rings]) -> MultiPolygon:
    return MultiPolygon([Polygon(rings[0], rings[1:]) for rings in polygons])


def from_geometry(geometry) -> list[Rings]:
    """Plain rings from a shapely (multi)polygon, rounded to 6 decimals."""
    parts = geometry.geoms if isinstance(geometry, MultiPolygon) else [geometry]
    result: list[Rings] = []
    for part in parts:
        rings = [part.exterior, *part.interiors]
        result.append([[(round(x, 6), round(y, 6)) for x, y in ring.coords] for ring in rings])
    return result


def from_geojson(geometry: Mapping) -> list[Rings]:
    """Plain rings from a GeoJSON geometry (Polygon or MultiPolygon); ValueError otherwise."""
    geom = shape(geometry)
    if geom.geom_type not in ("Polygon", "MultiPolygon") or geom.is_empty:
        raise ValueError(geom.geom_type)
    if not geom.is_valid:
        geom = shapely.make_valid(geom)
        if geom.geom_type == "GeometryCollection":
            geom = MultiPolygon([g for g in geom.geoms if g.geom_type == "Polygon"])
    return from_geometry(geom)


def to_geojson(polygons: list[Rings]) -> dict:
    return mapping(to_geometry(polygons))


def centroid(polygons: list[Rings]) -> tuple[float, float]:
    """A point surely inside the shape (shapely's representative point)."""
    point = to_geometry(polygons).representative_point()
    return (point.x, point.y)


def shared_borders(shapes: Mapping[str, list[Rings]]) -> list[tuple[str, str]]:
    """Pairs of codes whose shapes share a border line, each pair once (sorted by first code)."""
    codes = list(shapes)
    geometries = [to_geometry(shapes[c]) for c in codes]
    tree = STRtree(geometries)
    pairs: list[tuple[str, str]] = []
    for i, geometry in enumerate(geometries):
        for j in tree.query(geometry, predicate="intersects"):
            if j <= i:
                continue
            other = geometries[j]
            border = geometry.boundary.intersection(other.boundary).length
            overlap = geometry.intersection(other).area
            scale = min(geometry.length, other.length)
            if border > MIN_SHARED_BORDER * scale or overlap > 0:
                pairs.append((codes[i], codes[int(j)]))
    return pairs

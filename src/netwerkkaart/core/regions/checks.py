"""The region files checked against each other, and assembled into :class:`RegionData`.

Called by :mod:`.reader` once every file is valid on its own.
"""

from __future__ import annotations

import re

import polars as pl

from netwerkkaart.core.dataformat.issues import Issue
from netwerkkaart.core.regions.geometry import centroid, from_geojson, shared_borders
from netwerkkaart.core.regions.issues import WARNING, RegionIssue
from netwerkkaart.core.regions.model import (
    COMPLEXITIES,
    DemandType,
    Municipality,
    RegionData,
    offer_from_pairs,
    symmetric,
)

_NUMBER = re.compile(r"^[+-]?\d+([.,]\d+)?([eE][+-]?\d+)?$")
GEOJSON = "municipalities.geojson"


def presence(names: set[str], tables: dict[str, pl.DataFrame], geojson) -> list[Issue]:
    """Which files must be there: one map, the neighbours without geometry, one kind of offer."""
    issues: list[Issue] = []
    has_csv, has_geo = "municipalities.csv" in names, GEOJSON in names
    if has_csv and has_geo:
        issues.append(RegionIssue("municipalities.csv", "region_two_maps"))
    if not has_csv and not has_geo:
        why = {"why": " (of municipalities.geojson)", "file": "municipalities.csv"}
        issues.append(RegionIssue("municipalities.csv", "region_missing_file", params=why))
    if has_csv and "neighbours.csv" not in names:
        why = {"why": " zonder municipalities.geojson", "file": "neighbours.csv"}
        issues.append(RegionIssue("neighbours.csv", "region_missing_file", params=why))
    has_offer = "offer.csv" in names or {"actors.csv", "products.csv"} <= names
    if not has_offer:
        issues.append(RegionIssue("offer.csv", "region_no_offer"))
    if "demand_types.csv" not in names:
        issues.append(Issue("demand_types.csv", "missing_file"))
    return issues


def assemble(tables: dict[str, pl.DataFrame], geojson) -> tuple[RegionData | None, list[Issue]]:
    """The data, or ``None`` with the errors; warnings are returned either way."""
    issues: list[Issue] = []
    if geojson is not None:
        municipalities, shapes = _from_features(geojson, issues)
        source = GEOJSON
    else:
        municipalities, shapes = _from_csv(tables["municipalities"], issues), None
        source = "municipalities.csv"
    codes = [m.code for m in municipalities]
    known = set(codes)
    pairs = _neighbour_pairs(tables.get("neighbours"), known, source, issues)
    if shapes:
        pairs += shared_borders(shapes)
    neighbours = symmetric(pairs, codes)
    for m in municipalities:
        if not neighbours[m.code] and len(codes) > 1:
            issues.append(RegionIssue(source, "island", value=m.code, params={"name": m.name},
                                      severity=WARNING))  # fmt: skip
    offer = _offer(tables, municipalities, source, issues)
    demand_types = _demand_types(tables["demand_types"], issues)
    offered = {p for products in offer.values() for p in products}
    offer_read = "offer" in tables or {"actors", "products"} <= tables.keys()
    for demand_type in demand_types if offer_read else ():
        for product in demand_type.products:
            if product not in offered:
                params = {"demand_type": demand_type.code}
                issues.append(RegionIssue("demand_types.csv", "product_nowhere", value=product,
                                          params=params, severity=WARNING))  # fmt: skip
    demand = _demand(tables.get("demand"), known, {d.code for d in demand_types}, source, issues)
    if any(i.severity != WARNING for i in issues):
        return None, issues
    data = RegionData(tuple(municipalities), neighbours, offer, tuple(demand_types), demand, shapes)
    return data, issues


def _number(value, file, row, column, issues) -> float | None:
    if value is None:
        return None
    if not _NUMBER.match(value):
        issues.append(RegionIssue(file, "not_a_number", row=row, column=column, value=value))
        return None
    return float(value.replace(",", "."))


def _from_csv(frame: pl.DataFrame, issues: list[Issue]) -> list[Municipality]:
    file = "municipalities.csv"
    result = []
    for r in frame.iter_rows(named=True):
        x = _number(r["x"], file, r["row"], "x", issues)
        y = _number(r["y"], file, r["row"], "y", issues)
        if (r["x"] is None) != (r["y"] is None):
            issues.append(RegionIssue(file, "half_point", row=r["row"], column="x"))
        population = None if r["population"] is None else int(r["population"])
        result.append(Municipality(r["code"], r["name"], population, r["zone"], x, y))
    return result


def _from_features(geojson: dict, issues: list[Issue]):
    municipalities: list[Municipality] = []
    shapes: dict[str, list] = {}
    seen: dict[str, int] = {}
    for number, feature in enumerate(geojson["features"], start=1):
        feature = feature if isinstance(feature, dict) else {}
        props = feature.get("properties") or {}
        code = str(props.get("code") or "").strip()
        name = str(props.get("name") or "").strip()
        for column, value in (("code", code), ("name", name)):
            if not value:
                issues.append(RegionIssue(GEOJSON, "required_value", row=number, column=column))
        if code in seen:
            params = {"first": seen[code], "key": "code"}
            issues.append(RegionIssue(GEOJSON, "duplicate_row", row=number, params=params))
        try:
            polygons = from_geojson(feature.get("geometry") or {})
        except Exception as error:  # shapely raises several kinds on a broken geometry
            detail = type(error).__name__ if not str(error) else str(error)[:120]
            issues.append(RegionIssue(GEOJSON, "bad_geometry", row=number,
                                      params={"detail": detail}))  # fmt: skip
            continue
        if not code or code in seen:
            continue
        seen[code] = number
        population = props.get("population")
        if population is not None and not (isinstance(population, int) and population >= 0):
            issues.append(RegionIssue(GEOJSON, "not_a_count", row=number, column="population",
                                      value=str(population)))  # fmt: skip
            population = None
        zone = props.get("zone")
        x, y = centroid(polygons)
        municipalities.append(
            Municipality(code, name, population, str(zone) if zone else None, x, y)
        )
        shapes[code] = polygons
    return municipalities, shapes


def _neighbour_pairs(frame, known, source, issues) -> list[tuple[str, str]]:
    if frame is None:
        return []
    pairs = []
    listed: set[tuple[str, str]] = set()
    first: dict[tuple[str, str], int] = {}
    for r in frame.iter_rows(named=True):
        ok = True
        for column in ("a", "b"):
            if r[column] not in known:
                issues.append(RegionIssue("neighbours.csv", "unknown_municipality", row=r["row"],
                                          column=column, value=r[column],
                                          params={"source": source}))  # fmt: skip
                ok = False
        if r["a"] == r["b"]:
            issues.append(RegionIssue("neighbours.csv", "self_neighbour", row=r["row"],
                                      column="b", value=r["b"]))  # fmt: skip
            ok = False
        if ok:
            pairs.append((r["a"], r["b"]))
            listed.add((r["a"], r["b"]))
            first.setdefault((r["a"], r["b"]), r["row"])
    # A list that names some borders both ways is meant to name every border both ways.
    if any((b, a) in listed for a, b in listed):
        for a, b in sorted(listed, key=first.__getitem__):
            if (b, a) not in listed:
                issues.append(RegionIssue("neighbours.csv", "one_way_neighbours",
                                          row=first[a, b], params={"a": a, "b": b},
                                          severity=WARNING))  # fmt: skip
    return pairs


def _offer(tables, municipalities, source, issues) -> dict[str, frozenset[str]]:
    known = {m.code for m in municipalities}
    pairs: list[tuple[str, str]] = []
    if "offer" in tables:
        for r in tables["offer"].iter_rows(named=True):
            if r["municipality"] not in known:
                issues.append(RegionIssue("offer.csv", "unknown_municipality", row=r["row"],
                                          column="municipality", value=r["municipality"],
                                          params={"source": source}))  # fmt: skip
            else:
                pairs.append((r["municipality"], r["product"]))
    if "actors" in tables and "products" in tables:
        pairs += _offer_from_register(tables, municipalities, source, issues)
    return offer_from_pairs(pairs)


def _offer_from_register(tables, municipalities, source, issues) -> list[tuple[str, str]]:
    """Offer from the actor register: an actor's location (code or name) and category."""
    products: dict[str, list[str]] = {}
    for r in tables["products"].iter_rows(named=True):
        products.setdefault(r["category"].casefold(), []).append(r["product"])
    where = {m.code.casefold(): m.code for m in municipalities}
    where.update({m.name.casefold(): m.code for m in municipalities})
    pairs: list[tuple[str, str]] = []
    unknown: dict[str, int] = {}
    for r in tables["actors"].iter_rows(named=True):
        offered = products.get((r["category"] or "").casefold())
        if not offered or not r["location"]:
            continue  # categories without a product (a school, a library) offer none here
        code = where.get(r["location"].casefold())
        if code is None:
            unknown[r["location"]] = unknown.get(r["location"], 0) + 1
            continue
        pairs += [(code, p) for p in offered]
    for location, count in unknown.items():
        issues.append(RegionIssue("actors.csv", "unknown_location", column="location",
                                  value=location, params={"count": count, "source": source},
                                  severity=WARNING))  # fmt: skip
    return pairs


def _demand_types(frame: pl.DataFrame, issues: list[Issue]) -> list[DemandType]:
    result = []
    for r in frame.iter_rows(named=True):
        complexity = r["complexity"].casefold()
        if complexity not in COMPLEXITIES:
            issues.append(RegionIssue("demand_types.csv", "unknown_code", row=r["row"],
                                      column="complexity", value=r["complexity"],
                                      params={"allowed": ", ".join(COMPLEXITIES)}))  # fmt: skip
        products = tuple(dict.fromkeys(p.strip() for p in r["products"].split(";") if p.strip()))
        if not products:
            issues.append(RegionIssue("demand_types.csv", "no_products", row=r["row"],
                                      column="products"))  # fmt: skip
        result.append(DemandType(r["demand_type"], complexity, products, r.get("name") or ""))
    return result


def _demand(frame, known, demand_types, source, issues) -> dict[str, frozenset[str]] | None:
    if frame is None:
        return None
    demand: dict[str, set[str]] = {}
    for r in frame.iter_rows(named=True):
        if r["municipality"] not in known:
            issues.append(RegionIssue("demand.csv", "unknown_municipality", row=r["row"],
                                      column="municipality", value=r["municipality"],
                                      params={"source": source}))  # fmt: skip
        if r["demand_type"] not in demand_types:
            issues.append(RegionIssue("demand.csv", "unknown_demand_type", row=r["row"],
                                      column="demand_type", value=r["demand_type"],
                                      params={"allowed": ", ".join(sorted(demand_types))}))  # fmt: skip
        demand.setdefault(r["demand_type"], set()).add(r["municipality"])
    return {d: frozenset(m) for d, m in demand.items()}

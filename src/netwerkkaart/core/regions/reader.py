"""Reading the region files (a folder or a .zip), every problem reported at once.

The files are described in ``docs/data-format.md`` ("Regions"). Each CSV goes through the survey
format's parsing (encodings, delimiters, header, storable cells) and its validation; then the
files are checked against each other: unknown municipality codes, islands, neighbour lists that
name a border one way only, a product no municipality offers, demand in an unknown demand type.
Nothing is returned when there is any error: :class:`DataFormatError` holds them all.
"""

from __future__ import annotations

import json
import zipfile
from dataclasses import dataclass
from pathlib import Path

import polars as pl

from netwerkkaart.core.dataformat import limits
from netwerkkaart.core.dataformat.issues import DataFormatError, Issue
from netwerkkaart.core.dataformat.sources import parse_csv_bytes
from netwerkkaart.core.dataformat.spec import Column, FileSpec, Kind
from netwerkkaart.core.dataformat.validate import validate_table
from netwerkkaart.core.regions import checks
from netwerkkaart.core.regions.issues import WARNING, RegionIssue
from netwerkkaart.core.regions.model import RegionData

_T = Kind.TEXT
SPECS: dict[str, FileSpec] = {
    spec.name: spec
    for spec in (
        FileSpec("municipalities", (
            Column("code", required=True, value_required=True),
            Column("name", required=True, value_required=True),
            Column("population", Kind.COUNT), Column("zone"), Column("x"), Column("y"),
        ), unique_key=("code",)),
        FileSpec("neighbours", (Column("a", required=True, value_required=True),
                                Column("b", required=True, value_required=True))),
        FileSpec("offer", (Column("municipality", required=True, value_required=True),
                           Column("product", required=True, value_required=True)),
                 unique_key=("municipality", "product")),
        FileSpec("actors", (Column("location", required=True), Column("category", required=True)),
                 keeps_extra_columns=True),
        FileSpec("products", (Column("category", required=True, value_required=True),
                              Column("product", required=True, value_required=True)),
                 unique_key=("category", "product")),
        FileSpec("demand_types", (
            Column("demand_type", required=True, value_required=True),
            Column("complexity", required=True, value_required=True),
            Column("products", required=True, value_required=True),
            Column("name"),
        ), required=True, unique_key=("demand_type",)),
        FileSpec("demand", (Column("municipality", required=True, value_required=True),
                            Column("demand_type", required=True, value_required=True)),
                 unique_key=("municipality", "demand_type")),
    )
}  # fmt: skip
GEOJSON = "municipalities.geojson"
FILENAMES = (*(f"{name}.csv" for name in SPECS), GEOJSON)


@dataclass(slots=True)
class RegionRead:
    data: RegionData
    warnings: list[Issue]


def read_region_data(path: Path | str) -> RegionRead:
    """Read and check the region files in the folder or zip ``path``.

    Returns
    -------
    RegionRead
        The data and the warnings (accepted, but worth telling).

    Raises
    ------
    DataFormatError
        With every issue, errors and warnings, when any error was found.
    """
    path = Path(path)
    blobs, issues = _blobs(path)
    if blobs is not None:
        tables, geojson, more = _parse(blobs)
        issues += more
        # Files that are valid on their own are checked against each other even when another
        # file has errors, so one pass shows every problem.
        has_map = geojson is not None or "municipalities" in tables
        if has_map and "demand_types" in tables:
            data, more = checks.assemble(tables, geojson)
            issues += more
    if any(i.severity != WARNING for i in issues):
        raise DataFormatError(issues)
    return RegionRead(data, issues)


def _blobs(path: Path) -> tuple[dict[str, bytes] | None, list[Issue]]:
    """The bytes of each known file, by file name."""
    if path.is_dir():
        found = {n: path / n for n in FILENAMES if (path / n).is_file()}
        total = sum(p.stat().st_size for p in found.values())
        if too_large := limits.file_too_large(path.name, total):
            return None, [too_large]
        return {n: p.read_bytes() for n, p in found.items()}, []
    if path.is_file() and path.suffix.lower() == ".zip":
        try:
            with zipfile.ZipFile(path) as archive:
                if refused := limits.zip_issues(path.name, archive):
                    return None, refused
                blobs: dict[str, bytes] = {}
                for info in archive.infolist():
                    name = Path(info.filename).name.lower()  # never used as a path
                    if info.is_dir() or name not in FILENAMES or name in blobs:
                        continue
                    data = limits.read_entry(archive, info)
                    if data is None:
                        entry = {"entry": info.filename}
                        return None, [Issue(path.name, "zip_entry_size", params=entry)]
                    blobs[name] = data
                return blobs, []
        except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError, ValueError) as error:
            return None, [Issue(path.name, "unreadable_zip", params={"detail": str(error)})]
    return None, [RegionIssue(path.name, "region_source", params={"path": str(path)})]


def _parse(blobs: dict[str, bytes]):
    """Validated frames per CSV name, the GeoJSON features, and the issues of each file alone."""
    issues: list[Issue] = []
    tables: dict[str, pl.DataFrame] = {}
    for name, spec in SPECS.items():
        if spec.filename not in blobs:
            continue
        raw, found = parse_csv_bytes(spec.filename, blobs[spec.filename])
        issues += found
        if raw is None:
            continue
        frame, found = validate_table(raw, spec)
        issues += found
        if frame is not None:
            tables[name] = frame.with_columns(row=raw.cells.get_column("row"))
    geojson = None
    if GEOJSON in blobs:
        try:
            geojson = json.loads(blobs[GEOJSON].decode("utf-8-sig"))
            if not isinstance(geojson, dict) or not isinstance(geojson.get("features"), list):
                raise ValueError("no FeatureCollection")
        except (UnicodeDecodeError, ValueError) as error:
            detail = str(error)[:200]
            issues.append(RegionIssue(GEOJSON, "bad_geojson", params={"detail": detail}))
            geojson = None
    issues += checks.presence(set(blobs), tables, geojson)
    return tables, geojson, issues

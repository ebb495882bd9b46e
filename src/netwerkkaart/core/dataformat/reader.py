"""Reading the open data format into a :class:`~netwerkkaart.core.dataset.Dataset`.

All or nothing: either every file validates and a complete dataset comes back, or a
:class:`DataFormatError` lists every problem in every file and nothing is returned.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import polars as pl

from netwerkkaart.core.dataformat import spec as format_spec
from netwerkkaart.core.dataformat.issues import WARNING, DataFormatError, Issue
from netwerkkaart.core.dataformat.sources import find_sources
from netwerkkaart.core.dataformat.validate import validate_table
from netwerkkaart.core.dataset import (
    ACTORS_SCHEMA,
    TIES_SCHEMA,
    UNKNOWN_SCHEMA,
    WISHES_SCHEMA,
    Dataset,
    empty_frame,
)

SCHEMAS = {
    "ties": TIES_SCHEMA,
    "wishes": WISHES_SCHEMA,
    "unknown": UNKNOWN_SCHEMA,
    "actors": ACTORS_SCHEMA,
}


@dataclass(frozen=True)
class ReadResult:
    """A dataset read successfully, with the warnings met (accepted, but worth telling)."""

    dataset: Dataset
    warnings: list[Issue]


def read_dataset(path: Path | str, *, lang: str = "nl") -> Dataset:
    """Read and validate a folder of CSV files, a zip of them, or an XLSX workbook.

    Parameters
    ----------
    path
        A folder holding ``ties.csv`` (required) and optionally ``wishes.csv``, ``unknown.csv``
        and ``actors.csv``; a ``.zip`` of those files; an ``.xlsx`` with a sheet per file; or a
        single ``.csv`` taken as ``ties.csv``.
    lang
        Kept for symmetry with the CLI; messages are rendered later, in any language.

    Raises
    ------
    DataFormatError
        With every problem found, when any file has an error.
    """
    return read_dataset_with_warnings(path).dataset


def read_dataset_with_warnings(path: Path | str) -> ReadResult:
    """Like :func:`read_dataset`, also returning the warnings of an accepted file."""
    source = Path(path)
    names = [spec.name for spec in format_spec.FILES]
    raw_tables, issues = find_sources(source, names)
    frames: dict[str, pl.DataFrame] = {}
    for file_spec in format_spec.FILES:
        raw = raw_tables.get(file_spec.name)
        if raw is None:
            # When the source itself could not be opened, a "missing file" would only add noise.
            already_reported = any(
                i.severity != WARNING and (i.row is None or i.file.startswith(file_spec.name))
                for i in issues
            )
            if file_spec.required and not already_reported:
                issues.append(Issue(file_spec.filename, "missing_file"))
            continue
        frame, found = validate_table(raw, file_spec)
        issues.extend(found)
        if frame is not None:
            frames[file_spec.name] = frame
    if any(issue.severity != WARNING for issue in issues):
        raise DataFormatError(issues)
    return ReadResult(_assemble(frames), issues)


def _assemble(frames: dict[str, pl.DataFrame]) -> Dataset:
    parts: dict[str, pl.DataFrame] = {}
    for name, schema in SCHEMAS.items():
        frame = frames.get(name)
        if frame is None:
            parts[name] = empty_frame(schema)
            continue
        # Contact details serve invitations only: an analysed or exported dataset never holds them.
        extra = [
            c for c in frame.columns if c not in schema and c not in format_spec.CONTACT_COLUMNS
        ]
        parts[name] = frame.select([*schema, *extra]).cast(schema)  # type: ignore[arg-type]
    return Dataset(**parts)

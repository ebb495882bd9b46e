"""Reading one uploaded register file (``actors.csv`` or a workbook with an ``actors`` sheet).

Parsing and validation are the core's (:mod:`netwerkkaart.core.dataformat`); this module only picks
the right entry point for a single file and turns the validated frame into plain rows for the
service. Nothing here writes to the database.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

from netwerkkaart.apps.register.template import SHEET as TEMPLATE_SHEET
from netwerkkaart.apps.register.template import is_template, template_as_csv
from netwerkkaart.core.dataformat import sources
from netwerkkaart.core.dataformat.issues import WARNING, DataFormatError, Issue
from netwerkkaart.core.dataformat.spec import ACTORS
from netwerkkaart.core.dataformat.validate import validate_table

WORKBOOK_SUFFIXES = (".xlsx", ".xlsm")
ALLOWED_SUFFIXES = (".csv", *WORKBOOK_SUFFIXES)


@dataclass(frozen=True)
class RegisterRows:
    """The rows of a valid register file, each holding only the columns the file has."""

    rows: list[dict[str, object]]
    columns: list[str]
    warnings: list[Issue]


def read_register_file(filename: str, data: bytes) -> RegisterRows:
    """Parse and validate one register file.

    Raises
    ------
    DataFormatError
        With every problem found (errors and warnings), when the file has any error.
    """
    raw, issues = _raw_table(filename, data)
    if raw is not None:
        frame, found = validate_table(raw, ACTORS)
        issues.extend(found)
        if frame is not None and frame.height == 0:
            issues.append(Issue(raw.name, "no_rows"))
    if raw is None or any(issue.severity != WARNING for issue in issues):
        raise DataFormatError(issues)
    # A column the file does not have is left alone on existing actors, so keep only those it has.
    columns = [name for name in frame.columns if name in raw.header]
    rows = frame.select(columns).to_dicts()
    return RegisterRows(rows, columns, issues)


def _raw_table(filename: str, data: bytes) -> tuple[sources.RawTable | None, list[Issue]]:
    suffix = Path(filename).suffix.lower()
    if suffix not in WORKBOOK_SUFFIXES:
        raw, issues = sources.parse_csv_bytes(ACTORS.filename, data)
        return raw, list(issues)
    # openpyxl reads from a path: the workbook goes to a private temporary file, gone afterwards.
    with tempfile.TemporaryDirectory(prefix="netwerkkaart-register-") as folder:
        path = Path(folder) / f"upload{suffix}"
        path.write_bytes(data)
        if is_template(str(path)):
            # The filled-in template (sheet "actoren", readable headers): read as an actors.csv.
            raw, issues = sources.parse_csv_bytes(TEMPLATE_SHEET, template_as_csv(str(path)))
            return raw, list(issues)
        tables, issues = sources.find_sources(path, [ACTORS.name])
    raw = tables.get(ACTORS.name)
    if raw is None and not any(issue.severity != WARNING for issue in issues):
        issues.append(Issue(f"{ACTORS.name} (sheet)", "missing_file"))
    return raw, list(issues)

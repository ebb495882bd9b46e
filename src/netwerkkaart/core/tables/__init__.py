"""The report's descriptive tables (Tabel 1-6 of Pless & Buntinx, UCLL), computed column-wise.

Start with :func:`compute_tables`; :func:`render_tables` turns the result into readable text.
"""

from __future__ import annotations

from netwerkkaart.core.tables.compute import TABLE_NAMES, TableSet, compute_tables
from netwerkkaart.core.tables.render import Block, render_tables, suppressed_lines, table_blocks
from netwerkkaart.core.tables.rounding import percent_half_up

__all__ = [
    "TABLE_NAMES",
    "Block",
    "TableSet",
    "compute_tables",
    "percent_half_up",
    "render_tables",
    "suppressed_lines",
    "table_blocks",
]

"""The open data format (v1): a folder of CSV files or one XLSX workbook.

See ``docs/data-format.md`` for the format in prose, :mod:`.spec` for it as data.
"""

from netwerkkaart.core.dataformat.issues import DataFormatError, Issue, render_issues
from netwerkkaart.core.dataformat.reader import ReadResult, read_dataset, read_dataset_with_warnings
from netwerkkaart.core.dataformat.spec import FILES, FORMAT_VERSION
from netwerkkaart.core.dataformat.writer import DATA_FORMATS, write_dataset

__all__ = [
    "DATA_FORMATS",
    "FILES",
    "FORMAT_VERSION",
    "DataFormatError",
    "Issue",
    "ReadResult",
    "read_dataset",
    "read_dataset_with_warnings",
    "render_issues",
    "write_dataset",
]

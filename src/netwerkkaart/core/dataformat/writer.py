"""Writing a :class:`~netwerkkaart.core.dataset.Dataset` in the open data format.

Files are written to a temporary name first and moved into place, so a crash never leaves a
half-written file behind. Formula-looking text is neutralised by :mod:`netwerkkaart.core.tabular`
(and restored by the reader, so a round trip is exact).
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import polars as pl

from netwerkkaart.core.dataformat import spec as format_spec
from netwerkkaart.core.dataset import Dataset
from netwerkkaart.core.scales import SCALE_COLUMNS
from netwerkkaart.core.tabular import write_csv, write_workbook

DATA_FORMATS = ("csv", "xlsx")


def _frames(dataset: Dataset) -> dict[str, pl.DataFrame]:
    """The dataset's frames in the format's column order; optional empty files are left out."""
    frames: dict[str, pl.DataFrame] = {}
    for file_spec in format_spec.FILES:
        frame: pl.DataFrame = getattr(dataset, file_spec.name)
        if frame.height == 0 and not file_spec.required:
            continue
        known = [c for c in file_spec.column_names if c in frame.columns]
        extra = [c for c in frame.columns if c not in file_spec.column_names]
        if file_spec.name != "actors":
            extra = []  # only the register keeps extra columns
        if "round" in known and frame.get_column("round").null_count() == frame.height:
            known.remove("round")  # a dataset without rounds writes no empty round column
        # The optional tie-quality blocks are written only when some row answered them, so a
        # round that did not ask them gives the same file as before they existed.
        known = [c for c in known if c not in SCALE_COLUMNS
                 or frame.get_column(c).null_count() < frame.height]  # fmt: skip
        frames[file_spec.name] = frame.select(known + extra)
    return frames


def write_dataset(dataset: Dataset, path: Path | str, fmt: str = "csv") -> Path:
    """Write ``dataset`` to ``path``: a folder of CSV files (``csv``) or one workbook (``xlsx``).

    Returns the path written. Existing files of the format in the folder are replaced; other files
    are left alone.
    """
    target = Path(path)
    frames = _frames(dataset)
    if fmt == "xlsx":
        if target.suffix.lower() != ".xlsx":
            target = target.with_suffix(".xlsx")
        about = [("format", "netwerkkaart"), ("version", format_spec.FORMAT_VERSION)]
        _atomic(target, lambda tmp: write_workbook(frames, tmp, about=about))
        return target
    if fmt != "csv":
        raise ValueError(f"unknown data format {fmt!r}; expected one of {DATA_FORMATS}")
    target.mkdir(parents=True, exist_ok=True)
    for name, frame in frames.items():
        _atomic(target / f"{name}.csv", lambda tmp, frame=frame: write_csv(frame, tmp))
    return target


def _atomic(target: Path, write) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    os.close(handle)
    temporary = Path(name)
    try:
        write(temporary)
        os.replace(temporary, target)
    finally:
        temporary.unlink(missing_ok=True)

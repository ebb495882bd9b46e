"""Limits checked before a data file is read, so a hostile or broken file is refused cleanly.

A zip of a few kilobytes can expand to gigabytes ("zip bomb"), an XLSX (itself a zip of XML
parts) can declare entities that expand a thousandfold ("billion laughs") or point outside the
file (an external entity), and one cell can hold megabytes. Each is answered by an
:class:`~netwerkkaart.core.dataformat.issues.Issue` in Dutch and English before the expensive
step: the zip's directory is read first (sizes, count, compression ratio), every XML part of a
workbook is scanned for a document type declaration (an XLSX never needs one), and cells are
measured as they are read.

References
----------
OWASP (2024). *XML External Entity Prevention Cheat Sheet*; Fifield, D. (2019). A better zip bomb.
USENIX WOOT.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass

from netwerkkaart.core.dataformat.issues import Issue

MIB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """What one data source may hold (all adjustable, e.g. for a very large round).

    Attributes
    ----------
    max_bytes
        Total size of the data once unpacked (the CSV text, or the workbook's XML parts).
    max_entries
        Files in a zip (a survey round has six tables; Office files about twenty parts).
    max_ratio
        Largest compression ratio of one entry of more than a mebibyte (text compresses about
        10x; bombs reach 1000x and more).
    max_cell_chars
        Characters in one cell (Excel's own limit is 32 767).
    """

    max_bytes: int = 512 * MIB
    max_entries: int = 200
    max_ratio: int = 200
    max_cell_chars: int = 32_767


DEFAULT_LIMITS = Limits()
_DOCTYPE = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)


def file_too_large(name: str, size: int, limits: Limits = DEFAULT_LIMITS) -> Issue | None:
    """An issue when a plain file is larger than :attr:`Limits.max_bytes`."""
    if size > limits.max_bytes:
        return Issue(
            name, "too_large", params={"size": _mib(size), "limit": _mib(limits.max_bytes)}
        )
    return None


def zip_issues(name: str, archive: zipfile.ZipFile, limits: Limits = DEFAULT_LIMITS) -> list[Issue]:
    """Problems of a zip's directory, found before any entry is decompressed."""
    entries = archive.infolist()
    if len(entries) > limits.max_entries:
        return [
            Issue(name, "zip_entries", params={"count": len(entries), "limit": limits.max_entries})
        ]
    total = sum(info.file_size for info in entries)
    if total > limits.max_bytes:
        return [
            Issue(
                name, "zip_expands", params={"size": _mib(total), "limit": _mib(limits.max_bytes)}
            )
        ]
    for info in entries:
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > MIB and ratio > limits.max_ratio:
            return [Issue(name, "zip_ratio", params={"entry": info.filename, "ratio": int(ratio)})]
    return []


def read_entry(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limits: Limits = DEFAULT_LIMITS):
    """An entry's bytes, read in pieces and stopped at the declared size (a forged directory
    cannot make it expand further). Returns ``None`` when the entry holds more than declared."""
    pieces, read = [], 0
    with archive.open(info) as handle:
        while chunk := handle.read(MIB):
            read += len(chunk)
            if read > info.file_size or read > limits.max_bytes:
                return None
            pieces.append(chunk)
    return b"".join(pieces)


def workbook_issues(name: str, archive: zipfile.ZipFile) -> list[Issue]:
    """An XLSX whose XML parts declare a document type or entities (expansion or external
    entities) is refused before the XML parser sees it."""
    for info in archive.infolist():
        if not info.filename.lower().endswith((".xml", ".rels", ".vml")):
            continue
        with archive.open(info) as handle:
            head = handle.read(64 * 1024)
        if _DOCTYPE.search(head):
            return [Issue(name, "xml_entities", params={"entry": info.filename})]
    return []


def cell_too_long(name: str, row: int, length: int, limits: Limits = DEFAULT_LIMITS) -> Issue:
    return Issue(
        name, "cell_too_long", row=row, params={"row": row, "length": length,
                                                "limit": limits.max_cell_chars},
    )  # fmt: skip


def _mib(size: int) -> str:
    return f"{size / MIB:.0f} MiB" if size >= MIB else f"{size / 1024:.0f} KiB"

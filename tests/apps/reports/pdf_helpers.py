"""Open a PDF the way a reader would: its text, its metadata, its pages as pictures."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from pathlib import Path

from PIL import Image
from pypdf import PdfReader


def pdf_text(content: bytes) -> tuple[PdfReader, str]:
    """The reader and the whole text with runs of white space made single spaces."""
    reader = PdfReader(io.BytesIO(content))
    text = " ".join(page.extract_text() or "" for page in reader.pages)
    return reader, re.sub(r"\s+", " ", text)


def render_pages(content: bytes, folder: Path, *, first: int, last: int, dpi: int = 40) -> list:
    """Pages ``first``..``last`` rendered by poppler's ``pdftoppm`` as PIL images."""
    assert shutil.which("pdftoppm"), "pdftoppm is needed (apt install poppler-utils)"
    source = folder / "report.pdf"
    source.write_bytes(content)
    subprocess.run(
        ["pdftoppm", "-r", str(dpi), "-f", str(first), "-l", str(last), "-png", str(source),
         str(folder / "page")],
        check=True, timeout=120,
    )  # fmt: skip
    return [Image.open(path).convert("L") for path in sorted(folder.glob("page-*.png"))]


def ink(image) -> float:
    """Share of the page's pixels that are not (nearly) white."""
    pixels = list(image.tobytes())
    return sum(1 for value in pixels if value < 250) / len(pixels)

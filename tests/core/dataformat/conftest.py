from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest


@pytest.fixture
def write_files(tmp_path: Path) -> Callable[..., Path]:
    """Write files (name -> text or bytes) into a fresh folder and return the folder."""

    def write(**files: str | bytes) -> Path:
        folder = tmp_path / "data"
        folder.mkdir(exist_ok=True)
        for name, content in files.items():
            target = folder / f"{name}.csv"
            if isinstance(content, bytes):
                target.write_bytes(content)
            else:
                target.write_text(content, encoding="utf-8")
        return folder

    return write

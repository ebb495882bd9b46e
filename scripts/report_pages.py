"""Pictures of the demo's round report for the documentation (``make screenshots`` runs this).

    .venv/bin/python scripts/report_pages.py [--out docs/screenshots]

Writes the demo data to a temporary folder, makes the report of round 2026 (compared with 2025)
with ``netwerkkaart report``, and renders its summary page and its map page with poppler's
``pdftoppm`` as ``report-summary.png`` and ``report-map.png``.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PAGES = {"report-summary": 2, "report-map": 3}
DPI = 80


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    args = parser.parse_args(argv)
    if shutil.which("pdftoppm") is None:
        print("pdftoppm ontbreekt: apt install poppler-utils", file=sys.stderr)
        return 1
    cli = [str(Path(sys.executable).parent / "netwerkkaart")]
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        subprocess.run([*cli, "demo-data", str(folder / "demo")], check=True,
                       stdout=subprocess.DEVNULL)  # fmt: skip
        report = folder / "rapport.pdf"
        subprocess.run([*cli, "report", str(folder / "demo"), "--out", str(report), "--names",
                        "--title", "Gemeentegem–Stederen (demo)"], check=True)  # fmt: skip
        args.out.mkdir(parents=True, exist_ok=True)
        for name, page in PAGES.items():
            target = folder / name
            subprocess.run(["pdftoppm", "-r", str(DPI), "-f", str(page), "-l", str(page),
                            "-png", "-singlefile", str(report), str(target)], check=True)  # fmt: skip
            shutil.copy(target.with_suffix(".png"), args.out / f"{name}.png")
            print(args.out / f"{name}.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

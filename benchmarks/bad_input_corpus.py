"""The bad-input corpus through the real commands, one process each: message, memory, writes.

Every file of ``tests/fixtures/bad_inputs.py`` (encodings, delimiters, BOM, duplicate headers,
unknown codes, huge cells, NUL bytes, nested and path-traversal zips, a 1 GiB zip bomb, an XLSX
that is not a zip, entity bombs, external entities, formulas, unusable round codes) is given to
``netwerkkaart validate``, ``netwerkkaart tables`` and ``manage.py import_round`` on an embedded
database of its own. Printed per file: what each command answered (exit status, first line of
its message), whether any printed a traceback, the peak memory of the largest of the three
processes, and whether the database changed. The goal: every refused file refused by all three
with a message, no traceback, no change to the database, and no process near the memory a
bomb asks for.

Run: ``.venv/bin/python benchmarks/bad_input_corpus.py``. Exit status 1 when a goal is missed.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.fixtures.bad_inputs import CORPUS  # noqa: E402

PYTHON = sys.executable
MEMORY_GOAL_MIB = 400  # a 1 GiB bomb read into memory would pass this many times over


def run(command: Sequence[str], env: dict[str, str]) -> tuple[int, str, int]:
    """Exit status, what it printed and its peak memory in MiB (``wait4``: this child only)."""
    process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, text=True)  # fmt: skip
    output = process.stdout.read() if process.stdout else ""
    _pid, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    return process.returncode, output, usage.ru_maxrss // 1024


def rows(database: Path) -> int:
    with sqlite3.connect(database) as db:
        tables = [
            name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type='table'")
        ]
        return sum(db.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0] for table in tables)


def what_it_said(output: str) -> str:
    """The problem named (the line after "refused: 1 problem"), or the first line."""
    lines = [line.strip() for line in output.splitlines() if line.strip()]
    return (lines[1] if len(lines) > 1 and "geweigerd" in lines[0] else lines[0] if lines else "")[
        :90
    ]


def main(argv: Sequence[str] = ()) -> int:
    work = Path(tempfile.mkdtemp(prefix="netwerkkaart-corpus-"))
    env = {**os.environ, "NETWERKKAART_VAR": str(work / "var"),
           "DJANGO_SETTINGS_MODULE": "netwerkkaart.web.settings"}  # fmt: skip
    env.pop("DATABASE_URL", None)
    manage = [PYTHON, "manage.py"]
    cli = [str(Path(PYTHON).parent / "netwerkkaart")]  # the installed command
    for setup in (["migrate", "-v0"], ["create_workspace", "gemeentegem", "Gemeentegem"]):
        status, output, _ = run([*manage, *setup], env)
        if status:
            print(output)
            return 1
    database = work / "var" / "netwerkkaart.sqlite3"
    missed = tracebacks = 0
    peak = 0
    print(f"{'file':<32}{'expect':<9}{'validate':>9}{'tables':>7}{'import':>7}{'MiB':>6}"
          f"{'db':>5}  message")  # fmt: skip
    for number, case in enumerate(CORPUS):
        folder = work / f"case{number}"
        folder.mkdir()
        path = str(case.build(folder))
        before = rows(database)
        results = [
            run([*cli, "validate", path], env),
            run([*cli, "tables", path, "--out", str(folder / "tables")], env),
            run([*manage, "import_round", "gemeentegem", path, "--round", f"r{number}"], env),
        ]
        changed = rows(database) != before
        statuses = [status for status, _o, _m in results]
        memory = max(mib for _s, _o, mib in results)
        peak = max(peak, memory)
        traced = any("Traceback" in output for _s, output, _m in results)
        tracebacks += traced
        if case.refused:
            ok = all(statuses) and not changed and all(out.strip() for _s, out, _m in results)
        else:
            ok = not any(statuses) and changed
        ok = ok and not traced and memory < MEMORY_GOAL_MIB
        missed += not ok
        message = what_it_said(results[0][1])
        print(f"{case.name[:31]:<32}{'refuse' if case.refused else 'accept':<9}"
              f"{statuses[0]:>9}{statuses[1]:>7}{statuses[2]:>7}{memory:>6}"
              f"{'+' if changed else '=':>5}  {message}{'' if ok else '   <- MISSED'}")  # fmt: skip
    refused = sum(case.refused for case in CORPUS)
    print()
    print(f"{len(CORPUS)} files x 3 commands = {3 * len(CORPUS)} runs: {refused} files to refuse, "
          f"{len(CORPUS) - refused} to accept; {missed} missed, {tracebacks} with a traceback, "
          f"peak memory of one process {peak} MiB (goal under {MEMORY_GOAL_MIB})")  # fmt: skip
    return 1 if missed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

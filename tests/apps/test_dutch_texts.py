"""The Dutch the site writes: one form of address (u) and one way of writing a percentage.

Issue 15 item 4 found 'je' beside 'u' and percentages written three ways ("45%", "45 %",
"45 procent"); both were fixed in the texts, and these scans keep every later text to the rule:
every Dutch message (the msgids), every template, the data files of instruments and
questionnaires, the core's own Dutch strings and the user guide.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[2] / "src" / "netwerkkaart"
DOCS = Path(__file__).resolve().parents[2] / "docs"

# Informal address, as whole words ("je" is no English word either).
INFORMAL = re.compile(r"\b(je|jij|jou|jouw|jullie)\b", re.IGNORECASE)
# A number or a template value glued to the percent sign: "45%", "{{ share }}%".
GLUED_PERCENT = re.compile(r"(\d|\}\}|%\})%(?![(sd])")
# CSS in a template (style="width: 40%", a <style> block) is no text.
STYLE = re.compile(r'style="[^"]*"|<style>.*?</style>', re.DOTALL)
# An Excel number format ("0.0%") is no text either.
EXCEL_FORMAT = re.compile(r"[0#.,]+%")


def _msgids(po: Path) -> list[tuple[int, str]]:
    found, current, start = [], None, 0
    for number, line in enumerate(po.read_text(encoding="utf-8").splitlines(), 1):
        if line.startswith(("msgid ", "msgid_plural ")):
            if current is not None:
                found.append((start, current))
            current, start = line.split(" ", 1)[1].strip('"'), number
        elif line.startswith('"') and current is not None:
            current += line.strip('"')
        elif current is not None:
            found.append((start, current))
            current = None
    if current is not None:
        found.append((start, current))
    return found


def _templates() -> list[Path]:
    return sorted(
        p for p in SRC.rglob("templates/**/*") if p.suffix in (".html", ".txt") and p.is_file()
    )


def _data_files() -> list[Path]:
    return sorted((SRC / "core").rglob("definitions/*.yaml"))


def _core_strings(path: Path) -> list[tuple[int, str]]:
    """The string literals of a core module that are not docstrings (which cite literature)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                docstrings.add(id(body[0].value))
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
        if id(node) not in docstrings and not EXCEL_FORMAT.fullmatch(node.value)
    ]


def _texts() -> list[tuple[str, str]]:
    """Every Dutch text the site shows, as (where, text)."""
    texts = [
        (f"nl_BE django.po:{n}", msgid)
        for n, msgid in _msgids(SRC / "locale" / "nl_BE" / "LC_MESSAGES" / "django.po")
    ]
    for path in _templates():
        texts += [(f"{path.relative_to(SRC)}", STYLE.sub("", path.read_text(encoding="utf-8")))]
    for path in _data_files():
        lines = path.read_text(encoding="utf-8").splitlines()
        # A literature reference keeps its title as published ("Ik zie wat jij niet ziet").
        texts += [
            (f"{path.relative_to(SRC)}:{n}", line)
            for n, line in enumerate(lines, 1)
            if not line.lstrip().startswith("reference:")
        ]
    for path in sorted((SRC / "core").rglob("*.py")):
        texts += [(f"{path.relative_to(SRC)}:{n}", s) for n, s in _core_strings(path)]
    texts.append(("docs/handleiding.md", (DOCS / "handleiding.md").read_text(encoding="utf-8")))
    return texts


TEXTS = _texts()


def test_the_scan_reads_the_site_s_texts():
    places = {where.split(":")[0] for where, _text in TEXTS}
    assert len(TEXTS) > 2000
    assert any(p.endswith(".yaml") for p in places) and "docs/handleiding.md" in places
    assert any(p.startswith("apps/surveys/templates") for p in places)


def test_the_patterns_find_the_slips_they_are_for():
    assert INFORMAL.search("Je zoekt op categorie en locatie.")
    assert INFORMAL.search("Wat vind jij?") and not INFORMAL.search("Wat vindt u? Jeugdwerk.")
    assert GLUED_PERCENT.search("Afstemming (45%)") and GLUED_PERCENT.search("{{ gap }}%.")
    assert GLUED_PERCENT.search("{% widthratio a b 100 %}%")
    assert not GLUED_PERCENT.search("Afstemming (45 %)")
    assert not GLUED_PERCENT.search("%(count)s actoren") and not GLUED_PERCENT.search("100%s")


@pytest.mark.parametrize(
    ("pattern", "what"), [(INFORMAL, "informal address"), (GLUED_PERCENT, "percent style")]
)
def test_no_dutch_text_breaks_the_rule(pattern, what):
    slips = [
        f"{where}: {pattern.search(text).group(0)!r}"
        for where, text in TEXTS
        if pattern.search(text)
    ]
    assert not slips, f"{what}:\n" + "\n".join(slips)

"""Accessibility checks in the browser tests: axe-core, vendored, run in the page under test.

axe-core is not served by the site; it is injected into the page for the check only (see
``vendor/axe-core/README.md`` for its version and licence).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

AXE = Path(__file__).parent / "vendor" / "axe-core" / "axe.min.js"
# How many offending elements of each rule a report names (enough to find them, short to read).
TARGETS = 5
SERIOUS = ("serious", "critical")

RUN = """async ({tags, limit}) => {
    const result = await axe.run(document, {runOnly: {type: 'tag', values: tags}});
    return result.violations.map(v => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        helpUrl: v.helpUrl,
        count: v.nodes.length,
        targets: v.nodes.slice(0, limit).map(n => n.target.join(' ')),
    }));
}"""


def axe_violations(page, *, tags: Sequence[str] = ("wcag2a", "wcag2aa")) -> list[dict]:
    """The axe-core violations of the page as it is now, for rules with any of ``tags``.

    Each is a dict with ``id``, ``impact`` (minor, moderate, serious, critical), ``help``,
    ``helpUrl``, ``count`` (elements concerned) and ``targets`` (CSS selectors of the first few).
    """
    if not page.evaluate("() => typeof window.axe === 'object'"):
        # Evaluated through the browser's debugging protocol: a <script> tag with the source
        # inline would be refused by the site's Content-Security-Policy (script-src 'self').
        page.evaluate(AXE.read_text(encoding="utf-8"))
    return page.evaluate(RUN, {"tags": list(tags), "limit": TARGETS})


def serious(violations: Sequence[dict]) -> list[dict]:
    """The violations of impact serious or critical."""
    return [v for v in violations if v.get("impact") in SERIOUS]


def describe(violations: Sequence[dict]) -> str:
    """One line per violation, for an assertion message or a test's output."""
    if not violations:
        return "no violations"
    return "\n".join(
        f"- {v['id']} [{v['impact']}] {v['help']} ({v['count']}x: {', '.join(v['targets'])})"
        for v in violations
    )

"""Stacked levels: per domain, how the group spreads over ordered levels, now and wished.

Used for the intensity of collaboration per domain (governance, primary care process, ICT, …) on
the levels independent, exchange, transactional, functional, entrepreneurial and integration.
Each level is shaded from light (loosest) to dark (closest) and carries its number, so the order
reads without telling colours apart.
"""

from __future__ import annotations

from collections.abc import Sequence

from netwerkkaart.core.pictures.data import Labels, StackedLevels
from netwerkkaart.core.pictures.svg import (
    DEFAULT_WIDTH,
    MARGIN,
    MUTED,
    PAPER,
    SMALL,
    TEXT,
    Element,
    Sheet,
    add,
    hatch,
    ink_on,
    label,
    ramp,
    suppressed,
    swatch_box,
    tooltip,
    write,
)

BAR_HEIGHT = 22.0


def level_colour(level: int, levels: int) -> str:
    """The shade of ``level`` (from 0) of ``levels``: never white, so every segment shows."""
    return ramp(0.12 + 0.88 * level / max(1, levels - 1))


def stacked_levels(
    data: StackedLevels,
    *,
    labels: Labels | None = None,
    width: int = DEFAULT_WIDTH,
    heading: bool = True,
) -> str:
    """Draw per domain a 100% bar of the current levels and one of the wished levels.

    Parameters
    ----------
    data
        The ordered levels and per domain the count of answers at each level, now and wished
        (``None`` when suppressed).
    labels
        The words the picture writes itself (``current``, ``wished``, ``suppressed_short``).
    width
        Width in pixels.
    heading
        Whether to write the title at the top.

    Returns
    -------
    str
        An ``<svg>`` document; each segment is a ``<rect data-kind="segment">`` with its
        ``data-domain``, ``data-side`` (``current`` or ``wished``), ``data-level`` and
        ``data-count``; its width is its share of the domain's answers.
    """
    labels = labels or Labels()
    if all(d.current is None and d.wished is None for d in data.domains):
        return suppressed("stacked_levels", data, labels, width, heading)
    sheet = Sheet("stacked_levels", data, labels, width, heading)
    side_width = max(64.0, min(110.0, sheet.inner * 0.16))
    left = MARGIN + side_width + 6
    bar_width = sheet.width - MARGIN - left
    group = add(sheet.body, "g", data_kind="domains")
    for i, domain in enumerate(data.domains):
        sheet.y += label(group, MARGIN, sheet.y + TEXT, domain.label, sheet.inner, weight="bold")
        sheet.y += 4
        for side, counts in (("current", domain.current), ("wished", domain.wished)):
            name = labels.current if side == "current" else labels.wished
            label(group, MARGIN, sheet.y + BAR_HEIGHT / 2 + SMALL * 0.35, name, side_width,
                  size=SMALL, max_lines=1, fill=MUTED)  # fmt: skip
            _bar(group, data.levels, counts, labels, left, sheet.y, bar_width, i, side)
            sheet.y += BAR_HEIGHT + 4
        sheet.y += 10
    sheet.y += MARGIN / 2
    sheet.legend(
        [
            (swatch_box(level_colour(j, len(data.levels))), f"{j + 1} {name}")
            for j, name in enumerate(data.levels)
        ]
    )
    return sheet.render()


def _bar(
    group: Element,
    levels: Sequence[str],
    counts: Sequence[int] | None,
    labels: Labels,
    x: float,
    y: float,
    width: float,
    domain: int,
    side: str,
) -> None:
    total = sum(counts) if counts is not None else 0
    if counts is None or total == 0:
        hatch(group, x, y, width, BAR_HEIGHT)
        write(group, x + 8, y + BAR_HEIGHT / 2 + SMALL * 0.35,
              labels.suppressed_short if counts is None else labels.no_answer, size=SMALL)  # fmt: skip
        return
    for j, count in enumerate(counts):
        if count <= 0:
            continue
        w = width * count / total
        fill = level_colour(j, len(levels))
        segment = add(group, "g")
        tooltip(segment, f"{j + 1} {levels[j]}: {count}")
        add(segment, "rect", x=x, y=y, width=w, height=BAR_HEIGHT, fill=fill, stroke=PAPER,
            stroke_width=1.0, data_kind="segment", data_domain=domain, data_side=side,
            data_level=j, data_count=count)  # fmt: skip
        if w >= 18:
            write(segment, x + w / 2, y + BAR_HEIGHT / 2 + SMALL * 0.35, str(j + 1), size=SMALL,
                  anchor="middle", fill=ink_on(fill), weight="bold")  # fmt: skip
        x += w

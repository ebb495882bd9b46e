"""Bars with spread: per item a bar at the median (or mean), its q1-q3 box and min-max whiskers.

Used for the nine collaboration problems, the motives and the five reasons to collaborate (split
into reasons serving the organisations and reasons serving the client). The bar says where the
group stands, the box and whiskers how far apart its members are.
"""

from __future__ import annotations

import math

from netwerkkaart.core.pictures.data import BarItem, BarsSpread, Labels, Spread
from netwerkkaart.core.pictures.svg import (
    DEFAULT_WIDTH,
    GRID,
    INK,
    LINE,
    MARGIN,
    MUTED,
    PALETTE,
    SMALL,
    TEXT,
    Element,
    Sheet,
    add,
    label,
    marker,
    num,
    summary,
    suppressed,
    swatch_box,
    swatch_line,
    swatch_marker,
    text_width,
    write,
)

BAR = 14.0
BOX = 22.0
EARLIER = PALETTE[5]


def nice_ticks(low: float, high: float, most: int = 6) -> list[float]:
    """Round tick values from ``low`` to ``high``, at most ``most`` of them (1, 2, 2.5, 5 x 10^k)."""
    span = high - low
    magnitude = 10 ** math.floor(math.log10(span / most)) if span > 0 else 1
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if span / (m * magnitude) <= most)
    first = math.ceil(low / step - 1e-9) * step
    count = math.floor((high - first) / step + 1e-9) + 1
    return [round(first + i * step, 10) for i in range(count)]


def bars_spread(
    data: BarsSpread,
    *,
    labels: Labels | None = None,
    width: int = DEFAULT_WIDTH,
    heading: bool = True,
) -> str:
    """Draw a horizontal bar per item with its q1-q3 box and min-max whiskers, grouped.

    Parameters
    ----------
    data
        The items (label, spread, optional group and earlier spread), the scale, and whether
        the bars show the median or the mean.
    labels
        The words the picture writes itself (legend, ``suppressed_short``).
    width
        Width in pixels.
    heading
        Whether to write the title at the top.

    Returns
    -------
    str
        An ``<svg>`` document; each bar is a ``<rect data-kind="bar">`` from ``scale_min``
        whose width is proportional to its value (``data-value``); boxes are ``data-kind="box"``,
        whiskers ``"whisker"``, earlier values ``"earlier"`` and group titles ``"group"``.
    """
    labels = labels or Labels()
    if not data.items or all(item.spread.centre(data.statistic) is None for item in data.items):
        return suppressed("bars_spread", data, labels, width, heading)
    sheet = Sheet("bars_spread", data, labels, width, heading)
    x0, x1 = MARGIN + 4, sheet.width - MARGIN - 4
    span = data.scale_max - data.scale_min

    def sx(value: float) -> float:
        return x0 + (x1 - x0) * min(1.0, max(0.0, (value - data.scale_min) / span))

    groups = list(dict.fromkeys(item.group for item in data.items))
    top = sheet.y
    plot = add(sheet.body, "g", data_kind="bars", data_x0=x0, data_x1=x1)
    grid = add(plot, "g", data_kind="grid")
    for g, group in enumerate(groups):
        if group is not None:
            sheet.y += 4
            heading_group = add(plot, "g", data_kind="group")
            used = label(heading_group, MARGIN, sheet.y + TEXT, group, sheet.inner, weight="bold",
                         fill=PALETTE[g % len(PALETTE)] if len(groups) > 1 else INK)  # fmt: skip
            add(heading_group, "line", x1=MARGIN, y1=sheet.y + used + 3, x2=sheet.width - MARGIN,
                y2=sheet.y + used + 3, stroke=MUTED, stroke_width=1.0)  # fmt: skip
            sheet.y += used + 8
        colour = PALETTE[g % len(PALETTE)]
        for item in (i for i in data.items if i.group == group):
            _item(plot, sheet, data, labels, item, sx, colour)
    ticks = nice_ticks(data.scale_min, data.scale_max)
    for tick in ticks:
        add(grid, "line", x1=sx(tick), y1=top, x2=sx(tick), y2=sheet.y, stroke=GRID,
            stroke_width=1.0)  # fmt: skip
    axis = add(sheet.body, "g", data_kind="axis")
    add(axis, "line", x1=x0, y1=sheet.y, x2=x1, y2=sheet.y, stroke=MUTED, stroke_width=1.0)
    for i, tick in enumerate(ticks):
        anchor = "start" if i == 0 and sx(tick) - x0 < 10 else "middle"
        anchor = "end" if x1 - sx(tick) < 10 else anchor
        write(axis, sx(tick), sheet.y + SMALL * LINE, num(tick), size=SMALL, fill=MUTED,
              anchor=anchor)  # fmt: skip
    sheet.y += SMALL * LINE
    if data.axis_label:
        sheet.y += SMALL * LINE
        write(axis, (x0 + x1) / 2, sheet.y, data.axis_label, size=SMALL, anchor="middle")
    sheet.y += MARGIN
    name = labels.mean if data.statistic == "mean" else labels.median
    entries = [
        (swatch_box(PALETTE[0], "none"), name),
        (swatch_box("none", INK), labels.middle_half),
        (swatch_line(INK, 1.5), labels.range),
    ]
    if any(item.earlier is not None for item in data.items):
        entries.append((swatch_marker("diamond", EARLIER), data.earlier_label or labels.earlier))
    sheet.legend(entries)
    return sheet.render()


def _item(
    plot: Element, sheet: Sheet, data: BarsSpread, labels: Labels, item: BarItem, sx, colour: str
) -> None:
    """The label with its figures on one line, then the bar, box and whiskers under it."""
    figures = summary(item.spread, data.statistic, data.decimals) or labels.suppressed_short
    room = sheet.inner - text_width(figures, SMALL) - 12
    used = label(plot, MARGIN, sheet.y + TEXT, item.label, room)
    write(plot, sheet.width - MARGIN, sheet.y + TEXT, figures, size=SMALL, fill=MUTED,
          anchor="end")  # fmt: skip
    y = sheet.y + used + 4 + BOX / 2  # the bar's centre line
    spread = item.spread
    value = spread.centre(data.statistic)
    if value is not None:
        x0 = sx(data.scale_min)
        add(plot, "rect", x=x0, y=y - BAR / 2, width=sx(value) - x0, height=BAR, fill=colour,
            fill_opacity=0.6, data_kind="bar", data_value=num(value))  # fmt: skip
    _whiskers(plot, spread, sx, y)
    if value is not None:  # the bar's end drawn again over the box, as a box plot's median line
        add(plot, "line", x1=sx(value), y1=y - BOX / 2, x2=sx(value), y2=y + BOX / 2, stroke=INK,
            stroke_width=2.5, data_kind="centre")  # fmt: skip
    if item.earlier is not None and item.earlier.centre(data.statistic) is not None:
        marker(plot, "diamond", sx(item.earlier.centre(data.statistic)), y, 5.5, fill=EARLIER,
               stroke=INK, stroke_width=0.6, data_kind="earlier")  # fmt: skip
    sheet.y = y + BOX / 2 + 8


def _whiskers(plot: Element, spread: Spread, sx, y: float) -> None:
    if spread.minimum is not None and spread.maximum is not None:
        a, b = sx(spread.minimum), sx(spread.maximum)
        whisker = add(plot, "g", data_kind="whisker", stroke=INK, stroke_width=1.5)
        add(whisker, "line", x1=a, y1=y, x2=b, y2=y)
        for x in (a, b):
            add(whisker, "line", x1=x, y1=y - 5, x2=x, y2=y + 5)
    if spread.q1 is not None and spread.q3 is not None:
        a, b = sx(spread.q1), sx(spread.q3)
        add(plot, "rect", x=a, y=y - BOX / 2, width=max(b - a, 1.5), height=BOX, fill="#ffffff",
            fill_opacity=0.35, stroke=INK, stroke_width=1.5, data_kind="box")  # fmt: skip

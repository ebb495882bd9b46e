"""The pictures of a survey round: stacked bars, diverging bars and bars against a total.

* ``stacked_bars`` — Tabel 1 and 3 of the report (the partner mix and the finality per
  respondent type) as one 100 % bar per row, and Tabel 2 (answers per question) on one scale
  with the ties left unanswered as a hatched remainder, so the drop-out is seen.
* ``diverging_bars`` — the E-I index per sector from -1 (inward) to +1 (outward).
* ``reach_bars`` — the response per sector and type: the register as an outlined bar, filled as
  far as it answered.

Colours never carry meaning alone: every segment writes its figure when it has the room (the
table under the picture has them all), every other series is striped so neighbours differ in
texture too, a bar's direction is its side of the zero line and its written sign, and a low
response is written. A suppressed row or item is hatched and says so; its size is never drawn.

References
----------
Few, S. (2012). *Show Me the Numbers*, 2nd ed. Analytics Press (bars from a common baseline,
stacked bars for parts of a whole).
Krackhardt, D. & Stern, R. N. (1988). Informal networks and organizational crises: an
experimental simulation. *Social Psychology Quarterly* 51(2), 123-140 (the E-I index).
"""

from __future__ import annotations

from netwerkkaart.core.pictures.bars import nice_ticks
from netwerkkaart.core.pictures.data import Labels
from netwerkkaart.core.pictures.data_charts import (
    DivergingBars,
    ReachBars,
    ReachItem,
    StackedBars,
    StackedRow,
)
from netwerkkaart.core.pictures.svg import (
    DEFAULT_WIDTH,
    GRID,
    INK,
    LINE,
    MARGIN,
    MUTED,
    PALETTE,
    PAPER,
    SMALL,
    TEXT,
    Element,
    Sheet,
    add,
    diagonals,
    figure,
    hatch,
    ink_on,
    label,
    label_height,
    num,
    suppressed,
    swatch_box,
    text_width,
    tooltip,
    write,
)

BAR = 22.0
NEGATIVE, POSITIVE = PALETTE[5], PALETTE[0]


def half_up(value: float) -> int:
    """``value`` rounded half up, as the report's tables round (``2.5`` is ``3``)."""
    return int(value + 0.5) if value >= 0 else -int(-value + 0.5)


def stripes(parent: Element, x: float, y: float, w: float, h: float, step: float = 7.0) -> None:
    """Thin white diagonals over a segment: a texture that tells neighbours apart without hue."""
    segments = diagonals(x, y, w, h, step)
    if segments:
        add(parent, "path", d=segments, stroke=PAPER, stroke_width=1.6,
            stroke_opacity=0.7, fill="none", data_kind="stripes")  # fmt: skip


def series_colour(index: int) -> str:
    """The colour of series ``index``: Okabe-Ito without black (text) and yellow (faint)."""
    usable = PALETTE[:6]
    return usable[index % len(usable)]


def _swatch_series(index: int):
    def draw(parent: Element, x: float, y: float) -> None:
        add(parent, "rect", x=x - 6, y=y - 6, width=12, height=12, fill=series_colour(index),
            stroke=INK, stroke_width=0.8)  # fmt: skip
        if index % 2:
            stripes(parent, x - 6, y - 6, 12, 12, step=5.0)

    return draw


def _swatch_hatch(parent: Element, x: float, y: float) -> None:
    hatch(parent, x - 6, y - 6, 12, 12, step=4.0)


def stacked_bars(
    data: StackedBars, *, labels: Labels | None = None, width: int = DEFAULT_WIDTH,
    heading: bool = True,
) -> str:  # fmt: skip
    """Draw one horizontal bar per row, cut into a segment per series.

    Parameters
    ----------
    data
        The series (legend, in segment order) and the rows; ``normalise`` for 100 % bars.
    labels
        The words the picture writes itself (``n``, ``suppressed_short``).
    width
        Width in pixels.
    heading
        Whether to write the title at the top.

    Returns
    -------
    str
        An ``<svg>`` document; the plot is ``<g data-kind="bars">`` with ``data-x0``, ``data-x1``
        and ``data-scale`` (the count that fills the plot; 1 for 100 % bars). Every segment is a
        ``<rect data-kind="segment">`` with ``data-row``, ``data-series`` and ``data-value`` (its
        count) whose width is its count over the row total (or the scale); the remainder is
        ``data-kind="rest"``; a suppressed row is a hatched ``data-kind="suppressed"`` group.
    """
    labels = labels or Labels()
    shown = [row for row in data.rows if not row.suppressed]
    if not shown or all(_total(row) == 0 for row in shown):
        return suppressed("stacked_bars", data, labels, width, heading)
    sheet = Sheet("stacked_bars", data, labels, width, heading)
    x0, x1 = MARGIN, sheet.width - MARGIN
    scale = 1.0 if data.normalise else float(max(_total(row) for row in shown))
    plot = add(sheet.body, "g", data_kind="bars", data_x0=x0, data_x1=x1, data_scale=num(scale))
    for i, row in enumerate(data.rows):
        _stacked_row(plot, sheet, data, labels, row, i, x0, x1, scale)
        if row.series and not row.suppressed:
            sheet.y -= 6
            sheet.legend([(_swatch_series(j), name) for j, name in enumerate(row.series)])
            sheet.y -= 2
    if not data.normalise:
        _scale_axis(sheet, x0, x1, scale)
    entries = [(_swatch_series(j), name) for j, name in enumerate(data.series)]
    if data.rest_label and any(row.rest for row in shown):
        entries.append((_swatch_hatch, data.rest_label))
    sheet.legend(entries)
    return sheet.render()


def _total(row: StackedRow) -> float:
    return sum(v or 0 for v in row.values) + row.rest


def _stacked_row(
    plot: Element, sheet: Sheet, data: StackedBars, labels: Labels, row: StackedRow, i: int,
    x0: float, x1: float, scale: float,
) -> None:  # fmt: skip
    n_text = "" if row.suppressed or row.n is None else labels.n.format(n=row.n)
    room = sheet.inner - text_width(n_text, SMALL) - 12
    used = label(plot, MARGIN, sheet.y + TEXT, row.label, room)
    if n_text:
        write(plot, sheet.width - MARGIN, sheet.y + TEXT, n_text, size=SMALL, fill=MUTED,
              anchor="end")  # fmt: skip
    y = sheet.y + used + 4
    sheet.y = y + BAR + 10
    if row.suppressed:
        group = hatch(plot, x0, y, x1 - x0, BAR)
        group.set("data-row", str(i))
        write(plot, (x0 + x1) / 2, y + BAR / 2 + SMALL * 0.35, labels.suppressed_short,
              size=SMALL, anchor="middle", fill=INK)  # fmt: skip
        return
    total = _total(row)
    if total == 0:
        add(plot, "rect", x=x0, y=y, width=x1 - x0, height=BAR, fill=PAPER, stroke=MUTED,
            stroke_dasharray="3 3", data_kind="empty", data_row=i)  # fmt: skip
        write(plot, (x0 + x1) / 2, y + BAR / 2 + SMALL * 0.35, labels.no_answer, size=SMALL,
              anchor="middle", fill=MUTED)  # fmt: skip
        return
    per = (x1 - x0) / (total if data.normalise else scale)
    x = x0
    parts = [(j, float(v or 0)) for j, v in enumerate(row.values)] + [(-1, row.rest)]
    for j, value in parts:
        if value <= 0:
            continue
        w = value * per
        segment = add(plot, "g")
        fill = series_colour(j) if j >= 0 else None
        if fill is None:
            rest = hatch(segment, x, y, w, BAR, step=5.0)
            rest.set("data-kind", "rest")
            rest.set("data-row", str(i))
            rest.set("data-value", num(value))
            name, ink = data.rest_label, INK
        else:
            add(segment, "rect", x=x, y=y, width=w, height=BAR, fill=fill, stroke=PAPER,
                stroke_width=0.8, data_kind="segment", data_row=i, data_series=j,
                data_value=num(value))  # fmt: skip
            if j % 2:
                stripes(segment, x, y, w, BAR)
            name, ink = (row.series or data.series)[j], ink_on(fill)
        shown = f"{half_up(100 * value / total)} %" if data.normalise else num(value)
        tooltip(segment, f"{name}: {shown}")  # read on hover and by screen readers
        if text_width(shown, SMALL) + 6 <= w:
            # On stripes the figure gets a solid backing so it stays legible.
            tw = text_width(shown, SMALL) + 4
            if j >= 0 and j % 2:
                add(segment, "rect", x=x + w / 2 - tw / 2, y=y + 4, width=tw, height=BAR - 8,
                    fill=fill, data_kind="backing")  # fmt: skip
            write(segment, x + w / 2, y + BAR / 2 + SMALL * 0.35, shown, size=SMALL,
                  anchor="middle", fill=ink, weight="bold")  # fmt: skip
        x += w


def _scale_axis(sheet: Sheet, x0: float, x1: float, scale: float) -> None:
    axis = add(sheet.body, "g", data_kind="axis")
    add(axis, "line", x1=x0, y1=sheet.y, x2=x1, y2=sheet.y, stroke=MUTED, stroke_width=1.0)
    for tick in nice_ticks(0.0, scale, most=5):
        x = x0 + (x1 - x0) * tick / scale
        add(axis, "line", x1=x, y1=sheet.y, x2=x, y2=sheet.y + 4, stroke=MUTED, stroke_width=1.0)
        anchor = "start" if tick == 0 else ("end" if x1 - x < 12 else "middle")
        write(axis, x, sheet.y + 4 + SMALL, num(tick), size=SMALL, fill=MUTED, anchor=anchor)
    sheet.y += 4 + SMALL * LINE + MARGIN


def diverging_bars(
    data: DivergingBars, *, labels: Labels | None = None, width: int = DEFAULT_WIDTH,
    heading: bool = True,
) -> str:  # fmt: skip
    """Draw a bar per item from the zero line, left for negative values and right for positive.

    Returns
    -------
    str
        An ``<svg>`` document; the plot is ``<g data-kind="diverging">`` with ``data-zero``,
        ``data-x0`` (``minimum``) and ``data-x1`` (``maximum``); each bar is a ``<rect
        data-kind="bar">`` with ``data-value``, from the zero line to the value; a suppressed
        item is a hatched ``data-kind="suppressed"`` group with no value.
    """
    labels = labels or Labels()
    if not data.items or all(item.suppressed or item.value is None for item in data.items):
        return suppressed("diverging_bars", data, labels, width, heading)
    sheet = Sheet("diverging_bars", data, labels, width, heading)
    label_width = min(sheet.inner * 0.32, 190.0)
    pad = text_width(figure(-1.0, data.decimals), SMALL) + 8
    x0, x1 = MARGIN + label_width + 8 + pad, sheet.width - MARGIN - pad
    span = data.maximum - data.minimum

    def sx(value: float) -> float:
        return x0 + (x1 - x0) * (min(data.maximum, max(data.minimum, value)) - data.minimum) / span

    zero = sx(0.0)
    top = sheet.y
    plot = add(sheet.body, "g", data_kind="diverging", data_zero=zero, data_x0=x0, data_x1=x1)
    grid = add(plot, "g", data_kind="grid")
    for item in data.items:
        height = max(label_height(item.label, label_width), BAR + 8)
        y = sheet.y + (height - BAR) / 2
        label(plot, MARGIN, sheet.y + (height - label_height(item.label, label_width)) / 2 + TEXT,
              item.label, label_width)  # fmt: skip
        if item.suppressed or item.value is None:
            hatch(plot, x0, y, x1 - x0, BAR)
            write(plot, (x0 + x1) / 2, y + BAR / 2 + SMALL * 0.35, labels.suppressed_short,
                  size=SMALL, anchor="middle")  # fmt: skip
        else:
            value = item.value
            end = sx(value)
            colour = POSITIVE if value >= 0 else NEGATIVE
            add(plot, "rect", x=min(zero, end), y=y, width=max(abs(end - zero), 1.5), height=BAR,
                fill=colour, data_kind="bar", data_value=num(value, data.decimals))  # fmt: skip
            text = figure(value, data.decimals)
            text = "+" + text if value > 0 else text
            if value >= 0:
                write(plot, end + 4, y + BAR / 2 + SMALL * 0.35, text, size=SMALL, weight="bold")
            else:
                write(plot, end - 4, y + BAR / 2 + SMALL * 0.35, text.replace("-", "−"),
                      size=SMALL, weight="bold", anchor="end")  # fmt: skip
        sheet.y += height + 4
    for tick in (data.minimum, data.minimum / 2, 0.0, data.maximum / 2, data.maximum):
        add(grid, "line", x1=sx(tick), y1=top, x2=sx(tick), y2=sheet.y, stroke=GRID,
            stroke_width=1.0)  # fmt: skip
    add(plot, "line", x1=zero, y1=top - 4, x2=zero, y2=sheet.y, stroke=INK, stroke_width=1.5,
        data_kind="zero")  # fmt: skip
    axis = add(sheet.body, "g", data_kind="axis")
    for tick in (data.minimum, 0.0, data.maximum):
        text = figure(tick, 0 if float(tick).is_integer() else 1).replace("-", "−")
        write(axis, sx(tick), sheet.y + SMALL, ("+" if tick > 0 else "") + text, size=SMALL,
              fill=MUTED, anchor="middle")  # fmt: skip
    sheet.y += SMALL * LINE
    if data.low_label or data.high_label:
        sheet.y += SMALL
        write(axis, x0 - pad, sheet.y, "← " + data.low_label, size=SMALL)
        write(axis, x1 + pad, sheet.y, data.high_label + " →", size=SMALL, anchor="end")
        sheet.y += SMALL * 0.4
    sheet.y += MARGIN
    return sheet.render()


def reach_bars(
    data: ReachBars, *, labels: Labels | None = None, width: int = DEFAULT_WIDTH,
    heading: bool = True,
) -> str:  # fmt: skip
    """Draw per item an outlined bar of its total, filled as far as it was reached.

    Returns
    -------
    str
        An ``<svg>`` document; the plot is ``<g data-kind="reach">`` with ``data-x0``, ``data-x1``
        and ``data-scale`` (the largest total); each item's outline is ``data-kind="total"``
        (``data-value`` its total) and its fill ``data-kind="reached"`` (``data-value`` the
        reached count); a suppressed item has a hatched ``data-kind="suppressed"`` group instead
        of a fill, and no reached count anywhere.
    """
    labels = labels or Labels()
    if not data.items or all(item.total == 0 for item in data.items):
        return suppressed("reach_bars", data, labels, width, heading)
    sheet = Sheet("reach_bars", data, labels, width, heading)
    x0, x1 = MARGIN, sheet.width - MARGIN
    scale = max(item.total for item in data.items)
    plot = add(sheet.body, "g", data_kind="reach", data_x0=x0, data_x1=x1, data_scale=scale)
    group_seen: set[str | None] = set()
    for item in data.items:
        if item.group is not None and item.group not in group_seen:
            group_seen.add(item.group)
            sheet.y += 4
            used = label(plot, MARGIN, sheet.y + TEXT, item.group, sheet.inner, weight="bold")
            add(plot, "line", x1=MARGIN, y1=sheet.y + used + 3, x2=sheet.width - MARGIN,
                y2=sheet.y + used + 3, stroke=MUTED, stroke_width=1.0)  # fmt: skip
            sheet.y += used + 8
        _reach_item(plot, sheet, data, labels, item, x0, x1, scale)
    sheet.legend([
        (swatch_box(PAPER, INK), data.total_label),
        (swatch_box(PALETTE[2]), data.reached_label),
        (_swatch_hatch, labels.suppressed_short),
    ])  # fmt: skip
    return sheet.render()


def _reach_item(
    plot: Element, sheet: Sheet, data: ReachBars, labels: Labels, item: ReachItem,
    x0: float, x1: float, scale: int,
) -> None:  # fmt: skip
    if item.suppressed or item.reached is None:
        text = labels.suppressed_short
        low = False
    else:
        percent = half_up(100 * item.reached / item.total) if item.total else 0
        text = data.reached_text.format(reached=item.reached, total=item.total, percent=percent)
        low = bool(item.total) and item.reached / item.total < data.low_share
        if low and data.low_label:
            text = f"{text} · {data.low_label}"
    room = sheet.inner - text_width(text, SMALL) - 12
    used = label(plot, MARGIN, sheet.y + TEXT, item.label, room)
    write(plot, sheet.width - MARGIN, sheet.y + TEXT, text, size=SMALL, anchor="end",
          fill=INK if low else MUTED, weight="bold" if low else None)  # fmt: skip
    y = sheet.y + used + 4
    w = (x1 - x0) * item.total / scale if scale else 0.0
    if item.suppressed or item.reached is None:
        hatch(plot, x0, y, max(w, 2.0), BAR * 0.7)
    elif item.reached:
        add(plot, "rect", x=x0, y=y, width=w * item.reached / item.total, height=BAR * 0.7,
            fill=PALETTE[2], data_kind="reached", data_value=item.reached)  # fmt: skip
    add(plot, "rect", x=x0, y=y, width=max(w, 2.0), height=BAR * 0.7, fill="none", stroke=INK,
        stroke_width=1.2, data_kind="total", data_value=item.total)  # fmt: skip
    sheet.y = y + BAR * 0.7 + 10

"""Radar: one spoke per dimension, the group's median as a polygon and its middle half as a band.

Used for the five conditions of Kaats & Opheij's quick scan and the ten characteristics of a
network organisation. The band between the first and third quartile shows how far the group
agrees: a narrow band is a shared view, a wide one a conversation to have.
"""

from __future__ import annotations

import math

from netwerkkaart.core.pictures.data import Labels, Radar, Spread
from netwerkkaart.core.pictures.svg import (
    DEFAULT_WIDTH,
    GRID,
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
    label_height,
    marker,
    num,
    points_attr,
    polar,
    summary,
    suppressed,
    swatch_box,
    swatch_line,
    swatch_marker,
    write,
)

MEDIAN = PALETTE[0]
EARLIER = PALETTE[5]
# Side labels need this much room beside the rings; with less, the spokes get numbers and a key.
LABEL_ROOM = 110.0


def radar(
    data: Radar, *, labels: Labels | None = None, width: int = DEFAULT_WIDTH, heading: bool = True
) -> str:
    """Draw a radar with the median polygon, the q1-q3 band and scale rings.

    Parameters
    ----------
    data
        Axes with their spread (and optionally an earlier spread), the scale and the title.
    labels
        The words the picture writes itself (legend, "too few answers").
    width
        Width in pixels; below about 480 the spokes are numbered and labelled in a key beneath.
    heading
        Whether to write the title at the top.

    Returns
    -------
    str
        An ``<svg>`` document: rings (``data-kind="ring"``), the band (``data-kind="band"``, or
        per-axis segments when an axis is suppressed), the median (``data-kind="median"``: a
        polygon, or polylines around suppressed axes) and an earlier polygon if given.
    """
    labels = labels or Labels()
    if all(axis.spread.median is None for axis in data.axes):
        return suppressed("radar", data, labels, width, heading)
    sheet = Sheet("radar", data, labels, width, heading)
    k = len(data.axes)
    numbered = (sheet.width - 2 * MARGIN) / 2 - sheet.width * 0.27 - 16 < LABEL_ROOM
    radius = sheet.width * (0.36 if numbered else 0.27)
    label_width = sheet.width / 2 - radius - 16 - MARGIN
    angles = [2 * math.pi * i / k for i in range(k)]
    top_room = 2 * TEXT if numbered else _label_room(data, labels, label_width, angles)
    cx, cy = sheet.width / 2, sheet.y + top_room + radius
    span = data.scale_max - data.scale_min

    def at(i: int, value: float) -> tuple[float, float]:
        share = min(1.0, max(0.0, (value - data.scale_min) / span))
        return polar(cx, cy, radius * share, angles[i])

    figure = add(sheet.body, "g", data_kind="radar", data_cx=cx, data_cy=cy, data_radius=radius)
    _rings(figure, data, at, k)
    _band(figure, [axis.spread for axis in data.axes], at)
    if any(axis.earlier is not None and axis.earlier.median is not None for axis in data.axes):
        earlier = [axis.earlier.median if axis.earlier else None for axis in data.axes]
        _outline(figure, earlier, at, "earlier", EARLIER, dash="6 4")
        for i, value in enumerate(earlier):
            if value is not None:
                x, y = at(i, value)
                marker(figure, "square", x, y, 3.5, fill=EARLIER, stroke="none", data_axis=i)
    medians = [axis.spread.median for axis in data.axes]
    _outline(figure, medians, at, "median", MEDIAN)
    for i, value in enumerate(medians):
        if value is not None:
            x, y = at(i, value)
            marker(figure, "circle", x, y, 4.5, fill=MEDIAN, data_axis=i, data_value=num(value))
    bottom = cy + radius
    for i, axis in enumerate(data.axes):
        text = summary(axis.spread) or labels.suppressed_short
        x, y = polar(cx, cy, radius + 12, angles[i])
        if numbered:
            write(figure, x, y + TEXT * 0.35, str(i + 1), anchor="middle", weight="bold")
            continue
        # The block of label and figures sits above an upward spoke, below a downward one and
        # level with a sideways one.
        height = label_height(axis.label, label_width) + SMALL * LINE
        up = math.cos(angles[i])
        top = y - height if up > 0.3 else y if up < -0.3 else y - height / 2
        anchor = _anchor(angles[i])
        baseline = top + TEXT * 0.9
        used = label(figure, x, baseline, axis.label, label_width, anchor=anchor, weight="bold")
        write(figure, x, baseline + used, text, size=SMALL, anchor=anchor, fill=MUTED)
        bottom = max(bottom, top + height + 4)
    sheet.y = bottom + MARGIN
    if numbered:
        _key(sheet, data, labels)
    entries = [
        (swatch_marker("circle", MEDIAN), labels.median),
        (swatch_box("#9cc7e6", "none"), labels.middle_half),
    ]
    if any(axis.earlier is not None for axis in data.axes):
        entries.append((swatch_line(EARLIER, 2.0, "6 4"), data.earlier_label or labels.earlier))
    sheet.legend(entries)
    return sheet.render()


def _anchor(angle: float) -> str:
    s = math.sin(angle)
    return "start" if s > 0.3 else "end" if s < -0.3 else "middle"


def _label_room(data: Radar, labels: Labels, width: float, angles: list[float]) -> float:
    """Room above the rings for the labels of the spokes pointing up."""
    room = 2 * TEXT
    for axis, angle in zip(data.axes, angles, strict=True):
        if math.cos(angle) > 0.3:
            room = max(room, label_height(axis.label, width) + SMALL * LINE + 14)
    return room


def _rings(figure: Element, data: Radar, at, k: int) -> None:
    value = data.scale_min + data.ring_step
    rings = []
    while value < data.scale_max - 1e-9:
        rings.append(value)
        value += data.ring_step
    rings.append(data.scale_max)
    for value in rings:
        points = [at(i, value) for i in range(k)]
        add(figure, "polygon", points=points_attr(points), fill="none", stroke=GRID,
            stroke_width=1.0, data_kind="ring", data_value=num(value))  # fmt: skip
        x, y = at(0, value)
        write(figure, x + 4, y - 3, num(value), size=SMALL - 2, fill=MUTED)
    for i in range(k):
        (x1, y1), (x2, y2) = at(i, data.scale_min), at(i, data.scale_max)
        add(figure, "line", x1=x1, y1=y1, x2=x2, y2=y2, stroke=GRID, stroke_width=1.0)


def _band(figure: Element, spreads: list[Spread], at) -> None:
    if all(s.q1 is not None and s.q3 is not None for s in spreads):
        outer = [at(i, s.q3) for i, s in enumerate(spreads)]
        inner = [at(i, s.q1) for i, s in enumerate(spreads)]
        d = "M" + "L".join(f"{num(x)} {num(y)}" for x, y in outer) + "Z"
        d += "M" + "L".join(f"{num(x)} {num(y)}" for x, y in inner) + "Z"
        add(figure, "path", d=d, fill=MEDIAN, fill_opacity=0.22, fill_rule="evenodd",
            stroke="none", data_kind="band")  # fmt: skip
        return
    for i, s in enumerate(spreads):
        if s.q1 is not None and s.q3 is not None:
            (x1, y1), (x2, y2) = at(i, s.q1), at(i, s.q3)
            add(figure, "line", x1=x1, y1=y1, x2=x2, y2=y2, stroke=MEDIAN, stroke_opacity=0.3,
                stroke_width=9.0, stroke_linecap="round", data_kind="band", data_axis=i)  # fmt: skip


def _outline(figure: Element, values: list[float | None], at, kind: str, colour: str, dash=None):
    """The polygon through ``values``; around a missing value, the lines stop short."""
    style = {"fill": "none", "stroke": colour, "stroke_width": 2.5, "stroke_linejoin": "round"}
    if dash:
        style |= {"stroke_dasharray": dash, "stroke_width": 2.0}
    if all(v is not None for v in values):
        points = [at(i, v) for i, v in enumerate(values)]
        add(figure, "polygon", points=points_attr(points), data_kind=kind, **style)
        return
    k = len(values)
    for i in range(k):
        j = (i + 1) % k
        if values[i] is not None and values[j] is not None:
            points = [at(i, values[i]), at(j, values[j])]
            add(figure, "polyline", points=points_attr(points), data_kind=kind, **style)


def _key(sheet: Sheet, data: Radar, labels: Labels) -> None:
    """The numbered spokes' labels and figures, one per line under the radar."""
    group = add(sheet.body, "g", data_kind="key")
    for i, axis in enumerate(data.axes):
        y = sheet.y + TEXT
        write(group, MARGIN, y, f"{i + 1}", weight="bold")
        used = label(group, MARGIN + 24, y, axis.label, sheet.inner - 24)
        text = summary(axis.spread) or labels.suppressed_short
        write(group, MARGIN + 24, y + used, text, size=SMALL, fill=MUTED)
        sheet.y += used + SMALL * LINE + 4
    sheet.y += MARGIN / 2

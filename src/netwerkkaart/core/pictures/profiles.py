"""Quadrant profile, balance and scale: a group's centre of gravity on a few scores.

* quadrant profile — four orientations (e.g. the network leader as strategist, developer,
  explorer, process manager; De Caluwé & Kaats 2016) as quarter discs whose radius grows with
  the group's median, the q1-q3 band as a ring;
* balance — a beam that tilts towards the heavier side (supervision: ego against eco,
  Geurtsen 2021), each weight written on it;
* scale — one ordered scale (positioning: proactive … holding off) with the group's count at
  each step and the median marked.
"""

from __future__ import annotations

import math

from netwerkkaart.core.pictures.data import Labels, QuadrantProfile, Scale
from netwerkkaart.core.pictures.data_diagrams import Balance
from netwerkkaart.core.pictures.svg import (
    DEFAULT_WIDTH,
    GRID,
    INK,
    MARGIN,
    MUTED,
    PALETTE,
    SMALL,
    TEXT,
    Sheet,
    add,
    figure,
    hatch,
    label,
    num,
    ramp,
    summary,
    suppressed,
    write,
)


def _arc(cx: float, cy: float, r: float, start: float, end: float) -> str:
    """A closed quarter-disc path from angle ``start`` to ``end`` (degrees, 0 = right, clockwise)."""
    a, b = math.radians(start), math.radians(end)
    x1, y1 = cx + r * math.cos(a), cy + r * math.sin(a)
    x2, y2 = cx + r * math.cos(b), cy + r * math.sin(b)
    return f"M{num(cx)} {num(cy)}L{num(x1)} {num(y1)}A{num(r)} {num(r)} 0 0 1 {num(x2)} {num(y2)}Z"


def quadrant_profile(
    data: QuadrantProfile, *, labels: Labels | None = None, width: int = DEFAULT_WIDTH,
    heading: bool = True,
) -> str:  # fmt: skip
    """Draw four quarter discs, each as large as its quadrant's score.

    Returns
    -------
    str
        An ``<svg>``; each disc is a ``<path data-kind="quadrant">`` with ``data-index`` and
        ``data-radius`` (proportional to score - ``scale_min``).
    """
    labels = labels or Labels()
    if all(q.score.centre(data.statistic) is None for q in data.quadrants):
        return suppressed("quadrant_profile", data, labels, width, heading)
    sheet = Sheet("quadrant_profile", data, labels, width, heading)
    size = min(sheet.inner, 420.0)
    radius = size / 2 - 40
    cx, cy = sheet.width / 2, sheet.y + size / 2
    span = data.scale_max - data.scale_min
    # Reading order: top-left, top-right, bottom-left, bottom-right; angles clockwise from +x.
    angles = [(180, 270), (270, 360), (90, 180), (0, 90)]
    for ring in range(1, 5):
        add(sheet.body, "circle", cx=cx, cy=cy, r=radius * ring / 4, fill="none", stroke=GRID,
            stroke_dasharray="3 3")  # fmt: skip
    add(sheet.body, "line", x1=cx - radius - 8, y1=cy, x2=cx + radius + 8, y2=cy, stroke=MUTED)
    add(sheet.body, "line", x1=cx, y1=cy - radius - 8, x2=cx, y2=cy + radius + 8, stroke=MUTED)
    for index, (quadrant, (start, end)) in enumerate(zip(data.quadrants, angles, strict=True)):
        centre = quadrant.score.centre(data.statistic)
        colour = PALETTE[index]
        left = start in (90, 180)
        top = start in (180, 270)
        tx = cx - radius if left else cx + 8
        ty = cy - radius - 12 if top else cy + radius + 24
        label(sheet.body, tx, ty, quadrant.label, radius - 8, size=SMALL, weight="bold")
        if centre is None:
            write(sheet.body, cx + (-radius / 2 if left else radius / 2), cy + (-20 if top else 28),
                  labels.suppressed_short, size=SMALL, anchor="middle", fill=MUTED)  # fmt: skip
            continue
        r = radius * max(0.0, min(1.0, (centre - data.scale_min) / span))
        add(sheet.body, "path", d=_arc(cx, cy, r, start, end), fill=colour, fill_opacity=0.75,
            stroke=INK, stroke_width=1.0, data_kind="quadrant", data_index=index,
            data_radius=num(r))  # fmt: skip
        if quadrant.score.q1 is not None and quadrant.score.q3 is not None:
            for q in (quadrant.score.q1, quadrant.score.q3):
                rq = radius * max(0.0, min(1.0, (q - data.scale_min) / span))
                add(sheet.body, "path", d=_arc(cx, cy, rq, start, end), fill="none", stroke=INK,
                    stroke_dasharray="2 2", stroke_width=0.8)  # fmt: skip
        mid = math.radians((start + end) / 2)
        write(sheet.body, cx + (r + 14) * math.cos(mid), cy + (r + 14) * math.sin(mid) + 4,
              summary(quadrant.score, data.statistic), size=SMALL, anchor="middle")  # fmt: skip
    sheet.y += size + MARGIN
    write(sheet.body, MARGIN, sheet.y, f"{labels.median} · {labels.middle_half}: - - -",
          size=SMALL, fill=MUTED)  # fmt: skip
    sheet.y += MARGIN
    return sheet.render()


def balance(
    data: Balance, *, labels: Labels | None = None, width: int = DEFAULT_WIDTH,
    heading: bool = True,
) -> str:  # fmt: skip
    """Draw a beam on a pivot, tilted towards the heavier side, with the weights listed.

    Returns
    -------
    str
        An ``<svg>``; the beam is ``<line data-kind="beam" data-tilt="…">`` (degrees, positive
        when the right side is heavier).
    """
    labels = labels or Labels()
    left = sum(w.weight for w in data.left)
    right = sum(w.weight for w in data.right)
    middle = sum(w.weight for w in data.middle)
    if left + right + middle == 0:
        return suppressed("balance", data, labels, width, heading)
    sheet = Sheet("balance", data, labels, width, heading)
    tilt = data.max_tilt * (right - left) / (left + middle + right)
    cx, cy = sheet.width / 2, sheet.y + 90
    half = min(sheet.inner / 2 - 30, 240)
    dx, dy = half * math.cos(math.radians(tilt)), half * math.sin(math.radians(tilt))
    add(sheet.body, "polygon", points=f"{num(cx)},{num(cy)} {num(cx - 18)},{num(cy + 40)} "
        f"{num(cx + 18)},{num(cy + 40)}", fill=MUTED)  # fmt: skip
    add(sheet.body, "line", x1=cx - dx, y1=cy - dy, x2=cx + dx, y2=cy + dy, stroke=INK,
        stroke_width=6, stroke_linecap="round", data_kind="beam", data_tilt=num(tilt))  # fmt: skip
    for side, total, (x, y), colour in (
        ("left", left, (cx - dx, cy - dy), PALETTE[0]),
        ("right", right, (cx + dx, cy + dy), PALETTE[1]),
    ):
        size = 14 + 26 * (total / max(left, right, 1e-9))
        add(sheet.body, "rect", x=x - size / 2, y=y - size - 4, width=size, height=size,
            fill=colour, stroke=INK, data_kind="weight", data_side=side,
            data_weight=num(total))  # fmt: skip
    y = cy + 64
    column = sheet.inner / 2
    for index, (title, weights, total) in enumerate(
        ((data.left_label, data.left, left), (data.right_label, data.right, right))
    ):
        x = MARGIN + index * column
        height = label(sheet.body, x, y, f"{title}: {figure(total)}", column - 12, weight="bold")
        yy = y + height
        for weight in weights:
            yy += label(sheet.body, x, yy + 2, f"{weight.label}: {figure(weight.weight)}",
                        column - 12, size=SMALL, fill=MUTED)  # fmt: skip
        sheet.y = max(sheet.y, yy)
    if data.middle:
        sheet.y += label(sheet.body, MARGIN, sheet.y + TEXT,
                         f"{data.middle_label}: {figure(middle)}", sheet.inner)  # fmt: skip
    sheet.y += MARGIN
    return sheet.render()


def scale(
    data: Scale, *, labels: Labels | None = None, width: int = DEFAULT_WIDTH, heading: bool = True
) -> str:
    """Draw the steps of an ordered scale as boxes, each with its count; the median marked.

    Returns
    -------
    str
        An ``<svg>``; each step is ``<rect data-kind="step" data-step="…" data-count="…">``, the
        median a ``<path data-kind="median">`` above its step.
    """
    labels = labels or Labels()
    sheet = Sheet("scale", data, labels, width, heading)
    steps = len(data.steps)
    step_width = sheet.inner / steps
    top = sheet.y + 26
    counts = data.counts
    most = max(counts) if counts else 0
    for index, name in enumerate(data.steps):
        x = MARGIN + index * step_width
        if counts is None:
            hatch(sheet.body, x + 2, top, step_width - 4, 44)
        else:
            count = counts[index]
            fill = ramp(0.1 + 0.9 * count / most) if most else "#f5f5f5"
            add(sheet.body, "rect", x=x + 2, y=top, width=step_width - 4, height=44, fill=fill,
                stroke=INK, stroke_width=0.6, data_kind="step", data_step=index,
                data_count=count)  # fmt: skip
            write(sheet.body, x + step_width / 2, top + 28, str(count), anchor="middle",
                  weight="bold", fill=INK if count < most * 0.6 or not most else "#ffffff")  # fmt: skip
        label(sheet.body, x + 4, top + 44 + TEXT + 4, f"{index + 1}. {name}", step_width - 8,
              size=SMALL, max_lines=3)  # fmt: skip
    median = data.spread.median if data.spread is not None else None
    if median is None and counts:
        ordered = [i for i, c in enumerate(counts) for _ in range(c)]
        median = ordered[(len(ordered) - 1) // 2] + 1 if ordered else None
    if median is not None and counts is not None:
        mx = MARGIN + (median - 0.5) * step_width
        add(sheet.body, "path", d=f"M{num(mx - 8)} {num(top - 16)}L{num(mx + 8)} {num(top - 16)}"
            f"L{num(mx)} {num(top - 4)}Z", fill=INK, data_kind="median",
            data_value=num(median))  # fmt: skip
        write(sheet.body, mx + 12, top - 6, labels.median, size=SMALL, fill=MUTED)
    if counts is None:
        write(sheet.body, MARGIN, top - 8, labels.suppressed_short, size=SMALL, fill=MUTED)
    sheet.y = top + 44 + TEXT * 4 + MARGIN
    return sheet.render()

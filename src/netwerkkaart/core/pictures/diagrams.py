"""Checklist, tension map and role map: pictures of where a group stands, not of how much.

* checklist — phases with their items marked done, in progress or not started (the process
  wheel and internal route map, NVZD 2024), with the share done;
* tension map — dilemmas as lines between two poles, every participant's position a dot, the
  group's q1-q3 band and median on it (Everts & Olthof 2017);
* role map — the societal hexagon with the role the group sees for each corner (directing,
  partnering, facilitating; De Jong 2016, De Caluwé & Kaats 2023).
"""

from __future__ import annotations

import math
from collections import Counter

from netwerkkaart.core.pictures.data import Labels, TensionMap
from netwerkkaart.core.pictures.data_diagrams import Checklist, RoleMap
from netwerkkaart.core.pictures.svg import (
    DEFAULT_WIDTH,
    GRID,
    INK,
    MARGIN,
    MUTED,
    PALETTE,
    SHAPES,
    SMALL,
    TEXT,
    Sheet,
    add,
    label,
    marker,
    num,
    points_attr,
    polar,
    suppressed,
    swatch_marker,
    write,
)

STATUS_STYLE = {  # fill, mark written inside: never colour alone
    "done": (PALETTE[2], "✓"),
    "in_progress": (PALETTE[1], "…"),
    "not_started": ("#ffffff", ""),
}


def checklist(
    data: Checklist, *, labels: Labels | None = None, width: int = DEFAULT_WIDTH,
    heading: bool = True,
) -> str:  # fmt: skip
    """Draw each phase with its items as boxes marked by status, and the share done.

    Returns
    -------
    str
        An ``<svg>``; each item is ``<g data-kind="item" data-status="…">``; the root's first
        text after the heading is the share done (``Labels.share_done``).
    """
    labels = labels or Labels()
    sheet = Sheet("checklist", data, labels, width, heading)
    total, done = data.total, data.done
    percent = round(100 * done / total) if total else 0
    write(sheet.body, MARGIN, sheet.y + TEXT,
          labels.share_done.format(done=done, total=total, percent=percent), weight="bold",
          data_kind="share")  # fmt: skip
    sheet.y += TEXT + 10
    add(sheet.body, "rect", x=MARGIN, y=sheet.y, width=sheet.inner, height=8, fill="#eeeeee")
    add(sheet.body, "rect", x=MARGIN, y=sheet.y, width=sheet.inner * (done / total if total else 0),
        height=8, fill=PALETTE[2])  # fmt: skip
    sheet.y += 8 + MARGIN
    for phase in data.phases:
        sheet.y += label(sheet.body, MARGIN, sheet.y + TEXT, phase.label, sheet.inner,
                         weight="bold") + 4  # fmt: skip
        for item in phase.items:
            fill, mark = STATUS_STYLE[item.status]
            group = add(sheet.body, "g", data_kind="item", data_status=item.status)
            add(group, "rect", x=MARGIN + 4, y=sheet.y, width=16, height=16, fill=fill,
                stroke=INK, stroke_width=1.0, rx=2.0)  # fmt: skip
            if mark:
                write(group, MARGIN + 12, sheet.y + 13, mark, size=SMALL, anchor="middle",
                      weight="bold", fill="#ffffff" if item.status == "done" else INK)  # fmt: skip
            status = {"done": labels.done, "in_progress": labels.in_progress,
                      "not_started": labels.not_started}[item.status]  # fmt: skip
            height = label(group, MARGIN + 28, sheet.y + 13, f"{item.label} — {status}",
                           sheet.inner - 32, size=SMALL)  # fmt: skip
            sheet.y += max(20.0, height + 6)
        sheet.y += 6
    sheet.y += MARGIN / 2
    return sheet.render()


def tension_map(
    data: TensionMap, *, labels: Labels | None = None, width: int = DEFAULT_WIDTH,
    heading: bool = True,
) -> str:  # fmt: skip
    """Draw each dilemma as a line between its poles with the group's positions on it.

    Returns
    -------
    str
        An ``<svg>``; per dilemma a ``<g data-kind="dilemma">`` holding the dots
        (``data-kind="position"``), the q1-q3 band (``data-kind="band"``) and the median
        (``data-kind="median"``, its ``data-value``).
    """
    labels = labels or Labels()
    if all(d.spread.median is None and not d.positions for d in data.dilemmas):
        return suppressed("tension_map", data, labels, width, heading)
    sheet = Sheet("tension_map", data, labels, width, heading)
    pole = min(150.0, sheet.inner * 0.28)
    x0, x1 = MARGIN + pole, sheet.width - MARGIN - pole
    span = data.scale_max - data.scale_min

    def at(value: float) -> float:
        return x0 + (x1 - x0) * (value - data.scale_min) / span

    for dilemma in data.dilemmas:
        group = add(sheet.body, "g", data_kind="dilemma")
        if dilemma.label:
            sheet.y += label(group, MARGIN, sheet.y + TEXT, dilemma.label, sheet.inner,
                             weight="bold")  # fmt: skip
        y = sheet.y + 22
        label(group, MARGIN, y - 4, dilemma.left, pole - 8, size=SMALL, max_lines=3)
        label(group, x1 + 8, y - 4, dilemma.right, pole - 8, size=SMALL, max_lines=3)
        add(group, "line", x1=x0, y1=y, x2=x1, y2=y, stroke=GRID, stroke_width=3)
        s = dilemma.spread
        if s.q1 is not None and s.q3 is not None:
            add(group, "rect", x=at(s.q1), y=y - 7, width=max(2.0, at(s.q3) - at(s.q1)),
                height=14, fill=PALETTE[0], fill_opacity=0.25, stroke=PALETTE[0],
                data_kind="band")  # fmt: skip
        stacked: Counter = Counter()
        for value in dilemma.positions:
            level = stacked[value]
            stacked[value] += 1
            marker(group, "circle", at(value), y - 12 - 7 * level, 3.5, fill=INK,
                   data_kind="position", data_value=num(value))  # fmt: skip
        if s.median is not None:
            mx = at(s.median)
            add(group, "path", d=f"M{num(mx)} {num(y - 9)}L{num(mx + 7)} {num(y)}L{num(mx)} "
                f"{num(y + 9)}L{num(mx - 7)} {num(y)}Z", fill=PALETTE[5], stroke=INK,
                data_kind="median", data_value=num(s.median))  # fmt: skip
        sheet.y = y + 30
    sheet.legend([
        (swatch_marker("circle", INK), labels.participant),
        (swatch_marker("diamond", PALETTE[5]), labels.median),
    ])  # fmt: skip
    return sheet.render()


def role_map(
    data: RoleMap, *, labels: Labels | None = None, width: int = DEFAULT_WIDTH,
    heading: bool = True,
) -> str:  # fmt: skip
    """Draw the hexagon with, at each corner, its actor and the role marked by shape and colour.

    Returns
    -------
    str
        An ``<svg>``; each corner's actor is ``<g data-kind="actor" data-corner="…"
        data-role="…">``.
    """
    labels = labels or Labels()
    sheet = Sheet("role_map", data, labels, width, heading)
    size = min(sheet.inner, 460.0)
    radius = size / 2 - 70
    cx, cy = sheet.width / 2, sheet.y + size / 2
    corners = [polar(cx, cy, radius, i * math.pi / 3) for i in range(6)]
    add(sheet.body, "polygon", points=points_attr(corners), fill="#f7f7f7", stroke=MUTED,
        stroke_width=1.5)  # fmt: skip
    if data.centre:
        label(sheet.body, cx - 60, cy, data.centre, 120, size=SMALL, anchor="start")
    style = {role.key: (PALETTE[i], SHAPES[i]) for i, role in enumerate(data.roles)}
    for actor in data.actors:
        x, y = corners[actor.corner % 6]
        group = add(sheet.body, "g", data_kind="actor", data_corner=actor.corner,
                    data_role=actor.role or "")  # fmt: skip
        if actor.role in style:
            colour, shape = style[actor.role]
            marker(group, shape, x, y, 11, fill=colour, stroke=INK, stroke_width=1.0)
        else:
            add(group, "circle", cx=x, cy=y, r=8, fill="#ffffff", stroke=MUTED,
                stroke_dasharray="2 2")  # fmt: skip
        right = x >= cx
        ty = y + (26 if y > cy + 1 else -30 if y < cy - 1 else 4)
        lx = x + 16 if right else x - 16 - 130
        label(group, max(MARGIN, lx), ty, actor.label, 130, size=SMALL, max_lines=3)
    sheet.y += size + MARGIN
    sheet.legend([(swatch_marker(style[r.key][1], style[r.key][0]), r.label) for r in data.roles])
    return sheet.render()

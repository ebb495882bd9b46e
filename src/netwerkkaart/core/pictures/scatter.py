"""2x2 scatter: things placed on two axes, divided at the cut points into four named quadrants.

Used for the portfolio of collaborations (strategic importance x operational necessity) and for
the need for inter-municipal collaboration per type of care demand (standard or complex x offer
present in the municipality or not: quadrants I-IV).
"""

from __future__ import annotations

from collections import defaultdict

from netwerkkaart.core.pictures.data import Labels, Quadrant, Scatter2x2, ScatterAxis
from netwerkkaart.core.pictures.svg import (
    DEFAULT_WIDTH,
    GRID,
    INK,
    LINE,
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
    polar,
    swatch_marker,
    tooltip,
    wrap,
    write,
)

GUTTER = 2 * SMALL * LINE + 6  # left of the plot: the y axis' label and ends, turned upright
SPREAD_OUT = 11.0  # points on the same spot are set around it at this distance


def scatter_2x2(
    data: Scatter2x2,
    *,
    labels: Labels | None = None,
    width: int = DEFAULT_WIDTH,
    heading: bool = True,
) -> str:
    """Draw points in a 2x2 divided at each axis' cut point, with the quadrants' names.

    Parameters
    ----------
    data
        The two axes (label, range, cut point, end texts), the quadrants and the points.
    labels
        The words the picture writes itself.
    width
        Width in pixels.
    heading
        Whether to write the title at the top.

    Returns
    -------
    str
        An ``<svg>`` document. The cut lines are ``data-kind="cut-x"`` and ``"cut-y"``; each
        point is a ``<g data-kind="point">`` naming its ``data-quadrant`` (code, when named).
        Points of a group share colour and shape; points on one spot are set around it.
    """
    labels = labels or Labels()
    sheet = Sheet("scatter_2x2", data, labels, width, heading)
    x0 = MARGIN + GUTTER
    w = sheet.width - MARGIN - x0
    h = min(w * 0.75, 440.0)
    y0 = sheet.y

    def sx(value: float) -> float:
        return x0 + w * _share(data.x, value)

    def sy(value: float) -> float:
        return y0 + h * (1 - _share(data.y, value))

    plot = add(sheet.body, "g", data_kind="plot", data_x=x0, data_y=y0, data_w=w, data_h=h)
    cut_x, cut_y = sx(data.x.cut), sy(data.y.cut)
    add(plot, "rect", x=x0, y=y0, width=w, height=h, fill="#fafafa", stroke=MUTED,
        stroke_width=1.0)  # fmt: skip
    add(plot, "line", x1=cut_x, y1=y0, x2=cut_x, y2=y0 + h, stroke=INK, stroke_width=1.5,
        data_kind="cut-x")  # fmt: skip
    add(plot, "line", x1=x0, y1=cut_y, x2=x0 + w, y2=cut_y, stroke=INK, stroke_width=1.5,
        data_kind="cut-y")  # fmt: skip
    for quadrant in data.quadrants:
        left = cut_x if quadrant.x_high else x0
        right = x0 + w if quadrant.x_high else cut_x
        top = y0 if quadrant.y_high else cut_y
        bottom = cut_y if quadrant.y_high else y0 + h
        _quadrant_name(plot, quadrant, left, right, top, bottom)
    _axes(sheet, data, x0, y0, w, h)

    groups = list(dict.fromkeys(p.group for p in data.points if p.group is not None))
    looks = {g: (PALETTE[i % len(PALETTE)], SHAPES[i % len(SHAPES)]) for i, g in enumerate(groups)}
    spots: dict[tuple[int, int], list[int]] = defaultdict(list)
    for i, point in enumerate(data.points):
        spots[(round(sx(point.x)), round(sy(point.y)))].append(i)
    for (px, py), members in spots.items():
        for rank, i in enumerate(members):
            point = data.points[i]
            x, y = float(px), float(py)
            if len(members) > 1:
                x, y = polar(x, y, SPREAD_OUT, 6.283185307 * rank / len(members))
            colour, shape = looks.get(point.group, (PALETTE[0], "circle"))
            quadrant = _quadrant_of(data, point.x, point.y)
            group = add(
                plot, "g", data_kind="point", data_quadrant=quadrant.code if quadrant else None
            )
            marker(group, shape, x, y, 6.0, fill=colour, stroke=INK, stroke_width=0.8)
            room = (x0 + w - x - 14) if x < x0 + w * 0.7 else (x - x0 - 14)
            lines, cut = wrap(point.label, max(room, 60.0), SMALL, 1)
            if cut:
                tooltip(group, point.label)
            anchor = "start" if x < x0 + w * 0.7 else "end"
            dx = 10 if anchor == "start" else -10
            write(group, x + dx, y + SMALL * 0.35, lines[0], size=SMALL, anchor=anchor)
    sheet.y = y0 + h + 2 * SMALL * LINE + MARGIN + 6
    if groups:
        sheet.legend([(swatch_marker(shape, colour), g) for g, (colour, shape) in looks.items()])
    return sheet.render()


def _share(axis: ScatterAxis, value: float) -> float:
    return min(1.0, max(0.0, (value - axis.minimum) / (axis.maximum - axis.minimum)))


def _quadrant_of(data: Scatter2x2, x: float, y: float) -> Quadrant | None:
    x_high, y_high = x >= data.x.cut, y >= data.y.cut
    return next(
        (q for q in data.quadrants if q.x_high == x_high and q.y_high == y_high),
        None,
    )


def _quadrant_name(plot, quadrant: Quadrant, left: float, right: float, top: float, bottom: float):
    """The code large and faint, and the name, in the quadrant's outer corner."""
    group = add(plot, "g", data_kind="quadrant", data_code=quadrant.code)
    add(group, "rect", x=left, y=top, width=right - left, height=bottom - top, fill="none",
        stroke="none")  # fmt: skip
    start = not quadrant.x_high
    x = left + 8 if start else right - 8
    anchor = "start" if start else "end"
    y = top + TEXT + 4 if quadrant.y_high else bottom - 8 - TEXT * LINE
    text = f"{quadrant.code} {quadrant.name}".strip()
    label(group, x, y, text, right - left - 16, anchor=anchor, fill=MUTED, weight="bold")


def _axes(sheet: Sheet, data: Scatter2x2, x0: float, y0: float, w: float, h: float) -> None:
    """The x axis' ends and label under the plot; the y axis' turned upright beside it."""
    group = add(sheet.body, "g", data_kind="axes", fill=GRID)
    below = y0 + h + SMALL * LINE
    write(group, x0, below, data.x.low, size=SMALL, fill=MUTED)
    write(group, x0 + w, below, data.x.high, size=SMALL, fill=MUTED, anchor="end")
    write(group, x0 + w / 2, below + SMALL * LINE + 2, f"{data.x.label} →", size=SMALL,
          anchor="middle", weight="bold")  # fmt: skip
    ends = x0 - 6
    outer = x0 - 6 - SMALL * LINE - 2
    for x, y, text, anchor, weight in (
        (ends, y0 + h, data.y.low, "start", None),
        (ends, y0, data.y.high, "end", None),
        (outer, y0 + h / 2, f"{data.y.label} →", "middle", "bold"),
    ):
        if text:
            write(group, x, y, text, size=SMALL, fill=INK if weight else MUTED, anchor=anchor,
                  weight=weight, transform=f"rotate(-90 {num(x)} {num(y)})")  # fmt: skip

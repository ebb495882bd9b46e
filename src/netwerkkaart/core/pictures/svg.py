"""The drawing kit every picture shares: a sheet, text that wraps, markers, colours, a legend.

Only plain SVG 1.1 comes out — no CSS, no scripts, no ``foreignObject``, no ``tspan`` — so the
same picture renders inline in a page and in WeasyPrint's PDFs. The elements are built with
:mod:`xml.etree.ElementTree`, which escapes every text and attribute. Sizes are in pixels of a
picture ``width`` wide (640 fits an A4 column); fonts keep their size at every width, so a
narrower picture lays out fewer words per line rather than smaller ones.

Colours come from Okabe & Ito's palette for colour-blind readers, and never carry meaning alone:
every series also has a shape, a dash or a written value.

References
----------
Okabe, M. & Ito, K. (2008). Color Universal Design (CUD): how to make figure and presentation
friendly for colorblind people. https://jfly.uni-koeln.de/color/
"""

from __future__ import annotations

import math
import textwrap
import xml.etree.ElementTree as ET
from collections.abc import Callable, Sequence
from contextvars import ContextVar

from netwerkkaart.core.pictures.data import Labels, Picture, Spread, Statistic

SVG_NS = "http://www.w3.org/2000/svg"
FONT = "DejaVu Sans, Arial, Helvetica, sans-serif"
DEFAULT_WIDTH = 640
MIN_WIDTH = 320
MARGIN = 12.0

INK = "#1a1a1a"
MUTED = "#595959"  # 7:1 against white: still legible as small text
GRID = "#c8c8c8"
PAPER = "#ffffff"
# Okabe-Ito, blue first; yellow last, as it is faint on white.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#000000", "#F0E442")
SHAPES = ("circle", "square", "triangle", "diamond", "triangle_down")
# A sequential ramp light to dark in one hue: ordered without relying on telling hues apart.
RAMP = ((0xF7, 0xFB, 0xFF), (0x6B, 0xAE, 0xD6), (0x08, 0x30, 0x6B))

TEXT = 14.0
SMALL = 12.5
HEADING = 17.0
LINE = 1.3  # line height, in font sizes
# Average advance of a character of DejaVu Sans in font sizes (a wide font: safe for narrower ones).
CHAR = 0.6

Element = ET.Element


def num(value: float, decimals: int = 2) -> str:
    """``value`` with at most ``decimals`` decimals and no trailing zeros (``-0`` as ``0``)."""
    text = f"{value:.{decimals}f}".rstrip("0").rstrip(".") if decimals else f"{value:.0f}"
    return "0" if text in ("-0", "") else text


# The decimal sign of the picture being drawn (set by ``pictures.draw`` from its labels).
DECIMAL: ContextVar[str] = ContextVar("decimal", default=".")


def figure(value: float, decimals: int = 1) -> str:
    """A figure written for reading: fixed decimals (``3.0``, ``3,0`` in a Dutch picture), so a
    column of them lines up."""
    return f"{value:.{decimals}f}".replace(".", DECIMAL.get())


def add(parent: Element, tag: str, **attrs: object) -> Element:
    """Append ``<tag>`` to ``parent``; ``stroke_width`` becomes ``stroke-width``, ``class_`` ``class``.

    Floats are written with two decimals at most; ``None`` leaves the attribute out.
    """
    element = ET.SubElement(parent, tag)
    for key, value in attrs.items():
        if value is None:
            continue
        name = key.rstrip("_").replace("_", "-")
        element.set(name, num(value) if isinstance(value, float) else str(value))
    return element


def tooltip(parent: Element, text: str) -> None:
    """Give ``parent`` a ``<title>``: the full text a shortened label stands for."""
    ET.SubElement(parent, "title").text = text


def text_width(text: str, size: float = TEXT) -> float:
    """The estimated width of ``text`` at ``size`` (no font metrics on the server)."""
    return len(text) * size * CHAR


def wrap(text: str, width: float, size: float = TEXT, max_lines: int = 2) -> tuple[list[str], bool]:
    """Break ``text`` into lines of at most ``width`` pixels; cut the last one with an ellipsis.

    Returns
    -------
    tuple[list[str], bool]
        The lines, and whether text was cut off (the caller then adds the full text as a title).
    """
    chars = max(3, int(width / (size * CHAR)))
    lines = textwrap.wrap(" ".join(text.split()), chars, break_long_words=True) or [""]
    if len(lines) <= max_lines:
        return lines, False
    kept = lines[:max_lines]
    kept[-1] = kept[-1][: chars - 1].rstrip() + "…"
    return kept, True


def write(
    parent: Element,
    x: float,
    y: float,
    text: str,
    *,
    size: float = TEXT,
    anchor: str = "start",
    fill: str = INK,
    weight: str | None = None,
    **attrs: object,
) -> Element:
    """Write one line of ``text`` with its baseline at ``y``."""
    element = add(
        parent,
        "text",
        x=float(x),
        y=float(y),
        font_size=num(size),
        text_anchor=None if anchor == "start" else anchor,
        fill=fill,
        font_weight=weight,
        **attrs,
    )
    element.text = text
    return element


def label(
    parent: Element,
    x: float,
    y: float,
    text: str,
    width: float,
    *,
    size: float = TEXT,
    anchor: str = "start",
    max_lines: int = 2,
    fill: str = INK,
    weight: str | None = None,
) -> float:
    """Write ``text`` wrapped to ``width``, first baseline at ``y``; returns the height used.

    A label cut short is grouped with its full text as ``<title>``, shown on hover and read aloud.
    """
    lines, cut = wrap(text, width, size, max_lines)
    target = add(parent, "g") if cut else parent
    if cut:
        tooltip(target, text)
    for i, line in enumerate(lines):
        write(
            target, x, y + i * size * LINE, line, size=size, anchor=anchor, fill=fill, weight=weight
        )
    return len(lines) * size * LINE


def label_height(text: str, width: float, size: float = TEXT, max_lines: int = 2) -> float:
    """The height :func:`label` will take for ``text``."""
    return len(wrap(text, width, size, max_lines)[0]) * size * LINE


def marker(
    parent: Element,
    shape: str,
    x: float,
    y: float,
    r: float,
    *,
    fill: str,
    stroke: str = PAPER,
    stroke_width: float = 1.0,
    **attrs: object,
) -> Element:
    """A point marker of one of :data:`SHAPES` centred on ``(x, y)``, about ``2r`` across."""
    style = {"fill": fill, "stroke": stroke, "stroke_width": stroke_width, **attrs}
    if shape == "circle":
        return add(parent, "circle", cx=float(x), cy=float(y), r=float(r), **style)
    if shape == "square":
        s = r * 0.9
        return add(parent, "rect", x=x - s, y=y - s, width=2 * s, height=2 * s, **style)
    corners = {
        "triangle": [(0, -1.15), (1.05, 0.75), (-1.05, 0.75)],
        "triangle_down": [(0, 1.15), (1.05, -0.75), (-1.05, -0.75)],
        "diamond": [(0, -1.2), (1.2, 0), (0, 1.2), (-1.2, 0)],
    }[shape]
    points = " ".join(f"{num(x + dx * r)},{num(y + dy * r)}" for dx, dy in corners)
    return add(parent, "polygon", points=points, **style)


def diagonals(x: float, y: float, w: float, h: float, step: float) -> str:
    """Path data of parallel diagonals ``step`` apart across a rectangle (for textures)."""
    segments = []
    # Lines x - y = c for c from -h to w, clipped to the rectangle.
    c = -h + step / 2
    while c < w:
        x0, y0 = (c, 0.0) if c >= 0 else (0.0, -c)
        x1, y1 = (c + h, h) if c + h <= w else (w, w - c)
        segments.append(f"M{num(x + x0)} {num(y + y0)}L{num(x + x1)} {num(y + y1)}")
        c += step
    return "".join(segments)


def hatch(parent: Element, x: float, y: float, w: float, h: float, *, step: float = 6.0) -> Element:
    """A rectangle filled light grey with diagonal lines: "no figure here", without colour."""
    group = add(parent, "g", data_kind="suppressed")
    add(group, "rect", x=float(x), y=float(y), width=float(w), height=float(h), fill="#f0f0f0")
    add(
        group,
        "path",
        d=diagonals(x, y, w, h, step),
        stroke="#9a9a9a",
        stroke_width=1.0,
        fill="none",
    )
    return group


def ramp(t: float) -> str:
    """The colour at ``t`` in ``0..1`` of the light-to-dark ramp :data:`RAMP`."""
    t = min(1.0, max(0.0, t)) * (len(RAMP) - 1)
    i = min(int(t), len(RAMP) - 2)
    a, b = RAMP[i], RAMP[i + 1]
    f = t - i
    return "#" + "".join(f"{round(p + (q - p) * f):02x}" for p, q in zip(a, b, strict=True))


def ink_on(fill: str) -> str:
    """Black or white text, whichever reads better on ``fill`` (a ``#rrggbb`` colour)."""
    r, g, b = (int(fill[i : i + 2], 16) / 255 for i in (1, 3, 5))
    luminance = 0.2126 * r**2.2 + 0.7152 * g**2.2 + 0.0722 * b**2.2
    return INK if luminance > 0.22 else PAPER


def polar(cx: float, cy: float, r: float, angle: float) -> tuple[float, float]:
    """The point at radius ``r`` and ``angle`` radians (0 up, clockwise) from ``(cx, cy)``."""
    return cx + r * math.sin(angle), cy - r * math.cos(angle)


def points_attr(points: Sequence[tuple[float, float]]) -> str:
    """``points`` as an SVG ``points`` attribute."""
    return " ".join(f"{num(x)},{num(y)}" for x, y in points)


class Sheet:
    """An SVG picture being drawn top to bottom: ``y`` is where the next part goes.

    Parameters
    ----------
    kind
        The picture kind, written as ``data-picture`` on the root.
    picture
        Its title (heading, ``<title>``, ``aria-label``), group size and description.
    labels
        The words the picture writes itself.
    width
        Width in pixels (at least :data:`MIN_WIDTH`).
    heading
        Whether to write the title and group size at the top (off when the page has a heading).
    """

    def __init__(
        self, kind: str, picture: Picture, labels: Labels, width: int, heading: bool = True
    ) -> None:
        if width < MIN_WIDTH:
            raise ValueError(f"a picture is at least {MIN_WIDTH} pixels wide, not {width}")
        self.kind = kind
        self.picture = picture
        self.labels = labels
        self.width = float(width)
        self.body = ET.Element("g")
        self.y = MARGIN
        if heading and picture.title:
            self.y += HEADING
            self.y += label(
                self.body, MARGIN, self.y, picture.title, self.inner, size=HEADING, weight="bold"
            )
            self.y -= HEADING * LINE  # back to the last line's baseline
        if heading and picture.n is not None:
            self.y += SMALL * LINE
            write(self.body, MARGIN, self.y, labels.n.format(n=picture.n), size=SMALL, fill=MUTED)
        self.y += MARGIN

    @property
    def inner(self) -> float:
        """The width inside the margins."""
        return self.width - 2 * MARGIN

    def note(self, message: str) -> None:
        """A dashed box with ``message``: what is drawn when there is no figure to show."""
        height = label_height(message, self.inner - 24, max_lines=4) + 24
        group = add(self.body, "g", data_kind="note")
        add(group, "rect", x=MARGIN, y=self.y, width=self.inner, height=height, fill="#f5f5f5",
            stroke=MUTED, stroke_dasharray="4 3", rx=4.0)  # fmt: skip
        label(group, MARGIN + 12, self.y + 12 + TEXT, message, self.inner - 24, max_lines=4)
        self.y += height + MARGIN

    def legend(
        self, entries: Sequence[tuple[Callable[[Element, float, float], None], str]]
    ) -> None:
        """Entries (a swatch drawn centred at ``x, y`` and its text) flowing in rows."""
        if not entries:
            return
        group = add(self.body, "g", data_kind="legend")
        x, y = MARGIN, self.y + SMALL
        for draw_swatch, text in entries:
            shown, cut = wrap(text, self.inner - 24, SMALL, 1)
            needed = 24 + text_width(shown[0], SMALL) + 16
            if x > MARGIN and x + needed > self.width - MARGIN:
                x, y = MARGIN, y + SMALL * LINE + 4
            entry = add(group, "g")
            if cut:
                tooltip(entry, text)
            draw_swatch(entry, x + 8, y - SMALL * 0.35)
            write(entry, x + 22, y, shown[0], size=SMALL)
            x += needed
        self.y = y + SMALL * 0.6 + MARGIN

    def render(self) -> str:
        """The finished ``<svg>`` document as a string."""
        height = math.ceil(self.y)
        width = num(self.width)
        root = ET.Element(
            "svg",
            {
                "xmlns": SVG_NS,
                "version": "1.1",
                "width": width,
                "height": str(height),
                "viewBox": f"0 0 {width} {height}",
                "role": "img",
                "aria-label": self.picture.title,
                "font-family": FONT,
                "data-picture": self.kind,
            },
        )
        ET.SubElement(root, "title").text = self.picture.title
        if self.picture.description:
            ET.SubElement(root, "desc").text = self.picture.description
        add(root, "rect", x=0, y=0, width=width, height=height, fill=PAPER)
        root.append(self.body)
        return ET.tostring(root, encoding="unicode")


def summary(spread: Spread, statistic: Statistic = "median", decimals: int = 1) -> str:
    """A spread written short: the centre, then q1-q3 in brackets when known (``4.0 (3.0–4.5)``)."""
    centre = spread.centre(statistic)
    if centre is None:
        return ""
    text = figure(centre, decimals)
    if spread.q1 is not None and spread.q3 is not None:
        text += f" ({figure(spread.q1, decimals)}–{figure(spread.q3, decimals)})"
    return text


def suppressed(kind: str, picture: Picture, labels: Labels, width: int, heading: bool) -> str:
    """The whole picture replaced by a note that its figures are not shown."""
    sheet = Sheet(kind, picture, labels, width, heading)
    sheet.note(labels.suppressed)
    return sheet.render()


def swatch_box(fill: str, stroke: str = INK) -> Callable[[Element, float, float], None]:
    """A legend swatch: a small filled square."""

    def draw(parent: Element, x: float, y: float) -> None:
        add(parent, "rect", x=x - 6, y=y - 6, width=12, height=12, fill=fill, stroke=stroke,
            stroke_width=0.8)  # fmt: skip

    return draw


def swatch_marker(shape: str, fill: str) -> Callable[[Element, float, float], None]:
    """A legend swatch: a point marker."""

    def draw(parent: Element, x: float, y: float) -> None:
        marker(parent, shape, x, y, 5.5, fill=fill, stroke=INK, stroke_width=0.6)

    return draw


def swatch_line(
    stroke: str, width: float = 2.0, dash: str | None = None
) -> Callable[[Element, float, float], None]:
    """A legend swatch: a short line, solid or dashed."""

    def draw(parent: Element, x: float, y: float) -> None:
        add(parent, "line", x1=x - 8, y1=y, x2=x + 8, y2=y, stroke=stroke, stroke_width=width,
            stroke_dasharray=dash)  # fmt: skip

    return draw

"""The region maps as plain SVG 1.1 (page and PDF alike): quadrants, a best region, a partition.

With polygons each municipality is drawn as its shape; with points only, as a schematic: a disc
per municipality and a line per shared border. Colours are Okabe & Ito's, and never carry meaning
alone: each quadrant also has its own pattern and its numeral in the municipality, each region
its number. Every municipality is a ``<g>`` with ``data-code`` and a ``<title>`` (its name and
what the colour says), so a page can make it clickable.

References
----------
Okabe, M. & Ito, K. (2008). Color Universal Design (CUD): how to make figure and presentation
slides that are easy to read for people with color-vision deficiency. https://jfly.uni-koeln.de/color/
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from xml.sax.saxutils import escape, quoteattr

from netwerkkaart.core.pictures.svg import INK, PALETTE, PAPER
from netwerkkaart.core.regions.graph import positions
from netwerkkaart.core.regions.model import RegionData

# Quadrant → (colour, pattern): Okabe-Ito green, sky blue, orange, vermillion.
QUADRANT_STYLE = {
    "I": ("#009E73", None),
    "II": ("#56B4E9", "dots"),
    "III": ("#E69F00", "hatch"),
    "IV": ("#D55E00", "cross"),
}
NONE_FILL = "#e6e6e6"
HIGHLIGHT = "#000000"
WIDTH = 640

_PATTERNS = """<defs>
<pattern id="{p}dots" width="8" height="8" patternUnits="userSpaceOnUse"><circle cx="4" cy="4" r="1.4" fill="#1a1a1a" fill-opacity="0.55"/></pattern>
<pattern id="{p}hatch" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="8" stroke="#1a1a1a" stroke-opacity="0.5" stroke-width="1.6"/></pattern>
<pattern id="{p}cross" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="8" stroke="#1a1a1a" stroke-opacity="0.5" stroke-width="1.6"/><line x1="0" y1="0" x2="8" y2="0" stroke="#1a1a1a" stroke-opacity="0.5" stroke-width="1.6"/></pattern>
</defs>"""


@dataclass(frozen=True, slots=True)
class Cell:
    """How one municipality is drawn: fill colour, optional pattern, the label in it, a title."""

    fill: str
    pattern: str | None = None
    label: str = ""
    title: str = ""
    strong: bool = False  # drawn with a heavy outline (the chosen region)


def draw(data: RegionData, cells: Mapping[str, Cell], *, title: str, prefix: str = "m") -> str:
    """The map with each municipality drawn as ``cells[code]`` says (grey when absent)."""
    project, height = _projection(data)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" '
        f'width="{WIDTH}" height="{height}" role="img" aria-label={quoteattr(title)}>',
        f"<title>{escape(title)}</title>",
        _PATTERNS.format(p=prefix),
        f'<rect width="{WIDTH}" height="{height}" fill="{PAPER}"/>',
    ]
    points = {c: project(*p) for c, p in positions(data).items()}
    if not data.shapes:
        edges = {tuple(sorted((a, b))) for a, ns in data.neighbours.items() for b in ns}
        lines = "".join(
            f"M{points[a][0]:.1f} {points[a][1]:.1f}L{points[b][0]:.1f} {points[b][1]:.1f}"
            for a, b in sorted(edges)
        )
        parts.append(f'<path d="{lines}" stroke="#8c8c8c" stroke-width="1.2" fill="none"/>')
    for m in data.municipalities:
        cell = cells.get(m.code, Cell(NONE_FILL))
        tip = f"{m.name} ({m.code})" + (f": {cell.title}" if cell.title else "")
        outline = f'stroke="{HIGHLIGHT}" stroke-width="3"' if cell.strong else (
            f'stroke="{INK}" stroke-width="0.8"')  # fmt: skip
        shape = _shape(data, m.code, project, points)
        parts.append(f'<g class="municipality" data-code={quoteattr(m.code)} tabindex="0">'
                     f"<title>{escape(tip)}</title>")  # fmt: skip
        parts.append(shape.format(fill=f'fill="{cell.fill}"', extra=outline))
        if cell.pattern:
            parts.append(shape.format(fill=f'fill="url(#{prefix}{cell.pattern})"',
                                      extra='stroke="none"'))  # fmt: skip
        if cell.label:
            x, y = points[m.code]
            parts.append(
                f'<text x="{x:.1f}" y="{y + 4:.1f}" text-anchor="middle" font-size="11" '
                f'font-family="DejaVu Sans, sans-serif" font-weight="bold" fill="{INK}" '
                f'stroke="{PAPER}" stroke-width="3" paint-order="stroke">{escape(cell.label)}</text>'
            )
        parts.append("</g>")
    parts.append("</svg>")
    return "".join(parts)


def _projection(data: RegionData):
    xs, ys = [], []
    if data.shapes:
        for polygons in data.shapes.values():
            for rings in polygons:
                xs += [x for x, _ in rings[0]]
                ys += [y for _, y in rings[0]]
    else:
        for x, y in positions(data).values():
            xs.append(x)
            ys.append(y)
    margin = 14
    span_x = (max(xs) - min(xs)) or 1.0
    span_y = (max(ys) - min(ys)) or 1.0
    scale = (WIDTH - 2 * margin) / span_x
    height = round(span_y * scale + 2 * margin)
    left, top = min(xs), max(ys)

    def project(x: float, y: float) -> tuple[float, float]:
        return margin + (x - left) * scale, margin + (top - y) * scale  # north up

    return project, height


def _shape(data: RegionData, code: str, project, points) -> str:
    if data.shapes and code in data.shapes:
        d = ""
        for rings in data.shapes[code]:
            for ring in rings:
                coords = [project(x, y) for x, y in ring]
                d += "M" + "L".join(f"{x:.1f} {y:.1f}" for x, y in coords) + "Z"
        return f'<path d="{d}" fill-rule="evenodd" {{fill}} {{extra}}/>'
    x, y = points[code]
    return f'<circle cx="{x:.1f}" cy="{y:.1f}" r="13" {{fill}} {{extra}}/>'


def quadrant_cells(rows, names: Mapping[str, str] | None = None) -> dict[str, Cell]:
    """Cells for the quadrant map of one demand type, from its :class:`QuadrantRow` list."""
    cells = {}
    for row in rows:
        colour, pattern = QUADRANT_STYLE[row.quadrant]
        text = (names or {}).get(row.quadrant, row.quadrant)
        cells[row.municipality] = Cell(colour, pattern, row.quadrant, text)
    return cells


def region_cells(regions, label: str = "{n}") -> dict[str, Cell]:
    """Cells for the partition map: each region a colour (cycling) and its number."""
    cells = {}
    for n, region in enumerate(regions, start=1):
        colour = PALETTE[(n - 1) % (len(PALETTE) - 2)]  # black and yellow left out
        for code in region:
            cells[code] = Cell(colour, None, str(n), label.format(n=n))
    return cells

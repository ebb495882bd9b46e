"""The network map as a static SVG picture, for printed reports and pages without JavaScript.

The interactive map draws in the browser; a report needs the same picture on paper. This draws it
on the server from the positions of :mod:`netwerkkaart.core.network.layout`, so the PDF shows the
round exactly as the map does: one dot per actor coloured by sector (sized by its number of
partners), one line per collaboration, and — when comparing two rounds — new ties in a strong
colour and ended ties dashed.

Only plain SVG 1.1 is written (no scripts, no CSS variables), so WeasyPrint renders it into a
PDF. All ties of one kind are one ``<path>``: 15 000 ties stay one element, not 15 000.

References
----------
Fruchterman, T. M. J. & Reingold, E. M. (1991). Graph drawing by force-directed placement.
*Software: Practice and Experience*, 21(11), 1129-1164.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape, quoteattr

import numpy as np

from netwerkkaart.core.network.layout import DEFAULT_BOX


@dataclass(frozen=True)
class TieStyle:
    """How one kind of tie is drawn; ``label`` names it in the legend (``None``: not listed)."""

    colour: str
    width: float
    opacity: float
    dash: str | None = None
    label: str | None = None


# Ties of a single round, and the kinds of a comparison (see core.compare.tie_changes).
DEFAULT_TIE_STYLES: dict[str, TieStyle] = {
    "tie": TieStyle("#8C8C8C", 1.0, 0.45),
    "same": TieStyle("#B4B4B4", 1.0, 0.45),
    "intensified": TieStyle("#B4B4B4", 1.0, 0.45),
    "weakened": TieStyle("#B4B4B4", 1.0, 0.45),
    # Not sector colours: a highlighted tie must not read as a sector. Ended ties are dashed too,
    # so the two differ without colour.
    "new": TieStyle("#1A1A1A", 1.8, 0.85),
    "ended": TieStyle("#A50026", 1.8, 0.85, dash="5 3"),
    "not_reported": TieStyle("#B4B4B4", 1.0, 0.3, dash="2 3"),
}
# Drawn in this order: the highlighted kinds last, on top.
DRAW_ORDER = ("not_reported", "tie", "same", "weakened", "intensified", "ended", "new")


@dataclass(frozen=True)
class MapPicture:
    """What to draw. Sequences per actor are aligned with the rows of ``positions``.

    Attributes
    ----------
    positions
        ``(n, 2)`` array in ``[0, box]²`` (from :func:`~netwerkkaart.core.network.layout.layout_positions`).
    colours
        Fill colour of each actor (its sector's colour).
    partners
        Number of partners of each actor: the dot's area grows with it.
    labels
        Text written beside an actor, or ``None`` for none (e.g. only the busiest actors).
    ties
        ``(source, target, kind)`` by actor position; ``kind`` a key of the tie styles.
    legend
        ``(colour, text)`` per sector shown.
    title
        The accessible name of the picture.
    """

    positions: np.ndarray
    colours: Sequence[str]
    partners: Sequence[int]
    labels: Sequence[str | None]
    ties: Sequence[tuple[int, int, str]]
    legend: Sequence[tuple[str, str]] = ()
    title: str = ""


def network_svg(
    picture: MapPicture,
    *,
    width: int = 680,
    box: float = DEFAULT_BOX,
    tie_styles: Mapping[str, TieStyle] | None = None,
) -> str:
    """Draw ``picture`` as an SVG document string, ``width`` pixels wide with a legend below.

    Parameters
    ----------
    picture
        Positions, colours, sizes, labels and ties (see :class:`MapPicture`).
    width
        Width of the picture; the drawing is square, the legend adds rows underneath.
    box
        The side of the square the positions lie in.
    tie_styles
        Colour, width, opacity and dash per kind of tie; defaults to :data:`DEFAULT_TIE_STYLES`.
        A style with a ``label`` is listed in the legend.

    Returns
    -------
    str
        An ``<svg>`` element with ``role="img"``, a ``<title>``, one ``<path>`` per kind of tie
        (``data-kind`` names it) and ``<path data-kind="actors">`` of dots per colour and size
        (biggest first, so small dots stay visible on top).
    """
    styles = {**DEFAULT_TIE_STYLES, **(tie_styles or {})}
    n = len(picture.positions)
    scale = width / box
    points = np.asarray(picture.positions, dtype=float).reshape(n, 2) * scale
    # Dots shrink as the map fills up, so 5 000 actors do not cover each other completely.
    base = max(1.2, min(5.0, 60.0 / math.sqrt(max(n, 1))))
    legend_rows = _legend_rows(picture.legend, styles)
    height = width + 8 + 18 * legend_rows
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-label={quoteattr(picture.title)} '
        'font-family="DejaVu Sans, sans-serif">',
        f"<title>{escape(picture.title)}</title>",
        f'<rect x="0" y="0" width="{width}" height="{width}" fill="#ffffff" stroke="#d0d0d0"/>',
    ]
    by_kind: dict[str, list[str]] = {}
    for source, target, kind in picture.ties:
        (x1, y1), (x2, y2) = points[source], points[target]
        # Whole pixels: a tenth of a millimetre on A4 is invisible, and 24 000 ties stay small.
        by_kind.setdefault(kind, []).append(f"M{x1:.0f} {y1:.0f}L{x2:.0f} {y2:.0f}")
    for kind in sorted(by_kind, key=lambda k: DRAW_ORDER.index(k) if k in DRAW_ORDER else -1):
        style = styles.get(kind, styles["tie"])
        dash = f' stroke-dasharray="{style.dash}"' if style.dash else ""
        parts.append(
            f'<path data-kind="{escape(kind)}" data-count="{len(by_kind[kind])}" fill="none" '
            f'stroke="{style.colour}" stroke-width="{style.width}" '
            f'stroke-opacity="{style.opacity}"{dash} d="{"".join(by_kind[kind])}"/>'
        )
    # Dots are zero-length strokes with round caps, one path per colour and size: WeasyPrint
    # draws one element per path and parses no arcs, so 5 000 actors take a fraction of a second
    # instead of seconds as separate <circle>s. Sizes are rounded to half a pixel.
    by_look: dict[tuple[str, float], list[str]] = {}
    for i in range(n):
        x, y = points[i]
        r = round(2 * base * (1 + math.sqrt(max(int(picture.partners[i]), 0)) / 5)) / 2
        by_look.setdefault((picture.colours[i], r), []).append(f"M{x:.1f} {y:.1f}h0")
    for (colour, r), dots in sorted(by_look.items(), key=lambda item: -item[0][1]):
        parts.append(
            f'<path data-kind="actors" data-count="{len(dots)}" fill="none" stroke="{colour}" '
            f'stroke-width="{2 * r:g}" stroke-linecap="round" d="{"".join(dots)}"/>'
        )
    for i, label in enumerate(picture.labels):
        if label:
            x, y = points[i]
            anchor = "end" if x > width * 0.75 else "start"
            dx = -6 if anchor == "end" else 6
            # A white halo under the text keeps it legible over ties; drawn as its own element
            # because WeasyPrint ignores paint-order.
            for paint in ('fill="#ffffff" stroke="#ffffff" stroke-width="3"', 'fill="#1a1a1a"'):
                parts.append(
                    f'<text x="{x + dx:.1f}" y="{y + 4:.1f}" font-size="11" font-weight="bold" '
                    f'text-anchor="{anchor}" {paint}>{escape(label)}</text>'
                )
    parts.extend(_legend(picture.legend, styles, width))
    parts.append("</svg>")
    return "".join(parts)


def _legend_entries(
    legend: Sequence[tuple[str, str]], styles: Mapping[str, TieStyle]
) -> list[tuple[str, str, TieStyle | None]]:
    entries: list[tuple[str, str, TieStyle | None]] = [(c, t, None) for c, t in legend]
    entries += [(s.colour, s.label, s) for s in styles.values() if s.label]
    return entries


def _legend_rows(legend: Sequence[tuple[str, str]], styles: Mapping[str, TieStyle]) -> int:
    return math.ceil(len(_legend_entries(legend, styles)) / 3)


def _legend(
    legend: Sequence[tuple[str, str]], styles: Mapping[str, TieStyle], width: int
) -> list[str]:
    parts = []
    column = width / 3
    for index, (colour, text, style) in enumerate(_legend_entries(legend, styles)):
        x = 6 + (index % 3) * column
        y = width + 20 + (index // 3) * 18
        if style is None:
            parts.append(f'<circle cx="{x + 5:.1f}" cy="{y - 4}" r="5" fill="{colour}"/>')
        else:
            dash = f' stroke-dasharray="{style.dash}"' if style.dash else ""
            parts.append(
                f'<line x1="{x:.1f}" y1="{y - 4}" x2="{x + 14:.1f}" y2="{y - 4}" '
                f'stroke="{colour}" stroke-width="{max(style.width, 2)}"{dash}/>'
            )
        parts.append(f'<text x="{x + 18:.1f}" y="{y}" font-size="11">{escape(text)}</text>')
    return parts

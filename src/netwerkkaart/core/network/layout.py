"""Where to draw each actor: a deterministic layout of the collaboration graph, and sector colours.

Computed once on the server (igraph) and reused by every picture of a round: the interactive map
in the browser only places the nodes it is given, so it draws 5 000 actors at once, and the
printed report draws the same picture as SVG.

References
----------
Fruchterman, T. M. J. & Reingold, E. M. (1991). Graph drawing by force-directed placement.
*Software: Practice and Experience*, 21(11), 1129-1164.
"""

from __future__ import annotations

import random

import igraph as ig
import numpy as np

from netwerkkaart.core.network.graph import collaboration_graph

# Above this many actors the repulsion between all pairs is approximated on a grid (igraph's
# grid variant of Fruchterman-Reingold): 0.3 s instead of minutes at 5 000 actors.
LARGE_GRAPH = 1000
DEFAULT_SEED = 7
DEFAULT_BOX = 1000.0

# One colour per sector, from the Okabe-Ito palette: told apart with any common colour vision
# deficiency, and each dark enough against white for a node outline.
SECTOR_COLOURS: dict[str | None, str] = {
    "zorg": "#0072B2",
    "welzijn": "#E69F00",
    "lokaal_bestuur": "#009E73",
    "andere": "#CC79A7",
    "informeel": "#D55E00",
    None: "#7F7F7F",
}

# A tie's colour by finality, in the vocabulary's order (referral, information, coordination,
# joint activities): lighter for the lighter forms, so the heavier ones stand out; an unanswered
# finality grey. Sent to the map with its legend, so page and legend never disagree.
FINALITY_COLOURS: dict[str | None, str] = {
    "doorverwijzen": "#b9c4cf",
    "informatiedeling": "#93a3b3",
    "afstemming": "#4f6b86",
    "activiteiten": "#1d3b5a",
    None: "#d0d0d0",
}

# Communities beyond the palette share the last colour (they are small by then).
COMMUNITY_COLOURS = (
    "#4E79A7", "#F28E2B", "#59A14F", "#E15759", "#76B7B2", "#EDC948", "#B07AA1", "#FF9DA7",
    "#9C755F", "#86BCB6", "#BAB0AC",
)  # fmt: skip


def sector_colour(sector: str | None) -> str:
    """The colour of ``sector`` (grey when unknown)."""
    return SECTOR_COLOURS.get(sector, SECTOR_COLOURS[None])


def community_colour(community: int | None) -> str:
    """The colour of community number ``community`` (0 is the largest)."""
    if community is None or community < 0:
        return SECTOR_COLOURS[None]
    return COMMUNITY_COLOURS[min(community, len(COMMUNITY_COLOURS) - 1)]


def layout_positions(
    graph: ig.Graph, *, seed: int = DEFAULT_SEED, box: float = DEFAULT_BOX
) -> np.ndarray:
    """Positions of the vertices of ``graph``, as an ``(n, 2)`` array inside ``[0, box]²``.

    Parameters
    ----------
    graph
        A graph from :func:`~netwerkkaart.core.network.build_graph` (directed; the layout uses the
        collaborations, direction ignored) or any igraph graph.
    seed
        Fixes the random start, so the same round is always drawn the same way.
    box
        Side of the square the positions are scaled into (aspect ratio kept, centred).

    Returns
    -------
    numpy.ndarray
        Row ``i`` is the position of vertex ``i`` (Fruchterman-Reingold; with grid-approximated
        repulsion above :data:`LARGE_GRAPH` vertices).
    """
    n = graph.vcount()
    if n == 0:
        return np.zeros((0, 2))
    if n == 1:
        return np.array([[box / 2, box / 2]])
    undirected = collaboration_graph(graph) if graph.is_directed() else graph
    state = random.getstate()
    try:
        # igraph draws its random numbers from Python's `random` module.
        random.seed(seed)
        grid = "nogrid" if n <= LARGE_GRAPH else "grid"
        layout = undirected.layout_fruchterman_reingold(niter=500, grid=grid)
    finally:
        random.setstate(state)
    return fit_to_box(np.asarray(layout.coords, dtype=float), box)


def fit_to_box(coords: np.ndarray, box: float = DEFAULT_BOX, margin: float = 0.04) -> np.ndarray:
    """Scale and centre ``coords`` into ``[0, box]²`` with a margin, keeping the aspect ratio."""
    coords = np.nan_to_num(coords, nan=0.0, posinf=0.0, neginf=0.0)
    low, high = coords.min(axis=0), coords.max(axis=0)
    span = float(max(high - low)) or 1.0
    usable = box * (1 - 2 * margin)
    scaled = (coords - low) / span * usable
    offset = (box - (high - low) / span * usable) / 2
    return scaled + offset

"""Plain graph helpers on the neighbour sets: components, contiguity, distances, completeness.

These checks are deliberately independent of the solver: tests and the analysis use them to
verify every region the solver returns (contiguous, and holding every needed product).
"""

from __future__ import annotations

import math
from collections import deque
from collections.abc import Collection, Iterable, Mapping

from netwerkkaart.core.regions.model import RegionData


def components(neighbours: Mapping[str, Collection[str]], within: Iterable[str] | None = None):
    """Connected components (lists of codes, in first-seen order) of the graph, or of a subset."""
    nodes = list(neighbours) if within is None else list(within)
    allowed = set(nodes)
    seen: set[str] = set()
    result: list[list[str]] = []
    for start in nodes:
        if start in seen:
            continue
        seen.add(start)
        part, queue = [start], deque([start])
        while queue:
            node = queue.popleft()
            for other in neighbours.get(node, ()):
                if other in allowed and other not in seen:
                    seen.add(other)
                    part.append(other)
                    queue.append(other)
        result.append(part)
    return result


def is_contiguous(neighbours: Mapping[str, Collection[str]], members: Collection[str]) -> bool:
    """Whether ``members`` form one connected set (an empty set is not a region)."""
    return len(members) > 0 and len(components(neighbours, members)) == 1


def hops(neighbours: Mapping[str, Collection[str]], source: str) -> dict[str, int]:
    """Number of borders crossed from ``source`` to every municipality reachable from it."""
    distance = {source: 0}
    queue = deque([source])
    while queue:
        node = queue.popleft()
        for other in neighbours.get(node, ()):
            if other not in distance:
                distance[other] = distance[node] + 1
                queue.append(other)
    return distance


def missing_products(
    data: RegionData, members: Iterable[str], products: Iterable[str]
) -> list[str]:
    """The products of ``products`` that no municipality of ``members`` offers, in given order."""
    offered: set[str] = set()
    for code in members:
        offered |= data.products_of(code)
    return [p for p in products if p not in offered]


def positions(data: RegionData) -> dict[str, tuple[float, float]]:
    """A point per municipality: the given one, else its shape's centroid, else on a circle."""
    points = data.points()
    if data.shapes:
        from netwerkkaart.core.regions.geometry import centroid

        for code, shape in data.shapes.items():
            points.setdefault(code, centroid(shape))
    missing = [c for c in data.codes if c not in points]
    for i, code in enumerate(missing):
        angle = 2 * math.pi * i / max(len(missing), 1)
        points[code] = (math.cos(angle), math.sin(angle))
    return points


def distance_matrix(data: RegionData) -> dict[tuple[str, str], float]:
    """Euclidean distances between municipality points (for compactness)."""
    points = positions(data)
    codes = data.codes
    return {(a, b): math.dist(points[a], points[b]) for a in codes for b in codes}

"""The best region of a municipality for one type of care demand, solved exactly with CP-SAT.

"If the care demand decides, every type of care demand has its own best region" (Kenis 2011). For
a municipality and a demand type the best region is the smallest contiguous set of municipalities
that contains it and at least one offer of every product the demand type needs. Ties are broken
by the smaller population (the fewest inhabitants sharing the offer), then by compactness (the
smaller sum of distances from the municipality to the members).

Notes
-----
The model is a node-weighted group Steiner problem. A quick greedy region (shortest paths to the
nearest missing product) gives an upper bound ``U``; every member of a better region lies within
``U - 1`` borders of the municipality, so only those are candidates. Contiguity is the
single-commodity flow formulation of Shirabe (2005): the municipality sends one unit of flow to
every other member, along borders between members only. The three criteria are one weighted
objective whose weights keep them in lexicographic order.

References
----------
Kenis, P. (2011). Gemeentelijke samenwerking als een resultante van de bestaande zorgvraag en het
bestaande zorgaanbod (seed 000).
Shirabe, T. (2005). A model of contiguity for spatial unit allocation. *Geographical Analysis*
37(1), 2-16. https://doi.org/10.1111/j.1538-4632.2005.00605.x
"""

from __future__ import annotations

import math
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from ortools.sat.python import cp_model

from netwerkkaart.core.regions.graph import hops, missing_products, positions
from netwerkkaart.core.regions.model import RegionData

OPTIMAL = "optimal"
FEASIBLE = "feasible"
INFEASIBLE = "infeasible"
STATUSES = (OPTIMAL, FEASIBLE, INFEASIBLE)

# Distances are scaled to whole numbers for the solver: the largest distance becomes this.
DISTANCE_SCALE = 1000


@dataclass(frozen=True, slots=True)
class BestRegion:
    """The best region of ``municipality`` for ``demand_type``.

    ``status`` is ``optimal`` (proven best), ``feasible`` (the best found within the time limit)
    or ``infeasible`` (no contiguous region holds every product: ``unreachable`` names the products
    no municipality connected to this one offers). ``members`` starts with the municipality itself.
    """

    municipality: str
    demand_type: str
    members: tuple[str, ...]
    status: str
    unreachable: tuple[str, ...] = ()

    @property
    def size(self) -> int:
        return len(self.members)


def best_region(
    data: RegionData,
    municipality: str,
    products: Iterable[str],
    *,
    demand_type: str = "",
    time_limit: float = 10.0,
    points: dict[str, tuple[float, float]] | None = None,
) -> BestRegion:
    """The smallest contiguous region holding ``municipality`` and an offer of every product.

    Parameters
    ----------
    data
        The municipalities, neighbours and offer.
    municipality
        The code of the municipality the region is for.
    products
        The necessary products of the demand type.
    demand_type
        Only copied onto the result.
    time_limit
        Seconds the solver may take for this one region.
    points
        A point per municipality for compactness (computed from the data when not given).

    Returns
    -------
    BestRegion
        Members (the municipality first, then by distance), and the status.

    Examples
    --------
    A path a - b - c where only c offers the product: the region is the whole path.

    >>> from netwerkkaart.core.regions.model import Municipality, RegionData, symmetric
    >>> ms = tuple(Municipality(c, c) for c in "abc")
    >>> data = RegionData(ms, symmetric([("a", "b"), ("b", "c")], "abc"),
    ...                   {"c": frozenset({"p"})}, ())
    >>> best_region(data, "a", ["p"]).members
    ('a', 'b', 'c')
    """
    products = list(dict.fromkeys(products))
    missing = missing_products(data, [municipality], products)
    if not missing:
        return BestRegion(municipality, demand_type, (municipality,), OPTIMAL)
    reach = hops(data.neighbours, municipality)
    unreachable = missing_products(data, reach, missing)
    if unreachable:
        return BestRegion(municipality, demand_type, (), INFEASIBLE, tuple(unreachable))
    greedy = greedy_region(data, municipality, products, allowed=set(reach))
    points = points or positions(data)
    members, status = _solve(data, municipality, products, greedy, reach, points, time_limit)
    ordered = sorted(
        members, key=lambda c: (reach[c], math.dist(points[c], points[municipality]), c)
    )
    return BestRegion(municipality, demand_type, tuple(ordered), status)


def greedy_region(
    data: RegionData,
    root: str,
    products: list[str],
    *,
    allowed: set[str],
    offers: Callable[[str], frozenset[str]] | None = None,
) -> list[str] | None:
    """A contiguous region from ``root`` holding every product: shortest paths to what is missing.

    Only municipalities in ``allowed`` are used; ``None`` when the products cannot all be reached.
    """
    offers = offers or data.products_of
    region = [root]
    inside = {root}
    have = set(offers(root))
    while missing := [p for p in products if p not in have]:
        path = _path_to_nearest(data, inside, allowed, set(missing), offers)
        if path is None:
            return None
        for code in path:
            if code not in inside:
                inside.add(code)
                region.append(code)
                have |= offers(code)
    return region


def _path_to_nearest(data, inside, allowed, wanted, offers) -> list[str] | None:
    """Breadth-first from the region to the nearest municipality offering a wanted product;
    among the nearest, the one offering the most wanted products."""
    parent: dict[str, str | None] = {c: None for c in inside}
    frontier = deque(inside)
    while frontier:
        layer = list(frontier)
        frontier.clear()
        hits: list[str] = []
        for node in layer:
            for other in sorted(data.neighbours.get(node, ())):
                if other in parent or other not in allowed:
                    continue
                parent[other] = node
                frontier.append(other)
                if offers(other) & wanted:
                    hits.append(other)
        if hits:
            target = max(hits, key=lambda c: len(offers(c) & wanted))
            path = [target]
            while parent[path[-1]] is not None and parent[path[-1]] not in inside:
                path.append(parent[path[-1]])
            return path[::-1]
    return None


def _solve(data, root, products, greedy, reach, points, time_limit) -> tuple[list[str], str]:
    bound = len(greedy)
    candidates = [c for c in data.codes if reach.get(c, bound) <= bound - 1]
    index = {c: i for i, c in enumerate(candidates)}
    model = cp_model.CpModel()
    x = {c: model.new_bool_var(f"x_{c}") for c in candidates}
    model.add(x[root] == 1)
    for product in products:
        model.add_bool_or([x[c] for c in candidates if product in data.products_of(c)])
    model.add(sum(x.values()) <= bound)
    flow = {}
    for a in candidates:
        for b in data.neighbours[a]:
            if b in index and b != root:
                flow[a, b] = model.new_int_var(0, bound - 1, f"f_{index[a]}_{index[b]}")
                model.add(flow[a, b] <= (bound - 1) * x[b])
                model.add(flow[a, b] <= (bound - 1) * x[a])
    for c in candidates:
        if c == root:
            continue
        inflow = [flow[a, c] for a in data.neighbours[c] if (a, c) in flow]
        outflow = [flow[c, b] for b in data.neighbours[c] if (c, b) in flow]
        model.add(sum(inflow) - sum(outflow) == x[c])
    far = max((math.dist(points[c], points[root]) for c in candidates), default=1.0) or 1.0
    spread = {
        c: round(DISTANCE_SCALE * math.dist(points[c], points[root]) / far) for c in candidates
    }
    people = {c: data.municipality(c).population or 0 for c in candidates}
    spread_max = sum(sorted(spread.values())[-bound:]) + 1
    people_max = sum(sorted(people.values())[-bound:]) + 1
    model.minimize(
        sum(
            x[c] * (people_max * spread_max + people[c] * spread_max + spread[c])
            for c in candidates
        )
    )
    chosen = set(greedy)
    for c in candidates:
        model.add_hint(x[c], c in chosen)
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = time_limit
    solver.parameters.num_workers = 1
    solver.parameters.random_seed = 7
    result = solver.solve(model)
    if result == cp_model.OPTIMAL:
        return [c for c in candidates if solver.value(x[c])], OPTIMAL
    if result == cp_model.FEASIBLE:
        return [c for c in candidates if solver.value(x[c])], FEASIBLE
    return greedy, FEASIBLE  # out of time before a solution: the greedy region still holds


def best_regions(
    data: RegionData,
    demand_types: Iterable[str] | None = None,
    *,
    time_limit: float = 10.0,
    progress: Callable[[int, int], None] | None = None,
) -> list[BestRegion]:
    """The best region for every municipality and demand type where the demand occurs."""
    chosen = [d for d in data.demand_types if demand_types is None or d.code in set(demand_types)]
    tasks = [(d, c) for d in chosen for c in data.codes if data.occurs(d.code, c)]
    points = positions(data)
    results: list[BestRegion] = []
    for done, (demand_type, code) in enumerate(tasks, start=1):
        results.append(
            best_region(
                data,
                code,
                demand_type.products,
                demand_type=demand_type.code,
                time_limit=time_limit,
                points=points,
            )
        )
        if progress is not None:
            progress(done, len(tasks))
    return results

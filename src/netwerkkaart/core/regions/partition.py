"""The complete partition: as many contiguous, complete regions as possible (max-p), then compact.

The seed's alternative to a region per demand type: "define regions that hold at least one of all
necessary products", and set up director functions at that level (Kenis 2011). Every municipality
belongs to exactly one region; each region is contiguous and offers every product of the chosen
demand types. Among partitions with the most regions, the most compact one is preferred: the
smallest sum of distances from each municipality to its region's anchor.

Notes
-----
Every region holds an offer of the rarest product, so the municipalities offering it are the only
possible *anchors*: each region is anchored at the first of them (in the order of the data) that
it holds. That bounds the number of regions, breaks the symmetry between regions, and prunes
assignments: a municipality can only join an anchor it reaches without crossing an earlier anchor
candidate. Contiguity is a single-commodity flow per anchor (Shirabe 2005), as in the exact
max-p formulation of Duque, Anselin & Rey (2012). The solve has two phases under one time limit:
first the number of regions is maximised (the bound CP-SAT proves is reported, with the gap),
then, with that number fixed, compactness. The greedy partition of :mod:`.baseline` is the
first solution (a hint), and stays the answer if the solver finds nothing better in time.

References
----------
Duque, J. C., Anselin, L., & Rey, S. J. (2012). The max-p-regions problem. *Journal of Regional
Science* 52(3), 397-419. https://doi.org/10.1111/j.1467-9787.2011.00743.x
Shirabe, T. (2005). A model of contiguity for spatial unit allocation. *Geographical Analysis*
37(1), 2-16.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass, field

from ortools.sat.python import cp_model

from netwerkkaart.core.regions.baseline import compactness, greedy_partition
from netwerkkaart.core.regions.best import FEASIBLE, INFEASIBLE, OPTIMAL
from netwerkkaart.core.regions.graph import components, hops, missing_products, positions
from netwerkkaart.core.regions.model import RegionData, required_products

DISTANCE_SCALE = 1000


@dataclass(slots=True)
class Partition:
    """Regions (tuples of codes, the anchor first), with the solver's status and bound.

    ``status`` is about the number of regions: ``optimal`` (proven maximal), ``feasible`` (the
    time limit ran out first; ``bound`` is the proven upper bound) or ``infeasible`` (not one
    complete region can be made). ``excluded`` lists the parts of the map that hold no complete
    region at all (members, missing products): their municipalities belong to no region.
    ``compact_status`` says whether the compactness of that number of regions is proven best.
    """

    regions: list[tuple[str, ...]]
    status: str
    bound: int
    seconds: float
    products: tuple[str, ...]
    excluded: list[tuple[tuple[str, ...], tuple[str, ...]]] = field(default_factory=list)
    compact_status: str = OPTIMAL
    baseline_regions: int = 0

    @property
    def count(self) -> int:
        return len(self.regions)

    @property
    def gap(self) -> float:
        """(bound - regions) / bound: 0 when the number of regions is proven maximal."""
        return 0.0 if not self.bound else (self.bound - self.count) / self.bound

    def region_of(self) -> dict[str, int]:
        """Municipality code → region number (1, 2, …)."""
        return {c: i for i, region in enumerate(self.regions, start=1) for c in region}


def partition(
    data: RegionData,
    demand_types: list[str] | None = None,
    *,
    time_limit: float = 60.0,
    workers: int = 2,
    seed: int = 0,
) -> Partition:
    """The max-p partition of the municipalities into complete contiguous regions.

    Parameters
    ----------
    data
        Municipalities, neighbours and offer.
    demand_types
        The demand types whose products every region must hold (all when ``None``).
    time_limit
        Seconds for both phases together.
    workers
        CP-SAT search workers.
    seed
        Seed of the solver and of the greedy first solution.

    Returns
    -------
    Partition
        The regions, the status, the proven bound on their number and the seconds taken.
    """
    started = time.perf_counter()
    products = required_products(data, demand_types)
    parts = components(data.neighbours)
    excluded = [
        (tuple(part), tuple(missing))
        for part in parts
        if (missing := missing_products(data, part, products))
    ]
    left_out = {c for members, _ in excluded for c in members}
    eligible = [c for c in data.codes if c not in left_out]
    if not products:
        regions = [(c,) for c in eligible]
        return Partition(regions, OPTIMAL, len(regions), 0.0, (), excluded)
    if not eligible:
        return Partition(
            [], INFEASIBLE, 0, time.perf_counter() - started, tuple(products), excluded
        )
    points = positions(data)
    greedy = greedy_partition(data, products, eligible=eligible, seed=seed, points=points)
    rarest = min(products, key=lambda p: len(data.offerers(p)))
    anchors = [c for c in eligible if rarest in data.products_of(c)]
    hint = _anchored(greedy, anchors)
    # Phase 1 packs regions without covering everyone: the same maximum (what is left over can
    # always join a neighbouring region), but a much freer search.
    model = _Model(data, products, eligible, anchors, points)
    spent = time.perf_counter() - started
    status, bound, packed = model.maximise_count(hint, (time_limit - spent) * 0.6, workers, seed)
    best = hint
    if len(packed) > len(hint):
        best = _anchored(_attach(data, packed, eligible, points), anchors)
    remaining = time_limit - (time.perf_counter() - started)
    compact_status = FEASIBLE
    if remaining > 0.5:
        model.cover_everyone()
        compact_status, best = model.minimise_spread(best, len(best), remaining - 1, workers, seed)
    regions = [tuple(r) for r in best]
    return Partition(
        regions,
        status,
        max(bound, len(regions)),
        time.perf_counter() - started,
        tuple(products),
        excluded,
        compact_status,
        len(greedy),
    )


def _attach(data, regions, eligible, points) -> list[list[str]]:
    """Packed regions with every municipality left over joined to a neighbouring region."""
    from netwerkkaart.core.regions.baseline import _attach_leftovers

    regions = [list(r) for r in regions]
    _attach_leftovers(data, regions, eligible, points)
    return regions


def _anchored(regions: list[list[str]], anchors: list[str]) -> list[list[str]]:
    """Each region with its first anchor candidate (in data order) first."""
    rank = {c: i for i, c in enumerate(anchors)}
    result = []
    for region in regions:
        anchor = min((c for c in region if c in rank), key=rank.__getitem__)
        result.append([anchor, *(c for c in region if c != anchor)])
    return result


class _Model:
    """The CP-SAT model of the partition, built once and solved in two phases."""

    def __init__(self, data, products, eligible, anchors, points):
        self.data = data
        self.anchors = anchors
        self.eligible = eligible
        rank = {c: i for i, c in enumerate(anchors)}
        model = cp_model.CpModel()
        self.model = model
        self.open = {k: model.new_bool_var(f"open_{k}") for k in anchors}
        self.y: dict[tuple[str, str], cp_model.IntVar] = {}
        xs = [points[c][0] for c in eligible]
        ys = [points[c][1] for c in eligible]
        far = math.hypot(max(xs) - min(xs), max(ys) - min(ys))
        self.spread = {}
        for k in anchors:
            # A region anchored at k holds no earlier anchor candidate, so it can only reach
            # what k reaches around them.
            barred = {c for c in anchors if rank[c] < rank[k]}
            reach = hops({c: [n for n in data.neighbours[c] if n not in barred]
                          for c in eligible if c not in barred}, k)  # fmt: skip
            size = len(reach)
            for j in reach:
                self.y[j, k] = model.new_bool_var(f"y_{j}_{k}")
                model.add_implication(self.y[j, k], self.open[k])
                d = math.dist(points[j], points[k]) / (far or 1.0)
                self.spread[j, k] = min(DISTANCE_SCALE, round(DISTANCE_SCALE * d))
            model.add(self.y[k, k] == self.open[k])
            for product in products:
                offering = [self.y[j, k] for j in reach if product in data.products_of(j)]
                model.add(sum(offering) >= self.open[k])
            flow = {}
            for a in reach:
                for b in data.neighbours[a]:
                    if b in reach and b != k:
                        f = model.new_int_var(0, size - 1, f"f_{a}_{b}_{k}")
                        model.add(f <= (size - 1) * self.y[b, k])
                        model.add(f <= (size - 1) * self.y[a, k])
                        flow[a, b] = f
            for j in reach:
                if j == k:
                    continue
                inflow = [flow[a, j] for a in data.neighbours[j] if (a, j) in flow]
                outflow = [flow[j, b] for b in data.neighbours[j] if (j, b) in flow]
                model.add(sum(inflow) - sum(outflow) == self.y[j, k])
        self.by_member: dict[str, list] = {}
        for (j, _k), var in self.y.items():
            self.by_member.setdefault(j, []).append(var)
        for j in eligible:
            model.add_at_most_one(self.by_member[j])

    def cover_everyone(self) -> None:
        """From packing to partition: every municipality in one region."""
        for j in self.eligible:
            self.model.add_bool_or(self.by_member[j])

    def _hint(self, regions: list[list[str]]) -> None:
        self.model.clear_hints()
        owner = {c: r[0] for r in regions for c in r}
        for k, var in self.open.items():
            self.model.add_hint(var, owner.get(k) == k)
        for (j, k), var in self.y.items():
            self.model.add_hint(var, owner.get(j) == k)

    def _solver(self, seconds: float, workers: int, seed: int) -> cp_model.CpSolver:
        solver = cp_model.CpSolver()
        solver.parameters.max_time_in_seconds = max(seconds, 0.1)
        solver.parameters.num_workers = workers
        solver.parameters.random_seed = seed
        return solver

    def _regions(self, solver: cp_model.CpSolver) -> list[list[str]]:
        members: dict[str, list[str]] = {k: [k] for k in self.anchors if solver.value(self.open[k])}
        for (j, k), var in self.y.items():
            if j != k and solver.value(var):
                members[k].append(j)
        return list(members.values())

    def maximise_count(self, hint, seconds, workers, seed) -> tuple[str, int, list[list[str]]]:
        self._hint(hint)
        self.model.maximize(sum(self.open.values()))
        solver = self._solver(seconds, workers, seed)
        result = solver.solve(self.model)
        if result not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
            bound = len(self.anchors) if result == cp_model.UNKNOWN else 0
            return (FEASIBLE, bound, hint) if hint else (INFEASIBLE, 0, [])
        found = self._regions(solver)
        bound = math.floor(solver.best_objective_bound + 1e-6)
        status = OPTIMAL if result == cp_model.OPTIMAL or bound <= len(found) else FEASIBLE
        return status, bound, found

    def minimise_spread(
        self, regions, count, seconds, workers, seed
    ) -> tuple[str, list[list[str]]]:
        self._hint(regions)
        self.model.add(sum(self.open.values()) >= count)
        self.model.minimize(sum(self.spread[key] * var for key, var in self.y.items()))
        solver = self._solver(seconds, workers, seed)
        result = solver.solve(self.model)
        if result not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
            return FEASIBLE, regions
        found = self._regions(solver)
        if len(found) < count:
            return FEASIBLE, regions
        return (OPTIMAL if result == cp_model.OPTIMAL else FEASIBLE), found


def spread(regions: list[tuple[str, ...]], data: RegionData) -> float:
    """The compactness measure: the sum of distances from each member to its region's anchor."""
    return compactness([list(r) for r in regions], positions(data))

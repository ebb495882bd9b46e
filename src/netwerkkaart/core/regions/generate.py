"""Seeded, invented region data: the demo around Gemeentegem and Stederen, and larger instances.

Municipalities are the Voronoi cells of jittered grid points inside a rounded outline (so their
shapes look like a map, and neighbours come from shared borders); populations are log-normal with
a few towns; each product is offered in a municipality with a chance that grows with its
population (a hospital only in the larger towns, a GP almost everywhere); zones grow from spread
seeds over the borders, so each is contiguous. The demand types follow the personas of the
report's introduction (seed 002): Jaak (67) needs home care and a GP, Sofia lives with a chronic
condition, Driss is a physiotherapist, Danira a neighbourhood worker.
"""

from __future__ import annotations

import math
from collections import deque

import numpy as np
import shapely
from shapely.geometry import MultiPoint

from netwerkkaart.core.regions.geometry import from_geometry, shared_borders
from netwerkkaart.core.regions.model import (
    COMPLEX,
    STANDARD,
    DemandType,
    Municipality,
    RegionData,
    symmetric,
)

DEMO_SEED = 2011

# Product → (category of the demo register, how common: offers per 10 000 inhabitants).
PRODUCTS: dict[str, tuple[str, float]] = {
    "huisarts": ("Huisartsen", 4.0),
    "apotheek": ("Apotheken", 2.0),
    "thuisverpleging": ("Thuisverpleegkundigen", 1.5),
    "kinesitherapie": ("Kinesitherapeuten", 0.9),
    "gezinszorg": ("Gezinszorg", 0.45),
    "ziekenhuis": ("Ziekenhuisdiensten", 0.09),
    "geestelijke_gezondheidszorg": ("Geestelijke gezondheidszorg", 0.16),
    "buurtwerk": ("Buurtwerk", 0.35),
    "sociaal_huis": ("OCMW/Sociaal Huis", 5.0),
    "caw": ("CAW", 0.2),
}

DEMAND_TYPES: tuple[DemandType, ...] = (
    # Jaak (67) in Leefhoek: home care and a GP, from several providers together.
    DemandType(
        "thuiszorg_ouderen",
        COMPLEX,
        ("huisarts", "thuisverpleging", "gezinszorg"),
        "Thuiszorg voor ouderen",
    ),
    # Sofia (42): a chronic condition, followed by GP, hospital and mental health care.
    DemandType(
        "chronische_aandoening",
        COMPLEX,
        ("huisarts", "ziekenhuis", "geestelijke_gezondheidszorg"),
        "Chronische aandoening",
    ),
    # Driss (36): physiotherapy, one provider suffices.
    DemandType("kinesitherapie", STANDARD, ("kinesitherapie",), "Kinesitherapie"),
    # Danira (23): neighbourhood work in Leefhoek.
    DemandType("buurtwerk", STANDARD, ("buurtwerk",), "Buurtwerk"),
)

DEMO_NAMES = (
    "Akkerzele", "Beemdhove", "Boekelare", "Brugdonk", "Dorpsveld", "Eikenrode", "Elzeloo",
    "Hazelrode", "Heidonk", "Hoeveloo", "Kastelhove", "Kouterzele", "Meersdonk", "Molenzele",
    "Nieuwhove", "Oudeveld", "Paddebeke", "Populierhove", "Rietzele", "Schaapdonk", "Steenveld",
    "Terbroek", "Vijverloo", "Vlasrode", "Walhove", "Weidegem", "Wilgenbeke", "Zandloo",
)  # fmt: skip
GEMEENTEGEM = ("GG", "Gemeentegem")
STEDEREN = ("ST", "Stederen")
_SYLLABLES = ("ak", "be", "bo", "da", "el", "ge", "ha", "ke", "lo", "me", "no", "ra", "si", "to",
              "ve", "wi", "ze", "ru", "ka", "li")  # fmt: skip
_ENDINGS = ("gem", "hove", "rode", "zele", "donk", "loo", "beke", "veld", "broek", "kerke")


def generate(n: int = 300, zones: int = 60, seed: int = 1) -> RegionData:
    """An invented map of ``n`` municipalities in ``zones`` contiguous zones (seeded)."""
    rng = np.random.default_rng(seed)
    names = [_name(rng, i) for i in range(n)]
    codes = [f"{10001 + i}" for i in range(n)]
    return _build(rng, codes, names, zones)


def demo(seed: int = DEMO_SEED) -> RegionData:
    """About 30 municipalities around Gemeentegem and Stederen, in six zones, one with an exclave.

    Gemeentegem and Stederen are the two most central cells, Stederen the largest town (it has the
    hospital of the demo register, AZ Stederen), and their offer is the demo register's: a product
    is offered there when the register has an actor of its category in that town.
    """
    rng = np.random.default_rng(seed)
    codes = [GEMEENTEGEM[0], STEDEREN[0], *(f"M{i:02d}" for i in range(1, 29))]
    names = [GEMEENTEGEM[1], STEDEREN[1], *DEMO_NAMES]
    data = _build(rng, codes, names, 6, central=True)
    offer = dict(data.offer)
    offer.update(register_offer())
    municipalities = list(data.municipalities)
    # An exclave: one municipality of the last zone belongs to a zone it does not border.
    zones = data.zones()
    last = list(zones)[-1]
    for i, m in enumerate(municipalities):
        far = not any(n in zones[last] for n in data.neighbours[m.code])
        movable = m.code not in (GEMEENTEGEM[0], STEDEREN[0]) and len(zones[m.zone]) > 3
        if m.zone != last and far and movable:
            municipalities[i] = Municipality(m.code, m.name, m.population, last, m.x, m.y)
            break
    return RegionData(
        tuple(municipalities), data.neighbours, offer, DEMAND_TYPES, None, data.shapes
    )


def register_offer() -> dict[str, frozenset[str]]:
    """Products offered in Gemeentegem and Stederen according to the demo's actor register."""
    from netwerkkaart.core.demo.register import CATEGORY_SPECS

    by_category = {category: product for product, (category, _) in PRODUCTS.items()}
    offer: dict[str, set[str]] = {GEMEENTEGEM[0]: set(), STEDEREN[0]: set()}
    for spec in CATEGORY_SPECS:
        product = by_category.get(spec.category)
        if product is None:
            continue
        for town, count in zip((GEMEENTEGEM[0], STEDEREN[0]), spec.counts, strict=True):
            if count:
                offer[town].add(product)
    return {c: frozenset(p) for c, p in offer.items()}


def _name(rng: np.random.Generator, i: int) -> str:
    first = "".join(rng.choice(_SYLLABLES, size=2))
    return f"{first.capitalize()}{rng.choice(_ENDINGS)}"


def _build(rng, codes, names, n_zones, *, central: bool = False) -> RegionData:
    n = len(codes)
    points = _points(rng, n)
    if central:  # the first two codes take the two cells nearest the middle
        order = sorted(range(n), key=lambda i: math.hypot(*points[i]))
        points = [points[i] for i in order]
    outline = _outline(rng, n)
    cells = shapely.voronoi_polygons(
        MultiPoint(points), extend_to=outline.buffer(1.0), ordered=True
    )
    shapes = {
        code: from_geometry(cell.intersection(outline))
        for code, cell in zip(codes, cells.geoms, strict=True)
    }
    neighbours = symmetric(shared_borders(shapes), codes)
    population = np.round(rng.lognormal(math.log(9000), 0.6, n), -1).astype(int)
    towns = rng.choice(n, size=max(1, n // 12), replace=False)
    population[towns] *= 4
    if central:
        population[1] = max(population.max() + 5000, 60000)  # Stederen, the largest town
        population[0] = 21000  # Gemeentegem
    offer = {
        code: frozenset(
            product
            for product, (_, rate) in PRODUCTS.items()
            if rng.random() < 1 - math.exp(-rate * population[i] / 10000)
        )
        for i, code in enumerate(codes)
    }
    zone_of = _zones(rng, codes, neighbours, n_zones, population)
    municipalities = tuple(
        Municipality(codes[i], names[i], int(population[i]), zone_of[codes[i]],
                     round(points[i][0], 4), round(points[i][1], 4))
        for i in range(n)
    )  # fmt: skip
    return RegionData(municipalities, neighbours, offer, DEMAND_TYPES, None, shapes)


def _points(rng, n: int) -> list[tuple[float, float]]:
    side = math.ceil(math.sqrt(n))
    grid = [(i % side, i // side) for i in range(side * side)]
    rng.shuffle(grid)
    centre = (side - 1) / 2
    chosen = sorted(grid, key=lambda p: math.hypot(p[0] - centre, p[1] - centre))[:n]
    return [
        (x - centre + rng.uniform(-0.35, 0.35), y - centre + rng.uniform(-0.35, 0.35))
        for x, y in chosen
    ]


def _outline(rng, n: int):
    """A rounded, slightly irregular outline around the points."""
    radius = math.sqrt(n / math.pi) + 0.8
    angles = np.linspace(0, 2 * math.pi, 48, endpoint=False)
    wobble = 1 + 0.06 * np.sin(3 * angles + rng.uniform(0, 6)) + rng.uniform(-0.03, 0.03, 48)
    from shapely.geometry import Polygon

    return Polygon([(radius * w * math.cos(a), radius * w * math.sin(a))
                    for a, w in zip(angles, wobble, strict=True)])  # fmt: skip


def _zones(rng, codes, neighbours, n_zones, population) -> dict[str, str]:
    """Contiguous zones: a breadth-first race, one step each in turn, from spread-out seeds."""
    n_zones = max(1, min(n_zones, len(codes)))
    seeds = [codes[int(rng.integers(len(codes)))]]
    distance = {c: _hops(neighbours, seeds[0]).get(c, 10**6) for c in codes}
    while len(seeds) < n_zones:
        seeds.append(max(codes, key=lambda c: (distance[c], c)))
        latest = _hops(neighbours, seeds[-1])
        distance = {c: min(distance[c], latest.get(c, 10**6)) for c in codes}
    owner = {s: f"Z{i + 1:02d}" for i, s in enumerate(seeds)}
    queues = {owner[s]: deque([s]) for s in seeds}
    while any(queues.values()):
        for zone, queue in queues.items():
            if queue:
                node = queue.popleft()
                for other in sorted(neighbours[node]):
                    if other not in owner:
                        owner[other] = zone
                        queue.append(other)
    for code in codes:  # islands: a zone of their own neighbour-less kind
        owner.setdefault(code, owner[seeds[0]])
    return owner


def _hops(neighbours, source):
    distance = {source: 0}
    queue = deque([source])
    while queue:
        node = queue.popleft()
        for other in neighbours[node]:
            if other not in distance:
                distance[other] = distance[node] + 1
                queue.append(other)
    return distance

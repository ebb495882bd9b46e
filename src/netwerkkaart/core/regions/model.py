"""The region data as plain records: municipalities, their neighbours, the offer and the demand.

A :class:`RegionData` is what the files of the region format describe (see
``docs/data-format.md``, "Regions"): it is built by :mod:`.reader` after validation, by
:mod:`.generate` for the demo and the benchmark, or by hand in tests. Every computation of this
package reads it and nothing else.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

STANDARD = "standaard"
COMPLEX = "complex"
COMPLEXITIES = (STANDARD, COMPLEX)

# A polygon is a list of rings (the outer ring first, then holes), a ring a list of (x, y).
Ring = list[tuple[float, float]]
Polygon = list[Ring]


@dataclass(frozen=True, slots=True)
class Municipality:
    """One municipality: its code, name and optionally its population, zone and a point inside it."""

    code: str
    name: str
    population: int | None = None
    zone: str | None = None
    x: float | None = None
    y: float | None = None


@dataclass(frozen=True, slots=True)
class DemandType:
    """A type of care demand: standard (one provider) or complex (several), and its products."""

    code: str
    complexity: str
    products: tuple[str, ...]
    name: str = ""  # as people call it ("Thuiszorg voor ouderen"); the code when not given

    @property
    def label(self) -> str:
        return self.name or self.code

    @property
    def is_complex(self) -> bool:
        return self.complexity == COMPLEX


@dataclass(slots=True)
class RegionData:
    """Municipalities, who borders whom, which products are offered where, and the demand types.

    ``neighbours`` is symmetric and holds every municipality as a key; ``offer`` maps a
    municipality to the products offered in it (absent: none); ``demand`` maps a demand type to the
    municipalities where it occurs, ``None`` meaning everywhere; ``shapes`` holds the polygons of
    each municipality when the data came with geometry (a list of polygons: a municipality may have
    several parts).
    """

    municipalities: tuple[Municipality, ...]
    neighbours: dict[str, frozenset[str]]
    offer: dict[str, frozenset[str]]
    demand_types: tuple[DemandType, ...]
    demand: dict[str, frozenset[str]] | None = None
    shapes: dict[str, list[Polygon]] | None = None
    _index: dict[str, Municipality] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self._index = {m.code: m for m in self.municipalities}

    @property
    def codes(self) -> list[str]:
        return [m.code for m in self.municipalities]

    def municipality(self, code: str) -> Municipality:
        return self._index[code]

    def demand_type(self, code: str) -> DemandType:
        for demand_type in self.demand_types:
            if demand_type.code == code:
                return demand_type
        raise KeyError(code)

    def products_of(self, code: str) -> frozenset[str]:
        return self.offer.get(code, frozenset())

    def offerers(self, product: str) -> list[str]:
        """The municipalities offering ``product``, in the order of the municipalities."""
        return [c for c in self.codes if product in self.offer.get(c, ())]

    def population(self, codes: Iterable[str]) -> int:
        return sum(self._index[c].population or 0 for c in codes)

    def occurs(self, demand_type: str, code: str) -> bool:
        """Whether ``demand_type`` occurs in municipality ``code`` (everywhere without demand.csv)."""
        if self.demand is None or demand_type not in self.demand:
            return True
        return code in self.demand[demand_type]

    def zones(self) -> dict[str, list[str]]:
        """Zone code → its municipalities, for the municipalities that name a zone."""
        zones: dict[str, list[str]] = {}
        for m in self.municipalities:
            if m.zone:
                zones.setdefault(m.zone, []).append(m.code)
        return zones

    def points(self) -> dict[str, tuple[float, float]]:
        """A point per municipality that has one (given, or computed from its shape)."""
        return {
            m.code: (m.x, m.y) for m in self.municipalities if m.x is not None and m.y is not None
        }


def symmetric(pairs: Iterable[tuple[str, str]], codes: Iterable[str]) -> dict[str, frozenset[str]]:
    """Neighbour sets from pairs, made symmetric, with every code present (an island has none)."""
    sets: dict[str, set[str]] = {c: set() for c in codes}
    for a, b in pairs:
        if a != b:
            sets.setdefault(a, set()).add(b)
            sets.setdefault(b, set()).add(a)
    return {c: frozenset(s) for c, s in sets.items()}


def offer_from_pairs(pairs: Iterable[tuple[str, str]]) -> dict[str, frozenset[str]]:
    offer: dict[str, set[str]] = {}
    for code, product in pairs:
        offer.setdefault(code, set()).add(product)
    return {c: frozenset(p) for c, p in offer.items()}


def required_products(data: RegionData, demand_types: Iterable[str] | None = None) -> list[str]:
    """The products the chosen demand types (all when ``None``) need, each once, in order."""
    chosen = set(demand_types) if demand_types is not None else None
    seen: dict[str, None] = {}
    for demand_type in data.demand_types:
        if chosen is None or demand_type.code in chosen:
            seen.update(dict.fromkeys(demand_type.products))
    return list(seen)


def as_mapping(data: RegionData) -> Mapping[str, Municipality]:
    return data._index

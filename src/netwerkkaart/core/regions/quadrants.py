"""The quadrant I-IV of Kenis (2011) per municipality and type of care demand.

Two questions decide whether a municipality needs to work with other municipalities for one type
of care demand: is the demand *standard* (one provider can meet it) or *complex* (several
organisations together), and is the offer present in the municipality (every necessary product
offered inside it)? The four answers are the quadrants of seed 000:

====================  =================================  ==================================
                      offer present                      offer absent
====================  =================================  ==================================
standard              I: no need for collaboration       III: need for municipal collaboration
complex               II: facilitate collaboration        IV: collaborate to secure the offer
                      within the municipality             and facilitate collaboration
====================  =================================  ==================================

References
----------
Kenis, P. (2011). *Gemeentelijke samenwerking als een resultante van de bestaande zorgvraag en het
bestaande zorgaanbod*. Slides, Antwerp Management School (seed 000).
"""

from __future__ import annotations

from dataclasses import dataclass

from netwerkkaart.core.regions.graph import missing_products
from netwerkkaart.core.regions.model import RegionData

QUADRANTS = ("I", "II", "III", "IV")

# What each quadrant implies, in Dutch and English (the words of seed 000, reworded).
MEANING: dict[str, tuple[str, str]] = {
    "I": (
        "Geen nood aan samenwerking met andere gemeenten: één aanbieder volstaat en is er.",
        "No need to work with other municipalities: one provider suffices and is there.",
    ),
    "II": (
        "Geen nood aan samenwerking met andere gemeenten, wel aan het faciliteren van samenwerking "
        "tussen de aanbieders binnen de gemeente.",
        "No need to work with other municipalities, but collaboration between the providers within "
        "the municipality needs facilitating.",
    ),
    "III": (
        "Nood aan samenwerking met andere gemeenten: één aanbieder zou volstaan, maar die is er "
        "niet in de gemeente.",
        "Need to work with other municipalities: one provider would do, but there is none in the "
        "municipality.",
    ),
    "IV": (
        "Nood aan samenwerking met andere gemeenten om het aanbod te verzekeren, en aan het "
        "faciliteren van de samenwerking tussen de aanbieders.",
        "Need to work with other municipalities to secure the offer, and to facilitate the "
        "collaboration between the providers.",
    ),
}


def quadrant(is_complex: bool, offer_present: bool) -> str:
    """The quadrant of a demand type in a municipality.

    Examples
    --------
    >>> quadrant(False, True), quadrant(True, True), quadrant(False, False), quadrant(True, False)
    ('I', 'II', 'III', 'IV')
    """
    if offer_present:
        return "II" if is_complex else "I"
    return "IV" if is_complex else "III"


def meaning(code: str, lang: str = "nl") -> str:
    nl, en = MEANING[code]
    return en if lang == "en" else nl


def needs_other_municipalities(code: str) -> bool:
    """Quadrants III and IV: the offer is not complete inside the municipality."""
    return code in ("III", "IV")


@dataclass(frozen=True, slots=True)
class QuadrantRow:
    """One municipality and demand type: offer present, its quadrant, the products missing."""

    municipality: str
    demand_type: str
    complexity: str
    offer_present: bool
    quadrant: str
    missing_products: tuple[str, ...]


def quadrants(data: RegionData, demand_types: list[str] | None = None) -> list[QuadrantRow]:
    """Every municipality × demand type where the demand occurs, in the order of the data."""
    rows: list[QuadrantRow] = []
    for demand_type in data.demand_types:
        if demand_types is not None and demand_type.code not in demand_types:
            continue
        for code in data.codes:
            if not data.occurs(demand_type.code, code):
                continue
            missing = tuple(missing_products(data, [code], demand_type.products))
            present = not missing
            rows.append(
                QuadrantRow(
                    code,
                    demand_type.code,
                    demand_type.complexity,
                    present,
                    quadrant(demand_type.is_complex, present),
                    missing,
                )
            )
    return rows

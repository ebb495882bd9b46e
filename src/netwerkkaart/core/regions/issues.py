"""Problems in the region files, as issues with Dutch and English messages.

The region files share the survey files' issues (missing file, bad encoding, missing column, …):
:class:`RegionIssue` looks a code up here first, then among the survey format's messages, so one
list of issues renders the same way in the CLI, the site and the tests.
"""

from __future__ import annotations

from dataclasses import dataclass

from netwerkkaart.core.dataformat.issues import ERROR, MESSAGES, WARNING, Issue

__all__ = ["ERROR", "REGION_MESSAGES", "WARNING", "RegionIssue"]

REGION_MESSAGES: dict[str, tuple[str, str]] = {
    "unexpected": (
        "Er liep iets onverwachts mis bij de berekening. Probeer het opnieuw; blijft het "
        "gebeuren, meld het dan aan de beheerder.",
        "Something unexpected went wrong in the computation. Try again; if it keeps happening, "
        "tell the administrator.",
    ),
    "region_source": (
        "Geef een map of een .zip met de regiobestanden (municipalities.csv of "
        "municipalities.geojson, offer.csv, demand_types.csv, …); {path} is dat niet.",
        "Give a folder or a .zip with the region files (municipalities.csv or "
        "municipalities.geojson, offer.csv, demand_types.csv, …); {path} is neither.",
    ),
    "region_missing_file": (
        "Het bestand {file} ontbreekt; het is verplicht{why}.",
        "The file {file} is missing; it is required{why}.",
    ),
    "region_two_maps": (
        "Er zijn zowel municipalities.csv als municipalities.geojson: geef er één.",
        "There are both municipalities.csv and municipalities.geojson: give one of them.",
    ),
    "region_no_offer": (
        "Het aanbod ontbreekt: geef offer.csv (municipality, product), of actors.csv (location, "
        "category) samen met products.csv (category, product).",
        "The offer is missing: give offer.csv (municipality, product), or actors.csv (location, "
        "category) together with products.csv (category, product).",
    ),
    "bad_geojson": (
        "Het GeoJSON-bestand kan niet gelezen worden ({detail}). Verwacht: een FeatureCollection "
        "met één polygoon per gemeente en de eigenschappen code en name.",
        "The GeoJSON file cannot be read ({detail}). Expected: a FeatureCollection with one "
        "polygon per municipality and the properties code and name.",
    ),
    "bad_geometry": (
        "Object {row} heeft geen bruikbare polygoon ({detail}).",
        "Feature {row} has no usable polygon ({detail}).",
    ),
    "not_a_number": (
        "'{value}' is geen getal.",
        "'{value}' is not a number.",
    ),
    "half_point": (
        "Geef x en y samen, of geen van beide.",
        "Give x and y together, or neither.",
    ),
    "unknown_municipality": (
        "'{value}' is geen gemeente uit {source}.",
        "'{value}' is not a municipality of {source}.",
    ),
    "unknown_demand_type": (
        "'{value}' is geen zorgvraag uit demand_types.csv. Gekend: {allowed}.",
        "'{value}' is not a demand type of demand_types.csv. Known: {allowed}.",
    ),
    "self_neighbour": (
        "Een gemeente kan niet haar eigen buur zijn.",
        "A municipality cannot be its own neighbour.",
    ),
    "one_way_neighbours": (
        "{a} noemt {b} als buur, maar niet omgekeerd; ze worden als buren in beide richtingen "
        "gelezen.",
        "{a} lists {b} as a neighbour but not the other way round; they are read as neighbours "
        "both ways.",
    ),
    "island": (
        "{value} ({name}) grenst aan geen enkele andere gemeente: ze kan met niemand een regio "
        "vormen.",
        "{value} ({name}) borders no other municipality: it cannot form a region with anyone.",
    ),
    "product_nowhere": (
        "Geen enkele gemeente biedt '{value}' aan, terwijl zorgvraag {demand_type} het nodig "
        "heeft: voor die zorgvraag kan geen regio volledig zijn.",
        "No municipality offers '{value}', which demand type {demand_type} needs: no region can "
        "be complete for that demand type.",
    ),
    "no_products": (
        "Deze zorgvraag noemt geen enkel product.",
        "This demand type names no product.",
    ),
    "unknown_location": (
        "De locatie '{value}' van {count} actor(en) is geen gemeente uit {source}; hun aanbod "
        "telt niet mee.",
        "The location '{value}' of {count} actor(s) is not a municipality of {source}; their "
        "offer does not count.",
    ),
}


@dataclass(frozen=True, slots=True)
class RegionIssue(Issue):
    """An :class:`~netwerkkaart.core.dataformat.issues.Issue` of the region files."""

    def message(self, lang: str = "nl") -> str:
        nl, en = REGION_MESSAGES.get(self.code) or MESSAGES[self.code]
        template = en if lang == "en" else nl
        values = {"value": self.value, "column": self.column, "row": self.row, "file": self.file}
        return template.format(**{**values, **self.params})

    @classmethod
    def from_data(cls, data: dict) -> RegionIssue:
        return cls(**data)

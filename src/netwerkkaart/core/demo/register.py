"""The actor register of the demo ecosystem Gemeentegem-Stederen.

The report's introduction (seed 002) tells the stories of Jaak in Leefhoek, the poorer
neighbourhood of Gemeentegem, of Sofia and her physiotherapist Driss in Stederen, and of Danira,
a new neighbourhood worker in Leefhoek. This module invents the ecosystem around them: about 230
actors of every sector and respondent type, named and sized plausibly for two Flemish towns that
together form one eerstelijnszone.

Notes
-----
Each row of :data:`CATEGORY_SPECS` is one category of actor (the category labels are the ones
Tabel 4 uses, so wishes can name them), with its type, sector, scope, how often others name it
(``popularity``) and how many instances each town has. Identifiers are ``<town>-<code>-<nn>``,
e.g. ``GG-HA-01``; the persona actors get readable identifiers instead (``ST-KINE-DRISS``).
Sizes are drawn from the seeded generator, names from fixed lists or a pool of invented persons.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from netwerkkaart.core.model import Actor

GEMEENTEGEM = "Gemeentegem"
STEDEREN = "Stederen"
LEEFHOEK = "Leefhoek"
TOWN_PREFIX: dict[str, str] = {GEMEENTEGEM: "GG", STEDEREN: "ST"}

# The persona actors (DOMAIN.md §8), exported so tests, docs and tutorials can point at them.
JAAK_GP = "GG-HA-01"
DRISS_PHYSIO = "ST-KINE-DRISS"
DANIRA_BUURTWERK = "GG-BUURTWERK-LEEFHOEK"
GG_SOCIAAL_HUIS = "GG-SOCIAAL-HUIS"
ST_SOCIAAL_HUIS = "ST-SOCIAAL-HUIS"
EERSTELIJNSZONE = "ST-ELZ"
SOFIA_GP = "ST-HA-01"
SOFIA_HOME_NURSING = "ST-TVO-01"
SOFIA_MUTUALITEIT = "ST-MUT-01"
SOFIA_PEER_GROUP = "ST-MZ-01"
# Sofia's care circle: everyone who helps her, none of whom sees the whole picture.
SOFIA_CARE_CIRCLE: tuple[str, ...] = (
    SOFIA_GP, DRISS_PHYSIO, SOFIA_HOME_NURSING, SOFIA_MUTUALITEIT, "ST-APO-01", "ST-ZH-01",
    "ST-CGG-01", SOFIA_PEER_GROUP,
)  # fmt: skip
PERSONA_ACTORS: tuple[str, ...] = (
    JAAK_GP,
    DRISS_PHYSIO,
    DANIRA_BUURTWERK,
    GG_SOCIAAL_HUIS,
    *SOFIA_CARE_CIRCLE[2:4],
    EERSTELIJNSZONE,
)
# Actors that connect sectors on purpose: they get more ties and a balanced partner mix.
BRIDGE_BUILDERS: tuple[str, ...] = (
    DANIRA_BUURTWERK,
    GG_SOCIAAL_HUIS,
    ST_SOCIAAL_HUIS,
    EERSTELIJNSZONE,
)

_RENAMED: dict[str, str] = {
    "ST-KINE-01": DRISS_PHYSIO,
    "GG-BW-01": DANIRA_BUURTWERK,
    "GG-SH-01": GG_SOCIAAL_HUIS,
    "ST-SH-01": ST_SOCIAAL_HUIS,
    "ST-ELZ-01": EERSTELIJNSZONE,
}
_LEEFHOEK_ACTORS: frozenset[str] = frozenset({
    JAAK_GP, "GG-KINE-01", "GG-APO-01", DANIRA_BUURTWERK, "GG-WGC-01", "GG-OPB-01", "GG-VAW-01",
    "GG-SCH-01", "GG-BC-01", "GG-BC-02", "GG-VRIJ-01", "GG-VER-01",
})  # fmt: skip

_FIRST = (
    "An", "Bart", "Caroline", "Dirk", "Els", "Filip", "Griet", "Hanne", "Ilse", "Jan", "Karen",
    "Lien", "Marc", "Nele", "Pieter", "Sofie", "Tom", "Wim", "Yasmina", "Mehmet", "Fatima",
    "Youssef", "Inge", "Koen", "Leen", "Ruben", "Sarah", "Ward", "Joke", "Nadia", "Eva", "Lotte",
    "Thomas", "Jens", "Elke", "Sam", "Hilde", "Ayse", "Kobe", "Amira",
)  # fmt: skip
_LAST = (
    "Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens", "Wouters",
    "De Smet", "Vermeulen", "Van den Broeck", "Aerts", "Hermans", "Lambrechts", "Van Damme",
    "Verstraete", "De Clercq", "El Amrani", "Yilmaz", "Bogaert", "Cools", "Stevens", "Michiels",
    "Smets", "Pauwels", "Vandenberghe", "Bouzid", "De Vos", "Verhoeven",
)  # fmt: skip


@dataclass(frozen=True)
class CategorySpec:
    """One category of actor and how many of it each town has."""

    code: str
    category: str
    actor_type: str
    sector: str
    scope: str
    popularity: float
    employees: tuple[int, int]
    clients: tuple[int, int]
    counts: tuple[int, int]  # (Gemeentegem, Stederen)
    names: tuple[str, ...] = ()  # consumed in order, Gemeentegem first; "{person}" is filled in


def _spec(code, category, actor_type, sector, scope, popularity, employees, clients, counts,
          *names) -> CategorySpec:  # fmt: skip
    return CategorySpec(code, category, actor_type, sector, scope, popularity, employees, clients,
                        counts, names)  # fmt: skip


_SELF, _CARE, _WELF = "zelfstandige_zorgprofessional", "zorgorganisatie", "welzijnsorganisatie"
_GOV, _OTHER, _INF = "lokaal_bestuur", "andere_organisatie", "informele_actor"

CATEGORY_SPECS: tuple[CategorySpec, ...] = (
    # Self-employed care professionals: many of them, and the hardest to reach.
    _spec("HA", "Huisartsen", _SELF, "zorg", "gemeente", 2.6, (1, 6), (800, 5000), (12, 12),
          "Huisartsenpraktijk De Leefhoek", "Groepspraktijk Ter Beke", "Huisartsenpraktijk Het Anker",
          *["Dr. {person}"] * 9, "Huisartsenpraktijk Stederen-Zuid", "Groepspraktijk De Molen",
          "Huisartsenhuis Den Dries", *["Dr. {person}"] * 9),
    _spec("KINE", "Kinesitherapeuten", _SELF, "zorg", "gemeente", 1.4, (1, 3), (150, 700), (8, 8),
          *["Kinepraktijk {person}"] * 8, "Kinepraktijk Driss Amrani",
          *["Kinepraktijk {person}"] * 7),
    _spec("APO", "Apotheken", _SELF, "zorg", "gemeente", 1.5, (2, 8), (1500, 6000), (5, 6),
          "Apotheek Leefhoek", "Apotheek De Markt", "Apotheek Sint-Jan", "Apotheek Kerkplein",
          "Apotheek Ter Heide", "Apotheek Stederen-Centrum", "Apotheek Den Dries",
          "Apotheek Stationsplein", "Apotheek De Vijver", "Apotheek Molenveld", "Apotheek Tuinwijk"),
    _spec("TV", "Thuisverpleegkundigen", _SELF, "zorg", "gemeente", 1.3, (1, 2), (20, 80), (6, 6),
          *["Thuisverpleging {person}"] * 12),
    _spec("TAND", "Tandartsen", _SELF, "zorg", "gemeente", 0.5, (1, 4), (500, 2500), (3, 4),
          *["Tandartspraktijk {person}"] * 7),
    _spec("PSY", "Psychologen", _SELF, "zorg", "gemeente", 0.9, (1, 2), (40, 150), (3, 3),
          *["Eerstelijnspsycholoog {person}"] * 6),
    _spec("LOGO", "Logopedisten", _SELF, "zorg", "gemeente", 0.5, (1, 1), (30, 90), (2, 3),
          *["Logopedie {person}"] * 5),
    _spec("VRV", "Vroedvrouwen", _SELF, "zorg", "gemeente", 0.5, (1, 1), (30, 120), (1, 2),
          *["Vroedvrouw {person}"] * 3),
    _spec("DIET", "Diëtisten", _SELF, "zorg", "gemeente", 0.4, (1, 1), (30, 120), (1, 1),
          *["Diëtist {person}"] * 2),
    _spec("ERGO", "Ergotherapeuten", _SELF, "zorg", "gemeente", 0.4, (1, 1), (20, 80), (1, 1),
          *["Ergotherapie {person}"] * 2),
    # Care organisations.
    _spec("WZC", "Woonzorgcentra", _CARE, "zorg", "gemeente", 1.4, (40, 140), (60, 160), (2, 2),
          "Woonzorgcentrum Hof ter Linden", "Woonzorgcentrum Ter Beke",
          "Woonzorgcentrum De Wingerd", "Woonzorgcentrum Sint-Elisabeth"),
    _spec("ZH", "Ziekenhuisdiensten", _CARE, "zorg", "regio", 1.8, (20, 90), (2000, 9000), (0, 3),
          "AZ Stederen – sociale dienst", "AZ Stederen – geriatrie en ontslagmanagement",
          "AZ Stederen – spoedgevallen"),
    _spec("TVO", "Thuisverpleegkundigen", _CARE, "zorg", "regio", 2.0, (30, 120), (300, 1500),
          (1, 1), "Thuisverpleging De Zorgband", "Thuiszorg Samen Thuis"),
    _spec("GZ", "Gezinszorg", _CARE, "zorg", "regio", 1.3, (30, 150), (150, 600), (1, 1),
          "Gezinszorg Helpende Hand", "Gezinszorg Thuis in Stederen"),
    _spec("MUT", "Mutualiteiten", _CARE, "zorg", "regio", 1.8, (10, 40), (8000, 30000), (1, 2),
          "Mutualiteit Vrij en Zeker – dienst maatschappelijk werk",
          "Mutualiteit Solidair – dienst maatschappelijk werk", "Mutualiteit Het Groene Kruis"),
    _spec("CGG", "Geestelijke gezondheidszorg", _CARE, "zorg", "regio", 1.3, (15, 60),
          (300, 1200), (0, 2), "CGG Stroomland", "Mobiel team geestelijke gezondheid Scheldeland"),
    _spec("WGC", "Wijkgezondheidscentra", _CARE, "zorg", "buurt", 1.6, (8, 20), (1500, 4000),
          (1, 0), "Wijkgezondheidscentrum De Leefhoek"),
    _spec("ZORGO", "Andere zorgorganisaties", _CARE, "zorg", "regio", 0.8, (5, 60), (50, 800),
          (1, 3), "Palliatief Netwerk Scheldeland", "Dagverzorgingscentrum De Zonnewijzer",
          "Revalidatiecentrum Hogeveld", "Huisartsenwachtpost Scheldeland"),
    _spec("ELZ", "Eerstelijnszone", _CARE, "zorg", "regio", 1.8, (3, 8), (0, 0), (0, 1),
          "Eerstelijnszone Gemeentegem-Stederen"),
    # Welfare organisations.
    _spec("CAW", "CAW", _WELF, "welzijn", "regio", 2.6, (10, 40), (400, 1500), (1, 1),
          "CAW Scheldeland – onthaal Gemeentegem", "CAW Scheldeland – onthaal Stederen"),
    _spec("HVK", "Huis van het Kind", _WELF, "welzijn", "gemeente", 2.2, (3, 12), (300, 1200),
          (1, 1), "Huis van het Kind Gemeentegem", "Huis van het Kind Stederen"),
    _spec("KG", "Kind en Gezin", _WELF, "welzijn", "regio", 1.5, (8, 25), (500, 2000), (0, 1),
          "Kind en Gezin – regioteam Scheldeland"),
    _spec("OPB", "Opbouwwerk", _WELF, "welzijn", "buurt", 1.4, (1, 4), (50, 300), (1, 1),
          "Samenlevingsopbouw – project Leefhoek", "Samenlevingsopbouw – project Stationswijk"),
    _spec("BW", "Buurtwerk", _WELF, "welzijn", "buurt", 1.6, (1, 4), (80, 400), (2, 1),
          "Buurtwerk Leefhoek", "Buurtwerk Heidebos", "Buurtwerk Stationswijk"),
    _spec("JWW", "Jeugdwelzijnswerk", _WELF, "welzijn", "gemeente", 1.1, (2, 6), (60, 300), (1, 1),
          "Jeugdwerking De Kelder", "Jeugdwelzijnswerk Stederen"),
    _spec("VAW", "Verenigingen waar armen het woord nemen", _WELF, "welzijn", "gemeente", 1.1,
          (1, 3), (30, 120), (1, 1), "Leefhoek Spreekt", "De Stem van Stederen"),
    _spec("VLW", "Vluchtelingenwerk", _WELF, "welzijn", "regio", 1.1, (2, 10), (50, 300), (1, 1),
          "Welkom Scheldeland – vluchtelingenwerk", "Integratiepunt Stederen"),
    _spec("KO", "Kinderopvang", _WELF, "welzijn", "gemeente", 0.9, (4, 20), (20, 90), (3, 3),
          "Kinderdagverblijf De Speelvogel", "Kinderopvang Het Nestje",
          "Buitenschoolse opvang De Pret", "Kinderdagverblijf Pimpernel",
          "Kinderopvang De Kleine Wereld", "Buitenschoolse opvang Ravot"),
    _spec("LDC", "Lokale dienstencentra", _WELF, "welzijn", "gemeente", 1.3, (3, 10), (200, 800),
          (1, 1), "Lokaal dienstencentrum Het Trefpunt", "Lokaal dienstencentrum De Kring"),
    _spec("WELZO", "Andere welzijnsorganisaties", _WELF, "welzijn", "regio", 0.8, (5, 60),
          (50, 600), (1, 3), "Dagcentrum De Brug (personen met een handicap)",
          "Mantelzorgpunt Scheldeland", "Jongerenpunt OverKop Stederen",
          "Overleg kinderarmoede Stederen"),
    # Local government: the Sociaal Huis wears both hats, provider and director.
    _spec("SH", "OCMW/Sociaal Huis", _GOV, "lokaal_bestuur", "gemeente", 3.6, (30, 90),
          (800, 3000), (1, 1), "Sociaal Huis Gemeentegem (OCMW)", "Sociaal Huis Stederen (OCMW)"),
    _spec("GEM", "Gemeentebestuur", _GOV, "lokaal_bestuur", "gemeente", 1.5, (3, 15), (0, 0),
          (4, 4), "Gemeente Gemeentegem – dienst welzijn en samenleving",
          "Gemeente Gemeentegem – participatie en buurtbudgetten", "Gemeente Gemeentegem – woonloket",
          "Gemeente Gemeentegem – jeugddienst", "Stad Stederen – dienst welzijn",
          "Stad Stederen – woonloket", "Stad Stederen – jeugddienst",
          "Stad Stederen – dienst diversiteit"),
    _spec("POL", "Politie", _GOV, "lokaal_bestuur", "regio", 1.0, (8, 30), (0, 0), (1, 1),
          "Wijkpolitie Gemeentegem", "Wijkpolitie Stederen"),
    # Other sectors: education, housing, work, culture, sport.
    _spec("SCH", "Scholen", _OTHER, "andere", "gemeente", 1.2, (15, 90), (150, 900), (6, 6),
          "Basisschool De Leefhoek", "Basisschool Sint-Jozef", "Basisschool De Regenboog",
          "Atheneum Gemeentegem", "Basisschool De Vlieger", "Secundaire school Sint-Lucas",
          "Basisschool Sint-Maarten", "Freinetschool De Boomgaard", "Technisch Instituut Stederen",
          "Sint-Vincentiuscollege", "Basisschool Tuinwijk", "Buitengewoon onderwijs De Horizon"),
    _spec("CLB", "CLB", _OTHER, "andere", "regio", 1.4, (20, 60), (3000, 9000), (0, 1),
          "CLB Scheldeland"),
    _spec("SHV", "Sociale huisvesting", _OTHER, "andere", "regio", 1.5, (15, 60), (800, 3000),
          (1, 1), "Woonmaatschappij Scheldeland", "Sociaal verhuurkantoor Scheldeland"),
    _spec("WERK", "VDAB/werk", _OTHER, "andere", "regio", 1.1, (5, 40), (300, 1500), (1, 2),
          "Lokale diensteneconomie Gemeentegem", "VDAB-werkwinkel Stederen",
          "Maatwerkbedrijf De Sprong"),
    _spec("BIB", "Bibliotheken", _OTHER, "andere", "gemeente", 0.9, (3, 15), (2000, 8000), (1, 1),
          "Bibliotheek Gemeentegem", "Bibliotheek Stederen"),
    _spec("SPORT", "Sportdiensten", _OTHER, "andere", "gemeente", 0.7, (2, 10), (500, 3000),
          (1, 1), "Sportdienst Gemeentegem", "Sportdienst Stederen"),
    _spec("ANDO", "Andere organisaties", _OTHER, "andere", "regio", 0.6, (3, 30), (100, 2000),
          (1, 3), "Dienstenchequebedrijf Proper Thuis", "Cultuurcentrum De Schakel",
          "Centrum voor Basiseducatie Scheldeland", "Huurdersbond Scheldeland"),
    # Informal actors: neighbourhood committees, volunteers, associations, informal carers.
    _spec("BC", "Buurtcomités", _INF, "informeel", "buurt", 0.9, (0, 0), (20, 150), (3, 3),
          "Buurtcomité Leefhoek-Noord", "Buurtcomité Leefhoek-Zuid", "Buurtcomité Heidebos",
          "Buurtcomité Stationswijk", "Buurtcomité Molenveld", "Buurtcomité Tuinwijk"),
    _spec("VRIJ", "Vrijwilligersinitiatieven", _INF, "informeel", "gemeente", 0.9, (0, 1),
          (20, 200), (3, 3), "Boodschappendienst Leefhoek", "Repair Café Gemeentegem",
          "Sociale kruidenier De Mand", "Vrijwilligerspunt Stederen", "Buddywerking Samen Sterk",
          "Welzijnsschakel Stederen"),
    _spec("MZ", "Mantelzorgers", _INF, "informeel", "gemeente", 0.7, (0, 0), (10, 60), (1, 1),
          "Mantelzorggroep Gemeentegem", "Lotgenotengroep chronisch zieken Stederen"),
    _spec("VER", "Verenigingen", _INF, "informeel", "gemeente", 0.7, (0, 0), (30, 300), (7, 7),
          "Jeugdbeweging Chiro Leefhoek", "Seniorenclub De Zilverlinde", "FC Gemeentegem",
          "Vrouwenbond Gemeentegem", "Socio-culturele vereniging Al Amal", "Fanfare De Eendracht",
          "Ouderenadviesraad Gemeentegem", "Seniorenvereniging Stederen", "Turnkring Stederen",
          "Scouts Stederen", "Wijkvereniging Tuinwijk", "Vereniging Samen Gezond",
          "Moskeevereniging Ennour", "Ouderenadviesraad Stederen"),
)  # fmt: skip


def build_register(rng: np.random.Generator) -> list[Actor]:
    """The register: every actor of the demo ecosystem, in category order.

    Parameters
    ----------
    rng
        The seeded generator; it draws sizes and the invented persons' names.

    Returns
    -------
    list of Actor
        Actors with ``location``, ``scope``, ``employees``, ``clients`` and, for the actors of
        Leefhoek, the extra attribute ``neighbourhood``.
    """
    people = _person_names(rng)
    actors: list[Actor] = []
    for spec in CATEGORY_SPECS:
        names = iter(spec.names)
        for town, count in zip((GEMEENTEGEM, STEDEREN), spec.counts, strict=True):
            for number in range(1, count + 1):
                raw_id = f"{TOWN_PREFIX[town]}-{spec.code}-{number:02d}"
                actor_id = _RENAMED.get(raw_id, raw_id)
                name = next(names, f"{spec.category} {town} {number}")
                if "{person}" in name:
                    name = name.format(person=next(people))
                actors.append(
                    Actor(
                        id=actor_id,
                        name=name,
                        actor_type=spec.actor_type,
                        sector=spec.sector,
                        category=spec.category,
                        location=town,
                        scope=spec.scope,
                        employees=int(rng.integers(spec.employees[0], spec.employees[1] + 1)),
                        clients=_round_clients(rng.integers(spec.clients[0], spec.clients[1] + 1)),
                        attributes={"neighbourhood": LEEFHOEK}
                        if actor_id in _LEEFHOEK_ACTORS
                        else {},
                    )
                )
    return actors


def popularity(actor: Actor) -> float:
    """How readily others name ``actor`` as a partner, relative to an average actor."""
    return _SPEC_OF_CATEGORY_TYPE[(actor.category, actor.actor_type)].popularity


_SPEC_OF_CATEGORY_TYPE = {(s.category, s.actor_type): s for s in CATEGORY_SPECS}


def _person_names(rng: np.random.Generator):
    """An endless supply of distinct invented names (first name + family name)."""
    pairs = [f"{first} {last}" for first in _FIRST for last in _LAST]
    order = rng.permutation(len(pairs))
    return iter(pairs[i] for i in order)


def _round_clients(value: np.integer) -> int:
    # Organisations report rounded numbers of persons helped; exact figures look fake.
    value = int(value)
    return value if value < 100 else int(round(value, -1))

"""Names and plain-language explanations of every network measure, in Dutch (nl-BE) and English.

Written for a municipal coordinator, not a data scientist: what the figure says about the
collaboration in the municipality, and how to read a high or low value. UI, reports and the CLI
all take their text from here, keyed by measure id.
"""

from __future__ import annotations

from typing import NamedTuple


class Text(NamedTuple):
    label_nl: str
    label_en: str
    nl: str
    en: str


MEASURES: dict[str, Text] = {
    "actors": Text(
        "Aantal actoren", "Number of actors",
        "Alle organisaties en personen in het netwerk: wie de bevraging invulde én wie als partner "
        "genoemd werd.",
        "Every organisation and person in the network: those who answered the survey and those "
        "named as a partner."),
    "respondents": Text(
        "Aantal respondenten", "Number of respondents",
        "Hoeveel actoren de bevraging (deels) invulden.",
        "How many actors answered (part of) the survey."),
    "ties": Text(
        "Aantal samenwerkingen", "Number of collaborations",
        "Paren van actoren die samenwerken. Een samenwerking telt één keer, ook als beide "
        "partners ze melden. De tabellen (Tabel 1-3) en de netwerkkaart tellen meldingen: een "
        "samenwerking die beide partners melden, zijn twee meldingen (op de kaart twee pijlen).",
        "Pairs of actors that work together. A collaboration counts once, even when both "
        "partners report it. The tables (Table 1-3) and the network map count reports: a "
        "collaboration both partners report is two reports (two arrows on the map)."),
    "density": Text(
        "Dichtheid", "Density",
        "Welk deel van alle mogelijke paren echt samenwerkt. In een groot netwerk is een lage "
        "waarde normaal: 'iedereen met iedereen' is niet haalbaar en ook niet nodig.",
        "The share of all possible pairs that actually work together. In a large network a low "
        "value is normal: 'everybody with everybody' is neither feasible nor needed."),
    "reciprocity": Text(
        "Wederkerigheid", "Reciprocity",
        "Van de relaties tussen twee respondenten: welk deel door beide kanten gemeld wordt. Een "
        "lage waarde betekent dat partners de samenwerking niet op dezelfde manier zien.",
        "Of the collaborations between two respondents: the share that both sides report. A low "
        "value means partners do not see their collaboration the same way."),
    "finality_agreement": Text(
        "Eensgezindheid over finaliteit", "Agreement on finality",
        "Als beide partners een relatie melden: hoe vaak ze hetzelfde doel noemen "
        "(doorverwijzen, informatie delen, afstemmen of samen activiteiten opzetten).",
        "When both partners report a collaboration: how often they name the same purpose "
        "(referral, information sharing, coordination or joint activities)."),
    "components": Text(
        "Aantal losse delen", "Number of separate parts",
        "In hoeveel delen het netwerk uiteenvalt die onderling geen enkele band hebben. Eén deel "
        "betekent dat iedereen via via bereikbaar is.",
        "Into how many parts the network falls that have no tie to each other. One part means "
        "everyone can be reached through others."),
    "isolates": Text(
        "Geïsoleerde actoren", "Isolated actors",
        "Actoren zonder één samenwerkingsrelatie in deze gegevens.",
        "Actors without a single collaboration in these data."),
    "largest_component_share": Text(
        "Aandeel in het grootste deel", "Share in the largest part",
        "Welk deel van de actoren tot het grootste samenhangende deel van het netwerk behoort.",
        "The share of actors that belong to the largest connected part of the network."),
    "degree_centralisation": Text(
        "Centralisatie", "Centralisation",
        "Of enkele actoren veel meer partners hebben dan de rest (dicht bij 1: alles loopt via "
        "één spil) of de relaties gelijk verdeeld zijn (dicht bij 0).",
        "Whether a few actors have far more partners than the rest (near 1: everything runs "
        "through one hub) or ties are spread evenly (near 0)."),
    "light_tie_share": Text(
        "Aandeel lichte relaties", "Share of light ties",
        "Welk deel van de relaties alleen doorverwijzen of informatie delen is, zonder actief af "
        "te stemmen of samen iets op te zetten.",
        "The share of collaborations that only refer clients or share information, without "
        "actively aligning or doing things together."),
    "cross_sector_share": Text(
        "Aandeel relaties over sectoren heen", "Share of cross-sector ties",
        "Welk deel van de samenwerking twee verschillende sectoren verbindt (bv. zorg met "
        "welzijn). Laag: men werkt vooral met 'soortgelijken'.",
        "The share of collaborations that join two different sectors (e.g. care with welfare). "
        "Low: actors mostly work with 'their own kind'."),
    "ei_index_sector": Text(
        "E-I-index per sector", "E-I index by sector",
        "Van -1 (alle relaties blijven binnen de eigen sector: eilandjes) tot +1 (alle relaties "
        "gaan naar andere sectoren). Per sector wordt geteld per lid: een relatie tussen twee "
        "leden telt voor elk van hen, dus twee keer. Zo zegt de index welk deel van de partners "
        "van de leden uit de eigen sector komt.",
        "From -1 (all ties stay inside the own sector: silos) to +1 (all ties go to other "
        "sectors). Each sector is counted per member: a tie between two members "
        "counts for each of them, so twice. The index thus says which share of the members' "
        "partners come from the own sector."),
    "ei_index_actor_type": Text(
        "E-I-index per type actor", "E-I index by actor type",
        "Zoals de E-I-index per sector, maar volgens het type actor (bv. zelfstandige, "
        "zorgorganisatie, lokaal bestuur).",
        "Like the E-I index by sector, but by type of actor (e.g. self-employed, care "
        "organisation, local government)."),
    "assortativity_sector": Text(
        "Voorkeur voor de eigen sector", "Preference for the own sector",
        "Positief: actoren kiezen vaker partners uit hun eigen sector dan toeval zou geven. "
        "Nul: sectoren mengen zoals bij toeval. Negatief: men zoekt vooral andere sectoren op.",
        "Positive: actors choose partners from their own sector more often than chance would. "
        "Zero: sectors mix as by chance. Negative: actors mostly seek out other sectors."),
    "assortativity_actor_type": Text(
        "Voorkeur voor het eigen type actor", "Preference for the own actor type",
        "Zoals de voorkeur voor de eigen sector, maar volgens het type actor.",
        "Like the preference for the own sector, but by type of actor."),
    "communities": Text(
        "Aantal clusters", "Number of clusters",
        "Groepen actoren die onderling veel meer samenwerken dan met de rest. Kijk naar de "
        "sectormix: een cluster van één sector is een eiland.",
        "Groups of actors that work together much more among themselves than with the rest. "
        "Look at the sector mix: a cluster of one sector is an island."),
    "modularity": Text(
        "Scheiding tussen clusters", "Separation between clusters",
        "Hoe scherp de clusters van elkaar gescheiden zijn (boven 0,3 duidelijk gescheiden).",
        "How sharply the clusters are separated (above 0.3 clearly separated)."),
    "wished_absent_share": Text(
        "Gewenste relaties die nog ontbreken", "Wished ties still missing",
        "Van de partners met wie respondenten meer of beter willen samenwerken: met welk deel "
        "ze vandaag nog geen relatie hebben. Dat zijn de snelste stappen vooruit.",
        "Of the partners respondents want to work with more or better: the share they have no "
        "tie with yet. These are the quickest steps forward."),
    "unknown_actors": Text(
        "Onbekende actoren", "Unknown actors",
        "Actoren die respondenten niet kennen. Elkaar niet kennen is de eerste drempel om samen "
        "te werken, en de makkelijkste om weg te nemen.",
        "Actors that respondents do not know. Not knowing each other is the first barrier to "
        "collaboration, and the easiest to remove."),
    "response_rate": Text(
        "Respons", "Response rate",
        "Welk deel van de actoren uit het register de bevraging invulde. Wie weinig antwoordt, "
        "ontbreekt in het beeld (bv. zelfstandige zorgverleners).",
        "The share of actors in the register that answered the survey. Whoever answers little "
        "is missing from the picture (e.g. self-employed care professionals)."),
    # actor level
    "in_degree": Text(
        "Genoemd door", "Named by",
        "Door hoeveel respondenten deze actor als partner genoemd wordt.",
        "How many respondents name this actor as a partner."),
    "out_degree": Text(
        "Noemt zelf", "Names",
        "Hoeveel partners deze actor zelf noemt (0 als hij niet antwoordde).",
        "How many partners this actor names itself (0 if it did not answer)."),
    "partners": Text(
        "Aantal partners", "Number of partners",
        "Met hoeveel verschillende actoren deze actor samenwerkt, wie het ook meldde.",
        "How many different actors this actor works with, whoever reported it."),
    "intensity": Text(
        "Intensiteit van de samenwerking", "Intensity of collaboration",
        "De som van de intensiteit van alle relaties: diepere (samen activiteiten) en frequentere "
        "relaties wegen zwaarder dan een occasionele doorverwijzing.",
        "The sum of the intensity of all ties: deeper (joint activities) and more frequent ties "
        "weigh more than an occasional referral."),
    "betweenness": Text(
        "Bruggenbouwer", "Bridge builder",
        "Hoe vaak deze actor op de kortste weg tussen twee anderen ligt. Hoog: een brug tussen "
        "groepen, die wegvalt als de actor wegvalt.",
        "How often this actor lies on the shortest path between two others. High: a bridge "
        "between groups, lost if the actor drops out."),
    "closeness": Text(
        "Bereikbaarheid", "Reach",
        "Hoe dicht deze actor bij alle anderen staat (1: rechtstreeks verbonden met iedereen).",
        "How close this actor is to all others (1: tied directly to everyone)."),
    "constraint": Text(
        "Geslotenheid van het eigen netwerk", "Closedness of own network",
        "Hoog: de partners van deze actor kennen elkaar allemaal (een gesloten kring). Laag: de "
        "actor verbindt kringen die elkaar niet kennen.",
        "High: this actor's partners all know each other (a closed circle). Low: the actor "
        "connects circles that do not know each other."),
    "effective_size": Text(
        "Niet-overlappende partners", "Non-redundant partners",
        "Het aantal partners, min de overlap tussen hen: hoeveel aparte kringen de actor bereikt.",
        "The number of partners minus the overlap between them: how many separate circles the "
        "actor reaches."),
    "core": Text(
        "Kern of rand", "Core or periphery",
        "Hoe diep de actor in de kern van het netwerk zit. Hoger: deel van een dichte kern; 1: "
        "aan de rand.",
        "How deep the actor sits in the core of the network. Higher: part of a dense core; 1: "
        "on the edge."),
    "community": Text(
        "Cluster", "Cluster",
        "Het cluster waartoe de actor behoort (0 is het grootste).",
        "The cluster the actor belongs to (0 is the largest)."),
    "brokerage": Text(
        "Makelaarsrollen", "Brokerage roles",
        "Hoe vaak een actor twee partners verbindt die zelf niet samenwerken. Een relatie telt "
        "als één van beide kanten ze meldt, dus ook een partner die de bevraging niet invulde "
        "kan makelaar zijn; elk paar partners telt één keer. De rol hangt af van de sectoren: "
        "coördinator (twee partners uit de eigen sector), poortwachter of vertegenwoordiger "
        "(een partner uit de eigen sector met een uit een andere: zonder richting zijn die twee "
        "rollen dezelfde positie), consulent (twee partners uit eenzelfde andere sector) en "
        "verbinder (twee partners uit twee andere sectoren: de echte bruggenbouwer). Een rol "
        "zegt dat de actor op die plek staat, niet dat hij er ook werkelijk informatie of "
        "cliënten doorgeeft.",
        "How often an actor links two partners who do not work together themselves. A tie "
        "counts when either side reports it, so a partner that did not answer the survey can be "
        "a broker too; each pair of partners counts once. The role depends on the sectors: "
        "coordinator (two partners from its own sector), gatekeeper or representative (a "
        "partner from its own sector with one from another: without direction these two roles "
        "are the same position), consultant (two partners from one other sector) and liaison "
        "(partners from two other sectors: the true bridge builder). A role says the actor "
        "stands in that position, not that it actually passes on information or clients."),
}  # fmt: skip

SUPPRESSED = Text(
    "Niet getoond", "Not shown",
    "Niet getoond: minder dan {n} respondenten in deze groep (privacy).",
    "Not shown: fewer than {n} respondents in this group (privacy).",
)  # fmt: skip


def label(measure: str, lang: str = "nl") -> str:
    """The short name of ``measure`` in ``lang``."""
    text = MEASURES[measure]
    return text.label_en if lang == "en" else text.label_nl


def explain(measure: str, lang: str = "nl") -> str:
    """The plain-language explanation of ``measure`` in ``lang``."""
    text = MEASURES[measure]
    return text.en if lang == "en" else text.nl


def suppressed_note(min_group: int, lang: str = "nl") -> str:
    """Why a figure is left out."""
    return (SUPPRESSED.en if lang == "en" else SUPPRESSED.nl).format(n=min_group)

"""Controlled vocabularies of the ecosystem survey.

Every answer the survey records is one code of a vocabulary defined here. A vocabulary keeps its
terms in *canonical order* (the order the report prints them in, e.g. finality by increasing
intensity), each with a Dutch and an English label. Codes are stable identifiers used in files and
databases; labels are what people read.

The codes and their order follow the UCLL report "Samenwerking rond zorg en welzijn breed bekeken"
(Pless & Buntinx), Tabel 1-6; see ``docs/data-format.md`` for the list in prose.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field

Lang = str  # "nl" or "en"
LANGUAGES: tuple[Lang, ...] = ("nl", "en")


def normalise_key(value: str) -> str:
    """Fold a free-form answer to a lookup key.

    Case, accents, surrounding white space and the separators ``_``, ``-``, ``/`` and runs of
    spaces are ignored, so ``"Zeer goed"``, ``"zeer_goed"`` and ``" ZEER-GOED "`` all meet.
    """
    text = unicodedata.normalize("NFKD", value)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.casefold().strip()
    for separator in ("_", "-", "/", "."):
        text = text.replace(separator, " ")
    return " ".join(text.split())


@dataclass(frozen=True, slots=True)
class Term:
    """One answer option: a stable code, its labels, and extra spellings accepted on input."""

    code: str
    nl: str
    en: str
    synonyms: tuple[str, ...] = ()

    def label(self, lang: Lang = "nl") -> str:
        return self.en if lang == "en" else self.nl


@dataclass(frozen=True)
class Vocabulary:
    """An ordered set of terms with lookup by code, label or synonym.

    Parameters
    ----------
    name
        Identifier of the vocabulary, equal to the data-format column it constrains.
    terms
        The terms in canonical order.
    """

    name: str
    terms: tuple[Term, ...]
    _index: dict[str, str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        index: dict[str, str] = {}
        for term in self.terms:
            for spelling in (term.code, term.nl, term.en, *term.synonyms):
                key = normalise_key(spelling)
                known = index.get(key)
                if known is not None and known != term.code:
                    raise ValueError(
                        f"{self.name}: {spelling!r} is ambiguous ({known}, {term.code})"
                    )
                index[key] = term.code
        object.__setattr__(self, "_index", index)

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(term.code for term in self.terms)

    def __iter__(self) -> Iterator[Term]:
        return iter(self.terms)

    def __len__(self) -> int:
        return len(self.terms)

    def __contains__(self, code: object) -> bool:
        return any(term.code == code for term in self.terms)

    def lookup(self, value: str) -> str | None:
        """The code a written value stands for, or ``None`` when it is not a term of this vocabulary."""
        return self._index.get(normalise_key(value))

    def term(self, code: str) -> Term:
        for term in self.terms:
            if term.code == code:
                return term
        raise KeyError(f"{self.name}: unknown code {code!r}")

    def label(self, code: str, lang: Lang = "nl") -> str:
        return self.term(code).label(lang)

    def position(self, code: str) -> int:
        """Zero-based place of ``code`` in canonical order."""
        return self.codes.index(code)


def _vocab(name: str, *rows: tuple[str, ...]) -> Vocabulary:
    terms = tuple(Term(row[0], row[1], row[2], tuple(row[3:])) for row in rows)
    return Vocabulary(name, terms)


RESPONDENT_TYPE = _vocab(
    "respondent_type",
    ("zelfstandige_zorgprofessional", "Zelfstandige zorgprofessional",
     "Self-employed care professional", "zelfstandige zorgprofessionals", "zelfstandige"),
    ("zorgorganisatie", "Zorgorganisatie", "Care organisation", "zorgorganisaties"),
    ("welzijnsorganisatie", "Welzijnsorganisatie", "Welfare organisation", "welzijnsorganisaties"),
    ("lokaal_bestuur", "Lokaal bestuur", "Local government", "lokale besturen"),
    ("andere_organisatie", "Andere organisatie", "Other organisation", "andere organisaties"),
    ("informele_actor", "Informele actor", "Informal actor", "informele actoren"),
)  # fmt: skip

SECTOR = _vocab(
    "partner_group",
    ("zorg", "Zorg", "Care"),
    ("welzijn", "Welzijn", "Welfare"),
    ("lokaal_bestuur", "Lokaal bestuur", "Local government"),
    ("andere", "Andere sectoren", "Other sectors", "andere sector", "other"),
    ("informeel", "Informele actoren", "Informal actors", "informele actor", "informal"),
)

FINALITY = _vocab(
    "finality",
    ("doorverwijzen", "Doorverwijzen", "Referral", "doorverwijzing"),
    ("informatiedeling", "Informatiedeling", "Information sharing", "informatie delen"),
    ("afstemming", "Afstemming", "Coordination", "afstemmen"),
    ("activiteiten", "Activiteiten", "Joint activities", "samen activiteiten"),
)

FREQUENCY = _vocab(
    "frequency",
    ("dagelijks", "Dagelijks", "Daily"),
    ("wekelijks", "Wekelijks", "Weekly"),
    ("maandelijks", "Maandelijks", "Monthly"),
    ("minder", "Minder", "Less often", "minder dan maandelijks", "less"),
)

EVALUATION = _vocab(
    "evaluation",
    ("zeer_goed", "Zeer goed", "Very good"),
    ("goed", "Goed", "Good"),
    ("neutraal", "Neutraal", "Neutral"),
    ("slecht", "Slecht", "Poor", "bad"),
    ("zeer_slecht", "Zeer slecht", "Very poor", "very bad"),
)

EVOLUTION = _vocab(
    "evolution",
    ("meer", "Meer", "More"),
    ("beter", "Beter", "Better"),
    ("hetzelfde", "Hetzelfde", "The same", "same"),
    ("minder", "Minder", "Less"),
)

LEVEL = _vocab(
    "level",
    ("strategisch", "Strategisch", "Strategic"),
    ("structureel", "Structureel", "Tactical", "tactisch", "structural"),
    ("operationeel", "Operationeel", "Operational"),
)

SCALE = _vocab(
    "scale",
    ("binnenlokaal", "Binnenlokaal", "Within the municipality", "deel van de gemeente"),
    ("lokaal", "Lokaal", "Municipal", "hele gemeente", "local"),
    ("bovenlokaal", "Bovenlokaal", "Supra-local", "regionaal"),
)

SCOPE = _vocab(
    "scope",
    ("buurt", "Buurt", "Neighbourhood"),
    ("gemeente", "Gemeente of stad", "Municipality or city", "stad"),
    ("regio", "Regio", "Region"),
    ("provincie", "Provincie", "Province"),
    ("groter", "Groter", "Larger", "nationaal", "national"),
)

WISH = _vocab(
    "wish",
    ("meer", "Meer samenwerken", "Collaborate more", "meer"),
    ("beter", "Beter samenwerken", "Collaborate better", "beter"),
)

FACTOR_CATEGORY = _vocab(
    "factor_category",
    ("inhoud", "Inhoud", "Content", "inhoudelijk"),
    ("juridisch", "Juridisch", "Legal"),
    ("financieel", "Financieel", "Financial"),
    ("organisatorisch", "Organisatorisch", "Organisational", "organisatorische"),
    ("praktisch", "Praktisch", "Practical", "praktische"),
    ("persoonlijk", "Persoonlijk", "Personal", "persoonlijke"),
    ("politiek", "Politiek", "Political", "politieke"),
    ("historisch", "Historisch", "Historical", "historische"),
)

# Items per category, as listed in Tabel 5 (stimulating) and Tabel 6 (inhibiting).
STIMULATING_ITEMS: dict[str, Vocabulary] = {
    "inhoud": _vocab(
        "stimulating:inhoud",
        ("gemeenschappelijk_doel", "Gemeenschappelijk doel", "Common goal"),
        ("zelfde_doelgroep", "Zelfde doelgroep", "Same target group"),
        ("aanvullende_methodieken", "Aanvullende behandelingen of methodieken",
         "Complementary treatments or methods"),
        ("gedeelde_missie_visie", "Gedeelde missie en visie", "Shared mission and vision"),
        ("concrete_casus", "Concrete casus", "A concrete case"),
        ("gedeeld_zorgplan", "Gedeeld zorgplan", "Shared care plan"),
        ("afstemming_aanbod", "Afgestemd aanbod", "Aligned services"),
        ("outreachend_werken", "Outreachend werken", "Outreach work"),
        ("bruggenbouwer", "Bruggenbouwer zijn", "Being a bridge builder"),
    ),
    "juridisch": _vocab(
        "stimulating:juridisch",
        ("wettelijke_verplichting", "Wettelijke verplichting", "Legal obligation"),
        ("projectvoorwaarde", "Voorwaarde van een project", "Condition of a project"),
        ("politieke_opdracht", "Politieke opdracht", "Political assignment"),
    ),
    "financieel": _vocab(
        "stimulating:financieel",
        ("projectsubsidies", "Projectsubsidies", "Project grants"),
        ("serviceclub", "Steun van een serviceclub", "Support from a service club"),
        ("sociaal_ondernemerschap", "Sociaal ondernemerschap", "Social entrepreneurship"),
        ("kosten_locatie_delen", "Kosten van een locatie delen", "Sharing the cost of a venue"),
    ),
    "organisatorisch": _vocab(
        "stimulating:organisatorisch",
        ("goede_communicatie", "Goede communicatie", "Good communication"),
        ("kennis_functie_organisatie", "Elkaars functie en organisatie kennen",
         "Knowing each other's role and organisation"),
        ("flexibiliteit", "Flexibiliteit", "Flexibility"),
        ("schaalvergroting", "Schaalvergroting", "Scaling up"),
        ("compatibele_werking", "Werkwijzen die op elkaar aansluiten", "Compatible ways of working"),
        ("gedeelde_procedure", "Gedeelde procedure", "Shared procedure"),
        ("eerstelijnszone", "Een stimulerende eerstelijnszone", "A supportive primary care zone"),
    ),
    "praktisch": _vocab(
        "stimulating:praktisch",
        ("nabijheid", "Nabijheid", "Proximity"),
        ("meer_vrijwilligers", "Meer vrijwilligers", "More volunteers"),
        ("kennismakingsronde", "Een nieuwe collega die zich komt voorstellen",
         "A new colleague making introductions"),
        ("aanspreekbaarheid", "Aanspreekbaarheid", "Being easy to approach"),
        ("online_overleg", "Tijdswinst door online overleg", "Time saved by meeting online"),
        ("vaste_overlegmomenten", "Vaste overlegmomenten", "Regular meetings"),
    ),
    "persoonlijk": _vocab(
        "stimulating:persoonlijk",
        ("elkaar_kennen", "Elkaar kennen, respecteren en vertrouwen",
         "Knowing, respecting and trusting each other"),
        ("klik", "Een klik hebben", "Getting on well"),
        ("vriendelijkheid", "Vriendelijkheid", "Friendliness"),
    ),
    "politiek": _vocab(
        "stimulating:politiek",
        ("steun_beleid", "Steun van het beleid", "Support from policy makers"),
        ("leiderschap", "Leiderschap vanuit een visie", "Leadership with a vision"),
        ("structureel_beleid", "Becijferd en structureel beleid", "Costed, structural policy"),
        ("zelfde_strekking", "Samenwerking binnen dezelfde strekking",
         "Collaboration within the same political family"),
    ),
    "historisch": _vocab(
        "stimulating:historisch",
        ("verzuiling", "Verzuiling", "Pillarisation"),
        ("terugkerende_activiteiten", "Terugkerende activiteiten", "Recurring activities"),
        ("eerdere_successen", "Eerdere succeservaringen", "Earlier successes"),
        ("levensbeschouwelijke_noden", "Levensbeschouwelijke noden van cliënten",
         "Clients' philosophical or religious needs"),
    ),
}  # fmt: skip

INHIBITING_ITEMS: dict[str, Vocabulary] = {
    "inhoud": _vocab(
        "inhibiting:inhoud",
        ("werking_niet_kennen", "Elkaars werking niet kennen", "Not knowing each other's work"),
        ("iedereen_doet_maar_wat", "Iedereen doet maar wat", "Everyone doing their own thing"),
        ("geen_gezamenlijke_opdracht", "Geen gezamenlijke opdracht", "No shared assignment"),
        ("andere_visie", "Een andere visie of taakopvatting", "A different vision or view of tasks"),
        ("verkeerde_verwijzingen", "Verkeerde verwijzingen", "Wrong referrals"),
        ("eigen_doelen", "Eigen doelen boven het algemeen belang",
         "Own goals before the common interest"),
        ("onvoldoende_actiegericht", "Onvoldoende actiegericht", "Not action-oriented enough"),
        ("zelf_oplossen", "Zelf oplossen in plaats van samenwerken",
         "Solving things alone instead of together"),
    ),
    "juridisch": _vocab(
        "inhibiting:juridisch",
        ("beroepsgeheim_privacy", "Beroepsgeheim en privacywetgeving",
         "Professional secrecy and privacy law"),
        ("onduidelijke_bevoegdheden", "Onduidelijke bevoegdheden en opdrachten",
         "Unclear competences and assignments"),
        ("verschillende_statuten", "Verschillende personeelsstatuten", "Different staff statutes"),
        ("verschillende_terugbetaling", "Verschillende terugbetalingsregelingen",
         "Different reimbursement schemes"),
        ("onvoldoende_ondersteuning", "Te weinig ondersteuning ondanks verplichtingen",
         "Too little support despite obligations"),
        ("zelfde_aanbod_structuren", "Hetzelfde aanbod vanuit verschillende structuren",
         "The same offer from different structures"),
        ("te_veel_regels", "Te veel regels en beperkingen", "Too many rules and restrictions"),
    ),
    "financieel": _vocab(
        "inhibiting:financieel",
        ("gebrek_middelen", "Gebrek aan middelen, personeel of tijd",
         "Lack of means, staff or time"),
        ("projectfinanciering", "Projectfinanciering", "Project-based funding"),
        ("hoge_kostprijs", "Hoge kostprijs van de dienst van de ander",
         "High cost of the other's service"),
    ),
    "organisatorisch": _vocab(
        "inhibiting:organisatorisch",
        ("vastgeroest", "Vastgeroest in de eigen werking", "Stuck in existing ways of working"),
        ("reorganisaties", "Reorganisaties", "Reorganisations"),
        ("personeelswissels", "Personeelswissels", "Staff turnover"),
        ("wachtlijsten", "Wachtlijsten", "Waiting lists"),
        ("administratie", "Administratie", "Paperwork"),
        ("onduidelijke_communicatie", "Onduidelijke communicatie en slechte afstemming",
         "Unclear communication and poor alignment"),
        ("ruim_werkingsgebied", "Een ruim werkingsgebied", "A wide service area"),
        ("concurrentie", "Concurrentie", "Competition"),
        ("schaalnadelen", "Schaalnadelen", "Diseconomies of scale"),
        ("afbakening_takenpakket", "Strikte afbakening van taken", "Rigid task boundaries"),
        ("gebrek_leiderschap", "Gebrek aan leiderschap", "Lack of leadership"),
        ("geen_gedeeld_platform", "Geen gedeeld (IT-)platform", "No shared (IT) platform"),
    ),
    "praktisch": _vocab(
        "inhibiting:praktisch",
        ("grote_afstand", "Grote afstand", "Long distance"),
        ("contactmogelijkheden", "Weinig contactmogelijkheden", "Few ways to get in touch"),
        ("tijdsgebrek", "Tijdsgebrek", "Lack of time"),
        ("afwezigheid_actoren", "Actoren die afwezig blijven", "Actors who stay away"),
        ("te_veel_vergaderen", "Te veel en te lang vergaderen", "Too many and too long meetings"),
        ("werkdruk", "Extra werkdruk door te weinig financiering",
         "Extra workload from underfunding"),
        ("gezamenlijke_momenten", "Moeilijk gezamenlijke momenten vinden",
         "Hard to find a common moment"),
        ("moeilijke_bereikbaarheid", "Moeilijk bereikbaar", "Hard to reach"),
        ("coronacrisis", "De coronacrisis", "The COVID-19 crisis"),
    ),
    "persoonlijk": _vocab(
        "inhibiting:persoonlijk",
        ("elkaar_niet_kennen", "Elkaar niet kennen", "Not knowing each other"),
        ("gebrek_betrokkenheid", "Gebrek aan betrokkenheid en interesse",
         "Lack of involvement and interest"),
        ("autoritaire_houding", "Autoritaire houding", "Authoritarian attitude"),
        ("onvoldoende_vertrouwen", "Onvoldoende wederzijds vertrouwen", "Too little mutual trust"),
        ("hoge_drempel", "Hoge drempel door gebrek aan overzicht",
         "High threshold from lack of overview"),
        ("jaloezie", "Jaloezie", "Jealousy"),
    ),
    "politiek": _vocab(
        "inhibiting:politiek",
        ("eigenbelang", "Eigenbelang", "Self-interest"),
        ("concurrentie", "Concurrentie", "Competition"),
        ("gebrek_steun", "Gebrek aan steun", "Lack of support"),
        ("weinig_voeling_praktijk", "Belemmerend door weinig voeling met de praktijk",
         "Obstructive through little feel for practice"),
        ("niet_erkend", "Elkaar niet erkennen als gelijkwaardige partner",
         "Not recognising each other as equal partners"),
        ("onvoldoende_openheid", "Onvoldoende openheid", "Too little openness"),
        ("tegengestelde_voorkeuren", "Tegengestelde politieke voorkeuren",
         "Opposing political preferences"),
    ),
    "historisch": _vocab(
        "inhibiting:historisch",
        ("geen_eerdere_samenwerking", "Geen eerdere samenwerking", "No earlier collaboration"),
        ("verzuiling", "Verzuiling", "Pillarisation"),
    ),
}  # fmt: skip

FACTOR_KINDS: tuple[str, ...] = ("stimulating", "inhibiting")
FACTOR_ITEMS: dict[str, dict[str, Vocabulary]] = {
    "stimulating": STIMULATING_ITEMS,
    "inhibiting": INHIBITING_ITEMS,
}

# The answer vocabularies by the column they constrain in ties.csv.
TIE_VOCABULARIES: dict[str, Vocabulary] = {
    "respondent_type": RESPONDENT_TYPE,
    "partner_group": SECTOR,
    "finality": FINALITY,
    "frequency": FREQUENCY,
    "evaluation": EVALUATION,
    "evolution": EVOLUTION,
    "scale": SCALE,
}

# The four questions of Tabel 2, in the report's order.
PROFILE_QUESTIONS: tuple[Vocabulary, ...] = (FINALITY, FREQUENCY, EVALUATION, EVOLUTION)

# Finalities the report calls light: referral and (passive) information sharing.
LIGHT_FINALITIES: frozenset[str] = frozenset({"doorverwijzen", "informatiedeling"})

# The sector a respondent of each type belongs to, for cross-sector measures.
SECTOR_OF_RESPONDENT_TYPE: dict[str, str] = {
    "zelfstandige_zorgprofessional": "zorg",
    "zorgorganisatie": "zorg",
    "welzijnsorganisatie": "welzijn",
    "lokaal_bestuur": "lokaal_bestuur",
    "andere_organisatie": "andere",
    "informele_actor": "informeel",
}

# Labels of the table questions themselves.
QUESTION_LABELS: dict[str, tuple[str, str]] = {
    "finality": ("Finaliteit", "Finality"),
    "frequency": ("Frequentie", "Frequency"),
    "evaluation": ("Evaluatie verloop", "Evaluation"),
    "evolution": ("Gewenste evolutie", "Wished evolution"),
}


def question_label(question: str, lang: Lang = "nl") -> str:
    nl, en = QUESTION_LABELS[question]
    return en if lang == "en" else nl


def factor_label(kind: str, category: str, item: str | None, lang: Lang = "nl") -> str:
    """Readable label of a factor, e.g. ``"Persoonlijk: Elkaar niet kennen"``."""
    category_label = FACTOR_CATEGORY.label(category, lang)
    if item is None:
        return category_label
    return f"{category_label}: {FACTOR_ITEMS[kind][category].label(item, lang)}"

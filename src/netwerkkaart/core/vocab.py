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

from netwerkkaart.core import factor_items

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

    def label_or_unknown(self, code: str | None, lang: Lang = "nl") -> str:
        """The label of ``code``, or what a missing value reads as ("sector onbekend").

        A register actor may have no sector or type (the form and ``actors.csv`` allow it); it is
        shown as such rather than guessed or left blank.
        """
        if code is None or code == "" or code == "None":
            nl, en = UNKNOWN_LABELS.get(self.name, UNKNOWN_LABELS[""])
            return en if lang == "en" else nl
        return self.label(code, lang)

    def position(self, code: str) -> int:
        """Zero-based place of ``code`` in canonical order."""
        return self.codes.index(code)


# What a missing value of each vocabulary reads as (see :meth:`Vocabulary.label_or_unknown`).
UNKNOWN_LABELS: dict[str, tuple[str, str]] = {
    "partner_group": ("sector onbekend", "sector unknown"),
    "respondent_type": ("type onbekend", "type unknown"),
    "": ("onbekend", "unknown"),
}


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
    category: _vocab(f"stimulating:{category}", *rows)
    for category, rows in factor_items.STIMULATING.items()
}
INHIBITING_ITEMS: dict[str, Vocabulary] = {
    category: _vocab(f"inhibiting:{category}", *rows)
    for category, rows in factor_items.INHIBITING.items()
}

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

"""The published figures the demo survey is drawn from.

The generator does not copy the report's answers; it draws new ones from distributions shaped
like its tables, so the demo's descriptive tables come out close to the published ones without
being identical.

Notes
-----
- :data:`PARTNER_MIX` is Tabel 1 (share of a respondent type's collaborations per partner group).
  The report has no row for informal respondents (too few of them); ours is a guess that follows
  the report's remark that informal actors report more ties *towards* professionals than the
  other way round. Bridge builders get a deliberately even mix.
- :data:`FINALITY_COUNTS` is Tabel 3 (finality per respondent type x partner group, in counts).
  Overall it gives 63 % light ties (referral + information sharing), as Tabel 2 does.
- :data:`FREQUENCY_GIVEN_FINALITY` is chosen so that, mixed over Tabel 2's finality shares, it
  returns Tabel 2's frequencies (11/17/26/46 %) while intense ties are also the frequent ones.
- :data:`EVALUATION` and :data:`EVOLUTION` are Tabel 2's shares. Nobody wished "minder".
- :data:`ANSWER_RATE` reproduces the falling number of answers per question of Tabel 2
  (1130/956/925/995): drop-out removes about 12 % of the later answers, and a few respondents
  skip frequency or evaluation on a tie while still answering the evolution question.
- :data:`WISH_TARGETS` are Tabel 4 style counts per town and round: the top three include equal
  counts so that the shared-rank rule of the report has something to show.
"""

from __future__ import annotations

from netwerkkaart.core import vocab

SECTORS: tuple[str, ...] = vocab.SECTOR.codes
FINALITIES: tuple[str, ...] = vocab.FINALITY.codes

# Tabel 1, in the order of SECTORS (zorg, welzijn, lokaal_bestuur, andere, informeel).
PARTNER_MIX: dict[str, tuple[float, ...]] = {
    "zelfstandige_zorgprofessional": (65, 11, 8, 13, 4),
    "zorgorganisatie": (46, 20, 11, 12, 11),
    "welzijnsorganisatie": (30, 31, 12, 15, 12),
    "lokaal_bestuur": (26, 31, 13, 15, 16),
    "andere_organisatie": (20, 38, 21, 13, 8),
    "informele_actor": (14, 34, 22, 12, 18),
}
BRIDGE_MIX: tuple[float, ...] = (24, 24, 16, 18, 18)
# Ties reported back (reciprocity) and wishes that come true follow the *other* side's mix, which
# dilutes the recorded within-sector share; drawing own-sector partners this much more often
# brings the recorded partner mix back near Tabel 1 and keeps the silos the report describes.
HOMOPHILY = 1.35

# Tabel 3: counts of (doorverwijzen, informatiedeling, afstemming, activiteiten) per cell.
FINALITY_COUNTS: dict[str, dict[str, tuple[int, int, int, int]]] = {
    "zelfstandige_zorgprofessional": {
        "zorg": (20, 14, 9, 9), "welzijn": (5, 0, 1, 3), "lokaal_bestuur": (4, 2, 0, 0),
        "andere": (2, 4, 3, 1), "informeel": (2, 0, 0, 1)},
    "zorgorganisatie": {
        "zorg": (37, 45, 25, 20), "welzijn": (26, 12, 8, 10), "lokaal_bestuur": (14, 10, 6, 2),
        "andere": (8, 11, 4, 10), "informeel": (17, 5, 3, 6)},
    "welzijnsorganisatie": {
        "zorg": (56, 26, 11, 16), "welzijn": (36, 26, 19, 31), "lokaal_bestuur": (10, 11, 13, 11),
        "andere": (14, 21, 6, 13), "informeel": (15, 10, 6, 11)},
    "lokaal_bestuur": {
        "zorg": (24, 25, 8, 7), "welzijn": (21, 18, 15, 22), "lokaal_bestuur": (4, 11, 5, 11),
        "andere": (11, 15, 4, 7), "informeel": (15, 14, 2, 8)},
    "andere_organisatie": {
        "zorg": (8, 5, 0, 9), "welzijn": (15, 7, 0, 19), "lokaal_bestuur": (12, 4, 1, 6),
        "andere": (2, 6, 0, 6), "informeel": (1, 2, 2, 4)},
}  # fmt: skip
# Small cells of Tabel 3 hold zeros that are chance, not rules; smoothing keeps every answer possible.
FINALITY_SMOOTHING = 0.5

FREQUENCY_GIVEN_FINALITY: dict[str, tuple[float, ...]] = {
    "doorverwijzen": (0.08, 0.15, 0.25, 0.52),
    "informatiedeling": (0.08, 0.15, 0.27, 0.50),
    "afstemming": (0.12, 0.20, 0.30, 0.38),
    "activiteiten": (0.18, 0.22, 0.26, 0.34),
}
EVALUATION: tuple[float, ...] = (0.13, 0.45, 0.39, 0.03, 0.0)
EVOLUTION: tuple[float, ...] = (0.35, 0.22, 0.43, 0.0)
# After a poor evaluation a respondent mostly wants the tie to go better.
EVOLUTION_AFTER_POOR: tuple[float, ...] = (0.2, 0.7, 0.1, 0.0)

# Drop-out and item non-response (see the module notes).
DROP_OUT_SHARE = 0.28  # respondents who stop somewhere in their list of ties
DROP_OUT_POINT = (0.3, 0.75)  # where they stop, as a share of their list
SKIP_FREQUENCY = 0.04
SKIP_EVALUATION = 0.07

# Response rates per respondent type: the self-employed are hard to reach (report, "Methodologie").
RESPONSE_RATE: dict[str, float] = {
    "zelfstandige_zorgprofessional": 0.13,
    "zorgorganisatie": 0.85,
    "welzijnsorganisatie": 0.85,
    "lokaal_bestuur": 0.9,
    "andere_organisatie": 0.7,
    "informele_actor": 0.18,
}
MAX_INFORMAL_RESPONDENTS = 4  # fewer than the default privacy threshold of 5

# Mean number of ties a respondent of each type names before reciprocity adds some.
TIES_PER_RESPONDENT: dict[str, float] = {
    "zelfstandige_zorgprofessional": 8.5,
    "zorgorganisatie": 11.0,
    "welzijnsorganisatie": 12.0,
    "lokaal_bestuur": 12.5,
    "andere_organisatie": 9.0,
    "informele_actor": 9.0,
}
BRIDGE_TIES = 20.0
RECIPROCITY = 0.3  # chance that a named respondent also names the tie back
# In later rounds most reciprocal ties persist from the round before, so fewer new ones appear.
RECIPROCITY_LATER = 0.15
SAME_FINALITY_WHEN_RECIPROCAL = 0.7

# Factors: share of ties with any, and the weight of each category (Tabel 5 and 6 discussion).
STIMULATING_SHARE = 0.45
INHIBITING_SHARE = 0.35
BARE_CATEGORY_SHARE = 0.08
STIMULATING_WEIGHTS: dict[str, float] = {
    "inhoud": 5, "juridisch": 1, "financieel": 1, "organisatorisch": 4, "praktisch": 3,
    "persoonlijk": 5, "politiek": 1, "historisch": 1,
}  # fmt: skip
INHIBITING_WEIGHTS: dict[str, float] = {
    "inhoud": 3, "juridisch": 3, "financieel": 4, "organisatorisch": 4, "praktisch": 5,
    "persoonlijk": 3, "politiek": 1, "historisch": 1,
}  # fmt: skip
# Items the report stresses, drawn more often than their neighbours.
FAVOURED_ITEMS: frozenset[str] = frozenset({
    "inhoud:gemeenschappelijk_doel", "inhoud:zelfde_doelgroep", "inhoud:concrete_casus",
    "persoonlijk:elkaar_kennen", "organisatorisch:goede_communicatie",
    "praktisch:tijdsgebrek", "financieel:gebrek_middelen", "juridisch:beroepsgeheim_privacy",
    "persoonlijk:elkaar_niet_kennen", "inhoud:werking_niet_kennen",
})  # fmt: skip

# Tabel 4 style: how many respondents of a town wish more or better collaboration per category.
WISH_TARGETS: dict[str, dict[str, dict[str, int]]] = {
    "2025": {
        "Gemeentegem": {
            "OCMW/Sociaal Huis": 12, "Huisartsen": 11, "Sociale huisvesting": 11,
            "Opbouwwerk": 9, "Verenigingen waar armen het woord nemen": 9, "CAW": 7,
            "Huis van het Kind": 6, "Buurtwerk": 5, "Jeugdwelzijnswerk": 4, "Scholen": 3,
            "Thuisverpleegkundigen": 3, "Kinesitherapeuten": 2},
        "Stederen": {
            "Huisartsen": 13, "Huis van het Kind": 13, "Sociale huisvesting": 12,
            "Vluchtelingenwerk": 12, "Scholen": 10, "OCMW/Sociaal Huis": 8,
            "Kinesitherapeuten": 5, "Mutualiteiten": 5, "Eerstelijnszone": 4, "Psychologen": 4,
            "CAW": 3, "Buurtcomités": 2},
    },
    "2026": {
        "Gemeentegem": {
            "Sociale huisvesting": 13, "Huisartsen": 11, "Opbouwwerk": 11,
            "OCMW/Sociaal Huis": 9, "Verenigingen waar armen het woord nemen": 8, "CAW": 6,
            "Psychologen": 5, "Huis van het Kind": 4, "Buurtwerk": 3, "Scholen": 3,
            "VDAB/werk": 3},
        "Stederen": {
            "Huisartsen": 14, "Sociale huisvesting": 12, "Huis van het Kind": 10,
            "Vluchtelingenwerk": 10, "Psychologen": 10, "Scholen": 8, "OCMW/Sociaal Huis": 6,
            "Thuisverpleegkundigen": 5, "Eerstelijnszone": 3, "Mutualiteiten": 3,
            "Kinesitherapeuten": 2},
    },
}  # fmt: skip
WISH_BETTER_SHARE = 0.4  # the rest wish "meer"
WISH_COMES_TRUE = 0.35  # chance that a wish of round 1 is a tie in round 2

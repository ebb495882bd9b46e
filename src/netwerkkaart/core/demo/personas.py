"""The personas' own collaborations, written out rather than drawn.

The report's introduction (seed 002) gives the stories; these scripts put them in the data so a
newcomer can find them back in every table and on the network map:

- **Jaak**'s GP refers him to the Sociaal Huis of Gemeentegem, but the referral is not followed up:
  a light tie, evaluated poorly, wished "beter". A year later, with Danira's neighbourhood work in
  between, it has become information sharing.
- **Driss**, the self-employed physiotherapist in Stederen, refers and shares information around
  Sofia (her GP, home nursing, her mutualiteit) and names professional secrecy, lack of time and
  money as barriers. He wishes more contact with the eerstelijnszone; in 2026 he has it.
- **Danira** starts as neighbourhood worker in Leefhoek: a bridge builder between welfare, care,
  local government and the neighbourhood committees, still unknown to many in 2025.
- **Sofia**'s care circle reports its ties among each other, mostly light ones.

Each script fixes finality, frequency, evaluation, evolution and factors; level and scale are
still drawn. Scripted ties come first in the respondent's list and personas never drop out, so
their answers are always complete.
"""

from __future__ import annotations

from dataclasses import replace

from netwerkkaart.core.demo.register import DANIRA_BUURTWERK as DANIRA
from netwerkkaart.core.demo.register import DRISS_PHYSIO as DRISS
from netwerkkaart.core.demo.register import (
    EERSTELIJNSZONE,
    GG_SOCIAAL_HUIS,
    JAAK_GP,
    PERSONA_ACTORS,
    SOFIA_GP,
    SOFIA_HOME_NURSING,
    SOFIA_MUTUALITEIT,
    ST_SOCIAAL_HUIS,
)
from netwerkkaart.core.demo.survey import Drafts, World, draw_tie
from netwerkkaart.core.model import Factor, Wish

# Persona actors answer every round: without them the stories would have no data.
FORCED_RESPONDENTS: tuple[str, ...] = (*PERSONA_ACTORS, ST_SOCIAAL_HUIS)
# Actors that only just started in the first round, and how much more often they are unknown.
NEWCOMERS: dict[str, dict[str, float]] = {"2025": {DANIRA: 15.0}, "2026": {DANIRA: 2.0}}

# (respondent, partner, finality, frequency, evaluation, evolution, stimulating, inhibiting)
Script = tuple[str, str, str, str, str, str, tuple[str, ...], tuple[str, ...]]

SCRIPTS: dict[str, tuple[Script, ...]] = {
    "2025": (
        (JAAK_GP, GG_SOCIAAL_HUIS, "doorverwijzen", "minder", "slecht", "beter", (),
         ("organisatorisch:onduidelijke_communicatie", "juridisch:beroepsgeheim_privacy")),
        (JAAK_GP, "GG-APO-01", "informatiedeling", "wekelijks", "goed", "hetzelfde",
         ("praktisch:nabijheid",), ()),
        (DRISS, SOFIA_GP, "doorverwijzen", "wekelijks", "goed", "beter",
         ("inhoud:concrete_casus",), ("juridisch:beroepsgeheim_privacy", "praktisch:tijdsgebrek")),
        (DRISS, SOFIA_HOME_NURSING, "informatiedeling", "maandelijks", "neutraal", "beter", (),
         ("financieel:gebrek_middelen",)),
        (DRISS, SOFIA_MUTUALITEIT, "doorverwijzen", "minder", "neutraal", "meer", (),
         ("organisatorisch:administratie",)),
        (SOFIA_HOME_NURSING, SOFIA_GP, "informatiedeling", "wekelijks", "goed", "beter",
         ("inhoud:zelfde_doelgroep",), ("praktisch:tijdsgebrek",)),
        (SOFIA_HOME_NURSING, DRISS, "informatiedeling", "maandelijks", "goed", "beter", (), ()),
        (SOFIA_MUTUALITEIT, SOFIA_HOME_NURSING, "doorverwijzen", "maandelijks", "goed",
         "hetzelfde", (), ()),
        (DANIRA, GG_SOCIAAL_HUIS, "afstemming", "wekelijks", "goed", "meer",
         ("inhoud:bruggenbouwer", "inhoud:outreachend_werken"), ()),
        (DANIRA, "GG-BC-01", "activiteiten", "wekelijks", "zeer_goed", "hetzelfde",
         ("politiek:steun_beleid",), ()),
        (DANIRA, "GG-VAW-01", "activiteiten", "maandelijks", "goed", "meer",
         ("inhoud:zelfde_doelgroep",), ()),
        (DANIRA, "GG-WGC-01", "informatiedeling", "maandelijks", "neutraal", "meer", (),
         ("persoonlijk:elkaar_niet_kennen",)),
        (DANIRA, "GG-GEM-02", "afstemming", "maandelijks", "goed", "hetzelfde", ("financieel",),
         ()),
        (GG_SOCIAAL_HUIS, DANIRA, "afstemming", "wekelijks", "goed", "meer", (), ()),
        (EERSTELIJNSZONE, ST_SOCIAAL_HUIS, "afstemming", "maandelijks", "goed", "hetzelfde",
         ("organisatorisch:eerstelijnszone",), ()),
        (EERSTELIJNSZONE, GG_SOCIAAL_HUIS, "afstemming", "maandelijks", "neutraal", "beter", (),
         ("organisatorisch:ruim_werkingsgebied",)),
    ),
    "2026": (
        (JAAK_GP, GG_SOCIAAL_HUIS, "informatiedeling", "maandelijks", "neutraal", "beter",
         ("persoonlijk:elkaar_kennen",), ("juridisch:beroepsgeheim_privacy",)),
        (DRISS, SOFIA_GP, "informatiedeling", "wekelijks", "goed", "beter",
         ("inhoud:gedeeld_zorgplan",), ("praktisch:tijdsgebrek",)),
        (DRISS, SOFIA_HOME_NURSING, "afstemming", "wekelijks", "goed", "hetzelfde",
         ("inhoud:gedeeld_zorgplan",), ()),
        (DRISS, EERSTELIJNSZONE, "afstemming", "maandelijks", "goed", "meer",
         ("organisatorisch:eerstelijnszone",), ()),
        (DANIRA, JAAK_GP, "afstemming", "maandelijks", "goed", "meer",
         ("inhoud:bruggenbouwer",), ("praktisch:moeilijke_bereikbaarheid",)),
        (JAAK_GP, DANIRA, "doorverwijzen", "maandelijks", "goed", "meer", (), ()),
    ),
}  # fmt: skip

# Ties the stories need to be absent in a round (both directions), e.g. before a wish comes true.
ABSENT: dict[str, tuple[tuple[str, str], ...]] = {
    "2025": ((DRISS, EERSTELIJNSZONE), (JAAK_GP, DANIRA)),
}

# Wishes the personas always make; they count towards the Tabel 4 targets.
FORCED_WISHES: dict[str, tuple[Wish, ...]] = {
    "2025": (
        Wish(DRISS, "Stederen", "Eerstelijnszone", "meer", "2025"),
        Wish(DANIRA, "Gemeentegem", "Huisartsen", "meer", "2025"),
        Wish(JAAK_GP, "Gemeentegem", "OCMW/Sociaal Huis", "beter", "2025"),
    ),
    "2026": (Wish(DRISS, "Stederen", "Huisartsen", "meer", "2026"),),
}


def apply_scripts(world: World, drafts: Drafts, round_id: str) -> None:
    """Put the round's scripted ties first in their respondents' lists (in place).

    Run it before :func:`~netwerkkaart.core.demo.survey.add_reciprocity`, so the absent pairs it
    removes cannot come back as reported-back ties.
    """
    for one, other in ABSENT.get(round_id, ()):
        for respondent, partner in ((one, other), (other, one)):
            if respondent in drafts:
                drafts[respondent] = [d for d in drafts[respondent] if d.partner != partner]
    scripted: dict[str, list] = {}
    for respondent, partner, finality, frequency, evaluation, evolution, stim, inhib in SCRIPTS.get(
        round_id, ()
    ):
        if respondent not in drafts:
            continue
        draft = replace(
            draw_tie(world, respondent, partner, finality),
            frequency=frequency,
            evaluation=evaluation,
            evolution=evolution,
            stimulating=tuple(Factor.from_token("stimulating", token) for token in stim),
            inhibiting=tuple(Factor.from_token("inhibiting", token) for token in inhib),
        )
        scripted.setdefault(respondent, []).append(draft)
    for respondent, first in scripted.items():
        partners = {d.partner for d in first}
        drafts[respondent] = first + [d for d in drafts[respondent] if d.partner not in partners]


def scripted_pairs(round_id: str) -> list[tuple[str, str]]:
    """The (respondent, partner) pairs written out for a round."""
    return [(script[0], script[1]) for script in SCRIPTS.get(round_id, ())]

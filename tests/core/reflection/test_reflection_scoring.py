"""Known answers: hand-made answer sets with the scores, quadrants and advice (with reasons) they
must give, for every kind of rule and every instrument that ends in a recommendation."""

from __future__ import annotations

import pytest

from netwerkkaart.core.questionnaire import AnswerError
from netwerkkaart.core.reflection import builtin_instrument, score


def test_five_reasons_means_per_reason():
    result = score(builtin_instrument("vijf_redenen"),
                   {"macht": 2, "onzeker": 4, "legitiem": 1, "efficient": 3, "effectief": 5})  # fmt: skip
    assert result.dimensions == {"machtspositie": 2.0, "onzekerheid": 4.0, "legitimiteit": 1.0,
                                 "efficientie": 3.0, "effectiviteit": 5.0}  # fmt: skip
    assert result.complete


def test_five_conditions_mean_of_three_items_and_partial_answers():
    instrument = builtin_instrument("vijf_condities")
    result = score(instrument, {"ambitie_helder": 5, "ambitie_gedragen": 2, "ambitie_meerwaarde": 2,
                                "belangen_bekend": 4})  # fmt: skip
    assert result.dimensions["ambitie"] == 3.0
    assert result.dimensions["belangen"] == 4.0  # only the answered item counts
    assert result.dimensions["relaties"] is None
    assert not result.complete


@pytest.mark.parametrize(
    ("complex_", "present", "code"),
    [(False, True, "I"), (True, True, "II"), (False, False, "III"), (True, False, "IV")],
)
def test_need_for_inter_municipal_collaboration_quadrants(complex_, present, code):
    # Kenis (2011): standard demand with the offer present needs no collaboration (I); complex
    # with the offer present needs facilitation inside (II); a missing offer needs other
    # municipalities (III), and with a complex demand also facilitation (IV).
    instrument = builtin_instrument("intergemeentelijke_noodzaak")
    result = score(instrument, {"thuiszorg_complex": complex_, "thuiszorg_aanbod": present})
    (placement,) = result.placements
    assert (placement.case, placement.code) == ("thuiszorg", code)
    meaning = instrument.rules("quadrant")[0]["quadrants"][placement.quadrant]["meaning"]["nl"]
    assert meaning


def test_portfolio_quadrant_from_dimension_means():
    instrument = builtin_instrument("portfolio")
    answers = {
        "strat_opgave": 2,
        "strat_strategie": 2,
        "strat_kern": 3,  # mean 2.33: low
        "oper_dagelijks": 5,
        "oper_continuiteit": 4,
        "oper_alternatief": 3,
    }  # 4: high
    (placement,) = score(instrument, answers).placements
    assert placement.code == "complementair"
    assert round(placement.x, 2) == 2.33 and placement.y == 4.0


@pytest.mark.parametrize(
    ("answers", "outcome", "steps"),
    [
        ({"enkel_subsidie": True}, "herbekijken", 1),
        ({"enkel_subsidie": False, "alleen": True}, "alleen", 2),
        ({"enkel_subsidie": False, "alleen": False, "bilateraal": True}, "bilateraal", 3),
        ({"enkel_subsidie": False, "alleen": False, "bilateraal": False, "netwerk_partners": True},
         "netwerk", 4),
        ({"enkel_subsidie": False, "alleen": False, "bilateraal": False,
          "netwerk_partners": False}, "nog_niet", 4),
    ],
)  # fmt: skip
def test_think_before_you_start_walks_to_its_advice_with_reasons(answers, outcome, steps):
    advice = score(builtin_instrument("eerst_denken"), answers).advice
    assert advice.outcome.id == outcome
    assert len(advice.path) == len(advice.reasons) == steps
    assert "Huxham" in advice.reference
    if outcome == "netwerk":
        assert [r.nl for r in advice.reasons] == [
            "Er is een inhoudelijke reden om samenwerking te overwegen.",
            "Alleen lukt het niet: anderen kunnen iets beter of hebben iets in huis.",
            "Ook met twee lukt het niet.",
            "Minstens twee andere partners willen hulpbronnen inbrengen.",
        ]


def test_think_before_you_start_without_the_answer_on_its_path_gives_no_advice():
    assert score(builtin_instrument("eerst_denken"), {"enkel_subsidie": False}).advice is None


GOVERNANCE = {
    # A small learning network with broad trust and agreement: shared governance.
    "shared": ({"soort": "interactie", "doelconsensus": "hoog", "vertrouwen": "breed",
                "aantal": "weinig", "competenties": "laag", "verhoudingen": "evenwichtig",
                "levensfase": "start"}, "zelfregulerend", {"zelfregulerend": 11,
                "leiderorganisatie": 0, "netwerkbureau": 2}),
    # One dominant party, little agreement, little trust, moderate size: lead organisation.
    "lead": ({"soort": "doel", "doelconsensus": "laag", "vertrouwen": "laag",
              "aantal": "gemiddeld", "competenties": "gemiddeld", "verhoudingen": "dominant",
              "levensfase": "groei"}, "leiderorganisatie", {"zelfregulerend": 0,
              "leiderorganisatie": 11, "netwerkbureau": 1}),
    # Many participants needing much network competence, moderate agreement: NAO.
    "nao": ({"soort": "doel", "doelconsensus": "matig", "vertrouwen": "smal", "aantal": "veel",
             "competenties": "hoog", "verhoudingen": "evenwichtig", "levensfase": "volwassen"},
            "netwerkbureau", {"zelfregulerend": 1, "leiderorganisatie": 2, "netwerkbureau": 13}),
}  # fmt: skip


@pytest.mark.parametrize("case", sorted(GOVERNANCE))
def test_governance_model_weighs_the_seven_considerations(case):
    answers, outcome, points = GOVERNANCE[case]
    advice = score(builtin_instrument("governancemodel"), answers).advice
    assert advice.outcome.id == outcome
    assert dict(advice.points) == points
    assert "Provan" in advice.reference
    assert advice.outcome.pros and advice.outcome.cons  # pros and cons as seed 003 gives them
    assert advice.reasons  # every reason behind it given points to the advice


def test_governance_reasons_are_those_that_favour_the_advice():
    answers, _outcome, _points = GOVERNANCE["nao"]
    advice = score(builtin_instrument("governancemodel"), answers).advice
    assert [r.nl for r in advice.reasons] == [
        "Een doelgericht netwerk vraagt dat iemand de voortgang naar het doel bewaakt.",
        "Bij gedeeltelijke overeenstemming helpt een onafhankelijke regisseur die niemands belang voortrekt.",
        "Vertrouwen tussen slechts enkele deelnemers volstaat niet voor gezamenlijke regie.",
        "Veel deelnemers en relaties vragen een eigen coördinerende organisatie.",
        "Veel eigen netwerkcompetenties vragen een organisatie die zich daar volledig op richt.",
        "Bij evenwichtige verhoudingen ligt één leidende partner minder voor de hand.",
        "Een volwassen netwerk kan een zwaardere, eigen structuur dragen.",
    ]


@pytest.mark.parametrize(
    ("answers", "outcome"),
    [
        ({"doel": "keten", "autonomie": 5}, "transactioneel"),
        ({"doel": "functie", "leveren": 4}, "functioneel"),
        ({"doel": "leren", "kennis": 5}, "lerend"),
        ({"doel": "nieuw", "risico": 5, "autonomie": 1}, "ondernemend"),
        # The stated aim weighs most: chain 3 against learning 2.
        (
            {"doel": "keten", "kennis": 4, "leveren": 1, "risico": 1, "autonomie": 3},
            "transactioneel",
        ),
        # Without a stated aim the Likert answers decide.
        ({"risico": 5, "autonomie": 1, "kennis": 2}, "ondernemend"),
    ],
)
def test_form_follows_content(answers, outcome):
    advice = score(builtin_instrument("vorm_volgt_inhoud"), answers).advice
    assert advice.outcome.id == outcome
    assert "Kaats" in advice.reference


def test_a_tie_goes_to_the_outcome_listed_first_with_only_its_reasons():
    # Chain 3 against entrepreneurial 2 (risk) + 1 (giving up autonomy): 3 all.
    advice = score(builtin_instrument("vorm_volgt_inhoud"),
                   {"doel": "keten", "risico": 5, "autonomie": 1}).advice  # fmt: skip
    assert advice.points["transactioneel"] == advice.points["ondernemend"] == 3
    assert advice.outcome.id == "transactioneel"
    assert [r.nl for r in advice.reasons] == [
        "Het doel is diensten in een keten op elkaar te laten aansluiten."
    ]


def test_checklists_count_what_is_done():
    manager = score(builtin_instrument("deelnemer_netwerkmanager"),
                    {"mandaat": True, "kleur_bekennen": True, "informeel_beslissen": False,
                     "concreet": True})  # fmt: skip
    assert manager.dimensions["netwerkmanager"] == 0.75
    assert manager.dimensions["vertegenwoordigen"] is None
    wheel = score(builtin_instrument("proceswiel"),
                  {"initiatie_aanleiding": "klaar", "initiatie_opdrachtgever": "bezig",
                   "verkennen_businesscase": "niet_gestart"})  # fmt: skip
    assert wheel.dimensions["initiatie"] == 0.5 and wheel.dimensions["verkennen"] == 0.0


def test_levels_score_by_their_place_on_the_scale():
    result = score(builtin_instrument("intensiteit_domeinen"),
                   {"ict_nu": "uitwisselen", "ict_gewenst": "integratie"})  # fmt: skip
    assert result.dimensions["ict"] == 4.0  # (2 + 6) / 2


def test_answers_are_checked_by_type_and_item():
    instrument = builtin_instrument("vijf_condities")
    with pytest.raises(AnswerError):
        score(instrument, {"ambitie_helder": 7})
    with pytest.raises(KeyError):
        score(instrument, {"bestaat_niet": 3})


# Known answers for the instruments scored by dimension means: a hand-made answer set and the
# dimension scores it must give (mean of the answered items of each dimension).
MEANS = {
    "coordinatiematrix": (
        {"beleid_volledigheid": 2, "beleid_taakintegratie": 3, "beleid_cooperatie": 4,
         "interne_informatie": 1},
        {"beleid": 3.0, "interne_informatie": 1.0, "clienten": None},
    ),
    "negen_problemen": (
        {"gedeelde_ambitie": 5, "machtsspel": 1, "petten": 3},
        {"problemen": 3.0},
    ),
    "motieven": (
        {"instr_middelen": 5, "instr_positie": 4, "aff_mensen": 2, "moreel_plicht": 1,
         "moreel_waarden": 2},
        {"instrumenteel": 4.5, "affectief": 2.0, "moreel": 1.5},
    ),
    "positionering": (
        {"positie": "reactief", "overweging_rol": 4, "overweging_financieel": 2},
        {"positie": 3.0, "overwegingen": 3.0},  # reactive is the third step of five
    ),
    "maatschappelijke_zeshoek": (
        {"overheid_kracht": "richting", "overheid_rol": "partnerend"},
        {"overheid": 1.5},  # direction power = 1, partnering = 2: the places of the options
    ),
    "netwerkorganisatie": (
        {"extern_mate": 2, "spelregels_mate": 5},
        {"extern": 2.0, "spelregels": 5.0, "gemeenschap": None},
    ),
    "netwerkleiderschap": (
        {"strateeg_1": 5, "strateeg_2": 4, "strateeg_3": 3, "procesmanager_1": 1},
        {"strateeg": 4.0, "procesmanager": 1.0, "verkenner": None},
    ),
    "toezicht_ego_eco": (
        {"ego_ambitie": 5, "ego_meerwaarde": 5, "ego_risico": 2, "eco_afspraken": 1,
         "opgave_agenda": 2},
        {"organisatie": 4.0, "netwerk": 1.0, "opgave": 2.0},
    ),
    "dilemmas": (
        {"organisatie_opgave_doel": 1, "organisatie_opgave_energie": 4,
         "samenwerking_opgave_tempo": 5},
        {"organisatie_opgave": 2.5, "samenwerking_opgave": 5.0, "organisatie_samenwerking": None},
    ),
}  # fmt: skip


@pytest.mark.parametrize("instrument_id", sorted(MEANS))
def test_dimension_means_known_answers(instrument_id):
    answers, expected = MEANS[instrument_id]
    scores = score(builtin_instrument(instrument_id), answers).dimensions
    for dimension, value in expected.items():
        assert scores[dimension] == value, dimension

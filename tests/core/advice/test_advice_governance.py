"""The governance rule (Provan & Kenis) on its three outcomes, each with the figures that decided it."""

from __future__ import annotations

from tests.core.advice.helpers import figures

from netwerkkaart.core.advice import advise, builtin_rules
from netwerkkaart.core.advice.decisions import governance_weighing

RULE = next(r for r in builtin_rules() if r.kind == "governance_model")


def decide(values: dict):
    return governance_weighing(figures(values).get, RULE.parameters)


def considered(decision) -> dict:
    return {c.id: c.outcome for c in decision.considerations}


def test_a_small_dense_trusting_network_governs_itself():
    decision = decide({"respondents": 6, "density": 0.5, "degree_centralisation": 0.1,
                       "trust_mean": 4.4, "goal_consensus": "hoog"})  # fmt: skip
    assert decision.outcome == "shared"
    assert considered(decision) == dict.fromkeys(
        ("participants", "density", "centralisation", "trust", "goal_consensus"), "shared"
    )


def test_a_medium_network_around_one_trusted_centre_gets_a_lead_organisation():
    decision = decide({"respondents": 15, "density": 0.12, "degree_centralisation": 0.6,
                       "trust_mean": 3.5, "goal_consensus": "laag"})  # fmt: skip
    assert decision.outcome == "lead"
    assert considered(decision) == {"participants": "lead", "density": "nao",
                                    "centralisation": "lead", "trust": "lead",
                                    "goal_consensus": "lead"}  # fmt: skip


def test_a_large_thin_network_with_little_trust_gets_a_network_administrative_organisation():
    decision = decide({"respondents": 84, "density": 0.06, "degree_centralisation": 0.3,
                       "trust_mean": 2.8})  # fmt: skip
    assert decision.outcome == "nao"
    assert considered(decision)["goal_consensus"] is None  # no session: unknown, weighs nothing


def test_band_edges_follow_the_rule_file():
    assert considered(decide({"respondents": 8, "density": 0.3}))["participants"] == "shared"
    assert considered(decide({"respondents": 9, "density": 0.3}))["participants"] == "lead"
    assert considered(decide({"respondents": 26, "density": 0.29}))["participants"] == "nao"
    assert considered(decide({"respondents": 26, "density": 0.29}))["density"] == "nao"
    assert considered(decide({"respondents": 26, "trust_mean": 4.0}))["trust"] == "shared"
    assert considered(decide({"respondents": 26, "trust_mean": 3.99}))["trust"] == "lead"


def test_a_tie_goes_to_the_lightest_model():
    # participants → lead, density → shared: one each; "zo licht als mogelijk".
    assert decide({"respondents": 12, "density": 0.5}).outcome == "shared"
    # participants → nao, centralisation → lead: lead is lighter than a network bureau.
    assert decide({"respondents": 40, "degree_centralisation": 0.5}).outcome == "lead"


def test_one_known_consideration_is_not_enough_to_advise():
    assert decide({"respondents": 12}) is None
    assert advise(figures({"respondents": 12}), [RULE]) == []


def test_suppressed_figures_count_as_unknown():
    values = figures({"respondents": 6, "degree_centralisation": 0.1},
                     suppressed=("density", "trust_mean"))  # fmt: skip
    rec = advise(values, [RULE])[0]
    unknown = {c.id for c in rec.considerations if c.outcome is None}
    assert unknown == {"density", "trust", "goal_consensus"}
    assert {e.figure for e in rec.why} == {"respondents", "degree_centralisation"}
    assert rec.outcome.id == "shared" and len(rec.steps) == 3

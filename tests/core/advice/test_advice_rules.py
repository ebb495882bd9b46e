"""Known answers per rule: it fires just past its threshold and not just before it.

Each case gives the figures a rule reads, once on the firing side of every threshold and once
on the other side, so a changed threshold in a rule file fails here.
"""

from __future__ import annotations

import pytest
from tests.core.advice.helpers import figures

from netwerkkaart.core.advice import advise, builtin_rules

RULES = {rule.kind: rule for rule in builtin_rules()}

# kind: (figures that make it fire, figures that do not)
CASES = {
    "silo": (
        {("ei_index_sector", "zorg"): -0.11, ("ei_index_sector", "welzijn"): 0.3},
        {("ei_index_sector", "zorg"): -0.10, ("ei_index_sector", "welzijn"): 0.3},
    ),
    "light_ties": ({"light_tie_share": 0.50}, {"light_tie_share": 0.49}),
    "bridge_dependency": ({"bridge_cut_share": 0.15}, {"bridge_cut_share": 0.149}),
    "unknown_actors": ({"unknown_top_share": 0.20}, {"unknown_top_share": 0.19}),
    "wished_absent": ({"wished_absent_share": 0.30}, {"wished_absent_share": 0.29}),
    "mutual_wish": ({("mutual_wish", "zorg+welzijn"): 5}, {"mutual_wish_pairs": 0}),
    "under_reached": (
        {("response_rate", "sector=zorg"): 0.39, ("response_invited", "sector=zorg"): 5},
        {("response_rate", "sector=zorg"): 0.40, ("response_invited", "sector=zorg"): 5},
    ),
    "fragmented": ({"largest_component_share": 0.89}, {"largest_component_share": 0.90}),
    "too_many_structures": ({"structures_factor_share": 0.10},
                            {"structures_factor_share": 0.09}),
    "think_before_you_start": ({"single_wisher_share": 0.5, "wished_actors": 3},
                               {"single_wisher_share": 0.49, "wished_actors": 3}),
    "governance_model": ({"respondents": 3, "density": 0.5}, {"respondents": 2, "density": 0.5}),
    "perception_gaps": (
        {("perception_gap_share", "zorg+welzijn:finality"): 0.5,
         ("perception_gap_pairs", "zorg+welzijn:finality"): 10},
        {("perception_gap_share", "zorg+welzijn:finality"): 0.49,
         ("perception_gap_pairs", "zorg+welzijn:finality"): 10},
    ),
    "form_follows_content": (
        {"ties": 10, ("finality_share", "afstemming"): 1.0},
        {"ties": 9, ("finality_share", "afstemming"): 1.0},
    ),
}  # fmt: skip


# The other conditions of rules with more than one: (kind, fires, stays silent), each just
# past and just before the threshold in the rule file.
MORE_THRESHOLDS = [
    ("bridge_dependency", {"brokerage_top_share": 0.5}, {"brokerage_top_share": 0.49}),
    ("unknown_actors", {"unknown_widely": 3}, {"unknown_widely": 2}),
    ("fragmented", {"isolates": 3}, {"isolates": 2}),
    ("think_before_you_start", {"single_wisher_share": 0.5, "wished_actors": 3},
     {"single_wisher_share": 0.5, "wished_actors": 2}),
    ("perception_gaps",
     {("perception_gap_share", "zorg+zorg:level"): 0.8, ("perception_gap_pairs", "zorg+zorg:level"): 10},
     {("perception_gap_share", "zorg+zorg:level"): 0.8, ("perception_gap_pairs", "zorg+zorg:level"): 9}),
    ("under_reached",
     {("response_rate", "actor_type=zelfstandige_zorgprofessional"): 0.1,
      ("response_invited", "actor_type=zelfstandige_zorgprofessional"): 5},
     {("response_rate", "actor_type=zelfstandige_zorgprofessional"): 0.1,
      ("response_invited", "actor_type=zelfstandige_zorgprofessional"): 4}),
]  # fmt: skip


@pytest.mark.parametrize(("kind", "fire", "quiet"), MORE_THRESHOLDS)
def test_every_other_condition_has_its_threshold_too(kind, fire, quiet):
    assert [r.kind for r in advise(figures(fire), [RULES[kind]])] == [kind]
    assert advise(figures(quiet), [RULES[kind]]) == []
    assert advise(figures({}, suppressed=tuple(fire)), [RULES[kind]]) == []


def test_every_rule_has_a_case():
    assert set(CASES) == set(RULES)


@pytest.mark.parametrize("kind", sorted(CASES))
def test_the_rule_fires_past_its_threshold(kind):
    fire, _ = CASES[kind]
    found = advise(figures(fire), [RULES[kind]])
    assert [r.kind for r in found] == [kind]


@pytest.mark.parametrize("kind", sorted(CASES))
def test_the_rule_stays_silent_before_its_threshold(kind):
    _, quiet = CASES[kind]
    assert advise(figures(quiet), [RULES[kind]]) == []


@pytest.mark.parametrize("kind", sorted(CASES))
def test_a_suppressed_figure_never_fires_the_rule(kind):
    fire, _ = CASES[kind]
    hidden = figures({}, suppressed=tuple(fire))
    assert advise(hidden, [RULES[kind]]) == []


def test_the_silo_names_the_sectors_whose_index_is_low_and_only_those():
    found = advise(figures({("ei_index_sector", "zorg"): -0.4, ("ei_index_sector", "welzijn"): -0.2,
                            ("ei_index_sector", "andere"): 0.1}), [RULES["silo"]])  # fmt: skip
    assert found[0].groups == ("zorg", "welzijn")
    assert {(e.figure, e.group, e.value) for e in found[0].why} == {
        ("ei_index_sector", "zorg", -0.4),
        ("ei_index_sector", "welzijn", -0.2),
    }


def test_the_silo_also_fires_on_high_assortativity():
    found = advise(figures({"assortativity_sector": 0.31}), [RULES["silo"]])
    assert found[0].why[0].figure == "assortativity_sector"
    assert advise(figures({"assortativity_sector": 0.3}), [RULES["silo"]]) == []


def test_under_reached_needs_both_a_low_rate_and_enough_invited_in_the_same_group():
    few_invited = figures({("response_rate", "sector=zorg"): 0.1,
                           ("response_invited", "sector=zorg"): 4})  # fmt: skip
    assert advise(few_invited, [RULES["under_reached"]]) == []
    two = figures({("response_rate", "sector=zorg"): 0.1, ("response_invited", "sector=zorg"): 4,
                   ("response_rate", "sector=welzijn"): 0.2,
                   ("response_invited", "sector=welzijn"): 9})  # fmt: skip
    assert advise(two, [RULES["under_reached"]])[0].groups == ("sector=welzijn",)


def test_light_ties_show_the_lever_when_known():
    found = advise(figures({"light_tie_share": 0.6, "light_wished_deeper_share": 0.4,
                            ("light_ties_wished_deeper", "zorg+welzijn"): 12}),
                   [RULES["light_ties"]])  # fmt: skip
    assert [(e.figure, e.group) for e in found[0].why] == [
        ("light_tie_share", None),
        ("light_wished_deeper_share", None),
        ("light_ties_wished_deeper", "zorg+welzijn"),
    ]
    assert found[0].sectors == ("zorg", "welzijn")


def test_recommendations_come_by_priority_and_carry_two_to_four_steps():
    every = {}
    for fire, _ in CASES.values():
        every.update(fire)
    found = advise(figures(every))
    assert [r.priority for r in found] == sorted(r.priority for r in found)
    assert all(2 <= len(r.steps) <= 4 for r in found)
    assert {r.kind for r in found} == set(CASES)


def test_earlier_values_come_with_the_figures():
    found = advise(figures({"light_tie_share": 0.6}), [RULES["light_ties"]],
                   earlier=figures({"light_tie_share": 0.7}))  # fmt: skip
    assert (found[0].why[0].value, found[0].why[0].earlier) == (0.6, 0.7)
    hidden = advise(figures({"light_tie_share": 0.6}), [RULES["light_ties"]],
                    earlier=figures({}, suppressed=("light_tie_share",)))  # fmt: skip
    assert hidden[0].why[0].earlier is None

"""Advice over time: what is new, what no longer applies and why (figure then → now)."""

from __future__ import annotations

from tests.core.advice.helpers import figures

from netwerkkaart.core.advice import advise, compare_advice
from netwerkkaart.core.advice.render import change_dict, to_markdown


def test_a_silo_that_opened_up_no_longer_applies_with_its_index_then_and_now():
    before = figures({("ei_index_sector", "zorg"): -0.12, ("ei_index_sector", "welzijn"): -0.3})
    after = figures({("ei_index_sector", "zorg"): 0.05, ("ei_index_sector", "welzijn"): -0.25})
    changes = compare_advice(advise(before), advise(after, earlier=before), after)
    assert [(c.status, c.kind, c.groups) for c in changes] == [("ended", "silo", ("zorg",))]
    [evidence] = changes[0].figures
    assert (evidence.figure, evidence.group, evidence.earlier, evidence.value) == (
        "ei_index_sector",
        "zorg",
        -0.12,
        0.05,
    )
    text = change_dict(changes[0], "en")
    assert text["groups"] == ["Care"]
    assert (text["figures"][0]["earlier_text"], text["figures"][0]["value_text"]) == (
        "-0.12",
        "0.05",
    )


def test_a_new_recommendation_and_one_that_ended_whole():
    before = figures({"light_tie_share": 0.6})
    after = figures({"light_tie_share": 0.4, "wished_absent_share": 0.5})
    changes = compare_advice(advise(before), advise(after, earlier=before), after)
    assert [(c.status, c.kind) for c in changes] == [
        ("new", "wished_absent"),
        ("ended", "light_ties"),
    ]
    ended = changes[1].figures[0]
    assert (ended.earlier, ended.value) == (0.6, 0.4)


def test_a_figure_suppressed_now_reads_as_unknown_not_as_its_value():
    before = figures({"light_tie_share": 0.6})
    after = figures({}, suppressed=("light_tie_share",))
    [change] = compare_advice(advise(before), advise(after), after)
    assert change.status == "ended" and change.figures[0].value is None


def test_unchanged_advice_gives_no_changes_and_markdown_says_then_and_now():
    same = figures({"light_tie_share": 0.6})
    assert compare_advice(advise(same), advise(same), same) == []
    before = figures({("ei_index_sector", "zorg"): -0.12})
    after = figures({("ei_index_sector", "zorg"): 0.05})
    changes = compare_advice(advise(before), advise(after), after)
    text = to_markdown(advise(after), "nl", round_code="2026", changes=changes,
                       earlier_round="2025")  # fmt: skip
    assert "Tegenover ronde 2025" in text
    assert "Niet meer van toepassing: Breng sectoren samen" in text and "-0,12 → 0,05" in text

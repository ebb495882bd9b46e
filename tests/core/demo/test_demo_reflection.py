"""The demo's group answers: repeatable, valid for every instrument, a lift moves them up."""

from __future__ import annotations

import statistics

from netwerkkaart.core.demo.reflection import demo_answer_sets
from netwerkkaart.core.reflection import builtin_ids, builtin_instrument, group_result, score


def test_answers_are_repeatable_and_valid_for_every_instrument():
    for instrument_id in builtin_ids():
        instrument = builtin_instrument(instrument_id)
        sets = demo_answer_sets(instrument, 6, seed=4)
        assert sets == demo_answer_sets(instrument, 6, seed=4)
        for answers in sets:
            score(instrument, answers)  # raises on an answer the item refuses
        assert group_result(instrument, sets, 5).participants == 6


def test_a_lift_raises_the_group():
    instrument = builtin_instrument("vijf_condities")
    before = demo_answer_sets(instrument, 20, seed=1)
    after = demo_answer_sets(instrument, 20, seed=1, lift=1.0)
    mean = lambda sets: statistics.fmean(v for s in sets for v in s.values())  # noqa: E731
    assert mean(after) > mean(before) + 0.5

"""Plausible answers of a group to a reflection instrument, for the demo (seeded, repeatable).

Each participant leans a little more positive or negative than the group; each dimension has its
own level, so the picture shows differences between dimensions and a spread within each.
"""

from __future__ import annotations

import random

from netwerkkaart.core.reflection.model import Instrument


def demo_answer_sets(
    instrument: Instrument, participants: int, *, seed: int, lift: float = 0.0
) -> list[dict[str, object]]:
    """``participants`` answer sets for ``instrument``; ``lift`` moves every Likert answer up.

    Parameters
    ----------
    instrument
        The instrument answered.
    participants
        How many answer sets.
    seed
        Fixes the random choices.
    lift
        Added to every Likert answer before rounding (a later, better session: e.g. 0.8).
    """
    rng = random.Random(seed)
    levels = {d.id: rng.uniform(2.0, 4.2) for d in instrument.dimensions}
    sets = []
    for _person in range(participants):
        mood = rng.gauss(0, 0.6)
        answers: dict[str, object] = {}
        for dimension in instrument.dimensions:
            for question in dimension.items:
                if question.type == "likert":
                    low, high = int(question.min or 1), int(question.max or 5)
                    value = levels[dimension.id] + mood + lift + rng.gauss(0, 0.7)
                    answers[question.id] = max(low, min(high, round(value)))
                elif question.type == "yes_no":
                    answers[question.id] = rng.random() < 0.3 + 0.15 * levels[dimension.id] / 2
                elif question.type in ("level", "single_choice"):
                    codes = question.option_codes()
                    centre = (levels[dimension.id] - 1) / 4 * (len(codes) - 1)
                    index = round(centre + rng.gauss(0, 1))
                    answers[question.id] = codes[max(0, min(len(codes) - 1, index))]
        sets.append(answers)
    return sets

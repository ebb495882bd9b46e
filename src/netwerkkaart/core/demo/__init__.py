"""The demo ecosystem: Gemeentegem (with Leefhoek) and Stederen, surveyed in 2025 and 2026.

A deterministic, synthetic ecosystem built around the personas of the UCLL report
"Samenwerking rond zorg en welzijn breed bekeken" (seed 002): Jaak, Sofia, Driss and Danira.
Its distributions resemble the report's tables, so every feature (tables, network measures,
privacy rules, round-over-round comparison) has something realistic to show.

Examples
--------
>>> from netwerkkaart.core.demo import ROUNDS, generate_demo
>>> demo = generate_demo(seed=2026)
>>> demo.rounds == list(ROUNDS)
True

Notes
-----
The parts, in the order the generator runs them:

- :mod:`~netwerkkaart.core.demo.register`: the actors, including the personas' actors;
- :mod:`~netwerkkaart.core.demo.survey`: who answers a round and what they answer;
- :mod:`~netwerkkaart.core.demo.answers`: level, scale and factors of a tie;
- :mod:`~netwerkkaart.core.demo.personas`: the personas' ties, written out;
- :mod:`~netwerkkaart.core.demo.wishes`: wished partner categories and unknown actors;
- :mod:`~netwerkkaart.core.demo.evolution`: the second round grown from the first;
- :mod:`~netwerkkaart.core.demo.figures`: the published figures the draws follow.

Everything is drawn from one ``numpy.random.default_rng(seed)`` in a fixed order and nothing
iterates over a set, so the same seed gives the same dataset in every process.
"""

from __future__ import annotations

import numpy as np

from netwerkkaart.core.dataset import Dataset
from netwerkkaart.core.demo.evolution import next_round
from netwerkkaart.core.demo.personas import (
    FORCED_RESPONDENTS,
    FORCED_WISHES,
    NEWCOMERS,
    apply_scripts,
)
from netwerkkaart.core.demo.register import (
    BRIDGE_BUILDERS,
    DANIRA_BUURTWERK,
    DRISS_PHYSIO,
    EERSTELIJNSZONE,
    GEMEENTEGEM,
    GG_SOCIAAL_HUIS,
    JAAK_GP,
    LEEFHOEK,
    PERSONA_ACTORS,
    SOFIA_CARE_CIRCLE,
    SOFIA_GP,
    SOFIA_HOME_NURSING,
    SOFIA_MUTUALITEIT,
    ST_SOCIAAL_HUIS,
    STEDEREN,
    build_register,
)
from netwerkkaart.core.demo.survey import (
    World,
    add_reciprocity,
    choose_respondents,
    draw_ties,
    observe,
)
from netwerkkaart.core.demo.wishes import draw_unknown, draw_wishes

__all__ = [
    "BRIDGE_BUILDERS",
    "DANIRA_BUURTWERK",
    "DEFAULT_SEED",
    "DRISS_PHYSIO",
    "EERSTELIJNSZONE",
    "FIRST_ROUND",
    "GEMEENTEGEM",
    "GG_SOCIAAL_HUIS",
    "JAAK_GP",
    "LEEFHOEK",
    "PERSONA_ACTORS",
    "ROUNDS",
    "SECOND_ROUND",
    "SOFIA_CARE_CIRCLE",
    "SOFIA_GP",
    "SOFIA_HOME_NURSING",
    "SOFIA_MUTUALITEIT",
    "STEDEREN",
    "ST_SOCIAAL_HUIS",
    "generate_demo",
]

DEFAULT_SEED = 2026
FIRST_ROUND = "2025"
SECOND_ROUND = "2026"
ROUNDS: tuple[str, ...] = (FIRST_ROUND, SECOND_ROUND)


def generate_demo(seed: int = DEFAULT_SEED) -> Dataset:
    """Generate the demo ecosystem with its two survey rounds.

    Parameters
    ----------
    seed
        Seed of the random generator; the same seed always gives an identical dataset.

    Returns
    -------
    Dataset
        About 200 actors in the register and, per round, about 90 respondents with about
        1100-1300 ties, plus wishes and unknown actors. Rounds are :data:`ROUNDS`.
    """
    rng = np.random.default_rng(seed)
    actors = build_register(rng)
    world = World(actors, rng)

    first = {r: draw_ties(world, r) for r in choose_respondents(world, FORCED_RESPONDENTS)}
    apply_scripts(world, first, FIRST_ROUND)
    add_reciprocity(world, first)
    first_wishes = draw_wishes(world, first, FIRST_ROUND, FORCED_WISHES[FIRST_ROUND])

    second, came_true = next_round(world, first, first_wishes, SECOND_ROUND)
    second_wishes = draw_wishes(
        world, second, SECOND_ROUND, FORCED_WISHES[SECOND_ROUND], exclude=came_true
    )

    return Dataset.from_records(
        ties=observe(world, first, FIRST_ROUND) + observe(world, second, SECOND_ROUND),
        wishes=first_wishes + second_wishes,
        unknown=draw_unknown(world, first, FIRST_ROUND, NEWCOMERS[FIRST_ROUND])
        + draw_unknown(world, second, SECOND_ROUND, NEWCOMERS[SECOND_ROUND]),
        actors=actors,
    )

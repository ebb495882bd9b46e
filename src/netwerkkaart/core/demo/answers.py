"""The detail questions of a tie: level, scale, and stimulating and inhibiting factors.

Notes
-----
- *Level* (multiple choice) is answered on three ties in four; nearly every tie is operational,
  intense ties and ties of local governments and bridge builders are more often strategic.
- *Scale* follows from where the two actors are: within a neighbourhood, the whole municipality
  or beyond it, with some noise because respondents read the question loosely.
- *Factors* are drawn per category with the weights of :mod:`.figures` and the items of Tabel 5
  and 6 (:data:`netwerkkaart.core.vocab.FACTOR_ITEMS`); a few answers name only a category.
  Across sectors "not knowing each other" weighs more; the self-employed name lack of time,
  money and professional secrecy more often, as Driss does in the report.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from netwerkkaart.core import vocab
from netwerkkaart.core.demo import figures
from netwerkkaart.core.demo.register import BRIDGE_BUILDERS
from netwerkkaart.core.model import Actor, Factor

if TYPE_CHECKING:  # survey imports this module; the world is only needed for annotations
    from netwerkkaart.core.demo.survey import World


def draw_level(world: World, respondent: str, finality: str) -> tuple[str, ...]:
    """The levels a tie plays at, in canonical order; ``()`` when the question was skipped."""
    if not world.chance(0.75):
        return ()
    heavy = finality not in vocab.LIGHT_FINALITIES
    steering = world.type_of(respondent) == "lokaal_bestuur" or respondent in BRIDGE_BUILDERS
    wanted = {
        "strategisch": world.chance(0.1 + 0.15 * heavy + 0.15 * steering),
        "structureel": world.chance(0.25 + 0.2 * heavy),
        "operationeel": world.chance(0.85),
    }
    levels = tuple(code for code in vocab.LEVEL.codes if wanted[code])
    return levels or ("operationeel",)


def draw_scale(world: World, me: Actor, other: Actor) -> str | None:
    """The scale of a tie between ``me`` and ``other``; ``None`` when skipped."""
    if not world.chance(0.85):
        return None
    if world.chance(0.1):  # respondents read the scale question loosely
        return world.choice(vocab.SCALE.codes, (1, 1, 1))
    hood = me.attributes.get("neighbourhood")
    if me.location == other.location and (
        "buurt" in (me.scope, other.scope)
        or (hood and hood == other.attributes.get("neighbourhood"))
    ):
        return "binnenlokaal"
    return "lokaal" if me.location == other.location else "bovenlokaal"


def draw_factors(world: World, kind: str, cross: bool, me: Actor) -> tuple[Factor, ...]:
    """Zero, one or two distinct factors of ``kind`` for a tie of ``me``; ``cross``: across sectors."""
    share = figures.STIMULATING_SHARE if kind == "stimulating" else figures.INHIBITING_SHARE
    if not world.chance(share):
        return ()
    weights: Mapping[str, float] = (
        figures.STIMULATING_WEIGHTS if kind == "stimulating" else figures.INHIBITING_WEIGHTS
    )
    factors: list[Factor] = []
    for _ in range(1 + int(world.chance(0.35))):
        category = world.choice(list(weights), list(weights.values()))
        if world.chance(figures.BARE_CATEGORY_SHARE):
            factor = Factor(kind, category)
        else:
            items = vocab.FACTOR_ITEMS[kind][category].codes
            factor = Factor(
                kind, category, world.choice(items, _item_weights(kind, category, items, cross, me))
            )
        if factor not in factors:
            factors.append(factor)
    return tuple(factors)


def _item_weights(kind: str, category: str, items: Sequence[str], cross: bool,
                  me: Actor) -> list[float]:  # fmt: skip
    weights = []
    for item in items:
        token = f"{category}:{item}"
        weight = 3.0 if token in figures.FAVOURED_ITEMS else 1.0
        # Across sectors people do not know each other's work; the self-employed lack time and money.
        if cross and token in ("persoonlijk:elkaar_niet_kennen", "inhoud:werking_niet_kennen"):
            weight *= 2.0
        if (
            me.actor_type == "zelfstandige_zorgprofessional"
            and kind == "inhibiting"
            and token
            in (
                "financieel:gebrek_middelen",
                "praktisch:tijdsgebrek",
                "juridisch:beroepsgeheim_privacy",
            )
        ):
            weight *= 2.0
        weights.append(weight)
    return weights

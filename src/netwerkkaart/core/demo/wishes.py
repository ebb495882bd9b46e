"""Wished partners and unknown actors of a demo round.

Notes
-----
*Wishes* follow Tabel 4: a respondent names a **category** of actor ("Huisartsen",
"OCMW/Sociaal Huis") it wants to collaborate with more or better. The number of respondents per
town wishing each category is fixed by :data:`figures.WISH_TARGETS`, so the top three of each
town shows the report's pattern, including equal counts sharing a rank. Who wishes is drawn:
respondents mostly wish for a category they have no tie with yet ("meer"), and when they do
have one they mostly wish it went "beter".

*Unknown actors*: "elkaar niet kennen" is the first barrier the report names. Each respondent
names a few register actors it does not know, mostly from other sectors, mostly small actors,
and more often actors that are new in the ecosystem.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

import numpy as np

from netwerkkaart.core.demo import figures
from netwerkkaart.core.demo.register import GEMEENTEGEM, STEDEREN
from netwerkkaart.core.demo.survey import Drafts, World
from netwerkkaart.core.model import UnknownActor, Wish


def draw_wishes(
    world: World,
    drafts: Drafts,
    round_id: str,
    forced: Sequence[Wish] = (),
    exclude: Iterable[tuple[str, str]] = (),
) -> list[Wish]:
    """The wishes of one round.

    Parameters
    ----------
    world
        Register and generator.
    drafts
        The round's ties per respondent; its keys are the round's respondents.
    round_id
        Selects the targets of :data:`figures.WISH_TARGETS`.
    forced
        Wishes the personas always make; they count towards the targets.
    exclude
        ``(respondent, category)`` pairs that must not be wished again (wishes come true).
    """
    targets = figures.WISH_TARGETS[round_id]
    taken = {(w.respondent, w.partner) for w in forced} | set(exclude)
    wishes = list(forced)
    for town in (GEMEENTEGEM, STEDEREN):
        in_town = [r for r in drafts if world.actors[r].location == town]
        for category, count in targets[town].items():
            already = sum(1 for w in forced if w.location == town and w.partner == category)
            eligible = [
                r for r in in_town
                if world.actors[r].category != category and (r, category) not in taken
            ]  # fmt: skip
            size = min(count - already, len(eligible))
            if size <= 0:
                continue
            has_tie = [_has_tie_with(world, drafts[r], category) for r in eligible]
            weights = np.array([1.0 if tied else 2.0 for tied in has_tie])
            picked = world.rng.choice(
                len(eligible), size=size, replace=False, p=weights / weights.sum()
            )
            for index in sorted(picked):
                respondent = eligible[index]
                better = world.chance(0.75 if has_tie[index] else 0.25)
                wishes.append(
                    Wish(respondent, town, category, "beter" if better else "meer", round_id)
                )
                taken.add((respondent, category))
    order = {actor_id: index for index, actor_id in enumerate(world.ids)}
    return sorted(wishes, key=lambda w: (order[w.respondent], w.partner))


def draw_unknown(
    world: World, drafts: Drafts, round_id: str, newcomers: Mapping[str, float] | None = None
) -> list[UnknownActor]:
    """Register actors each respondent says it does not know.

    ``newcomers`` maps actors that only just started to how much more often they are unknown.
    """
    newcomers = newcomers or {}
    unknown: list[UnknownActor] = []
    for respondent, ties in drafts.items():
        me = world.actors[respondent]
        partners = {d.partner for d in ties}
        candidates = [
            i for i in world.ids if i != respondent and i not in partners and i not in world.hidden
        ]
        weights = np.array([_unknown_weight(world, me.sector, i, newcomers) for i in candidates])
        extra = 1.0 if me.actor_type == "zelfstandige_zorgprofessional" else 0.0
        size = min(int(world.rng.poisson(1.6 + extra)), len(candidates))
        picked = world.rng.choice(
            len(candidates), size=size, replace=False, p=weights / weights.sum()
        )
        unknown.extend(UnknownActor(respondent, candidates[i], round_id) for i in sorted(picked))
    return unknown


def _unknown_weight(world: World, sector: str | None, actor_id: str,
                    newcomers: Mapping[str, float]) -> float:  # fmt: skip
    actor = world.actors[actor_id]
    weight = 4.0 if actor.sector != sector else 1.0
    if actor.actor_type in ("zelfstandige_zorgprofessional", "informele_actor"):
        weight *= 2.0  # small actors without a front desk are the ones nobody knows
    return weight * newcomers.get(actor_id, 1.0)


def _has_tie_with(world: World, ties: Sequence, category: str) -> bool:
    return any(world.actors[d.partner].category == category for d in ties)

"""One survey round of the demo: who answers, whom they name and what they answer.

A round is drawn in three steps that follow how the report's data came about:

1. *Who answers.* Each actor answers with the rate of its type (:data:`figures.RESPONSE_RATE`):
   most organisations do, few self-employed professionals and informal actors do. A handful of
   actors never answers and is never named: the missing nodes every real survey has.
2. *What they would answer.* Each respondent names partners with the partner mix of Tabel 1 and
   a preference for its own town and for well-known actors, so collaboration stays mostly within
   sectors except for the bridge builders. Each tie gets a finality from Tabel 3 and a frequency,
   evaluation and wished evolution shaped like Tabel 2. Named respondents sometimes report the tie
   back, mostly with the same finality (reciprocity).
3. *What is recorded.* Respondents who drop out halfway leave the later questions empty on their
   last ties, so each question has its own number of answers, as in Tabel 2.

The latent answers live in :class:`Draft` objects so the next round can evolve them (see
:mod:`netwerkkaart.core.demo.evolution`) before step 3 masks them again.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

import numpy as np

from netwerkkaart.core import vocab
from netwerkkaart.core.demo import answers, figures
from netwerkkaart.core.demo.register import BRIDGE_BUILDERS, PERSONA_ACTORS, popularity
from netwerkkaart.core.model import Actor, Factor, Tie

Drafts = dict[str, list["Draft"]]  # respondent id -> its ties, in the order it listed them


@dataclass(frozen=True, slots=True)
class Draft:
    """A tie with every answer filled in, before drop-out hides some of them."""

    respondent: str
    partner: str
    finality: str
    frequency: str
    evaluation: str
    evolution: str
    level: tuple[str, ...] = ()
    scale: str | None = None
    stimulating: tuple[Factor, ...] = ()
    inhibiting: tuple[Factor, ...] = ()


class World:
    """The register plus the seeded generator: what every drawing step needs."""

    def __init__(self, actors: Sequence[Actor], rng: np.random.Generator) -> None:
        self.rng = rng
        self.actors: dict[str, Actor] = {actor.id: actor for actor in actors}
        self.ids: list[str] = [actor.id for actor in actors]
        self.hidden: frozenset[str] = self._draw_hidden()
        visible = [i for i in self.ids if i not in self.hidden]
        self.by_sector: dict[str, list[str]] = {
            sector: [i for i in visible if self.actors[i].sector == sector]
            for sector in figures.SECTORS
        }
        self.by_category: dict[str, list[str]] = {}
        for actor_id in visible:
            self.by_category.setdefault(self.actors[actor_id].category or "", []).append(actor_id)

    def _draw_hidden(self) -> frozenset[str]:
        # Small, quiet actors are the ones a survey misses entirely.
        pool = [
            a.id for a in self.actors.values()
            if a.actor_type in ("zelfstandige_zorgprofessional", "informele_actor")
            and a.id not in PERSONA_ACTORS and not a.id.endswith("-01")
        ]  # fmt: skip
        picked = self.rng.choice(len(pool), size=10, replace=False)
        return frozenset(pool[i] for i in sorted(picked))

    def type_of(self, actor_id: str) -> str:
        return self.actors[actor_id].actor_type or "andere_organisatie"

    def choice(self, options: Sequence[str], weights: Sequence[float]) -> str:
        p = np.asarray(weights, dtype=float)
        return options[int(self.rng.choice(len(options), p=p / p.sum()))]

    def chance(self, probability: float) -> bool:
        return bool(self.rng.random() < probability)

    def partner_weights(self, respondent: str, candidates: Sequence[str]) -> np.ndarray:
        """How likely ``respondent`` names each candidate: fame, same town, same neighbourhood."""
        me = self.actors[respondent]
        weights = np.empty(len(candidates))
        for index, partner_id in enumerate(candidates):
            other = self.actors[partner_id]
            weight = popularity(other)
            if other.location != me.location:
                wide = other.scope in ("regio", "provincie", "groter") or me.scope == "regio"
                weight *= 0.7 if wide else 0.12
            hood = other.attributes.get("neighbourhood")
            if hood is not None and hood == me.attributes.get("neighbourhood"):
                weight *= 3.0
            weights[index] = weight
        return weights


def choose_respondents(world: World, forced: Iterable[str] = ()) -> list[str]:
    """Who answers this round, in register order; ``forced`` actors always answer.

    The number per type is fixed by its response rate, so every seed gives a survey of the same
    size and make-up; only who exactly answers varies.
    """
    forced = tuple(forced)
    chosen = {actor_id for actor_id in forced if actor_id not in world.hidden}
    for kind, rate in figures.RESPONSE_RATE.items():
        of_kind = [i for i in world.ids if world.type_of(i) == kind and i not in world.hidden]
        pool = [i for i in of_kind if i not in chosen]
        size = round(rate * len(of_kind)) - (len(of_kind) - len(pool))
        if size > 0:
            chosen.update(pool[i] for i in world.rng.choice(len(pool), size=size, replace=False))
    return cap_informal(world, [i for i in world.ids if i in chosen], forced)


def cap_informal(world: World, respondents: list[str], keep: Iterable[str] = ()) -> list[str]:
    """Drop informal respondents beyond the cap, so small-group suppression has a case to show."""
    informal = [r for r in respondents if world.type_of(r) == "informele_actor"]
    excess = len(informal) - figures.MAX_INFORMAL_RESPONDENTS
    if excess <= 0:
        return respondents
    kept = set(keep)
    removable = [r for r in informal if r not in kept]
    dropped = {removable[i] for i in world.rng.choice(len(removable), size=excess, replace=False)}
    return [r for r in respondents if r not in dropped]


def draw_partners(world: World, respondent: str, count: int, exclude: Iterable[str]) -> list[str]:
    """``count`` new partners for ``respondent``, spread over sectors like Tabel 1."""
    if respondent in BRIDGE_BUILDERS:
        shares = np.asarray(figures.BRIDGE_MIX, dtype=float)
    else:
        shares = np.asarray(figures.PARTNER_MIX[world.type_of(respondent)], dtype=float)
        own = figures.SECTORS.index(world.actors[respondent].sector or "andere")
        shares[own] *= figures.HOMOPHILY
    per_sector = world.rng.multinomial(count, shares / shares.sum())
    if respondent in BRIDGE_BUILDERS:
        # A bridge builder reaches every sector, whatever the draw.
        per_sector = np.maximum(per_sector, 1)
    taken = {respondent, *exclude}
    partners: list[str] = []
    for sector, wanted in zip(figures.SECTORS, per_sector, strict=True):
        candidates = [i for i in world.by_sector[sector] if i not in taken]
        if wanted == 0 or not candidates:
            continue
        weights = world.partner_weights(respondent, candidates)
        size = min(int(wanted), len(candidates))
        picked = world.rng.choice(
            len(candidates), size=size, replace=False, p=weights / weights.sum()
        )
        partners.extend(candidates[i] for i in picked)
    order = world.rng.permutation(len(partners))  # respondents list partners in no set order
    return [partners[i] for i in order]


def draw_finality(world: World, respondent: str, partner: str) -> str:
    sector = world.actors[partner].sector or "andere"
    kind = world.type_of(respondent)
    if kind in figures.FINALITY_COUNTS:
        counts = np.asarray(figures.FINALITY_COUNTS[kind][sector], dtype=float)
    else:  # informal respondents: the report has no row, so pool all rows of the partner group
        counts = np.sum([row[sector] for row in figures.FINALITY_COUNTS.values()], axis=0)
    return world.choice(figures.FINALITIES, counts + figures.FINALITY_SMOOTHING)


def draw_tie(world: World, respondent: str, partner: str, finality: str | None = None) -> Draft:
    """A tie with every answer drawn; ``finality`` fixes the first answer when given."""
    finality = finality or draw_finality(world, respondent, partner)
    frequency = world.choice(vocab.FREQUENCY.codes, figures.FREQUENCY_GIVEN_FINALITY[finality])
    evaluation = world.choice(vocab.EVALUATION.codes, figures.EVALUATION)
    poor = evaluation in ("slecht", "zeer_slecht")
    evolution = world.choice(
        vocab.EVOLUTION.codes, figures.EVOLUTION_AFTER_POOR if poor else figures.EVOLUTION
    )
    me, other = world.actors[respondent], world.actors[partner]
    cross = me.sector != other.sector
    return Draft(
        respondent=respondent,
        partner=partner,
        finality=finality,
        frequency=frequency,
        evaluation=evaluation,
        evolution=evolution,
        level=answers.draw_level(world, respondent, finality),
        scale=answers.draw_scale(world, me, other),
        stimulating=answers.draw_factors(world, "stimulating", cross, me),
        inhibiting=answers.draw_factors(world, "inhibiting", cross, me),
    )


def draw_ties(world: World, respondent: str, exclude: Iterable[str] = ()) -> list[Draft]:
    """A fresh list of ties for a respondent that did not answer before."""
    mean = (figures.BRIDGE_TIES if respondent in BRIDGE_BUILDERS
            else figures.TIES_PER_RESPONDENT[world.type_of(respondent)])  # fmt: skip
    count = max(3, int(world.rng.poisson(mean)))
    return [
        draw_tie(world, respondent, p) for p in draw_partners(world, respondent, count, exclude)
    ]


def add_reciprocity(world: World, drafts: Drafts, probability: float = figures.RECIPROCITY) -> None:
    """Let named respondents report some ties back, mostly with the same finality (in place)."""
    known = {(d.respondent, d.partner) for ties in drafts.values() for d in ties}
    for tie in [d for ties in drafts.values() for d in ties]:
        back = (tie.partner, tie.respondent)
        if tie.partner not in drafts or back in known or not world.chance(probability):
            continue
        same = world.chance(figures.SAME_FINALITY_WHEN_RECIPROCAL)
        drafts[tie.partner].append(
            draw_tie(world, tie.partner, tie.respondent, tie.finality if same else None)
        )
        known.add(back)


def observe(world: World, drafts: Drafts, round_id: str) -> list[Tie]:
    """The recorded ties: drop-out and skipped questions turn latent answers into nulls."""
    # A fixed number of drop-outs keeps the per-question totals steady from seed to seed.
    candidates = [r for r in drafts if r not in PERSONA_ACTORS]
    size = round(figures.DROP_OUT_SHARE * len(candidates))
    quitters = {candidates[i] for i in world.rng.choice(len(candidates), size=size, replace=False)}
    ties: list[Tie] = []
    for respondent, listed in drafts.items():
        actor = world.actors[respondent]
        stop = len(listed)
        if respondent in quitters:
            stop = math.ceil(len(listed) * world.rng.uniform(*figures.DROP_OUT_POINT))
        for index, draft in enumerate(listed):
            answered = draft if index < stop else _unanswered(draft)
            frequency = None if world.chance(figures.SKIP_FREQUENCY) else answered.frequency
            evaluation = None if world.chance(figures.SKIP_EVALUATION) else answered.evaluation
            ties.append(
                Tie(
                    respondent=respondent,
                    respondent_type=world.type_of(respondent),
                    location=actor.location or "",
                    partner=draft.partner,
                    partner_group=world.actors[draft.partner].sector or "andere",
                    finality=draft.finality,
                    frequency=frequency,
                    evaluation=evaluation,
                    evolution=answered.evolution,
                    level=answered.level,
                    scale=answered.scale,
                    stimulating=answered.stimulating,
                    inhibiting=answered.inhibiting,
                    round=round_id,
                )
            )
    return ties


def _unanswered(draft: Draft) -> Draft:
    return replace(draft, frequency=None, evaluation=None, evolution=None, level=(), scale=None,
                   stimulating=(), inhibiting=())  # fmt: skip

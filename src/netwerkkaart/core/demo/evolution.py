"""The second demo round, grown out of the first.

A year after the first round the same ecosystem is surveyed again. The second round is not drawn
afresh: it evolves from the first so that a round-over-round comparison shows what a coordinator
would hope to see, and what it would fear.

Notes
-----
- *Respondents*: most answer again, a few drop out, a few answer for the first time.
- *Ties*: most persist (:data:`PERSIST`), the others end. A persisting tie mostly keeps its
  answers; some intensify one step up the finality ladder (referral -> information sharing ->
  coordination -> joint activities), a few are re-evaluated. Each returning respondent also
  starts a few new ties.
- *Wishes come true*: some round-1 wishes ("meer"/"beter" with a category) turn into a new tie
  with an actor of that category, or into a better evaluated or more intense existing tie. Those
  wishes are not repeated in round 2.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import numpy as np

from netwerkkaart.core import vocab
from netwerkkaart.core.demo import figures
from netwerkkaart.core.demo.personas import FORCED_RESPONDENTS, apply_scripts, scripted_pairs
from netwerkkaart.core.demo.survey import (
    Draft,
    Drafts,
    World,
    add_reciprocity,
    cap_informal,
    draw_finality,
    draw_partners,
    draw_tie,
    draw_ties,
)
from netwerkkaart.core.model import Wish

KEEP_RESPONDENT = 0.92
NEW_RESPONDENTS = 7
PERSIST = 0.85
INTENSIFY = 0.08
REDRAW_FINALITY = 0.08
KEEP_ANSWER = 0.65
NEW_TIES = 1.6  # mean number of new ties per returning respondent


def next_round(
    world: World, previous: Drafts, previous_wishes: Sequence[Wish], round_id: str
) -> tuple[Drafts, list[tuple[str, str]]]:
    """The latent ties of the next round, and the ``(respondent, category)`` wishes that came true.

    Parameters
    ----------
    world
        Register and generator.
    previous
        The latent ties of the previous round, per respondent.
    previous_wishes
        The previous round's wishes.
    round_id
        The new round, used to apply its persona scripts.
    """
    respondents = _next_respondents(world, previous)
    kept_pairs = set(scripted_pairs(_previous_round_id(round_id)))
    drafts: Drafts = {}
    for respondent in respondents:
        if respondent not in previous:
            drafts[respondent] = draw_ties(world, respondent)
            continue
        ties = [
            _carry(world, d) for d in previous[respondent]
            if (respondent, d.partner) in kept_pairs or world.chance(PERSIST)
        ]  # fmt: skip
        count = int(world.rng.poisson(NEW_TIES))
        fresh = draw_partners(world, respondent, count, [d.partner for d in ties])
        drafts[respondent] = ties + [draw_tie(world, respondent, p) for p in fresh]
    fulfilled = _fulfil_wishes(world, drafts, previous_wishes)
    apply_scripts(world, drafts, round_id)
    add_reciprocity(world, drafts, figures.RECIPROCITY_LATER)
    return drafts, fulfilled


def _previous_round_id(round_id: str) -> str:
    return str(int(round_id) - 1)


def _next_respondents(world: World, previous: Drafts) -> list[str]:
    forced = set(FORCED_RESPONDENTS)
    staying = {r for r in previous if r in forced or world.chance(KEEP_RESPONDENT)}
    pool = [i for i in world.ids if i not in previous and i not in world.hidden]
    rates = np.array([figures.RESPONSE_RATE[world.type_of(i)] for i in pool])
    picked = world.rng.choice(len(pool), size=NEW_RESPONDENTS, replace=False, p=rates / rates.sum())
    newcomers = {pool[i] for i in picked}
    chosen = [i for i in world.ids if i in staying or i in newcomers]
    return cap_informal(world, chosen, keep=[r for r in chosen if r in forced or r in previous])


def _carry(world: World, old: Draft) -> Draft:
    """A persisting tie: mostly the same answers, sometimes a step more intense."""
    finality = old.finality
    if finality != "activiteiten" and world.chance(INTENSIFY):
        finality = vocab.FINALITY.codes[vocab.FINALITY.position(finality) + 1]
    elif world.chance(REDRAW_FINALITY):
        finality = draw_finality(world, old.respondent, old.partner)
    fresh = draw_tie(world, old.respondent, old.partner, finality)
    keep = {name: world.chance(KEEP_ANSWER) for name in ("frequency", "evaluation", "evolution")}
    return replace(
        fresh,
        frequency=old.frequency
        if keep["frequency"] and finality == old.finality
        else fresh.frequency,
        evaluation=old.evaluation if keep["evaluation"] else fresh.evaluation,
        evolution=old.evolution if keep["evolution"] else fresh.evolution,
        level=old.level if world.chance(KEEP_ANSWER) else fresh.level,
        scale=old.scale if world.chance(KEEP_ANSWER) else fresh.scale,
        stimulating=old.stimulating if world.chance(KEEP_ANSWER) else fresh.stimulating,
        inhibiting=old.inhibiting if world.chance(KEEP_ANSWER) else fresh.inhibiting,
    )


def _fulfil_wishes(world: World, drafts: Drafts, wishes: Sequence[Wish]) -> list[tuple[str, str]]:
    """Turn some wishes into ties (in place); returns the pairs that came true."""
    fulfilled: list[tuple[str, str]] = []
    for wish in wishes:
        ties = drafts.get(wish.respondent)
        if ties is None or not world.chance(figures.WISH_COMES_TRUE):
            continue
        category = wish.partner
        existing = [i for i, d in enumerate(ties) if world.actors[d.partner].category == category]
        if existing:
            # A wish about a category one already works with comes true on that tie.
            ties[existing[0]] = _improve(ties[existing[0]], wish.wish)
        else:
            partners = {d.partner for d in ties} | {wish.respondent}
            candidates = [i for i in world.by_category.get(category, []) if i not in partners]
            if not candidates:
                continue
            weights = world.partner_weights(wish.respondent, candidates)
            partner = world.choice(candidates, weights)
            ties.append(draw_tie(world, wish.respondent, partner))
        fulfilled.append((wish.respondent, category))
    return fulfilled


def _improve(draft: Draft, wish: str) -> Draft:
    """Make a wish come true on an existing tie.

    A wish for "beter" improves the evaluation, a wish for "meer" intensifies the finality.
    """
    if wish == "beter":
        position = vocab.EVALUATION.position(draft.evaluation)
        evaluation = vocab.EVALUATION.codes[max(0, min(position, 2) - 1)]
        return replace(draft, evaluation=evaluation, evolution="hetzelfde")
    if draft.finality == "activiteiten":
        return replace(draft, evolution="hetzelfde")
    finality = vocab.FINALITY.codes[vocab.FINALITY.position(draft.finality) + 1]
    return replace(draft, finality=finality, evolution="hetzelfde")

"""Demo answers for the survey round running on the site, replayed through the respondent's path.

A few respondents of the demo's last round answer again, so the follow-up page, the trust and the
respondent's profile have something to show. Every answer goes through the same services the
questionnaire pages use; one in three stops halfway, as real respondents do.
"""

from __future__ import annotations

from collections.abc import Mapping

import polars as pl

from netwerkkaart.apps.surveys import answering
from netwerkkaart.apps.surveys.models import Invitation, SurveyRound
from netwerkkaart.apps.surveys.services import issue_token
from netwerkkaart.core.dataset import Dataset

PER_PARTNER = ("finality", "frequency", "evaluation", "evolution", "level", "scale",
               "stimulating", "inhibiting")  # fmt: skip
# Trust scores that follow the evaluation a respondent gave, so the demo's trust makes sense.
TRUST_BY_EVALUATION = {"zeer_goed": 5, "goed": 4, "neutraal": 3, "slecht": 2, "zeer_slecht": 1}


def replay_answers(
    survey: SurveyRound, demo: Dataset, from_round: str, respondents: int
) -> dict[str, object]:
    """Let the first ``respondents`` respondents of ``from_round`` answer the survey again."""
    ties = demo.ties.filter(pl.col("round") == from_round)
    invitations = {
        inv.actor.external_id: inv
        for inv in Invitation.objects.filter(round=survey.round).select_related("actor")
    }
    candidates = [
        r for r in ties.get_column("respondent").unique(maintain_order=True).to_list()
        if r in invitations
    ]  # fmt: skip
    # Spread over the list (it is ordered by sector), so every sector has some answers.
    order = candidates[:: max(1, len(candidates) // max(1, respondents))][:respondents]
    finished = 0
    for number, respondent in enumerate(order):
        own = ties.filter(pl.col("respondent") == respondent).to_dicts()
        visit = answering.open_visit(_resolved(invitations[respondent]))
        answering.save_answer(visit, "respondent_type", None, str(own[0]["respondent_type"]))
        answering.save_answer(visit, "location", None, own[0]["location"])
        halfway = number % 3 == 2
        rows = own[: max(1, len(own) // 2)] if halfway else own
        for row in rows:
            _answer_partner(visit, row)
        if not halfway:
            answering.finish(visit)
            finished += 1
    return {
        "respondents": [invitations[r].pk for r in order],
        "started": len(order),
        "finished": finished,
    }


def _resolved(invitation: Invitation) -> Invitation:
    return answering.resolve_link(issue_token(invitation))


def _answer_partner(visit: answering.Visit, row: Mapping[str, object]) -> None:
    partner = str(row["partner"])
    answering.add_list_entry(visit, "partners", {"actor": partner})
    key = answering.partner_key({"actor": partner})
    for question in PER_PARTNER:
        value = row[question]
        if value is None or value == []:
            continue
        answering.save_answer(visit, question, key, list(value) if isinstance(value, list)
                              else str(value))  # fmt: skip
    score = TRUST_BY_EVALUATION.get(str(row["evaluation"]))
    if score is not None:
        for question in ("trust_reliable", "trust_shared_goal", "trust_open"):
            answering.save_answer(visit, question, key, score)

"""From answers given on the site to the round's dataset, and the follow-up while a round runs.

Closing a round turns every answer set into the rows of the open data format with the core's
:func:`~netwerkkaart.core.questionnaire.responses_to_dataset` and writes them with the rounds app's
:func:`~netwerkkaart.apps.rounds.services.import_dataset`: the one path by which answers enter the
tables the dashboard, map and exports read, whether they came from a file or from the site.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.utils import timezone
from django_scopes import scope

from netwerkkaart.apps.register.models import Actor
from netwerkkaart.apps.register.services import register_frame
from netwerkkaart.apps.rounds.models import Round, RoundStatus
from netwerkkaart.apps.rounds.services import ImportRefused, ImportSummary, import_dataset
from netwerkkaart.apps.surveys.answering import (
    definition_of,
    partner_entries,
    partner_key,
    register_values,
)
from netwerkkaart.apps.surveys.models import Answer, Invitation, Response, SurveyRound
from netwerkkaart.apps.surveys.services import SurveyError
from netwerkkaart.apps.workspaces.services import log_action
from netwerkkaart.core.dataset import Dataset
from netwerkkaart.core.questionnaire import PartnerEntry, SurveyResponse, responses_to_dataset
from netwerkkaart.core.questionnaire.followup import (
    FINISHED,
    HALFWAY,
    NOT_STARTED,
    FollowUp,
    follow_up_counts,
)

# A partner from the register without a sector is counted with the other sectors.
UNKNOWN_SECTOR = "andere"


def survey_responses(
    survey: SurveyRound, *, pseudonyms: set[str] | None = None
) -> list[SurveyResponse]:
    """Every answer set of the round as the core reads it, with register values as fallback."""
    workspace = survey.workspace
    definition = definition_of(survey.current)
    with scope(workspace=workspace):
        actors = {
            actor.external_id: actor
            for actor in Actor.objects.filter(workspace=workspace, merged_into__isnull=True)
        }
        # The identity side's register values fill profile questions left open; the link is
        # followed here by the system, never shown.
        fallback_of = {
            invitation.pseudonym: invitation.actor
            for invitation in Invitation.objects.filter(round=survey.round).select_related("actor")
        }
        responses = Response.objects.filter(round=survey.round)
        if pseudonyms is not None:
            responses = responses.filter(pseudonym__in=pseudonyms)
        answers: dict[int, dict[tuple[str, str | None], object]] = {}
        for response_id, question, partner, value in Answer.objects.filter(
            response__in=responses
        ).values_list("response_id", "question", "partner", "value"):
            answers.setdefault(response_id, {})[(question, partner or None)] = value
        result = []
        for response in responses.order_by("pk"):
            given = answers.get(response.pk, {})
            result.append(
                SurveyResponse(
                    pseudonym=response.pseudonym,
                    definition=definition,
                    answers=given,
                    partners=[_partner(entry, actors) for entry in partner_entries(given)],
                    fallback=register_values(fallback_of.get(response.pseudonym)),
                )
            )
    return result


def _partner(entry: Mapping[str, object], actors: Mapping[str, Actor]) -> PartnerEntry:
    actor_id = entry.get("actor")
    if actor_id:
        actor = actors.get(str(actor_id))
        sector = (actor.sector if actor is not None else "") or UNKNOWN_SECTOR
        return PartnerEntry(
            key=partner_key(entry), actor_id=str(actor_id), name=None, sector=sector
        )
    return PartnerEntry(
        key=partner_key(entry),
        actor_id=None,
        name=str(entry.get("name", "")),
        sector=str(entry.get("sector") or UNKNOWN_SECTOR),
    )


def survey_dataset(survey: SurveyRound) -> tuple[Dataset, list[str]]:
    """The round's answers so far as a core dataset (with the register), without writing it."""
    dataset, warnings = responses_to_dataset(
        survey_responses(survey), survey.round.code, register_frame(survey.workspace)
    )
    return dataset, warnings


@transaction.atomic
def close_survey(survey: SurveyRound, *, user: AbstractBaseUser | None) -> ImportSummary | None:
    """Close the round: every link stops working and the answers become the round's dataset.

    Returns what was written, or ``None`` when no one answered anything.
    """
    workspace = survey.workspace
    with scope(workspace=workspace):
        # The round's row, exclusively: this waits for the saves in progress (they hold it in
        # shared mode, answering._locked) and every later save finds the round closed.
        round_ = Round.objects.select_for_update().get(pk=survey.round_id)
        if round_.status != RoundStatus.OPEN:
            raise SurveyError("closed", round=round_.code)
        dataset, _warnings = survey_dataset(survey)
        try:
            summary: ImportSummary | None = import_dataset(
                workspace,
                dataset,
                user=user,
                replace=True,
                default_round=round_.code,
                survey_close=True,
            )
        except ImportRefused as refused:
            if refused.code != "empty":
                # The rounds app says why in words; the page shows that sentence.
                raise SurveyError(f"import_{refused.code}", message=refused.message()) from refused
            summary = None
        round_.status = RoundStatus.CLOSED
        round_.closed = timezone.localdate()
        round_.save(update_fields=["status", "closed"])
        survey.closed_at = timezone.now()
        survey.save(update_fields=["closed_at"])
        log_action(workspace, "surveys.closed", user, changes_data=True, round=round_.code)
    return summary


# -- follow-up -------------------------------------------------------------------------------


def follow_up(survey: SurveyRound) -> FollowUp:
    """Who has not started, is halfway or finished, per sector and respondent type of the register.

    A respondent who answered at least one question counts as started: drop-out is data.
    """
    with scope(workspace=survey.workspace):
        invitations = list(
            Invitation.objects.filter(round=survey.round).select_related("actor").order_by("pk")
        )
        answered = Counter(
            Answer.objects.filter(response__round=survey.round).values_list(
                "response__pseudonym", flat=True
            )
        )
        finished = set(
            Response.objects.filter(round=survey.round, finished_at__isnull=False).values_list(
                "pseudonym", flat=True
            )
        )
    rows = []
    for invitation in invitations:
        if invitation.pseudonym in finished:
            status = FINISHED
        elif answered.get(invitation.pseudonym):
            status = HALFWAY
        else:
            status = NOT_STARTED
        rows.append((invitation.pk, status, invitation.actor.sector, invitation.actor.actor_type))
    return follow_up_counts(rows)

"""A session's results as the core computes them, and the earlier session they are compared with."""

from __future__ import annotations

from collections import defaultdict

from django_scopes import scope

from netwerkkaart.apps.instruments.models import InstrumentSession, ParticipantAnswer
from netwerkkaart.apps.instruments.services import instrument_of
from netwerkkaart.core.reflection import GroupResult, group_result


def answer_sets(session: InstrumentSession) -> list[dict[str, object]]:
    """Per participant (in joining order) item → answer; participants without answers give {}."""
    with scope(workspace=session.workspace):
        numbers = list(session.participants.order_by("number").values_list("pk", flat=True))
        rows = ParticipantAnswer.objects.filter(participant__session=session).values_list(
            "participant_id", "item", "value"
        )
        by_participant: dict[int, dict] = defaultdict(dict)
        for participant, item, value in rows:
            by_participant[participant][item] = value
    return [by_participant.get(pk, {}) for pk in numbers]


def session_result(session: InstrumentSession) -> GroupResult:
    return group_result(instrument_of(session), answer_sets(session), session.workspace.min_group)


def earlier_session(session: InstrumentSession) -> InstrumentSession | None:
    """The latest earlier session of the same instrument for the same network."""
    with scope(workspace=session.workspace):
        return (
            InstrumentSession.objects.filter(
                workspace=session.workspace, instrument=session.instrument,
                network=session.network,
            )
            .exclude(pk=session.pk)
            .filter(held_on__lte=session.held_on, pk__lt=session.pk)
            .order_by("-held_on", "-pk")
            .first()
        )  # fmt: skip

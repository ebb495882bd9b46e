"""A round's recommendations on the site: the core's advice over the round's cached figures.

The figures come from :func:`~netwerkkaart.apps.rounds.figures.round_figures` (nothing is
recomputed), with the survey's trust block when the round ran on the site and the latest group
session of the governance and form instruments in the workspace. The advice is cached under the
figures' key plus a suffix naming the previous round and those sessions, so it is found again
without loading the figures and never outlives the data it came from.

:func:`top_recommendations` is what the dashboard (and the workspace's home) shows: the first
few, ready for the ``advice/_top.html`` include.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.core.cache import cache
from django.urls import reverse
from django_scopes import scope

from netwerkkaart.apps.rounds.figures import (
    CACHE_SECONDS,
    figures_key,
    previous_round,
    round_figures,
)
from netwerkkaart.apps.workspaces.choices import vocab_language
from netwerkkaart.apps.workspaces.models import Workspace
from netwerkkaart.core.advice import FigureSet, figure_set, session_figures
from netwerkkaart.core.advice.evaluate import AdviceChange
from netwerkkaart.core.advice.model import Recommendation
from netwerkkaart.core.advice.rounds import advice_over_time

SESSION_INSTRUMENTS = ("governancemodel", "vorm_volgt_inhoud")


@dataclass(frozen=True)
class RoundAdvice:
    """The recommendations of a round and, when there is a previous round, what changed."""

    round_code: str
    earlier_round: str | None
    recommendations: list[Recommendation]
    changes: list[AdviceChange]


def _latest_sessions(workspace: Workspace) -> list:
    from netwerkkaart.apps.instruments.models import InstrumentSession

    with scope(workspace=workspace):
        found = []
        for instrument in SESSION_INSTRUMENTS:
            session = (
                InstrumentSession.objects.filter(workspace=workspace, instrument=instrument)
                .order_by("-held_on", "-pk")
                .first()
            )
            if session is not None:
                found.append(session)
        return found


def _sessions_marker(sessions: list) -> str:
    """Part of the cache key: which sessions, and how many answers each holds now."""
    from netwerkkaart.apps.instruments.models import ParticipantAnswer

    if not sessions:
        return "-"
    parts = []
    with scope(workspace=sessions[0].workspace):
        for session in sessions:
            count = ParticipantAnswer.objects.filter(participant__session=session).count()
            parts.append(f"{session.pk}.{count}")
    return ",".join(parts)


def _trust(workspace: Workspace, code: str):
    from netwerkkaart.apps.surveys.closing import survey_responses
    from netwerkkaart.apps.surveys.models import SurveyRound
    from netwerkkaart.core.questionnaire import trust_frame, trust_summary

    with scope(workspace=workspace):
        survey = SurveyRound.objects.filter(round__workspace=workspace, round__code=code).first()
    if survey is None:
        return None
    frame = trust_frame(survey_responses(survey))
    return trust_summary(frame, workspace.min_group) if frame.height else None


def _figure_set(workspace: Workspace, code: str, sessions: list) -> FigureSet:
    from netwerkkaart.apps.instruments.results import session_result

    figures = round_figures(workspace, code, key=figures_key(workspace, code))
    return figure_set(
        figures.network, figures.tables, wishes=figures.wishes, trust=_trust(workspace, code),
        sessions=[session_figures(s.instrument, s.held_on.isoformat(), session_result(s))
                  for s in sessions],
        robustness=figures.robustness, perception=figures.perception, targets=figures.targets,
    )  # fmt: skip


def round_advice(workspace: Workspace, code: str) -> RoundAdvice:
    """The advice of round ``code``, from the cache when still current.

    Raises ``Round.DoesNotExist`` for a round the workspace does not have.
    """
    key = figures_key(workspace, code)
    earlier = previous_round(workspace, code)
    sessions = _latest_sessions(workspace)
    advice_key = f"{key}:advice:{earlier or '-'}:{_sessions_marker(sessions)}"
    found = cache.get(advice_key)
    if found is None:
        now = _figure_set(workspace, code, sessions)
        before = None if earlier is None else _figure_set(workspace, earlier, sessions)
        recommendations, changes = advice_over_time(now, before)
        found = RoundAdvice(code, earlier, recommendations, changes)
        cache.set(advice_key, found, CACHE_SECONDS)
    return found


def top_recommendations(
    workspace: Workspace, round_code: str, *, sees_names: bool, limit: int = 3
) -> list[dict]:
    """The first ``limit`` recommendations of a round, ready for ``advice/_top.html``.

    Each is the core's plain record in the current language (``title``, ``summary``,
    ``priority``, ``why``, ``who``, …) plus ``url``: its place on the round's advice page.
    Actor names only when ``sees_names``. Raises ``Round.DoesNotExist`` for an unknown round.
    """
    from netwerkkaart.core.advice.render import recommendation_dict

    lang = vocab_language()
    page = reverse("advice:round", kwargs={"workspace": workspace.slug, "code": round_code})
    advice = round_advice(workspace, round_code)
    chosen = advice.recommendations[:limit]
    return [
        {**recommendation_dict(rec, lang, names=sees_names), "url": f"{page}#advies-{rec.kind}"}
        for rec in chosen
    ]

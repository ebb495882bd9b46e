"""A workspace's home page: where the ecosystem stands and what to do next.

It reads every feature app (rounds, surveys, instruments, the advice, the dashboard's headline), so
it is an app of its own on top of them; the apps below never import it.
"""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST, require_safe

from netwerkkaart.apps.advice.recommendations import top_recommendations
from netwerkkaart.apps.dashboard.presenters import HEADLINE
from netwerkkaart.apps.home import steps
from netwerkkaart.apps.instruments.models import InstrumentSession
from netwerkkaart.apps.instruments.services import instrument_of
from netwerkkaart.apps.rounds.figures import round_figures
from netwerkkaart.apps.surveys import mailing
from netwerkkaart.apps.surveys.closing import follow_up
from netwerkkaart.apps.surveys.models import Invitation, SurveyRound
from netwerkkaart.apps.surveys.services import SurveyError
from netwerkkaart.apps.workspaces import audit
from netwerkkaart.apps.workspaces.choices import vocab_language
from netwerkkaart.apps.workspaces.tenancy import require_role
from netwerkkaart.core.network import explanations
from netwerkkaart.core.network.findings import format_value

ACTIVITY_LENGTH = 6


@require_role("viewer")
@require_safe
def workspace_home(request: HttpRequest, workspace: str) -> HttpResponse:
    membership = request.membership
    state = steps.state_of(request.workspace)
    found = [
        (step, steps.links_for(step, request.workspace, membership, state))
        for step in steps.steps(state)
    ]
    context = {
        "steps": found,
        "all_done": all(step.done for step, _links in found),
        "latest_round": state.latest_round,
        "headline": _headline(request, state.latest_round),
        "recommendations": _recommendations(request, state.latest_round),
        "surveys": _running_surveys(request),
        "sessions": _open_sessions(request),
        "activity": (
            [audit.described(e) for e in audit.entries_of(request.workspace)[:ACTIVITY_LENGTH]]
            if membership.allows("analyst")
            else []
        ),
    }
    return render(request, "home/home.html", context)


def _headline(request: HttpRequest, code: str | None) -> list[dict]:
    """The latest round's key figures, as the dashboard's cards show them (its cache)."""
    if code is None:
        return []
    lang = vocab_language()
    network = round_figures(request.workspace, code).network
    measures = {f.measure: f for f in network.summary if f.group is None}
    return [
        {
            "measure": name,
            "label": explanations.label(name, lang),
            "value": format_value(name, measures[name].value, lang),
            "suppressed": measures[name].suppressed,
        }
        for name in HEADLINE
        if name in measures
    ]


def _running_surveys(request: HttpRequest) -> list[dict]:
    surveys = SurveyRound.objects.filter(
        workspace=request.workspace, round__status="open"
    ).select_related("round")
    coordinator = request.membership.allows("coordinator")
    min_group = request.workspace.min_group
    running = []
    for survey in surveys:
        progress = follow_up(survey)
        # Readers other than the coordinator get the privacy rule's view of the response.
        total = progress.total if coordinator else progress.protected(min_group).total
        running.append({"survey": survey, "progress": total})
    return running


def _recommendations(request: HttpRequest, code: str | None) -> list[dict]:
    """The latest round's first three recommendations (cached by the advice app)."""
    if code is None:
        return []
    return top_recommendations(request.workspace, code, sees_names=request.membership.sees_names)


def _open_sessions(request: HttpRequest) -> list[dict]:
    lang = vocab_language()
    sessions = InstrumentSession.objects.filter(
        workspace=request.workspace, status=InstrumentSession.OPEN
    )
    return [
        {
            "session": session,
            "title": instrument_of(session).title.get(lang),
            "participants": session.participants.count(),
        }
        for session in sessions
    ]


@require_role("coordinator")
@require_POST
def remind(request: HttpRequest, workspace: str, code: str) -> HttpResponse:
    """Mail a reminder to every invitee of a running survey who has not finished."""
    survey = SurveyRound.objects.filter(workspace=request.workspace, round__code=code).first()
    if survey is None:
        raise Http404("no such survey")
    invitations = list(
        Invitation.objects.filter(round=survey.round, sent_at__isnull=False).select_related("actor")
    )
    try:
        result = mailing.send_invitations(
            survey,
            invitations,
            base_url=request.build_absolute_uri("/"),
            reminder=True,
            user=request.user,
        )
    except SurveyError:
        messages.error(request, _("Deze bevraging loopt niet meer: er ging geen herinnering weg."))
    else:
        messages.success(
            request,
            ngettext(
                "%(sent)s herinnering verstuurd.", "%(sent)s herinneringen verstuurd.", result.sent
            )
            % {"sent": result.sent},
        )
        if result.failed:
            messages.error(
                request,
                ngettext(
                    "De mailserver weigerde %(n)s herinnering.",
                    "De mailserver weigerde %(n)s herinneringen.",
                    len(result.failed),
                )
                % {"n": len(result.failed)},
            )
    return redirect("home:workspace", workspace=workspace)

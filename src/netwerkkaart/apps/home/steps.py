"""Where a workspace stands: the five steps of a start, each ticked from the data.

1. fill the register (or import it), 2. run a survey or import a round, 3. read the dashboard,
4. hold a group session, 5. make the report. :func:`state_of` reads what the database holds in a
few counting queries; :func:`steps` turns that state into the steps, in order, with the first one
not done as the next one. Reading the dashboard and making the report leave no row of their own:
:mod:`~netwerkkaart.apps.workspaces.milestones` notes the first time each happened.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django_scopes import scope

from netwerkkaart.apps.instruments.models import InstrumentSession
from netwerkkaart.apps.register.models import Actor
from netwerkkaart.apps.rounds.models import Round, RoundSource, RoundStatus
from netwerkkaart.apps.workspaces.models import Membership, Milestone, Workspace


@dataclass(frozen=True)
class WorkspaceState:
    """What the steps are computed from."""

    actors: int = 0
    rounds_with_answers: int = 0
    running_surveys: int = 0
    latest_round: str | None = None  # the latest round with answers
    dashboard_read: bool = False
    sessions: int = 0
    report_made: bool = False


@dataclass(frozen=True)
class Link:
    label: str
    url_name: str
    role: str  # the least role that may follow it
    needs_round: bool = False


@dataclass(frozen=True)
class Step:
    key: str
    title: str
    text: str
    links: tuple[Link, ...]
    done: bool
    started: bool = False  # begun, not finished (a survey running)
    next: bool = False


def state_of(workspace: Workspace) -> WorkspaceState:
    """The workspace's data, counted."""
    with scope(workspace=workspace):
        rounds = Round.objects.filter(workspace=workspace)
        answered = rounds.filter(ties__isnull=False).distinct().order_by("-opened", "-code")
        latest = answered.values_list("code", flat=True).first()
        reached = set(Milestone.objects.filter(workspace=workspace).values_list("kind", flat=True))
        return WorkspaceState(
            actors=Actor.objects.filter(workspace=workspace, merged_into__isnull=True).count(),
            rounds_with_answers=answered.count(),
            running_surveys=rounds.filter(
                source=RoundSource.SURVEY, status=RoundStatus.OPEN
            ).count(),
            latest_round=latest,
            dashboard_read=Milestone.DASHBOARD_READ in reached,
            sessions=InstrumentSession.objects.filter(workspace=workspace).count(),
            report_made=Milestone.REPORT_MADE in reached,
        )


def steps(state: WorkspaceState) -> list[Step]:
    """The five steps in order; ``next`` marks the first one not done."""
    found = [
        Step(
            "register",
            _("Vul het register"),
            _(
                "Wie hoort bij het ecosysteem: organisaties, zelfstandigen, informele actoren. "
                "Het Excel-sjabloon heeft de juiste kolommen en keuzelijsten."
            ),
            (
                Link(_("Sjabloon downloaden (Excel)"), "register:template", "coordinator"),
                Link(_("Register inlezen (Excel of actors.csv)"), "register:import", "coordinator"),
                Link(_("Actor toevoegen"), "register:create", "coordinator"),
                Link(_("Register bekijken"), "register:list", "viewer"),
            ),
            done=state.actors > 0,
        ),
        Step(
            "answers",
            _("Bevraag het ecosysteem of lees een ronde in"),
            _("Een bevraging via de site, of de antwoorden van een eerdere bevraging als bestand."),
            (
                Link(_("Bevraging starten"), "surveys:open", "coordinator"),
                Link(_("Ronde inlezen"), "rounds:import", "coordinator"),
                Link(_("Rondes bekijken"), "rounds:list", "viewer"),
            ),
            done=state.rounds_with_answers > 0,
            started=state.running_surveys > 0,
        ),
        Step(
            "dashboard",
            _("Lees het dashboard"),
            _("De belangrijkste bevindingen in gewone woorden, de tabellen en de netwerkmaten."),
            (Link(_("Naar het dashboard"), "dashboard:latest", "viewer"),),
            done=state.dashboard_read,
        ),
        Step(
            "session",
            _("Houd een groepssessie"),
            _(
                "Bespreek de resultaten met een reflectie-instrument; iedereen antwoordt op de telefoon."
            ),
            (Link(_("Naar de instrumenten"), "instruments:list", "viewer"),),
            done=state.sessions > 0,
        ),
        Step(
            "report",
            _("Maak het rapport"),
            _("Het rapport van de ronde als PDF, voor het volgende overleg."),
            (Link(_("Rapport (PDF)"), "reports:pdf", "viewer", needs_round=True),),
            done=state.report_made,
        ),
    ]
    first_open = next((step.key for step in found if not step.done), None)
    return [replace(step, next=True) if step.key == first_open else step for step in found]


def links_for(
    step: Step, workspace: Workspace, membership: Membership, state: WorkspaceState
) -> list[tuple[str, str]]:
    """The step's links this member may follow, as (label, URL)."""
    found = []
    for link in step.links:
        if not membership.allows(link.role):
            continue
        kwargs = {"workspace": workspace.slug}
        if link.needs_round:
            if state.latest_round is None:
                continue
            kwargs["code"] = state.latest_round
        found.append((str(link.label), reverse(link.url_name, kwargs=kwargs)))
    return found

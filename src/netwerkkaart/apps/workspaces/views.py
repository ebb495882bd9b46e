"""Workspace pages: one's own workspaces, a workspace's home page and its audit log."""

from __future__ import annotations

import csv
import io
from datetime import datetime, time

import polars as pl
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST, require_safe
from django_scopes import scopes_disabled

from netwerkkaart.apps.dashboard.figures import round_figures
from netwerkkaart.apps.dashboard.presenters import HEADLINE
from netwerkkaart.apps.instruments.models import InstrumentSession
from netwerkkaart.apps.instruments.services import instrument_of
from netwerkkaart.apps.rounds.models import Round
from netwerkkaart.apps.surveys import mailing
from netwerkkaart.apps.surveys.closing import follow_up
from netwerkkaart.apps.surveys.models import Invitation, SurveyRound
from netwerkkaart.apps.surveys.services import SurveyError
from netwerkkaart.apps.workspaces import audit, steps
from netwerkkaart.apps.workspaces.choices import vocab_language
from netwerkkaart.apps.workspaces.forms import AuditFilterForm, people_in_log
from netwerkkaart.apps.workspaces.models import AuditEntry, Membership
from netwerkkaart.apps.workspaces.tenancy import require_role
from netwerkkaart.core.network import explanations
from netwerkkaart.core.network.findings import format_value
from netwerkkaart.core.tabular import rows_of, write_workbook

ACTIVITY_LENGTH = 6
AUDIT_PAGE_SIZE = 50


@login_required
def workspace_list(request: HttpRequest) -> HttpResponse:
    with scopes_disabled():
        memberships = list(
            Membership.objects.filter(user=request.user)
            .select_related("workspace")
            .order_by("workspace__name")
        )
    return render(request, "workspaces/list.html", {"memberships": memberships})


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
            [audit.described(e) for e in _entries(request)[:ACTIVITY_LENGTH]]
            if membership.allows("analyst")
            else []
        ),
    }
    return render(request, "workspaces/home.html", context)


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
    from netwerkkaart.apps.advice.recommendations import top_recommendations

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
    return redirect("workspaces:home", workspace=workspace)


# -- the audit log ---------------------------------------------------------------------------


def _entries(request: HttpRequest):
    return AuditEntry.objects.filter(workspace=request.workspace).select_related("user")


def _filtered(request: HttpRequest) -> tuple[AuditFilterForm, object]:
    entries = _entries(request)
    form = AuditFilterForm(request.GET or None, people=people_in_log(request.workspace, entries))
    if form.is_valid():
        data = form.cleaned_data
        if data["kind"]:
            entries = entries.filter(action__in=audit.actions_of_kind(data["kind"]))
        if data["person"]:
            entries = entries.filter(user_id=data["person"])
        zone = timezone.get_current_timezone()
        if data["start"]:
            entries = entries.filter(created__gte=datetime.combine(data["start"], time.min, zone))
        if data["end"]:
            entries = entries.filter(created__lte=datetime.combine(data["end"], time.max, zone))
    return form, entries


@require_role("coordinator")
@require_safe
def audit_log(request: HttpRequest, workspace: str) -> HttpResponse:
    form, entries = _filtered(request)
    page = Paginator(entries, AUDIT_PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    context = {
        "form": form,
        "page": page,
        "entries": [audit.described(e) for e in page.object_list],
        "query": query.urlencode(),
    }
    return render(request, "workspaces/audit.html", context)


def _export_frame(entries) -> pl.DataFrame:
    rows = [audit.described(e) for e in entries]
    local = timezone.get_current_timezone()
    headers = (_("tijdstip"), _("persoon"), _("soort"), _("handeling"), _("code"))
    values = (
        [r.when.astimezone(local).strftime("%Y-%m-%d %H:%M:%S") for r in rows],
        [r.who for r in rows],
        [r.kind_label for r in rows],
        [r.text for r in rows],
        [r.action for r in rows],
    )
    return pl.DataFrame(
        dict(zip(headers, values, strict=True)), schema=dict.fromkeys(headers, pl.String)
    )


@require_role("coordinator")
@require_safe
def audit_export(request: HttpRequest, workspace: str, fmt: str) -> HttpResponse:
    """The filtered log as semicolon CSV (what a Dutch-language Excel opens) or XLSX."""
    _form, entries = _filtered(request)
    frame = _export_frame(entries)
    name = f"logboek-{request.workspace.slug}"
    if fmt == "xlsx":
        buffer = io.BytesIO()
        write_workbook({_("logboek"): frame}, buffer)
        response = HttpResponse(
            buffer.getvalue(),
            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )
    else:
        text = io.StringIO()
        writer = csv.writer(text, delimiter=";", lineterminator="\r\n")
        writer.writerow(frame.columns)
        writer.writerows(rows_of(frame))
        response = HttpResponse("\ufeff" + text.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{name}.{fmt}"'
    return response


@require_role("coordinator")
@require_POST
def perception_pairs_setting(request: HttpRequest, workspace: str) -> HttpResponse:
    """Allow or forbid perception gaps pair by pair for coordinators, then go back."""
    from netwerkkaart.apps.workspaces.services import set_perception_pairs

    allowed = request.POST.get("allowed") == "1"
    set_perception_pairs(request.workspace, allowed, by=request.user)
    if allowed:
        messages.success(request, _("Coördinatoren zien nu de verschillen per paar."))
    else:
        messages.success(request, _("De verschillen per paar zijn nu voor niemand zichtbaar."))
    code = request.POST.get("round", "")
    if code and Round.objects.filter(workspace=request.workspace, code=code).exists():
        return redirect("dashboard:perception_pairs", workspace=workspace, code=code)
    return redirect("workspaces:home", workspace=workspace)

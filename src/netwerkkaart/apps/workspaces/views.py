"""Workspace pages: one's own workspaces, a workspace's audit log and its settings.

The workspace's home page draws on every feature app, so it lives in the ``home`` app on top.
"""

from __future__ import annotations

import csv
import io
from datetime import datetime, time

import polars as pl
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe
from django_scopes import scopes_disabled

from netwerkkaart.apps.workspaces import audit
from netwerkkaart.apps.workspaces.forms import AuditFilterForm, people_in_log
from netwerkkaart.apps.workspaces.models import Membership
from netwerkkaart.apps.workspaces.tenancy import require_role
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


# -- the audit log ---------------------------------------------------------------------------


def _entries(request: HttpRequest):
    return audit.entries_of(request.workspace)


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

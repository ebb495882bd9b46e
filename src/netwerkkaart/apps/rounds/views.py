"""Round pages: the list, one round, closing and deleting, and the import with its progress."""

from __future__ import annotations

from django.contrib import messages
from django.db.models import Count
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST, require_safe

from netwerkkaart.apps.rounds import jobs, services
from netwerkkaart.apps.rounds.forms import ImportForm, RoundStatusForm
from netwerkkaart.apps.rounds.models import ImportJob, JobStatus, Round, Tie
from netwerkkaart.apps.workspaces.choices import vocab_language
from netwerkkaart.apps.workspaces.tenancy import require_role
from netwerkkaart.core import vocab
from netwerkkaart.core.dataformat.issues import ERROR
from netwerkkaart.web.uploads import refuse_if_too_large


@require_role("viewer")
@require_safe
def round_list(request: HttpRequest, workspace: str) -> HttpResponse:
    rounds = services.round_counts(Round.objects.filter(workspace=request.workspace))
    return render(request, "rounds/list.html", {"rounds": rounds})


@require_role("viewer")
@require_safe
def round_detail(request: HttpRequest, workspace: str, code: str) -> HttpResponse:
    round_ = get_object_or_404(
        services.round_counts(Round.objects.filter(workspace=request.workspace)), code=code
    )
    context = {
        "round": round_,
        "wish_count": round_.wishes.count(),
        "unknown_count": round_.unknown.count(),
    }
    if request.membership.sees_names:
        # Names and pseudonyms only for analysts and coordinators (viewers see counts).
        lang = vocab_language()
        context["respondents"] = [
            {**row, "type_label": vocab.RESPONDENT_TYPE.label(row["respondent_type"], lang)}
            for row in Tie.objects.filter(round=round_)
            .values("respondent", "respondent_type", "location")
            .annotate(ties=Count("id"))
            .order_by("location", "respondent")
        ]
    return render(request, "rounds/detail.html", context)


@require_role("coordinator")
@require_POST
def round_status(request: HttpRequest, workspace: str, code: str) -> HttpResponse:
    round_ = get_object_or_404(Round, workspace=request.workspace, code=code)
    form = RoundStatusForm(request.POST)
    if form.is_valid():
        try:
            services.set_round_status(
                request.workspace, round_.code, form.cleaned_data["status"], user=request.user
            )
        except services.ImportRefused as refused:
            messages.error(request, refused.message())
        else:
            messages.success(request, _("De status van de ronde werd aangepast."))
    return redirect("rounds:detail", workspace=workspace, code=round_.code)


@require_role("coordinator")
def round_delete(request: HttpRequest, workspace: str, code: str) -> HttpResponse:
    round_ = get_object_or_404(
        services.round_counts(Round.objects.filter(workspace=request.workspace)), code=code
    )
    if request.method == "POST":
        services.delete_round(request.workspace, round_.code, user=request.user)
        messages.success(request, _("Ronde %(round)s werd verwijderd.") % {"round": round_.code})
        return redirect("rounds:list", workspace=workspace)
    return render(request, "rounds/delete.html", {"round": round_})


@require_role("coordinator")
def import_upload(request: HttpRequest, workspace: str) -> HttpResponse:
    form = ImportForm(request.POST or None, request.FILES or None)
    too_large = request.method == "POST" and refuse_if_too_large(request, form, "files")
    if request.method == "POST" and not too_large and form.is_valid():
        upload = form.store()
        job = jobs.start_import(
            request.workspace,
            upload.source,
            user=request.user,
            filename=upload.filename,
            default_round=form.cleaned_data["round_code"],
            replace=form.cleaned_data["replace"],
            confirm_new_ids=form.cleaned_data["confirm_new_ids"],
            cleanup=upload.folder,
        )
        return redirect("rounds:job", workspace=workspace, job_id=job.pk)
    recent = ImportJob.objects.filter(workspace=request.workspace)[:5]
    status = 413 if too_large else 200
    return render(request, "rounds/import.html", {"form": form, "recent": recent}, status=status)


@require_role("coordinator")
@require_safe
def import_job(request: HttpRequest, workspace: str, job_id: int) -> HttpResponse:
    job = jobs.refresh(get_object_or_404(ImportJob, workspace=request.workspace, pk=job_id))
    lang = vocab_language()
    issues = [jobs.issue_from_data(data) for data in job.issues]
    issues.sort(key=lambda i: (i.severity != ERROR, i.file, i.row or 0))
    processed, total = jobs.job_progress(job)
    context = {
        "job": job,
        "processed": processed,
        "total": total,
        "errors": [_issue_row(i, lang) for i in issues if i.severity == ERROR],
        "warnings": [_issue_row(i, lang) for i in issues if i.severity != ERROR],
        "refusal": _refusal_message(job.refusal),
        "questioned": (job.refusal or {}).get("questioned", []),
        "summary": services.ImportSummary.from_dict(job.summary) if job.summary else None,
        # Queued for longer than a worker would take to start it: perhaps none is running.
        "waiting_long": job.status == JobStatus.PENDING
        and (timezone.now() - job.created).total_seconds() > jobs.stale_after(),
    }
    return render(request, "rounds/job.html", context)


@require_role("coordinator")
@require_safe
def import_job_status(request: HttpRequest, workspace: str, job_id: int) -> JsonResponse:
    job = jobs.refresh(get_object_or_404(ImportJob, workspace=request.workspace, pk=job_id))
    processed, total = jobs.job_progress(job)
    return JsonResponse(
        {
            "status": job.status,
            "finished": job.status in (JobStatus.DONE, JobStatus.FAILED),
            "processed": processed,
            "total": total,
        }
    )


def _issue_row(issue, lang: str) -> dict[str, object]:
    return {
        "file": issue.file,
        "row": issue.row,
        "column": issue.column,
        "value": issue.value,
        "problem": issue.message(lang),
    }


def _refusal_message(refusal: dict) -> str | None:
    if not refusal:
        return None
    return services.ImportRefused(refusal["code"], refusal.get("rounds", [])).message()

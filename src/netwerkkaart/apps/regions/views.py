"""Region pages: the latest analysis, one analysis (or its progress), the upload, downloads."""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from netwerkkaart.apps.regions import documents, jobs, services
from netwerkkaart.apps.regions.forms import RegionUploadForm
from netwerkkaart.apps.regions.models import JobStatus, RegionJob
from netwerkkaart.apps.regions.presenters import RegionView
from netwerkkaart.apps.workspaces.choices import vocab_language
from netwerkkaart.apps.workspaces.tenancy import require_role
from netwerkkaart.core.dataformat.issues import ERROR
from netwerkkaart.core.regions.issues import RegionIssue
from netwerkkaart.web.pdf import PdfUnavailable
from netwerkkaart.web.uploads import refuse_if_too_large

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _jobs(request: HttpRequest):
    return RegionJob.objects.filter(workspace=request.workspace).defer("upload", "data", "result")


@require_role("viewer")
@require_safe
def latest(request: HttpRequest, workspace: str) -> HttpResponse:
    done = _jobs(request).filter(status=JobStatus.DONE).first()
    if done is not None:
        return redirect("regions:detail", workspace=workspace, job_id=done.pk)
    return render(request, "regions/empty.html", {"recent": _jobs(request)[:5]})


@require_role("viewer")
@require_safe
def detail(request: HttpRequest, workspace: str, job_id: int) -> HttpResponse:
    job = get_object_or_404(RegionJob, workspace=request.workspace, pk=job_id)
    if job.status != JobStatus.DONE:
        if not request.membership.allows("coordinator"):
            raise Http404
        return render(request, "regions/job.html", _job_context(job))
    view = RegionView.of(job, request.GET.get("zorgvraag"))
    context = {
        "job": job,
        "view": view,
        "warnings": _issue_rows(job, warnings=True),
        "recent": _jobs(request).filter(status=JobStatus.DONE)[:5],
    }
    return render(request, "regions/detail.html", context)


def _issue_rows(job: RegionJob, *, warnings: bool) -> list[dict]:
    lang = vocab_language()
    issues = [RegionIssue.from_data(data) for data in job.issues]
    issues.sort(key=lambda i: (i.file, i.row or 0))
    return [
        {"file": i.file, "row": i.row, "column": i.column, "value": i.value,
         "problem": i.message(lang)}
        for i in issues
        if (i.severity != ERROR) == warnings
    ]  # fmt: skip


def _job_context(job: RegionJob) -> dict:
    return {"job": job, "errors": _issue_rows(job, warnings=False),
            "warnings": _issue_rows(job, warnings=True)}  # fmt: skip


@require_role("coordinator")
@require_safe
def job_status(request: HttpRequest, workspace: str, job_id: int) -> JsonResponse:
    job = get_object_or_404(_jobs(request), pk=job_id)
    return JsonResponse({"status": job.status, "finished": job.is_finished, "step": job.step,
                         "done": job.done, "total": job.total})  # fmt: skip


@require_role("coordinator")
def upload(request: HttpRequest, workspace: str) -> HttpResponse:
    form = RegionUploadForm(request.POST or None, request.FILES or None)
    too_large = request.method == "POST" and refuse_if_too_large(request, form, "files")
    if request.method == "POST" and not too_large and form.is_valid():
        files = form.cleaned_data["files"]
        content = services.zip_files((f.name, f.read()) for f in files)
        job = services.create_job(
            request.workspace,
            content,
            user=request.user,
            filename=", ".join(f.name for f in files),
            time_limit=form.cleaned_data["time_limit"],
            demand_types=form.chosen_demand_types(),
        )
        jobs.start(job)
        return redirect("regions:detail", workspace=workspace, job_id=job.pk)
    status = 413 if too_large else 200
    context = {"form": form, "recent": _jobs(request)[:5]}
    return render(request, "regions/upload.html", context, status=status)


@require_role("coordinator")
def delete(request: HttpRequest, workspace: str, job_id: int) -> HttpResponse:
    job = get_object_or_404(_jobs(request), pk=job_id)
    if request.method == "POST":
        services.delete_job(request.workspace, job.pk, user=request.user)
        messages.success(request, _("De regioanalyse werd verwijderd."))
        return redirect("regions:latest", workspace=workspace)
    return render(request, "regions/delete.html", {"job": job})


def _finished(request: HttpRequest, job_id: int) -> RegionView:
    job = get_object_or_404(RegionJob, workspace=request.workspace, pk=job_id,
                            status=JobStatus.DONE)  # fmt: skip
    return RegionView.of(job, request.GET.get("zorgvraag"))


def _download(content: bytes, content_type: str, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@require_role("viewer")
@require_safe
def report_pdf(request: HttpRequest, workspace: str, job_id: int) -> HttpResponse:
    view = _finished(request, job_id)
    try:
        content = documents.pdf(request, view)
    except PdfUnavailable as error:
        return HttpResponse(str(error), status=503, content_type="text/plain; charset=utf-8")
    return _download(content, "application/pdf", f"regios-{request.workspace.slug}.pdf")


@require_role("viewer")
@require_safe
def report_xlsx(request: HttpRequest, workspace: str, job_id: int) -> HttpResponse:
    view = _finished(request, job_id)
    return _download(documents.workbook(view), XLSX, f"regios-{request.workspace.slug}.xlsx")

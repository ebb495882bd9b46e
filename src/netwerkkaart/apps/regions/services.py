"""Every write of the region app: a job recorded, its progress, its outcome, its removal.

Each takes plain values and leaves an audit entry (``regions.*``) inside its transaction.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.utils import timezone
from django_scopes import scope

from netwerkkaart.apps.regions.models import JobStatus, RegionJob
from netwerkkaart.apps.workspaces.models import Workspace
from netwerkkaart.apps.workspaces.services import log_action

MAX_FILENAME = 300


def zip_files(files: Iterable[tuple[str, bytes]]) -> bytes:
    """Several uploaded files in one zip (a single uploaded zip is kept as it is)."""
    files = list(files)
    if len(files) == 1 and files[0][0].lower().endswith(".zip"):
        return files[0][1]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in files:
            archive.writestr(name.rsplit("/", 1)[-1].lower(), content)
    return buffer.getvalue()


def create_job(
    workspace: Workspace,
    upload: bytes,
    *,
    user: AbstractBaseUser | None,
    filename: str,
    time_limit: int = 60,
    demand_types: list[str] | None = None,
) -> RegionJob:
    filename = filename.replace("\x00", "")[:MAX_FILENAME]
    with transaction.atomic(), scope(workspace=workspace):
        job = RegionJob.objects.create(
            workspace=workspace,
            user=user,
            filename=filename,
            upload=upload,
            time_limit=time_limit,
            demand_types=demand_types or [],
        )
        log_action(workspace, "regions.analysis_started", user, job=job.pk, filename=filename)
    return job


def record_progress(job: RegionJob, step: str, done: int, total: int) -> None:
    """Progress of a running job: one small update, outside any long transaction."""
    with scope(workspace=job.workspace):
        RegionJob.objects.filter(workspace=job.workspace, pk=job.pk).update(
            status=JobStatus.RUNNING, step=step, done=done, total=total
        )


def record_failure(job: RegionJob, issues: list[dict]) -> None:
    with transaction.atomic(), scope(workspace=job.workspace):
        RegionJob.objects.filter(workspace=job.workspace, pk=job.pk).update(
            status=JobStatus.FAILED, issues=issues, finished=timezone.now()
        )
        log_action(job.workspace, "regions.analysis_failed", job.user, job=job.pk)


def record_result(job: RegionJob, data: dict, result: dict, warnings: list[dict]) -> None:
    """The checked data and the result, written together (nothing half-stored)."""
    with transaction.atomic(), scope(workspace=job.workspace):
        RegionJob.objects.filter(workspace=job.workspace, pk=job.pk).update(
            status=JobStatus.DONE,
            data=data,
            result=result,
            issues=warnings,
            finished=timezone.now(),
        )
        log_action(job.workspace, "regions.analysis_done", job.user, job=job.pk,
                   regions=len(result["partition"]["regions"]))  # fmt: skip


def delete_job(workspace: Workspace, job_id: int, *, user: AbstractBaseUser | None) -> None:
    with transaction.atomic(), scope(workspace=workspace):
        RegionJob.objects.filter(workspace=workspace, pk=job_id).delete()
        log_action(workspace, "regions.analysis_deleted", user, job=job_id)

"""Running a region analysis in the background, as a task of Django's task framework.

:func:`start` records a :class:`RegionJob` (its files kept on the row) and, once the row is
committed, enqueues :func:`region_task` (django-tasks, run by ``manage.py db_worker``; see
``apps/rounds/jobs.py``). :func:`run_job` is the whole work in one plain function: read and check
the files (every issue at once), analyse with progress written to the row, store data and result
in one transaction. It needs nothing but the id. With ``NETWERKKAART_IMPORT_SYNC = True`` (tests)
it runs in the request.
"""

from __future__ import annotations

import logging
import tempfile
import time
from pathlib import Path

from django.db import transaction
from django_scopes import scopes_disabled
from django_tasks import task

from netwerkkaart.apps.regions import services
from netwerkkaart.apps.regions.models import RegionJob
from netwerkkaart.apps.rounds.jobs import issue_to_data, runs_synchronously
from netwerkkaart.core.dataformat import DataFormatError
from netwerkkaart.core.regions import analyse
from netwerkkaart.core.regions.reader import read_region_data
from netwerkkaart.core.regions.serialize import analysis_to_dict, data_to_dict

logger = logging.getLogger(__name__)

PROGRESS_EVERY = 0.5  # seconds between two progress writes


def start(job: RegionJob) -> None:
    """Queue ``job`` once its row is committed (run it in the request when synchronous)."""
    if runs_synchronously():
        run_job(job.pk)
        return
    job_id = job.pk
    transaction.on_commit(lambda: region_task.enqueue(job_id))


@task()
def region_task(job_id: int) -> None:
    """The queued analysis of one region job (run by ``manage.py db_worker``)."""
    run_job(job_id)


def run_job(job_id: int) -> None:
    """Read, check and analyse the files of job ``job_id``; every outcome is recorded on it."""
    with scopes_disabled():
        job = RegionJob.objects.select_related("workspace", "user").get(pk=job_id)
    try:
        _work(job)
    except Exception:
        logger.exception("region job %s failed", job_id)
        services.record_failure(job, [{"file": job.filename, "code": "unexpected", "row": None,
                                       "column": None, "value": None, "params": {},
                                       "severity": "error"}])  # fmt: skip


def _work(job: RegionJob) -> None:
    services.record_progress(job, "read", 0, 1)
    with tempfile.TemporaryDirectory(prefix="netwerkkaart-regions-") as folder:
        source = Path(folder) / "upload.zip"
        source.write_bytes(bytes(job.upload))
        try:
            read = read_region_data(source)
        except DataFormatError as error:
            services.record_failure(job, [issue_to_data(i) for i in error.issues])
            return
    known = [d.code for d in read.data.demand_types]
    chosen = [d for d in job.demand_types if d in known] or None
    last = [0.0]

    def progress(step: str, done: int, total: int) -> None:
        now = time.monotonic()
        if now - last[0] >= PROGRESS_EVERY or done == total:
            last[0] = now
            services.record_progress(job, step, done, total)

    result = analyse(read.data, chosen, time_limit=job.time_limit, progress=progress)
    services.record_result(
        job,
        data_to_dict(read.data),
        analysis_to_dict(result),
        [issue_to_data(i) for i in read.warnings],
    )

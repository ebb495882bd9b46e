"""Running an upload's import in the background, as a task of Django's task framework.

The view stores the upload in a folder of its own under ``NETWERKKAART_VAR`` (``imports/``),
:func:`start_import` records an :class:`ImportJob` and, once that row is committed, enqueues
:func:`import_task` (django-tasks: queued in the database, run by ``manage.py db_worker`` on any
host that shares the database and the ``NETWERKKAART_VAR`` folder). The worker reads the files
(all issues at once), then calls :func:`~netwerkkaart.apps.rounds.services.import_dataset`.

The import is one transaction, so its progress cannot be read from the database while it runs:
the worker writes it, with a heartbeat every few seconds, to the ``jobs`` cache (a folder under
``NETWERKKAART_VAR`` that every process of the host reads), and the job row gets the final
figures when the transaction is over. A job whose worker died (no heartbeat for
``NETWERKKAART_JOB_STALE_SECONDS``) is marked failed with a message the next time anyone looks
at it (:func:`refresh`); its import left nothing, being one transaction.

With ``NETWERKKAART_IMPORT_SYNC = True`` (tests, or a deployment without a worker) the job runs
inside the request instead.
"""

from __future__ import annotations

import logging
import shutil
import threading
import time
from pathlib import Path

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser
from django.core.cache import caches
from django.db import transaction
from django.utils import timezone
from django_scopes import scope, scopes_disabled
from django_tasks import task

from netwerkkaart.apps.rounds.models import ImportJob, JobStatus
from netwerkkaart.apps.rounds.services import (
    ImportRefused,
    import_dataset,
    questioned_identifiers,
)
from netwerkkaart.apps.workspaces.models import Workspace
from netwerkkaart.apps.workspaces.services import log_action
from netwerkkaart.core.dataformat import DataFormatError, Issue, read_dataset_with_warnings

logger = logging.getLogger(__name__)

HEARTBEAT_SECONDS = 5.0


def runs_synchronously() -> bool:
    return bool(getattr(settings, "NETWERKKAART_IMPORT_SYNC", False))


def stale_after() -> float:
    return float(getattr(settings, "NETWERKKAART_JOB_STALE_SECONDS", 120))


def start_import(
    workspace: Workspace,
    source: Path,
    *,
    user: AbstractBaseUser | None,
    filename: str,
    default_round: str,
    replace: bool = False,
    confirm_new_ids: bool = False,
    cleanup: Path | None = None,
) -> ImportJob:
    """Record an import of ``source`` and queue it (or run it now if imports run synchronously).

    ``cleanup`` is a folder removed when the job is over.
    """
    with transaction.atomic(), scope(workspace=workspace):
        job = ImportJob.objects.create(
            workspace=workspace,
            user=user,
            filename=storable_text(filename)[:300],
            default_round=default_round,
            replace=replace,
            confirm_new_ids=confirm_new_ids,
        )
        log_action(workspace, "rounds.import_started", user, job=job.pk, filename=job.filename)
    if runs_synchronously():
        run_job(job.pk, source, cleanup)
        return job
    # The worker reads the job through its own connection: queue it once the row is committed.
    arguments = (job.pk, str(source), str(cleanup) if cleanup is not None else None)
    transaction.on_commit(lambda: import_task.enqueue(*arguments))
    return job


@task()
def import_task(job_id: int, source: str, cleanup: str | None) -> None:
    """The queued import of one job (run by ``manage.py db_worker``)."""
    run_job(job_id, Path(source), Path(cleanup) if cleanup else None)


def _progress_key(job_id: int) -> str:
    return f"import-progress:{job_id}"


class _Progress:
    """The running job's (processed, total) and heartbeat, in the cache every process reads."""

    def __init__(self, job_id: int):
        self.key = _progress_key(job_id)
        self.done = 0
        self.of = 0
        self.written = 0.0
        self.stop = threading.Event()
        self.beat = threading.Thread(target=self._beat, name=f"heartbeat-{job_id}", daemon=True)

    def __enter__(self) -> _Progress:
        self.write()
        self.beat.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        self.beat.join()
        caches["jobs"].delete(self.key)

    def report(self, done: int, of: int) -> None:
        self.done, self.of = done, of
        if time.monotonic() - self.written >= 0.5:  # at most twice a second
            self.write()

    def write(self) -> None:
        self.written = time.monotonic()
        caches["jobs"].set(self.key, (self.done, self.of, time.time()), timeout=24 * 3600)

    def _beat(self) -> None:
        # Beats while the import reads or writes for a long time without reporting.
        while not self.stop.wait(HEARTBEAT_SECONDS):
            self.write()


def job_progress(job: ImportJob) -> tuple[int, int]:
    """(processed, total) rows: live while the worker runs, else as recorded on the job."""
    if job.status == JobStatus.RUNNING:
        live = caches["jobs"].get(_progress_key(job.pk))
        if live is not None:
            return live[0], live[1]
    return job.processed_rows, job.total_rows


def refresh(job: ImportJob) -> ImportJob:
    """Mark a running job failed when its worker stopped beating; the job as it is now.

    A job is running from the moment a worker took it; without a heartbeat for
    ``stale_after()`` seconds, that worker is gone (killed, the host restarted).
    """
    if job.status != JobStatus.RUNNING:
        return job
    live = caches["jobs"].get(_progress_key(job.pk))
    if live is not None and time.time() - live[2] < stale_after():
        return job
    # Without any heartbeat (a cache that was cleared): go by when the job was last written.
    started = job.started or job.created
    if live is None and (timezone.now() - started).total_seconds() < stale_after():
        return job
    logger.warning("import job %s: its worker stopped; marked failed", job.pk)
    _record(job, status=JobStatus.FAILED, refusal={"code": "interrupted", "rounds": []})
    return job


def run_job(job_id: int, source: Path, cleanup: Path | None = None) -> None:
    """Read ``source`` and import it for the job ``job_id``; every outcome is recorded on the job."""
    with scopes_disabled():
        job = ImportJob.objects.select_related("workspace", "user").get(pk=job_id)
    if job.is_finished:  # run twice (a queue's retry): the first run's outcome stands
        return
    try:
        with _Progress(job.pk) as progress, scope(workspace=job.workspace):
            _read_and_import(job, source, progress)
    except Exception:
        logger.exception("import job %s failed", job_id)
        _record(job, status=JobStatus.FAILED, refusal={"code": "unexpected", "rounds": []})
    finally:
        if cleanup is not None:
            shutil.rmtree(cleanup, ignore_errors=True)


def _read_and_import(job: ImportJob, source: Path, progress: _Progress) -> None:
    _record(job, status=JobStatus.RUNNING, started=timezone.now(), log=False)
    try:
        result = read_dataset_with_warnings(source)
    except DataFormatError as error:
        _record(job, status=JobStatus.FAILED, issues=[issue_to_data(i) for i in error.issues])
        return
    dataset = result.dataset
    total = dataset.ties.height + dataset.wishes.height + dataset.unknown.height
    warnings = [issue_to_data(i) for i in result.warnings]
    _record(job, total_rows=total, issues=warnings, log=False)
    if not job.confirm_new_ids:
        questioned = questioned_identifiers(job.workspace, dataset)
        if questioned:
            refusal = {"code": "questioned_ids", "rounds": [], "questioned": [
                {"value": q.value, "column": q.column, "rows": q.rows,
                 "suggestions": list(q.suggestions)}
                for q in questioned[:200]
            ]}  # fmt: skip
            _record(job, status=JobStatus.FAILED, refusal=refusal)
            return

    try:
        summary = import_dataset(
            job.workspace,
            dataset,
            user=job.user,
            replace=job.replace,
            default_round=job.default_round,
            progress=progress.report,
        )
    except ImportRefused as refusal:
        _record(job, status=JobStatus.FAILED, refusal=refusal.as_dict())
        return
    _record(job, status=JobStatus.DONE, processed_rows=total, summary=summary.as_dict())


def _record(job: ImportJob, *, log: bool = True, **fields: object) -> None:
    """Save fields of the job; a job that ends is stamped and leaves an audit entry."""
    if fields.get("status") in (JobStatus.DONE, JobStatus.FAILED):
        fields["finished"] = timezone.now()
    for name, value in fields.items():
        setattr(job, name, value)
    with transaction.atomic(), scope(workspace=job.workspace):
        ImportJob.objects.filter(pk=job.pk).update(**fields)
        if log:
            log_action(job.workspace, f"rounds.import_{job.status}", job.user, job=job.pk)


def issue_to_data(issue: Issue) -> dict[str, object]:
    """An issue as JSON-safe data, so its message can be rendered later in any language.

    Text is stored without NUL characters (PostgreSQL's JSON refuses them): a file's bad cell
    must not break the record of what was wrong with it.
    """
    plain = (int, float, bool, type(None))

    def safe(value: object) -> object:
        return value if isinstance(value, plain) else storable_text(str(value))

    return {
        "file": storable_text(issue.file),
        "code": issue.code,
        "row": issue.row,
        "column": None if issue.column is None else storable_text(issue.column),
        "value": None if issue.value is None else storable_text(issue.value),
        "params": {k: safe(v) for k, v in issue.params.items()},
        "severity": issue.severity,
    }


def storable_text(text: str) -> str:
    return text.replace("\x00", "\u2400")


def issue_from_data(data: dict) -> Issue:
    return Issue(**data)

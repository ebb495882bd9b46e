"""Running an upload's import in the background, without a task broker.

The view stores the upload in a temporary folder, :func:`start_import` records an
:class:`ImportJob` and starts a thread that reads the files (all issues at once), then calls
:func:`~netwerkkaart.apps.rounds.services.import_dataset`. The import is one transaction, so its
progress cannot be read from the database while it runs: the thread reports it in memory
(:func:`job_progress`), and the job row gets the final figures when the transaction is over.

With ``NETWERKKAART_IMPORT_SYNC = True`` (tests, or a deployment that wants no threads) the job
runs inside the request instead.
"""

from __future__ import annotations

import logging
import shutil
import threading
from pathlib import Path

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser
from django.db import close_old_connections, connection, transaction
from django.utils import timezone
from django_scopes import scope, scopes_disabled

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

_lock = threading.Lock()
_threads: dict[int, threading.Thread] = {}
_progress: dict[int, tuple[int, int]] = {}


def runs_synchronously() -> bool:
    return bool(getattr(settings, "NETWERKKAART_IMPORT_SYNC", False))


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
    """Record an import of ``source`` and run it (in a thread unless imports run synchronously).

    ``cleanup`` is a temporary folder removed when the job is over.
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
    thread = threading.Thread(
        target=_run_in_thread,
        args=(job.pk, source, cleanup),
        name=f"netwerkkaart-import-{job.pk}",
        daemon=True,
    )
    with _lock:
        _threads[job.pk] = thread
    # The thread reads the job through its own connection: start it once the row is committed.
    transaction.on_commit(thread.start)
    return job


def wait_for(job_id: int, timeout: float | None = None) -> None:
    """Block until a job's thread is over (for tests and commands; views never wait)."""
    with _lock:
        thread = _threads.get(job_id)
    if thread is not None and thread.ident is not None:
        thread.join(timeout)


def job_progress(job: ImportJob) -> tuple[int, int]:
    """(processed, total) rows: live while the thread runs, else as recorded on the job."""
    if job.status == JobStatus.RUNNING:
        with _lock:
            live = _progress.get(job.pk)
        if live is not None:
            return live
    return job.processed_rows, job.total_rows


def _run_in_thread(job_id: int, source: Path, cleanup: Path | None) -> None:
    close_old_connections()
    try:
        run_job(job_id, source, cleanup)
    finally:
        with _lock:
            _threads.pop(job_id, None)
        connection.close()


def run_job(job_id: int, source: Path, cleanup: Path | None = None) -> None:
    """Read ``source`` and import it for the job ``job_id``; every outcome is recorded on the job."""
    with scopes_disabled():
        job = ImportJob.objects.select_related("workspace", "user").get(pk=job_id)
    try:
        with scope(workspace=job.workspace):
            _read_and_import(job, source)
    except Exception:
        logger.exception("import job %s failed", job_id)
        _record(job, status=JobStatus.FAILED, refusal={"code": "unexpected", "rounds": []})
    finally:
        with _lock:
            _progress.pop(job_id, None)
        if cleanup is not None:
            shutil.rmtree(cleanup, ignore_errors=True)


def _read_and_import(job: ImportJob, source: Path) -> None:
    _record(job, status=JobStatus.RUNNING, log=False)
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

    def report(done: int, of: int) -> None:
        with _lock:
            _progress[job.pk] = (done, of)

    try:
        summary = import_dataset(
            job.workspace,
            dataset,
            user=job.user,
            replace=job.replace,
            default_round=job.default_round,
            progress=report,
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

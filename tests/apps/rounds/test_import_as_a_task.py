"""The import runs as a queued task once the upload is committed; the job page follows it.

Here the task runs at once in the test's process (Django's immediate task backend); the same
task run by a real worker process is tests/apps/rounds/test_import_worker.py.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from django_scopes import scope
from tests.apps.rounds.helpers import IMPORT, as_upload, row_counts

from netwerkkaart.apps.rounds.models import ImportJob, JobStatus

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def threaded(settings) -> None:
    settings.NETWERKKAART_IMPORT_SYNC = False
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}


def test_a_good_upload_is_imported_by_the_task_and_the_job_page_shows_it(world, threaded, zip_file):
    client = world.client_for("alice")
    response = client.post(IMPORT, {"files": [as_upload(zip_file)], "round_code": "2024"})
    assert response.status_code == 302
    job_id = int(response["Location"].rstrip("/").rsplit("/", 1)[1])

    status = client.get(f"{IMPORT}{job_id}/status.json").json()
    assert status == {"status": "done", "finished": True, "processed": 8, "total": 8}
    page = client.get(response["Location"]).content.decode()
    assert "De gegevens werden ingelezen." in page
    assert "http-equiv" not in page  # a finished job stops refreshing
    assert row_counts(world.workspace) == {"rounds": 2, "ties": 4, "wishes": 2, "unknown": 2}


def test_a_bad_upload_fails_in_the_task_with_all_its_issues(world, threaded):
    client = world.client_for("alice")
    bad = b"respondent,respondent_type\nR1,ziekenhuis\n"
    response = client.post(
        IMPORT, {"files": [SimpleUploadedFile("ties.csv", bad)], "round_code": "2024"}
    )
    job_id = int(response["Location"].rstrip("/").rsplit("/", 1)[1])
    with scope(workspace=world.workspace):
        job = ImportJob.objects.get(pk=job_id)
    assert job.status == JobStatus.FAILED
    assert len([i for i in job.issues if i["severity"] == "error"]) >= 2
    assert row_counts(world.workspace)["rounds"] == 0


def test_an_unfinished_job_page_refreshes_itself(world, dataset):
    with scope(workspace=world.workspace):
        job = ImportJob.objects.create(workspace=world.workspace, default_round="2024")
    page = world.client_for("alice").get(f"{IMPORT}{job.pk}/").content.decode()
    assert '<meta http-equiv="refresh"' in page
    assert f"{IMPORT}{job.pk}/status.json" in page


def test_a_queued_upload_waits_for_a_worker_and_says_so(world, settings, zip_file):
    settings.NETWERKKAART_IMPORT_SYNC = False  # the database backend: queued, nobody runs it
    client = world.client_for("alice")
    response = client.post(IMPORT, {"files": [as_upload(zip_file)], "round_code": "2024"})
    job_id = int(response["Location"].rstrip("/").rsplit("/", 1)[1])
    from django_tasks_db.models import DBTaskResult

    [queued] = DBTaskResult.objects.all()
    assert queued.task_path == "netwerkkaart.apps.rounds.jobs.import_task"
    assert queued.args_kwargs["args"][0] == job_id
    page = client.get(response["Location"]).content.decode()
    assert "wacht op de verwerking" in page and "wacht al lang" not in page
    with scope(workspace=world.workspace):
        ImportJob.objects.filter(pk=job_id).update(created=timezone.now() - timedelta(hours=1))
    assert "db_worker" in client.get(response["Location"]).content.decode()
    assert row_counts(world.workspace)["rounds"] == 0


def test_a_job_whose_worker_died_is_marked_failed_with_a_message(world, settings):
    settings.NETWERKKAART_JOB_STALE_SECONDS = 60
    with scope(workspace=world.workspace):
        job = ImportJob.objects.create(
            workspace=world.workspace,
            default_round="2024",
            status=JobStatus.RUNNING,
            started=timezone.now() - timedelta(minutes=5),
        )
    client = world.client_for("alice")
    status = client.get(f"{IMPORT}{job.pk}/status.json").json()
    assert status["status"] == "failed" and status["finished"] is True
    page = client.get(f"{IMPORT}{job.pk}/").content.decode()
    assert "werd onderbroken" in page


def test_a_running_job_with_a_recent_heartbeat_stays_running(world, settings):
    import time

    from django.core.cache import caches

    with scope(workspace=world.workspace):
        job = ImportJob.objects.create(
            workspace=world.workspace,
            default_round="2024",
            status=JobStatus.RUNNING,
            started=timezone.now() - timedelta(minutes=5),
        )
    caches["jobs"].set(f"import-progress:{job.pk}", (40, 100, time.time()))
    status = world.client_for("alice").get(f"{IMPORT}{job.pk}/status.json").json()
    assert status == {"status": "running", "finished": False, "processed": 40, "total": 100}

"""The import runs in a background thread started by the view; the job page follows it."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django_scopes import scope
from tests.apps.rounds.helpers import IMPORT, as_upload, row_counts

from netwerkkaart.apps.rounds import jobs
from netwerkkaart.apps.rounds.models import ImportJob, JobStatus

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def threaded(settings) -> None:
    settings.NETWERKKAART_IMPORT_SYNC = False


def test_a_good_upload_is_imported_by_the_thread_and_the_job_page_shows_it(
    world, threaded, zip_file
):
    client = world.client_for("alice")
    response = client.post(IMPORT, {"files": [as_upload(zip_file)], "round_code": "2024"})
    assert response.status_code == 302
    job_id = int(response["Location"].rstrip("/").rsplit("/", 1)[1])
    jobs.wait_for(job_id, timeout=30)

    status = client.get(f"{IMPORT}{job_id}/status.json").json()
    assert status == {"status": "done", "finished": True, "processed": 8, "total": 8}
    page = client.get(response["Location"]).content.decode()
    assert "De gegevens werden ingelezen." in page
    assert "http-equiv" not in page  # a finished job stops refreshing
    assert row_counts(world.workspace) == {"rounds": 2, "ties": 4, "wishes": 2, "unknown": 2}


def test_a_bad_upload_fails_in_the_thread_with_all_its_issues(world, threaded):
    client = world.client_for("alice")
    bad = b"respondent,respondent_type\nR1,ziekenhuis\n"
    response = client.post(
        IMPORT, {"files": [SimpleUploadedFile("ties.csv", bad)], "round_code": "2024"}
    )
    job_id = int(response["Location"].rstrip("/").rsplit("/", 1)[1])
    jobs.wait_for(job_id, timeout=30)
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

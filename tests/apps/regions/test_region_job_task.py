"""The analysis runs as a queued task (here at once: the immediate backend); it needs only the id."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django_scopes import scopes_disabled
from tests.apps.regions.conftest import BASE

from netwerkkaart.apps.regions.models import JobStatus, RegionJob

pytestmark = pytest.mark.django_db(transaction=True)


def test_the_task_computes_and_records_the_result(world, settings, demo_zip):
    settings.NETWERKKAART_IMPORT_SYNC = False
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    client = world.client_for("alice")
    upload = SimpleUploadedFile("regio.zip", demo_zip)
    response = client.post(f"{BASE}opladen/", {"files": [upload], "time_limit": 20})
    job_id = int(response["Location"].rstrip("/").rsplit("/", 1)[1])
    with scopes_disabled():
        job = RegionJob.objects.get(pk=job_id)
    assert job.status == JobStatus.DONE
    assert job.step == "zones" and job.done == job.total == 1
    assert len(job.result["best_regions"]) == 120

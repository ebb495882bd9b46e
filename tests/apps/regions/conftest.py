"""Fixtures for the region app: the demo's region files, uploaded by the coordinator."""

from __future__ import annotations

import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from netwerkkaart.core.regions.generate import demo
from netwerkkaart.core.regions.writer import write_region_data

BASE = "/w/gemeentegem/regios/"


@pytest.fixture(autouse=True)
def jobs_run_synchronously(settings) -> None:
    settings.NETWERKKAART_IMPORT_SYNC = True


@pytest.fixture
def demo_zip(tmp_path) -> bytes:
    paths = write_region_data(demo(), tmp_path / "regio")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for path in paths:
            archive.write(path, path.name)
    return buffer.getvalue()


@pytest.fixture
def finished(world, demo_zip):
    """The demo's region analysis, uploaded and computed; returns the job page's URL."""
    client = world.client_for("alice")
    upload = SimpleUploadedFile("regio.zip", demo_zip)
    response = client.post(f"{BASE}opladen/", {"files": [upload], "time_limit": 20})
    assert response.status_code == 302
    return response["Location"]

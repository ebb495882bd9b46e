"""Fixtures for the rounds app: files in each container, and uploading them."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from tests.apps.rounds.helpers import IMPORT, as_upload, small_dataset

from netwerkkaart.apps.rounds.jobs import start_import
from netwerkkaart.apps.rounds.services import import_dataset
from netwerkkaart.core.dataformat import write_dataset
from netwerkkaart.core.dataset import Dataset


@pytest.fixture(autouse=True)
def imports_run_synchronously(settings) -> None:
    settings.NETWERKKAART_IMPORT_SYNC = True


@pytest.fixture
def dataset() -> Dataset:
    return small_dataset()


@pytest.fixture
def csv_folder(tmp_path: Path, dataset: Dataset) -> Path:
    return write_dataset(dataset, tmp_path / "csv", "csv")


@pytest.fixture
def xlsx_file(tmp_path: Path, dataset: Dataset) -> Path:
    return write_dataset(dataset, tmp_path / "data.xlsx", "xlsx")


@pytest.fixture
def zip_file(tmp_path: Path, csv_folder: Path) -> Path:
    target = tmp_path / "data.zip"
    with zipfile.ZipFile(target, "w") as archive:
        for path in sorted(csv_folder.glob("*.csv")):
            archive.write(path, f"export/{path.name}")
    return target


@pytest.fixture
def upload() -> Callable[..., object]:
    """POST files (paths, or (name, bytes) pairs) to the import page and follow to the job page."""

    def post(client: Client, *files: Path | tuple[str, bytes], **fields: object):
        uploads = [
            SimpleUploadedFile(f[0], f[1]) if isinstance(f, tuple) else as_upload(f) for f in files
        ]
        data = {"files": uploads, "round_code": "2024", **fields}
        return client.post(IMPORT, data, follow=True)

    return post


@pytest.fixture
def imported(world, dataset: Dataset):
    """The small dataset imported into Gemeentegem by its coordinator (rounds 2025 and 2026)."""
    return import_dataset(world.workspace, dataset, user=coordinator(), default_round="2024")


@pytest.fixture
def finished_job(world, csv_folder: Path):
    """A finished import job of Gemeentegem (run synchronously)."""
    return start_import(
        world.workspace, csv_folder, user=coordinator(), filename="ties.csv", default_round="2024"
    )


def coordinator():
    return get_user_model().objects.get(username="alice")

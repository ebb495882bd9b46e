"""The round import page refuses an upload over NETWERKKAART_MAX_UPLOAD_MB, in Dutch."""

from __future__ import annotations

from django.core.files.uploadedfile import SimpleUploadedFile
from django_scopes import scope
from tests.apps.rounds.helpers import IMPORT, row_counts

from netwerkkaart.apps.rounds.models import ImportJob

MiB = 2**20


def test_the_round_import_page_refuses_an_upload_over_the_limit_in_dutch(world, settings):
    settings.NETWERKKAART_MAX_UPLOAD_MB = 1
    big = SimpleUploadedFile("ties.csv", b"respondent\n" + b"R\n" * MiB)
    response = world.client_for("alice").post(IMPORT, {"files": [big], "round_code": "2024"})
    assert response.status_code == 413
    assert (
        "Het bestand is te groot: een upload mag hoogstens 1 MB zijn" in response.content.decode()
    )
    with scope(workspace=world.workspace):
        assert not ImportJob.objects.filter(workspace=world.workspace).exists()
    assert row_counts(world.workspace)["rounds"] == 0

"""A hostile file uploaded through the site ends as a failed import job with a message in
words, never a traceback, and writes nothing."""

from __future__ import annotations

import zipfile
from pathlib import Path

from django_scopes import scope
from tests.core.dataformat.test_hostile_files import with_doctype, workbook, zeros_zip

from netwerkkaart.apps.rounds.jobs import start_import
from netwerkkaart.apps.rounds.models import JobStatus, Round


def test_an_entity_bomb_and_a_zip_bomb_fail_as_jobs_with_their_reason(world, settings, tmp_path):
    settings.NETWERKKAART_IMPORT_SYNC = True
    bomb = with_doctype(workbook(tmp_path / "lach.xlsx"), "<!DOCTYPE x [<!ENTITY a 'aaaa'>]>")
    packed = zeros_zip(tmp_path / "bom.zip", 20)
    assert zipfile.is_zipfile(packed)
    client = world.client_for("alice")
    for path, words in ((bomb, "DOCTYPE of ENTITY"), (packed, "zip-bom")):
        job = start_import(
            world.workspace, Path(path), user=None, filename=path.name, default_round="2026"
        )
        job.refresh_from_db()
        assert job.status == JobStatus.FAILED
        page = client.get(f"/w/gemeentegem/rounds/import/{job.pk}/").content.decode()
        assert words in page and "Traceback" not in page
    with scope(workspace=world.workspace):
        assert not Round.objects.filter(workspace=world.workspace).exists()

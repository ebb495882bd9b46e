"""The format's text limits are the database fields' sizes, and every import keeps to them."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django_scopes import scope
from tests.apps.rounds.helpers import IMPORT, row_counts

from netwerkkaart.apps.register.models import Actor
from netwerkkaart.apps.rounds.models import ImportJob, JobStatus, Round, Tie, UnknownActor, Wish
from netwerkkaart.apps.rounds.services import ImportRefused, import_dataset
from netwerkkaart.core.dataformat.spec import MAX_LENGTHS
from netwerkkaart.core.dataset import Dataset
from netwerkkaart.core.model import Tie as TieRecord

MODELS = {"ties": Tie, "wishes": Wish, "unknown": UnknownActor, "actors": Actor}
COLUMN_TO_FIELD = {"id": "external_id", "round": None}
HEADER = "respondent,respondent_type,location,partner,partner_group,finality,frequency,evaluation,evolution\n"
GOOD = "R1,zorgorganisatie,Gemeentegem,P1,zorg,afstemming,wekelijks,goed,meer\n"


def test_every_limit_is_the_size_of_its_database_field():
    for name, limits in MAX_LENGTHS.items():
        for column, limit in limits.items():
            if column == "round":
                field = Round._meta.get_field("code")
            else:
                field = MODELS[name]._meta.get_field(COLUMN_TO_FIELD.get(column, column))
            assert field.max_length == limit, (name, column)


def test_every_text_field_of_the_answers_has_a_limit_in_the_format():
    for name in ("ties", "wishes", "unknown"):
        for field in MODELS[name]._meta.get_fields():
            if field.get_internal_type() == "CharField" and not field.choices:
                assert field.name in MAX_LENGTHS[name], (name, field.name)


def test_an_over_long_or_nul_upload_fails_with_its_issues_and_writes_nothing(world):
    # Past the first 4 KiB, so the file is not taken for a binary one.
    padding = "".join(GOOD.replace("P1", f"Q{n}") for n in range(80))
    body = HEADER + padding + GOOD.replace("P1", "P" * 301) + GOOD.replace("P1", "P\x00")
    response = world.client_for("alice").post(
        IMPORT,
        {"files": [SimpleUploadedFile("ties.csv", body.encode())], "round_code": "2024"},
        follow=True,
    )
    assert response.status_code == 200
    with scope(workspace=world.workspace):
        job = ImportJob.objects.get()
    assert job.status == JobStatus.FAILED
    assert sorted(i["code"] for i in job.issues if i["severity"] == "error") == [
        "nul_character",
        "too_long",
    ]
    assert all("\x00" not in str(i) for i in job.issues)
    page = response.content.decode()
    assert "tekens lang; in deze kolom passen er hoogstens 300" in page
    assert "NUL-teken" in page
    assert row_counts(world.workspace)["rounds"] == 0


def test_the_command_names_the_problem_instead_of_a_traceback(world, tmp_path):
    bad = tmp_path / "ties.csv"
    bad.write_text(HEADER + GOOD.replace("Gemeentegem", "G" * 201), encoding="utf-8")
    err = StringIO()
    with pytest.raises(CommandError):
        call_command("import_round", "gemeentegem", str(bad), stderr=err)
    assert "hoogstens 200" in err.getvalue()
    assert row_counts(world.workspace)["rounds"] == 0


def test_the_service_refuses_a_value_that_does_not_fit_whatever_its_source(world):
    # Not from a file (a survey round's closing): the service itself checks before writing.
    tie = TieRecord("R" * 301, "zorgorganisatie", "G", "P\x00", "zorg", round="2026")
    with pytest.raises(ImportRefused) as refused:
        import_dataset(world.workspace, Dataset.from_records(ties=[tie]), user=None)
    assert refused.value.rounds == ["ties.respondent", "ties.partner"]
    assert "te lang, of met een NUL-teken" in refused.value.message()
    assert row_counts(world.workspace)["rounds"] == 0

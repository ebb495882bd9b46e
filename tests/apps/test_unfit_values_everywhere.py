"""A value the database cannot keep, through every way in: a Dutch message, nothing written.

Issue 22 item 4: an over-long value or a NUL byte made PostgreSQL fail (a traceback from
``import_round``, HTTP 500 from the web register import) and SQLite store it silently. Here each
of them goes through ``netwerkkaart validate``, ``manage.py import_round``, ``manage.py
import_actors``, the register's import page and the round import page, on whichever database
the suite runs on (``scripts/with_postgres.sh`` for PostgreSQL).
"""

from __future__ import annotations

from io import StringIO
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django_scopes import scopes_disabled
from tests.apps.rounds.helpers import IMPORT

from netwerkkaart.apps.register.models import Actor
from netwerkkaart.apps.rounds.models import ImportJob, JobStatus, Round, Tie
from netwerkkaart.cli import main

HEADER = "respondent,respondent_type,location,partner,partner_group,finality,frequency,evaluation,evolution"
GOOD = "R1,zorgorganisatie,Gemeentegem,P1,zorg,afstemming,wekelijks,goed,meer"
# Good rows first, past the first 4 KiB, so the file is not taken for a binary one.
TIES_PADDING = [GOOD.replace("P1", f"Q{n}") for n in range(80)]
ACTORS_PADDING = [f"A{n},Organisatie {n}" for n in range(300)]

# What is wrong, the ties row and register row that carry it, and what the message says.
PROBLEMS = {
    "too long": (
        GOOD.replace("P1", "P" * 301),
        "B1," + "n" * 256,
        ("hoogstens 300", "hoogstens 255"),
    ),
    "NUL": (GOOD.replace("P1", "P\x001"), "B1,Naam\x00met nul", ("NUL-teken", "NUL-teken")),
}
CASES = pytest.mark.parametrize("problem", sorted(PROBLEMS))


def ties_file(folder: Path, problem: str) -> Path:
    folder.mkdir()
    row = PROBLEMS[problem][0]
    (folder / "ties.csv").write_text("\n".join([HEADER, *TIES_PADDING, row]) + "\n", "utf-8")
    return folder


def actors_text(problem: str) -> str:
    return "\n".join(["id,name", *ACTORS_PADDING, PROBLEMS[problem][1]]) + "\n"


def written() -> dict[str, int]:
    with scopes_disabled():
        return {
            "rounds": Round.objects.count(),
            "ties": Tie.objects.count(),
            "actors": Actor.objects.count(),
        }


@CASES
def test_validate(problem, tmp_path, capsys):
    assert main(["validate", str(ties_file(tmp_path / "data", problem))]) == 2
    err = capsys.readouterr().err
    assert PROBLEMS[problem][2][0] in err
    assert "De gegevens werden geweigerd" in err


@CASES
def test_manage_import_round(problem, world, tmp_path):
    before = written()
    err = StringIO()
    with pytest.raises(CommandError):
        call_command(
            "import_round", "gemeentegem", str(ties_file(tmp_path / "d", problem)), stderr=err
        )
    assert PROBLEMS[problem][2][0] in err.getvalue()
    assert "Traceback" not in err.getvalue()
    assert written() == before


@CASES
def test_manage_import_actors(problem, world, tmp_path):
    path = tmp_path / "actors.csv"
    path.write_text(actors_text(problem), encoding="utf-8")
    before = written()
    err = StringIO()
    with pytest.raises(CommandError, match="geweigerd: niets ingelezen"):
        call_command("import_actors", "gemeentegem", str(path), stderr=err)
    assert PROBLEMS[problem][2][1] in err.getvalue()
    assert written() == before


@CASES
def test_the_register_import_page(problem, world):
    before = written()
    upload = SimpleUploadedFile("actors.csv", actors_text(problem).encode(), "text/csv")
    response = world.client_for("alice").post("/w/gemeentegem/register/import/", {"file": upload})
    assert response.status_code == 200
    assert PROBLEMS[problem][2][1] in response.content.decode()
    assert written() == before


@CASES
def test_the_round_import_page(problem, world, settings, tmp_path):
    settings.NETWERKKAART_IMPORT_SYNC = True  # the job runs in the request
    before = written()
    body = (ties_file(tmp_path / "d", problem) / "ties.csv").read_bytes()
    response = world.client_for("alice").post(
        IMPORT,
        {"files": [SimpleUploadedFile("ties.csv", body)], "round_code": "2024"},
        follow=True,
    )
    assert response.status_code == 200
    assert PROBLEMS[problem][2][0] in response.content.decode()
    with scopes_disabled():
        assert ImportJob.objects.get().status == JobStatus.FAILED
    assert written() == before

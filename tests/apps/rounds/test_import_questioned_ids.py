"""An import whose identifiers look like register ids but are not in the register is held back
with the nearest ids, until the coordinator confirms that they are new actors."""

from __future__ import annotations

import pytest
from django.core.management import CommandError, call_command
from django_scopes import scope

from netwerkkaart.apps.register.services import import_actors
from netwerkkaart.apps.rounds.jobs import start_import
from netwerkkaart.apps.rounds.models import JobStatus, Tie
from netwerkkaart.core.dataformat import write_dataset
from netwerkkaart.core.dataset import Dataset
from netwerkkaart.core.model import Tie as TieRecord

REGISTER = [
    {"id": "GG-HA-01", "name": "Huisartsenpraktijk De Leefhoek", "sector": "zorg"},
    {"id": "GG-CAW-01", "name": "CAW Gemeentegem", "sector": "welzijn"},
]


@pytest.fixture
def slip_file(world, tmp_path):
    import_actors(world.workspace, None, REGISTER, source="test")
    ties = [
        TieRecord("GG-CAW-01", "welzijnsorganisatie", "Gemeentegem", "GG-HA-1", "zorg",
                  "afstemming", round="2026"),
        TieRecord("GG-CAW-01", "welzijnsorganisatie", "Gemeentegem", "Buurtcomité Nieuw",
                  "informeel", "activiteiten", round="2026"),
    ]  # fmt: skip
    return write_dataset(Dataset.from_records(ties), tmp_path / "ronde", "csv")


def tie_count(world) -> int:
    with scope(workspace=world.workspace):
        return Tie.objects.filter(round__workspace=world.workspace).count()


def test_the_upload_is_held_with_the_nearest_register_id(world, settings, slip_file):
    settings.NETWERKKAART_IMPORT_SYNC = True
    job = start_import(world.workspace, slip_file, user=None, filename="r", default_round="2026")
    job.refresh_from_db()
    assert job.status == JobStatus.FAILED
    assert job.refusal["questioned"] == [
        {
            "value": "GG-HA-1",
            "column": "partner",
            "rows": 1,
            "suggestions": ["GG-HA-01", "GG-CAW-01"],
        }
    ]
    assert tie_count(world) == 0
    page = world.client_for("alice").get(f"/w/gemeentegem/rounds/import/{job.pk}/")
    html = page.content.decode()
    assert "<code>GG-HA-1</code>" in html and "<code>GG-HA-01</code>" in html
    assert "Bedoelt u misschien" in html


def test_confirmed_new_actors_are_written(world, settings, slip_file):
    settings.NETWERKKAART_IMPORT_SYNC = True
    job = start_import(
        world.workspace,
        slip_file,
        user=None,
        filename="r",
        default_round="2026",
        confirm_new_ids=True,
    )
    job.refresh_from_db()
    assert job.status == JobStatus.DONE and tie_count(world) == 2


def test_the_command_refuses_then_writes_with_new_ids(world, slip_file, capsys):
    with pytest.raises(CommandError, match="--new-ids"):
        call_command("import_round", "gemeentegem", str(slip_file))
    assert "GG-HA-1 (partner, 1 rows): GG-HA-01" in capsys.readouterr().err
    assert tie_count(world) == 0
    call_command("import_round", "gemeentegem", str(slip_file), "--new-ids")
    assert tie_count(world) == 2

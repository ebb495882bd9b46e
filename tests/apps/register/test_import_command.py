"""``manage.py import_actors``: the same import from the command line, non-zero on errors."""

from __future__ import annotations

import io

import pytest
from django.core.management import CommandError, call_command

from .conftest import active, snapshot
from .files import BROKEN, VALID


def test_the_command_imports_a_file_and_says_how_many(world, register, tmp_path) -> None:
    path = tmp_path / "actors.csv"
    path.write_text(VALID, encoding="utf-8")
    out = io.StringIO()
    call_command("import_actors", "gemeentegem", str(path), "--user", "alice", stdout=out)
    assert "2 actor(en) toegevoegd, 1 bijgewerkt." in out.getvalue()
    assert "GG-OC-01" in [a.external_id for a in active(world.workspace)]


def test_the_command_prints_every_problem_and_fails(world, register, tmp_path) -> None:
    path = tmp_path / "actors.csv"
    path.write_text(BROKEN, encoding="utf-8")
    before = snapshot(world.workspace)
    err = io.StringIO()
    with pytest.raises(CommandError) as raised:
        call_command("import_actors", "gemeentegem", str(path), "--lang", "en", stderr=err)
    assert raised.value.returncode == 1
    report = err.getvalue()
    assert "The data was rejected: 4 problems." in report
    for row in ("row 3", "row 4", "row 5", "row 6"):
        assert row in report
    assert snapshot(world.workspace) == before


def test_an_unknown_workspace_is_an_error(world, tmp_path) -> None:
    path = tmp_path / "actors.csv"
    path.write_text(VALID, encoding="utf-8")
    with pytest.raises(CommandError, match="Er is geen werkruimte met de korte naam"):
        call_command("import_actors", "bestaat-niet", str(path))
    with pytest.raises(CommandError, match="no workspace"):
        call_command("import_actors", "bestaat-niet", str(path), "--lang", "en")

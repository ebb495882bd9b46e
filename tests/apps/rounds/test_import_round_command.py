"""manage.py import_round: the same service as the web import, every problem printed."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from tests.apps.rounds.helpers import row_counts


def run(*args: str) -> tuple[str, str]:
    out, err = StringIO(), StringIO()
    call_command("import_round", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_it_imports_a_folder_and_prints_a_line_per_round(world, csv_folder):
    out, _err = run("gemeentegem", str(csv_folder))
    assert "2025: 3 ties, 1 wishes, 1 unknown, 2 respondents" in out
    assert "2026: 1 ties" in out
    assert row_counts(world.workspace)["ties"] == 4


def test_it_prints_every_problem_and_fails_on_errors(world, tmp_path):
    bad = tmp_path / "ties.csv"
    bad.write_text(
        "respondent,respondent_type,location,partner,partner_group,finality,frequency,"
        "evaluation,evolution\nR1,ziekenhuis,G,P,zorg,,,,\nR2,zorgorganisatie,G,P,sector,,,,\n",
        encoding="utf-8",
    )
    err = StringIO()
    with pytest.raises(CommandError):
        call_command("import_round", "gemeentegem", str(bad), stderr=err)
    assert "rij 2" in err.getvalue() and "rij 3" in err.getvalue()
    assert "ziekenhuis" in err.getvalue() and "sector" in err.getvalue()
    assert row_counts(world.workspace)["rounds"] == 0


def test_it_refuses_a_round_with_data_unless_replace(world, csv_folder):
    run("gemeentegem", str(csv_folder))
    with pytest.raises(CommandError, match="heeft al gegevens"):
        run("gemeentegem", str(csv_folder))
    out, _err = run("gemeentegem", str(csv_folder), "--replace")
    assert "(replaced)" in out
    assert row_counts(world.workspace)["ties"] == 4


def test_rows_without_a_round_go_to_the_round_option(world, tmp_path):
    ties = tmp_path / "antwoorden.csv"
    ties.write_text(
        "respondent,respondent_type,location,partner,partner_group,finality,frequency,"
        "evaluation,evolution\nR1,zorgorganisatie,G,P,zorg,,,,\n",
        encoding="utf-8",
    )
    out, _err = run("gemeentegem", str(ties), "--round", "2023")
    assert out.startswith("2023: 1 ties")


def test_an_unknown_workspace_fails(world, csv_folder):
    with pytest.raises(CommandError, match="Er is geen werkruimte met de korte naam"):
        run("bestaat-niet", str(csv_folder))
    with pytest.raises(CommandError, match="no workspace"):
        run("bestaat-niet", str(csv_folder), "--lang", "en")

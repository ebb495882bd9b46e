"""A good upload — CSV files, a zip or a workbook — is imported whole and summarised."""

from __future__ import annotations

import pytest
from django_scopes import scope
from tests.apps.rounds.helpers import row_counts

from netwerkkaart.apps.rounds.models import Round, Tie

EXPECTED = {"rounds": 2, "ties": 4, "wishes": 2, "unknown": 2}


def test_several_csv_files_at_once_are_imported(world, upload, csv_folder):
    files = sorted(csv_folder.glob("*.csv"))
    assert len(files) == 3
    response = upload(world.client_for("alice"), *files)
    page = response.content.decode()
    assert "De gegevens werden ingelezen." in page
    assert row_counts(world.workspace) == EXPECTED


@pytest.mark.parametrize("container", ["zip_file", "xlsx_file"])
def test_a_zip_or_a_workbook_is_imported(world, upload, container, request):
    upload(world.client_for("alice"), request.getfixturevalue(container))
    assert row_counts(world.workspace) == EXPECTED


def test_the_summary_counts_rounds_rows_and_respondents_and_links_each_round(
    world, upload, csv_folder
):
    page = upload(world.client_for("alice"), *sorted(csv_folder.glob("*.csv"))).content.decode()
    assert 'href="/w/gemeentegem/rounds/2025/"' in page
    assert 'href="/w/gemeentegem/rounds/2026/"' in page
    total = page.split("Totaal", 1)[1].split("</tr>", 1)[0]
    # 4 ties, 2 wishes, 2 unknown actors; 2 respondents in 2025 and 1 in 2026.
    assert [cell.split("<", 1)[0] for cell in total.split('"num">')[1:]] == ["4", "2", "2", "3"]


def test_rows_without_a_round_go_to_the_round_given_in_the_form(world, upload):
    ties = (
        b"respondent,respondent_type,location,partner,partner_group,finality,frequency,"
        b"evaluation,evolution\nR1,zorgorganisatie,Gemeentegem,CAW,welzijn,,,,\n"
    )
    upload(world.client_for("alice"), ("export-voorjaar.csv", ties), round_code="voorjaar 2024")
    with scope(workspace=world.workspace):
        assert list(Round.objects.values_list("code", flat=True)) == ["voorjaar 2024"]
        assert Tie.objects.get().partner == "CAW"


def test_a_round_with_data_is_refused_without_replace_and_nothing_changes(
    world, upload, imported, csv_folder
):
    before = row_counts(world.workspace)
    page = upload(world.client_for("alice"), *sorted(csv_folder.glob("*.csv"))).content.decode()
    assert "heeft al gegevens" in page
    assert row_counts(world.workspace) == before


def test_with_replace_the_rounds_are_replaced_not_merged(world, upload, imported, csv_folder):
    page = upload(
        world.client_for("alice"), *sorted(csv_folder.glob("*.csv")), replace="on"
    ).content.decode()
    assert "vervangen" in page
    assert row_counts(world.workspace) == EXPECTED


def test_the_import_form_offers_this_year_as_the_round(world):
    from datetime import date

    page = world.client_for("alice").get("/w/gemeentegem/rounds/import/").content.decode()
    assert f'value="{date.today().year}"' in page

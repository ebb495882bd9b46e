"""A file with errors: every problem shown at once, in the page's language, and nothing written."""

from __future__ import annotations

from django_scopes import scope
from tests.apps.rounds.helpers import row_counts

from netwerkkaart.apps.workspaces.models import AuditEntry

HEADER = "respondent,respondent_type,location,partner,partner_group,finality,frequency,evaluation,evolution"
BAD_TIES = "\n".join(
    [
        HEADER,
        "R1,zorgorganisatie,Gemeentegem,CAW,welzijn,afstemming,wekelijks,goed,meer",
        "R2,ziekenhuis,Gemeentegem,CAW,welzijn,,,,",
        "R3,zorgorganisatie,Gemeentegem,,welzijn,,,,",
        "R4,zorgorganisatie,Gemeentegem,CAW,welzijn,veel,,,",
    ]
).encode()


def problem_rows(page: str) -> list[str]:
    body = page.split("<tbody>", 1)[1].split("</tbody>", 1)[0]
    return [row for row in body.split("<tr>")[1:]]


def test_every_error_is_shown_at_once_with_its_row_in_dutch(world, upload):
    response = upload(world.client_for("alice"), ("ties.csv", BAD_TIES))
    page = response.content.decode()
    assert response.status_code == 200
    assert "Er werd niets ingelezen." in page
    assert "3 problemen" in page
    rows = problem_rows(page)
    assert len(rows) == 3
    assert "ziekenhuis" in rows[0] and ">3<" in rows[0] and "is geen geldige waarde" in rows[0]
    assert ">4<" in rows[1] and "Deze cel mag niet leeg zijn." in rows[1]
    assert "veel" in rows[2] and ">5<" in rows[2] and "finality" in rows[2]


def test_the_problems_are_in_english_when_the_session_language_is_english(world, upload):
    client = world.client_for("alice")
    client.post("/i18n/setlang/", {"language": "en"})
    page = upload(client, ("ties.csv", BAD_TIES)).content.decode()
    assert "is not a valid value" in page
    assert "This cell must not be empty." in page
    assert "is geen geldige waarde" not in page


def test_a_rejected_import_changes_nothing(world, upload, imported):
    before = row_counts(world.workspace)
    upload(world.client_for("alice"), ("ties.csv", BAD_TIES), replace="on")
    assert row_counts(world.workspace) == before


def test_a_rejected_import_leaves_no_round_behind(world, upload):
    upload(world.client_for("alice"), ("ties.csv", BAD_TIES))
    assert row_counts(world.workspace) == {"rounds": 0, "ties": 0, "wishes": 0, "unknown": 0}


def test_errors_in_several_files_are_all_listed(world, upload):
    wishes = b"respondent,location,partner,wish\nR1,Gemeentegem,CAW,graag\n"
    page = upload(
        world.client_for("alice"), ("ties.csv", BAD_TIES), ("wishes.csv", wishes)
    ).content.decode()
    assert "4 problemen" in page
    assert "wishes.csv" in page and "graag" in page


def test_warnings_are_shown_with_an_accepted_file(world, upload):
    semicolons = BAD_TIES.decode().splitlines()[:2]
    text = "\n".join(line.replace(",", ";") for line in semicolons).encode()
    page = upload(world.client_for("alice"), ("ties.csv", text)).content.decode()
    assert "De gegevens werden ingelezen." in page
    assert "Waarschuwingen" in page
    assert row_counts(world.workspace)["ties"] == 1


def test_a_failed_import_is_logged(world, upload):
    upload(world.client_for("alice"), ("ties.csv", BAD_TIES))
    with scope(workspace=world.workspace):
        actions = list(AuditEntry.objects.values_list("action", flat=True))
    assert "rounds.import_failed" in actions


def test_a_file_of_the_wrong_kind_is_refused_by_the_form(world, upload):
    response = upload(world.client_for("alice"), ("notes.txt", b"hello"))
    assert "Kies CSV-bestanden" in response.content.decode()
    assert row_counts(world.workspace)["rounds"] == 0

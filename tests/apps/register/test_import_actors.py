"""Importing actors.csv: new ids are created, known ids updated, in one go, and logged."""

from __future__ import annotations

from django.core.files.uploadedfile import SimpleUploadedFile
from django_scopes import scope

from netwerkkaart.apps.register.models import Actor
from netwerkkaart.apps.workspaces.models import AuditEntry

from .conftest import REGISTER
from .files import VALID, upload, workbook

IMPORT = f"{REGISTER}import/"


def test_an_import_creates_and_updates_and_says_how_many(world, register) -> None:
    response = world.client_for("alice").post(IMPORT, {"file": upload(VALID)}, follow=True)
    page = response.content.decode()
    assert "2 nieuwe en 1 bijgewerkte actoren" in page
    with scope(workspace=world.workspace):
        caw = Actor.objects.get(workspace=world.workspace, external_id="GG-CAW-01")
        ocmw = Actor.objects.get(workspace=world.workspace, external_id="GG-OC-01")
        entry = AuditEntry.objects.filter(workspace=world.workspace).first()
    assert caw.pk == register.caw.pk
    assert (caw.scope, caw.employees, caw.clients) == ("regio", 25, 1200)
    assert caw.attributes == {"website": "https://caw.example"}
    assert (ocmw.sector, ocmw.category, ocmw.clients) == (
        "lokaal_bestuur",
        "OCMW/Sociaal Huis",
        None,
    )
    assert entry.action == "register.imported"
    assert (entry.data["created"], entry.data["updated"]) == (2, 1)


def test_columns_missing_from_the_file_are_left_alone(world, register) -> None:
    text = "id,name\nGG-CAW-01,CAW Oost-Vlaanderen\n"
    world.client_for("alice").post(IMPORT, {"file": upload(text)})
    with scope(workspace=world.workspace):
        caw = Actor.objects.get(pk=register.caw.pk)
    assert (caw.name, caw.sector, caw.category) == ("CAW Oost-Vlaanderen", "welzijn", "CAW")


def test_a_workbook_with_an_actors_sheet_is_imported(world, register) -> None:
    data = workbook(
        [["id", "name", "sector", "employees"], ["GG-XL-01", "Kinépraktijk", "zorg", 3]]
    )
    file = SimpleUploadedFile("register.xlsx", data)
    response = world.client_for("alice").post(IMPORT, {"file": file}, follow=True)
    assert "1 nieuwe en 0 bijgewerkte actoren" in response.content.decode()
    with scope(workspace=world.workspace):
        actor = Actor.objects.get(workspace=world.workspace, external_id="GG-XL-01")
    assert (actor.name, actor.employees) == ("Kinépraktijk", 3)


def test_a_semicolon_file_is_imported_with_a_warning(world, register) -> None:
    text = "id;name;sector\nGG-SEMI;Semi Kolom;zorg\n"
    response = world.client_for("alice").post(IMPORT, {"file": upload(text)}, follow=True)
    page = response.content.decode()
    assert "1 nieuwe en 0 bijgewerkte actoren" in page
    assert "in plaats van een komma" in page


def test_a_file_that_is_not_csv_or_xlsx_is_refused_by_the_form(world, register) -> None:
    file = SimpleUploadedFile("register.pdf", b"%PDF-1.4")
    response = world.client_for("alice").post(IMPORT, {"file": file})
    assert "Kies een .csv- of .xlsx-bestand." in response.content.decode()

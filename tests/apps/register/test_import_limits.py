"""The register import refuses what its database fields cannot keep, and uploads over the limit."""

from __future__ import annotations

from django.core.files.uploadedfile import SimpleUploadedFile
from django_scopes import scopes_disabled

from netwerkkaart.apps.register.models import Actor

from .conftest import REGISTER
from .files import upload

IMPORT = f"{REGISTER}import/"


def actor_count(world) -> int:
    with scopes_disabled():
        return Actor.objects.filter(workspace=world.workspace).count()


def test_a_nul_or_an_over_long_name_is_shown_as_a_problem_not_a_server_error(world) -> None:
    before = actor_count(world)
    rows = "".join(f"A{n},Organisatie {n}\n" for n in range(300))  # past the first 4 KiB
    text = f"id,name\n{rows}B1,{'n' * 256}\nB2,Naam\x00met nul\n"
    response = world.client_for("alice").post(IMPORT, {"file": upload(text)})
    assert response.status_code == 200
    page = response.content.decode()
    assert "in deze kolom passen er hoogstens 255" in page
    assert "NUL-teken" in page
    assert actor_count(world) == before


def test_an_upload_over_the_limit_is_refused_with_a_message(world, settings) -> None:
    settings.NETWERKKAART_MAX_UPLOAD_MB = 1
    before = actor_count(world)
    big = SimpleUploadedFile("actors.csv", b"id,name\n" + b"A,B\n" * (2**20 // 2))
    response = world.client_for("alice").post(IMPORT, {"file": big})
    page = response.content.decode()
    assert "Het bestand is te groot: een upload mag hoogstens 1 MB zijn" in page
    assert actor_count(world) == before

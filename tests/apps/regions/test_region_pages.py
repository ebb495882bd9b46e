"""The region pages: upload, the job, the maps and tables, downloads, and who may see what."""

from __future__ import annotations

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django_scopes import scopes_disabled
from openpyxl import load_workbook
from tests.apps.regions.conftest import BASE

from netwerkkaart.apps.regions.models import JobStatus, RegionJob
from netwerkkaart.apps.workspaces.models import AuditEntry


def test_the_coordinators_upload_is_computed_and_shown_to_a_viewer(world, finished):
    with scopes_disabled():
        job = RegionJob.objects.get()
        actions = list(AuditEntry.objects.values_list("action", flat=True))
    assert job.status == JobStatus.DONE and job.result["partition"]["status"] == "optimal"
    assert "regions.analysis_started" in actions and "regions.analysis_done" in actions
    page = world.client_for("vera").get(BASE, follow=True).content.decode()
    assert "Nood aan samenwerking met andere gemeenten" in page
    assert 'data-code="GG"' in page and "Gemeentegem" in page
    assert "Indeling in volledige regio&#x27;s" in page or "Indeling in volledige regio's" in page
    assert "Bestaande zones getoetst" in page and "nee, 2 delen" in page  # the demo's exclave
    assert 'id="best-regions"' in page


def test_another_demand_type_is_chosen_by_its_code(world, finished):
    page = world.client_for("bob").get(f"{finished}?zorgvraag=kinesitherapie").content.decode()
    assert 'aria-current="page">Kinesitherapie<' in page  # its name, chosen by its code
    assert "standaard (één aanbieder)" in page


def test_every_quadrant_has_its_pattern_and_numeral_not_colour_alone(world, finished):
    page = world.client_for("alice").get(f"{finished}?zorgvraag=thuiszorg_ouderen").content.decode()
    assert "url(#qdots)" in page and "url(#qcross)" in page
    assert ">II</text>" in page and ">IV</text>" in page


def test_bad_files_are_refused_whole_with_every_problem(world):
    client = world.client_for("alice")
    files = [SimpleUploadedFile("municipalities.csv", b"code,name\na,A\nb,B\n"),
             SimpleUploadedFile("neighbours.csv", b"a,b\na,x\n"),
             SimpleUploadedFile("offer.csv", b"municipality,product\na,gp\n"),
             SimpleUploadedFile("demand_types.csv", b"demand_type,complexity,products\nd,zwaar,gp\n")]  # fmt: skip
    response = client.post(f"{BASE}opladen/", {"files": files, "time_limit": 10}, follow=True)
    page = response.content.decode()
    assert "werden geweigerd" in page
    assert "&#x27;x&#x27; is geen gemeente uit municipalities.csv" in page
    assert "zwaar" in page
    with scopes_disabled():
        job = RegionJob.objects.get()
    assert job.status == JobStatus.FAILED and job.result is None and job.data is None


def test_a_file_that_is_no_region_file_is_refused_by_the_form(world):
    client = world.client_for("alice")
    upload = SimpleUploadedFile("ties.csv", b"x\n")
    response = client.post(f"{BASE}opladen/", {"files": [upload], "time_limit": 10})
    assert response.status_code == 200 and "geen regiobestand" in response.content.decode()
    with scopes_disabled():
        assert not RegionJob.objects.exists()


@pytest.mark.slow
def test_the_pdf_and_the_workbook(world, finished):
    client = world.client_for("vera")
    workbook = client.get(f"{finished}regios.xlsx")
    assert workbook.status_code == 200
    sheets = load_workbook(io.BytesIO(workbook.content)).sheetnames
    assert sheets[1:] == ["quadrants", "best_regions", "partition", "partition_summary", "zones"]
    pdf = client.get(f"{finished}regios.pdf")
    assert pdf.status_code in (200, 503)
    if pdf.status_code == 200:
        assert pdf.content.startswith(b"%PDF")


@pytest.mark.parametrize(("who", "page", "expected"), [
    ("vera", "opladen/", 403), ("bob", "opladen/", 403), ("charlie", "", 404),
    (None, "", 302), ("alice", "opladen/", 200), ("vera", "", 200),
])  # fmt: skip
def test_who_may_open_which_page(world, who, page, expected):
    assert world.client_for(who).get(f"{BASE}{page}").status_code == expected


def test_an_outsider_never_sees_the_analysis(world, finished):
    client = world.client_for("charlie")
    assert client.get(finished).status_code in (403, 404)
    assert client.get(f"{finished}regios.xlsx").status_code in (403, 404)


def test_the_coordinator_deletes_an_analysis(world, finished):
    client = world.client_for("alice")
    assert client.post(f"{finished}verwijderen/").status_code == 302
    with scopes_disabled():
        assert not RegionJob.objects.exists()
        assert AuditEntry.objects.filter(action="regions.analysis_deleted").exists()


def test_the_job_status_for_polling(world, finished):
    status = world.client_for("alice").get(f"{finished}status.json").json()
    assert status["finished"] is True and status["status"] == "done"

"""Walk every workspace URL of the site as every role, an outsider and an anonymous visitor.

The walk is built from the URL configuration itself: a new page is walked the moment it is
routed, and a page whose URL parameters the walk cannot fill fails the test until it is taught.
Asserted for every page: an outsider gets 404 (never data), an anonymous visitor is sent to log
in, no page of one workspace shows anything of another, a viewer never sees an actor's name, and
nobody below coordinator changes anything with a POST.
"""

from __future__ import annotations

import datetime
import io
import re
from pathlib import Path

import openpyxl
import pytest
from django.contrib.auth import get_user_model
from django.urls import URLPattern, URLResolver, get_resolver
from django_scopes import scope, scopes_disabled
from tests.apps.conftest import PASSWORD, demo_dataset
from tests.apps.reports.pdf_helpers import pdf_text

from netwerkkaart.apps.instruments.services import start_session
from netwerkkaart.apps.regions.demo import load_demo_regions
from netwerkkaart.apps.register.models import Actor
from netwerkkaart.apps.register.services import import_actors
from netwerkkaart.apps.rounds.jobs import start_import
from netwerkkaart.apps.rounds.services import import_dataset
from netwerkkaart.apps.surveys.services import invite, open_survey
from netwerkkaart.apps.workspaces.models import AuditEntry
from netwerkkaart.core.dataformat import write_dataset
from netwerkkaart.core.dataset import Dataset
from netwerkkaart.core.model import Tie

FOREIGN_NAME = "Geheime Praktijk Elders"
FOREIGN_PARTNER = "Verborgen Partner Elders"
ROLES = {"alice": "coordinator", "bob": "analyst", "vera": "viewer"}


def workspace_patterns() -> list[str]:
    """Every routed pattern that lives under ``/w/<workspace>/``, as a route string."""
    found: list[str] = []

    def walk(patterns, prefix: str) -> None:
        for entry in patterns:
            if isinstance(entry, URLResolver):
                walk(entry.url_patterns, prefix + str(entry.pattern))
            elif isinstance(entry, URLPattern):
                route = prefix + str(entry.pattern)
                if "<slug:workspace>" in route:
                    found.append(route)

    walk(get_resolver().url_patterns, "")
    return found


def fill(route: str, values: dict[str, object]) -> str:
    def value(match: re.Match) -> str:
        name = match.group(2)
        if name not in values:
            pytest.fail(f"the URL walk has no value for <{name}> in {route}: add one")
        return str(values[name])

    return "/" + re.sub(r"<(?:(\w+):)?(\w+)>", value, route)


@pytest.fixture
def walked(world, settings, tmp_path: Path) -> dict[str, object]:
    """Gemeentegem with the demo (both rounds, register, an import job) and a foreign workspace."""
    settings.NETWERKKAART_IMPORT_SYNC = True
    demo = demo_dataset()
    import_actors(world.workspace, None, demo.actors.iter_rows(named=True), source="demo")
    import_dataset(world.workspace, demo, user=None)
    small = Dataset.from_records(ties=[
        Tie(FOREIGN_NAME, "zorgorganisatie", "Elders", FOREIGN_PARTNER, "zorg", "afstemming",
            round="2026"),
    ])  # fmt: skip
    folder = write_dataset(small, tmp_path / "elders", "csv")
    job = start_import(world.workspace, folder, user=None, filename="ties.csv", default_round="x")
    import_dataset(world.other_workspace, small, user=None)
    import_actors(world.other_workspace, None, [{"id": "E-1", "name": FOREIGN_NAME}], source="t")
    with scopes_disabled():
        actor = Actor.objects.filter(workspace=world.workspace).order_by("pk").first()
        foreign_actor = Actor.objects.get(workspace=world.other_workspace)
    values = {"workspace": "gemeentegem", "code": "2026", "pk": actor.pk, "job_id": job.pk,
              "index": 0}  # fmt: skip
    survey = open_survey(world.workspace, code="2027", user=None)
    invitation = invite(survey, [actor], user=None)[0]
    # Survey pages take the survey round and one of its invitations.
    survey_values = {**values, "code": "2027", "pk": invitation.pk}
    session = start_session(world.workspace, "vijf_condities", network="netwerk Leefhoek",
                            held_on=datetime.date(2026, 11, 23), user=None)  # fmt: skip
    instrument_values = {**values, "pk": session.pk}
    region_values = {**values, "job_id": load_demo_regions(world.workspace, None).pk}
    urls = [
        fill(route, survey_values if "/surveys/" in route
             else instrument_values if "/instrumenten/" in route
             else region_values if "/regios/" in route else values)
        for route in workspace_patterns()
    ]  # fmt: skip
    names = [n for n in demo.actors.get_column("name").to_list() if len(n) >= 12]
    return {"urls": urls, "names": names, "foreign_pk": foreign_actor.pk, "demo": demo}


def body_text(response) -> str:
    """What a reader of the response gets to see: a page, a PDF's text, a workbook's cells."""
    kind = response.get("Content-Type", "")
    if kind.startswith("application/pdf"):
        return pdf_text(response.content)[1]
    if "spreadsheetml" in kind:
        book = openpyxl.load_workbook(io.BytesIO(response.content), read_only=True)
        return "\n".join(
            str(value) for sheet in book for row in sheet.iter_rows(values_only=True)
            for value in row if value is not None
        )  # fmt: skip
    return response.content.decode()


def test_the_walk_covers_every_area(walked):
    areas = {url.split("/")[3] for url in walked["urls"] if url.count("/") > 3}
    assert {
        "register",
        "rounds",
        "dashboard",
        "map",
        "surveys",
        "reports",
        "instrumenten",
        "aanbevelingen",
        "regios",
    } <= areas
    assert {"members", "audit", "remind"} <= areas


def test_outsider_gets_404_everywhere(world, walked):
    client = world.client_for("charlie")
    for url in walked["urls"]:
        assert client.get(url).status_code == 404, url
        assert client.post(url, {}).status_code == 404, url


def test_anonymous_is_sent_to_login_everywhere(world, walked):
    client = world.client_for(None)
    for url in walked["urls"]:
        response = client.get(url)
        assert response.status_code == 302, url
        assert "/accounts/login/" in response["Location"], url


@pytest.mark.parametrize("username", sorted(ROLES))
def test_members_see_only_their_workspace(world, walked, username):
    client = world.client_for(username)
    for url in walked["urls"]:
        response = client.get(url)
        assert response.status_code in (200, 302, 403, 405), (url, response.status_code)
        if response.status_code != 200:
            continue
        body = body_text(response)
        assert FOREIGN_NAME not in body and FOREIGN_PARTNER not in body, url
        if ROLES[username] == "viewer":
            leaked = [name for name in walked["names"] if name in body]
            assert leaked == [], (url, leaked[:3])


@pytest.mark.parametrize("username", ["bob", "vera"])
def test_nobody_below_coordinator_changes_anything_by_post(world, walked, username):
    client = world.client_for(username)
    with scope(workspace=world.workspace):
        before = AuditEntry.objects.filter(workspace=world.workspace).count()
    for url in walked["urls"]:
        status = client.post(url, {"status": "closed", "name": "X"}).status_code
        assert status in (403, 405), (url, status)
    with scope(workspace=world.workspace):
        assert AuditEntry.objects.filter(workspace=world.workspace).count() == before


def test_objects_of_another_workspace_are_not_found(world, walked):
    client = world.client_for("alice")
    for suffix in ("", "edit/"):
        url = f"/w/gemeentegem/register/{walked['foreign_pk']}/{suffix}"
        assert client.get(url).status_code == 404


def site_patterns() -> list[str]:
    """Every routed pattern of the site administration (``/site/…``)."""
    return [
        "site/" + str(entry.pattern)
        for resolver in get_resolver().url_patterns
        if isinstance(resolver, URLResolver) and str(resolver.pattern) == "site/"
        for entry in resolver.url_patterns
    ]


def test_the_site_administration_is_for_site_administrators_only(world, walked):
    admin = get_user_model().objects.create_user("beheer", password=PASSWORD)
    admin.is_superuser = True
    admin.save()
    urls = [fill(route, {"slug": "gemeentegem", "pk": 1}) for route in site_patterns()]
    assert len(urls) >= 5
    for url in urls:
        assert world.client_for("beheer").get(url).status_code in (200, 405), url
        response = world.client_for(None).get(url)
        assert response.status_code == 302 and "/accounts/login/" in response["Location"], url
        for username in ROLES | {"charlie": "outsider"}:
            client = world.client_for(username)
            assert client.get(url).status_code == 403, (url, username)
            assert client.post(url, {"name": "X"}).status_code == 403, (url, username)
    # The administrator is no member of Gemeentegem: its pages stay closed.
    assert world.client_for("beheer").get(walked["urls"][0]).status_code == 404

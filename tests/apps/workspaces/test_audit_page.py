"""The audit log page: coordinators only, each action in words, filters, pages, CSV and XLSX."""

from __future__ import annotations

import io
from datetime import timedelta

import openpyxl
import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.utils import timezone
from django_scopes import scope, scopes_disabled

from netwerkkaart.apps.workspaces import audit
from netwerkkaart.apps.workspaces.models import AuditEntry
from netwerkkaart.apps.workspaces.services import log_action

AUDIT = "/w/gemeentegem/audit/"


@pytest.fixture
def logged(world):
    with scopes_disabled():
        alice = get_user_model().objects.get(username="alice")
    alice.first_name, alice.last_name = "Alice", "Janssens"
    alice.save()
    log_action(world.workspace, "rounds.imported", alice, rounds=[{"code": "2026"}])
    log_action(world.workspace, "surveys.identity_linked", alice, round="2027")
    log_action(world.workspace, "surveys.invited", alice, round="2027", count=1)
    log_action(world.workspace, "surveys.invited", None, round="2027", count=12)
    log_action(world.workspace, "=HYPERLINK(1)", alice, round="x")
    old = log_action(world.workspace, "rounds.closed", alice, round="2025")
    with scopes_disabled():
        AuditEntry.objects.filter(pk=old.pk).update(created=timezone.now() - timedelta(days=40))
    log_action(world.other_workspace, "rounds.deleted", None, round="GEHEIM")
    return world


def test_every_action_reads_as_a_sentence(logged):
    with scope(workspace=logged.workspace):
        texts = [
            audit.described(e).text for e in AuditEntry.objects.filter(workspace=logged.workspace)
        ]
    assert "Antwoorden ingelezen voor ronde 2026" in texts
    assert "Antwoorden van één uitgenodigde van bevraging 2027 bekeken" in texts
    assert "1 actor uitgenodigd voor bevraging 2027" in texts
    assert "12 actoren uitgenodigd voor bevraging 2027" in texts
    assert "Ronde 2025 afgesloten" in texts
    assert "Alice Janssens kreeg de rol lezer" not in texts
    assert "Een wijziging in de werkruimte" in texts  # an action this module does not know


def test_every_action_the_apps_log_has_words():
    # The actions logged in the code base today (grep "log_action(") all have their sentence.
    for action in (
        "register.actor_created",
        "register.imported",
        "rounds.import_started",
        "rounds.deleted",
        "surveys.opened",
        "surveys.closed",
        "surveys.respondent_deleted",
        "rounds.survey_opened",  # older entries
        "accounts.login_lock_lifted",
        "surveys.questionnaire_set",
        "surveys.mailed",
        "surveys.reminded",
        "surveys.revoked",
        "surveys.restored",
        "surveys.contact_set",
        "surveys.links_issued",
        "surveys.dates_set",
        "instruments.session_started",
        "instruments.session_closed",
        "workspaces.member_removed",
        "accounts.invitation_sent",
    ):
        assert action in audit.ACTIONS, action


@pytest.mark.parametrize(
    ("username", "status"), [("alice", 200), ("bob", 403), ("vera", 403), ("charlie", 404)]
)
def test_only_coordinators_read_the_log(logged, username, status):
    client = logged.client_for(username)
    assert client.get(AUDIT).status_code == status
    assert client.get("/w/gemeentegem/audit.csv").status_code == status


def test_anonymous_visitors_log_in_first(logged):
    assert "/accounts/login/" in Client().get(AUDIT)["Location"]


def test_the_page_shows_who_what_when_and_nothing_of_another_workspace(logged):
    html = logged.client_for("alice").get(AUDIT).content.decode()
    assert "Alice Janssens" in html and "het systeem" in html
    assert "Antwoorden van één uitgenodigde van bevraging 2027 bekeken" in html
    assert "GEHEIM" not in html


def test_filters_by_kind_person_and_period(logged):
    client = logged.client_for("alice")
    html = client.get(AUDIT, {"kind": "answers"}).content.decode()
    assert "bekeken" in html and "ingelezen" not in html
    with scopes_disabled():
        alice = get_user_model().objects.get(username="alice")
    html = client.get(AUDIT, {"person": alice.pk}).content.decode()
    assert "1 actor uitgenodigd" in html and "12 actoren" not in html
    since = (timezone.localdate() - timedelta(days=7)).isoformat()
    html = client.get(AUDIT, {"start": since}).content.decode()
    assert "Ronde 2025 afgesloten" not in html and "ingelezen" in html
    html = client.get(AUDIT, {"end": (timezone.localdate() - timedelta(days=30)).isoformat()})
    assert "Ronde 2025 afgesloten" in html.content.decode()


def test_a_period_that_ends_before_it_starts_is_refused_in_words(logged):
    html = logged.client_for("alice").get(AUDIT, {"start": "2026-12-02", "end": "2026-01-01"})
    assert "ligt voor het begin" in html.content.decode()


def test_the_log_is_paginated(logged):
    for index in range(60):
        log_action(logged.workspace, "register.actor_created", None, actor=f"A-{index}")
    client = logged.client_for("alice")
    first = client.get(AUDIT).content.decode()
    assert "69 regels · pagina 1 van 2" in first
    second = client.get(AUDIT, {"page": 2}).content.decode()
    assert "pagina 2 van 2" in second and "Ronde 2025 afgesloten" in second


def test_the_csv_is_semicolon_separated_filtered_and_formula_safe(logged):
    response = logged.client_for("alice").get("/w/gemeentegem/audit.csv", {"kind": "surveys"})
    text = response.content.decode("utf-8")
    assert text.startswith("\ufefftijdstip;persoon;soort;handeling;code")
    lines = text.strip().splitlines()
    assert len(lines) == 3  # the two invitations
    assert "12 actoren uitgenodigd voor bevraging 2027" in text
    everything = logged.client_for("alice").get("/w/gemeentegem/audit.csv").content.decode()
    assert ";'=HYPERLINK(1)" in everything


def test_the_xlsx_holds_the_same_rows(logged):
    response = logged.client_for("alice").get("/w/gemeentegem/audit.xlsx")
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == ("tijdstip", "persoon", "soort", "handeling", "code")
    assert len(rows) == 1 + 9  # the three entries of the personas' workspace, six here
    assert any(row[3] == "Ronde 2025 afgesloten" for row in rows)


def test_dates_in_the_details_read_as_dates(world):
    entry = log_action(
        world.workspace,
        "instruments.session_started",
        None,
        network="netwerk Leefhoek",
        held_on="2026-11-23",
    )
    assert (
        audit.described(entry).text
        == "Groepssessie gestart voor netwerk Leefhoek (23 november 2026)"
    )

"""The workspace home page: the steps tick as the data arrives, the latest round's key figures,
a running survey with its reminder button, open group sessions and the latest activity."""

from __future__ import annotations

import datetime
import re

import pytest
from django.core import mail
from django_scopes import scope
from tests.apps.surveys.conftest import REGISTER

from netwerkkaart.apps.instruments.services import start_session
from netwerkkaart.apps.register.services import import_actors
from netwerkkaart.apps.surveys import services as surveys
from netwerkkaart.apps.surveys.mailing import send_invitations
from netwerkkaart.apps.workspaces.models import AuditEntry

HOME = "/w/gemeentegem/"


def done_steps(html: str) -> dict[str, bool]:
    return {k: v == "true" for k, v in re.findall(r'data-step="(\w+)" data-done="(\w+)"', html)}


def test_a_new_workspace_shows_the_five_steps_in_order_none_done(world):
    html = world.client_for("alice").get(HOME).content.decode()
    assert list(done_steps(html)) == ["register", "answers", "dashboard", "session", "report"]
    assert not any(done_steps(html).values())
    assert "Zo gaat u van start" in html
    assert "/w/gemeentegem/register/import/" in html  # where step one is done


def test_step_one_offers_the_registers_excel_template(world):
    """Issue 15 item 2: the register step comes with the downloadable XLSX template (the home
    page only linked the import of an actors.csv)."""
    client = world.client_for("alice")
    html = client.get(HOME).content.decode()
    step = re.search(r'data-step="register".*?</li>', html, re.DOTALL).group(0)
    assert 'href="/w/gemeentegem/register/sjabloon.xlsx"' in step
    assert "Sjabloon downloaden (Excel)" in step
    download = client.get("/w/gemeentegem/register/sjabloon.xlsx")
    assert download["Content-Type"].startswith("application/vnd.openxmlformats")


def test_the_links_follow_the_role(world):
    html = world.client_for("vera").get(HOME).content.decode()
    assert "/w/gemeentegem/register/import/" not in html
    assert "/w/gemeentegem/register/sjabloon.xlsx" not in html
    assert "/w/gemeentegem/register/" in html


def test_the_steps_tick_as_the_work_is_done(world, demo):
    client = world.client_for("alice")
    assert done_steps(client.get(HOME).content.decode()) == {
        "register": True,
        "answers": True,
        "dashboard": False,
        "session": False,
        "report": False,
    }
    assert client.get("/w/gemeentegem/dashboard/2026/").status_code == 200
    start_session(
        world.workspace,
        "vijf_condities",
        network="netwerk Leefhoek",
        held_on=datetime.date(2026, 11, 23),
        user=None,
    )
    ticked = done_steps(client.get(HOME).content.decode())
    assert ticked["dashboard"] and ticked["session"] and not ticked["report"]


def test_a_running_workspace_shows_key_figures_sessions_and_activity(world, demo):
    start_session(
        world.workspace,
        "vijf_condities",
        network="netwerk Leefhoek",
        held_on=datetime.date(2026, 11, 23),
        user=None,
    )
    html = world.client_for("alice").get(HOME).content.decode()
    assert "Kerncijfers van ronde 2026" in html
    assert 'data-measure="ties"' in html and 'data-measure="density"' in html
    assert "Open groepssessies" in html and "netwerk Leefhoek" in html
    assert "Laatst gebeurd" in html and "Groepssessie gestart voor netwerk Leefhoek" in html
    assert "instruments.session_started" not in html  # in words, never the action id


def test_viewers_get_no_activity_list(world, demo):
    html = world.client_for("vera").get(HOME).content.decode()
    assert "Kerncijfers van ronde 2026" in html
    assert "Laatst gebeurd" not in html


@pytest.fixture
def running_survey(world):
    import_actors(world.workspace, None, REGISTER, source="test")
    survey = surveys.open_survey(world.workspace, code="2027", label="Bevraging 2027", user=None)
    from netwerkkaart.apps.register.models import Actor

    with scope(workspace=world.workspace):
        actors = list(Actor.objects.filter(workspace=world.workspace))
    invitations = surveys.invite(survey, actors, user=None)
    send_invitations(survey, invitations, base_url="http://testserver/", user=None)
    mail.outbox.clear()
    return survey


def test_a_running_survey_shows_its_response_and_a_coordinator_reminds(world, running_survey):
    client = world.client_for("alice")
    html = client.get(HOME).content.decode()
    assert "Lopende bevragingen" in html
    assert "7 uitgenodigden: 0 begonnen, 0 afgerond." in html
    assert "Herinnering sturen" in html
    response = client.post("/w/gemeentegem/remind/2027/", follow=True)
    # Four register actors have an e-mail address.
    assert "4 herinneringen verstuurd." in response.content.decode()
    assert len(mail.outbox) == 4 and all("Herinnering" in m.subject for m in mail.outbox)
    with scope(workspace=world.workspace):
        assert AuditEntry.objects.filter(action="surveys.reminded").count() == 1


@pytest.mark.parametrize("username", ["bob", "vera"])
def test_below_coordinator_there_is_no_reminder(world, running_survey, username):
    client = world.client_for(username)
    assert "Herinnering sturen" not in client.get(HOME).content.decode()
    assert client.post("/w/gemeentegem/remind/2027/").status_code == 403
    assert mail.outbox == []


def test_a_reminder_for_an_unknown_survey_is_404(world):
    assert world.client_for("alice").post("/w/gemeentegem/remind/1999/").status_code == 404


def test_downloading_the_report_ticks_the_last_step_and_a_failed_page_does_not(world, demo):
    client = world.client_for("vera")
    assert client.get("/w/gemeentegem/reports/1999/cijfers.xlsx").status_code == 404
    assert not done_steps(client.get(HOME).content.decode())["report"]
    assert client.get("/w/gemeentegem/reports/2026/cijfers.xlsx").status_code == 200
    assert done_steps(client.get(HOME).content.decode())["report"]


def test_two_answers_are_shown_to_the_coordinator_but_not_counted_for_a_viewer(
    world, running_survey
):
    from django.utils import timezone

    from netwerkkaart.apps.surveys.models import Invitation, Response

    with scope(workspace=world.workspace):
        for invitation in Invitation.objects.filter(round=running_survey.round)[:2]:
            Response.objects.create(
                workspace=world.workspace,
                round=running_survey.round,
                pseudonym=invitation.pseudonym,
                finished_at=timezone.now(),
            )
    coordinator = world.client_for("alice").get(HOME).content.decode()
    assert "7 uitgenodigden: 2 begonnen, 2 afgerond." in coordinator
    viewer = world.client_for("vera").get(HOME).content.decode()
    assert "2 begonnen" not in viewer and "2 afgerond" not in viewer
    assert "7 uitgenodigden; hoeveel er begonnen of afrondden" in viewer


@pytest.mark.parametrize("username", ["alice", "vera"])
def test_the_latest_rounds_first_recommendations_are_on_the_home_page(world, demo, username):
    from netwerkkaart.apps.advice.recommendations import top_recommendations

    html = world.client_for(username).get(HOME).content.decode()
    expected = top_recommendations(world.workspace, "2026", sees_names=username == "alice")
    assert len(expected) == 3
    assert re.findall(r'data-advice="(\w+)"', html) == [r["kind"] for r in expected]
    assert "/w/gemeentegem/aanbevelingen/2026/" in html

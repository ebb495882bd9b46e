"""``manage.py load_demo``: the demo ecosystem as workspace ``demo``, with a member of every role."""

from __future__ import annotations

from io import StringIO

import pytest
from django.contrib.auth import authenticate
from django.core.management import call_command
from django.http import HttpRequest
from django_scopes import scope, scopes_disabled

from netwerkkaart.apps.register.models import Actor
from netwerkkaart.apps.rounds.models import Round, RoundStatus, Tie, UnknownActor, Wish
from netwerkkaart.apps.workspaces.models import Membership, Role, Workspace
from netwerkkaart.core.demo import generate_demo

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def demo():
    return generate_demo(seed=2026)


def load(*args: str) -> str:
    out = StringIO()
    call_command("load_demo", *args, stdout=out)
    return out.getvalue()


def state() -> dict[str, object]:
    """Everything the command writes, to compare two runs."""
    workspace = Workspace.objects.get(slug="demo")
    with scope(workspace=workspace):
        rounds = {
            r.code: (
                r.status,
                Tie.objects.filter(round=r).count(),
                Wish.objects.filter(round=r).count(),
                UnknownActor.objects.filter(round=r).count(),
            )
            for r in Round.objects.filter(workspace=workspace)
        }
        actors = sorted(
            Actor.objects.filter(workspace=workspace).values_list(
                "external_id", "name", "sector", "location", "employees"
            )
        )
        members = sorted(
            Membership.objects.filter(workspace=workspace).values_list("user__username", "role")
        )
    return {"workspace": workspace.name, "rounds": rounds, "actors": actors, "members": members}


def test_the_demo_workspace_holds_both_rounds_as_generated(db, demo):
    output = load()
    workspace = Workspace.objects.get(slug="demo")
    assert workspace.name == "Eerstelijnszone Gemeentegem–Stederen (demo)"
    with scope(workspace=workspace):
        assert Actor.objects.filter(workspace=workspace).count() == demo.actors.height
        for code in ("2025", "2026"):
            round_ = Round.objects.get(workspace=workspace, code=code)
            generated = {
                name: getattr(demo, name).filter(round=code).height
                for name in ("ties", "wishes", "unknown")
            }
            assert Tie.objects.filter(round=round_).count() == generated["ties"] > 1000
            assert Wish.objects.filter(round=round_).count() == generated["wishes"]
            assert UnknownActor.objects.filter(round=round_).count() == generated["unknown"]
        assert Round.objects.get(workspace=workspace, code="2025").status == RoundStatus.CLOSED
        assert Round.objects.get(workspace=workspace, code="2026").status == RoundStatus.OPEN
    assert "ronde 2026" in output


def test_the_demo_users_log_in_with_their_role(db):
    output = load("--viewer-password", "een-ander-wachtwoord")
    workspace = Workspace.objects.get(slug="demo")
    expected = {
        "coordinator": ("demo-coordinator", Role.COORDINATOR),
        "analyst": ("demo-analyst", Role.ANALYST),
        "viewer": ("een-ander-wachtwoord", Role.VIEWER),
    }
    for username, (password, role) in expected.items():
        user = authenticate(HttpRequest(), username=username, password=password)
        assert user is not None, username
        with scopes_disabled():
            assert Membership.objects.get(workspace=workspace, user=user).role == role
        # The logins are printed, marked as fit for a demo only.
        assert f"gebruikersnaam {username}" in output
        assert password in output
    assert "enkel voor een demo" in output


def test_a_second_run_gives_the_same_state(db):
    load()
    first = state()
    load()
    assert state() == first
    assert Workspace.objects.filter(slug="demo").count() == 1


def test_a_run_replaces_rounds_added_by_hand(db, demo):
    load()
    workspace = Workspace.objects.get(slug="demo")
    with scope(workspace=workspace):
        Round.objects.create(workspace=workspace, code="2024")
        Tie.objects.filter(round__code="2026").delete()
    load()
    with scope(workspace=workspace):
        codes = sorted(Round.objects.filter(workspace=workspace).values_list("code", flat=True))
        ties = Tie.objects.filter(workspace=workspace, round__code="2026").count()
    assert codes == ["2025", "2026", "2027"]  # 2027: the survey running on the site, made anew
    assert ties == demo.ties.filter(round="2026").height


def test_links_use_the_address_the_site_runs_on(db, settings):
    """Issue 15: the printed links always said 127.0.0.1:8000, whatever the site's address."""
    settings.SITE_URL = "https://netwerkkaart.gemeentegem.be"
    out = load()
    assert "https://netwerkkaart.gemeentegem.be/s/" in out
    assert "https://netwerkkaart.gemeentegem.be/i/" in out
    out = load("--site-url", "127.0.0.1:8123")
    assert "http://127.0.0.1:8123/s/" in out and "http://127.0.0.1:8123/i/" in out
    assert ":8000" not in out

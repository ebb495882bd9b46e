"""``manage.py create_workspace``: a workspace from the command line, for an IT department."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django_scopes import scopes_disabled

from netwerkkaart.apps.workspaces.models import Membership, Workspace


def run(*args: str) -> str:
    out = StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


def test_create_workspace_with_its_details(world):
    output = run(
        "create_workspace",
        "stederen",
        "Stederen",
        "--location",
        "Stederen",
        "--location",
        "Noord",
        "--min-group",
        "7",
        "--language",
        "en",
        "--coordinator",
        "bob",
    )
    assert "Werkruimte 'Stederen' aangemaakt: /w/stederen/ (minimale groep 7)." in output
    workspace = Workspace.objects.get(slug="stederen")
    assert (workspace.locations, workspace.min_group, workspace.language) == (
        ["Stederen", "Noord"],
        7,
        "en",
    )
    with scopes_disabled():
        assert Membership.objects.get(workspace=workspace).user.username == "bob"


def test_create_workspace_refuses_below_the_floor(db, settings):
    with pytest.raises(CommandError, match="minstens 5"):
        run("create_workspace", "laag", "Laag", "--min-group", "3")
    settings.NETWERKKAART_MIN_GROUP = 6
    with pytest.raises(CommandError, match="at least 6"):
        run("create_workspace", "laag", "Laag", "--min-group", "5", "--lang", "en")
    assert not Workspace.objects.exists()
    assert "minimale groep 6" in run("create_workspace", "laag", "Laag")


def test_create_workspace_refuses_a_taken_slug_and_an_unknown_user(world):
    with pytest.raises(CommandError, match="al een werkruimte"):
        run("create_workspace", "gemeentegem", "Nog eens")
    with pytest.raises(CommandError, match="geen account"):
        run("create_workspace", "nieuw", "Nieuw", "--coordinator", "niemand")

"""``manage.py invite``: an invitation by mail from the command line, for an IT department."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django_scopes import scopes_disabled
from tests.apps.accounts.conftest import token_in

from netwerkkaart.apps.accounts import services
from netwerkkaart.apps.accounts.models import Invitation


def run(*args: str) -> str:
    out = StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


def test_invite_mails_a_working_link(world, smtp):
    output = run("invite", "gemeentegem", "nadia@gemeentegem.be", "--role", "coordinator")
    assert "Uitnodiging als coördinator verstuurd naar nadia@gemeentegem.be" in output
    token = token_in(smtp, "nadia@gemeentegem.be")
    assert services.resolve(token).role == "coordinator"
    assert token not in output  # the link only with --show-link


def test_invite_shows_the_link_on_request(world, smtp):
    output = run("invite", "gemeentegem", "an@gemeentegem.be", "--show-link")
    assert f"/accounts/invitation/{token_in(smtp, 'an@gemeentegem.be')}/" in output


def test_invite_refusals_are_command_errors(world, smtp):
    # Dutch like the command's other messages (it answered "no workspace" in English).
    with pytest.raises(
        CommandError, match="Er is geen werkruimte met de korte naam 'bestaat-niet'"
    ):
        run("invite", "bestaat-niet", "x@y.be")
    with pytest.raises(CommandError, match="no workspace"):
        run("invite", "bestaat-niet", "x@y.be", "--lang", "en")
    with pytest.raises(CommandError, match="geen geldig e-mailadres"):
        run("invite", "gemeentegem", "geen-adres")
    run("invite", "gemeentegem", "dubbel@gemeentegem.be")
    with pytest.raises(CommandError, match="openstaande uitnodiging"):
        run("invite", "gemeentegem", "dubbel@gemeentegem.be")
    with scopes_disabled():
        assert Invitation.objects.count() == 1

"""The members page: coordinators invite, change roles, remove, resend and withdraw; nobody else
gets in; the last coordinator cannot be demoted or removed."""

from __future__ import annotations

import pytest
from django.test import Client
from django_scopes import scope, scopes_disabled
from tests.apps.accounts.conftest import token_in

from netwerkkaart.apps.accounts.models import Invitation
from netwerkkaart.apps.workspaces.models import AuditEntry, Membership

MEMBERS = "/w/gemeentegem/members/"


def membership(world, username: str) -> Membership:
    with scopes_disabled():
        return Membership.objects.get(workspace=world.workspace, user__username=username)


@pytest.mark.parametrize(
    ("username", "status"), [("alice", 200), ("bob", 403), ("vera", 403), ("charlie", 404)]
)
def test_only_coordinators_open_the_members_page(world, username, status):
    assert world.client_for(username).get(MEMBERS).status_code == status


def test_anonymous_visitors_are_sent_to_log_in(world):
    response = Client().get(MEMBERS)
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_a_coordinator_invites_by_mail_and_sees_it_pending(world, smtp):
    client = world.client_for("alice")
    response = client.post(MEMBERS, {"email": "an@gemeentegem.be", "role": "analyst"})
    assert response.status_code == 302
    assert token_in(smtp, "an@gemeentegem.be")
    page = client.get(MEMBERS).content.decode()
    assert "an@gemeentegem.be" in page and "Openstaande uitnodigingen" in page


def test_a_bad_invitation_is_shown_on_the_form(world, smtp):
    response = world.client_for("alice").post(MEMBERS, {"email": "geen", "role": "analyst"})
    assert response.status_code == 400
    assert smtp.messages == []


def test_resend_and_withdraw_from_the_page(world, smtp):
    client = world.client_for("alice")
    client.post(MEMBERS, {"email": "an@gemeentegem.be", "role": "viewer"})
    with scopes_disabled():
        invitation = Invitation.objects.get()
    first = token_in(smtp, "an@gemeentegem.be")
    client.post(f"{MEMBERS}invitations/{invitation.pk}/resend/")
    assert token_in(smtp, "an@gemeentegem.be") != first
    client.post(f"{MEMBERS}invitations/{invitation.pk}/withdraw/")
    with scopes_disabled():
        assert Invitation.objects.get().withdrawn_at is not None
    client.get(MEMBERS)  # shows (and so ends) the messages about it
    assert "an@gemeentegem.be" not in client.get(MEMBERS).content.decode()


def test_roles_change_and_members_leave(world):
    client = world.client_for("alice")
    bob = membership(world, "bob")
    client.post(f"{MEMBERS}{bob.pk}/role/", {f"m{bob.pk}-role": "coordinator"})
    assert membership(world, "bob").role == "coordinator"
    vera = membership(world, "vera")
    client.post(f"{MEMBERS}{vera.pk}/remove/")
    with scopes_disabled():
        assert not Membership.objects.filter(pk=vera.pk).exists()
    with scope(workspace=world.workspace):
        logged = list(AuditEntry.objects.values_list("action", flat=True))
    assert "workspaces.role_changed" in logged and "workspaces.member_removed" in logged


def test_the_last_coordinator_is_never_demoted_or_removed(world):
    client = world.client_for("alice")
    alice = membership(world, "alice")
    response = client.post(
        f"{MEMBERS}{alice.pk}/role/", {f"m{alice.pk}-role": "viewer"}, follow=True
    )
    assert "de laatste coördinator" in response.content.decode()
    client.post(f"{MEMBERS}{alice.pk}/remove/")
    assert membership(world, "alice").role == "coordinator"


def test_members_of_another_workspace_are_not_found(world):
    with scopes_disabled():
        foreign = Membership.objects.get(workspace=world.other_workspace)
    client = world.client_for("alice")
    assert client.post(f"{MEMBERS}{foreign.pk}/remove/").status_code == 404
    with scopes_disabled():
        assert Membership.objects.filter(pk=foreign.pk).exists()


@pytest.mark.parametrize("username", ["bob", "vera"])
def test_below_coordinator_nothing_changes_by_post(world, username):
    alice = membership(world, "alice")
    client = world.client_for(username)
    assert client.post(f"{MEMBERS}{alice.pk}/remove/").status_code == 403
    assert client.post(MEMBERS, {"email": "x@y.be", "role": "coordinator"}).status_code == 403

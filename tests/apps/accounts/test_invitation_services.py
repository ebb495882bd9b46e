"""Invitations: mailed with a personal link stored as a hash; every way one can be refused."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.utils import timezone
from django_scopes import scope, scopes_disabled
from tests.apps.accounts.conftest import SITE_URL, token_in

from netwerkkaart.apps.accounts import services
from netwerkkaart.apps.accounts.models import Invitation
from netwerkkaart.apps.workspaces.models import AuditEntry, Membership

NEW = "nadia@gemeentegem.be"
STRONG = "Klaproos-Leefhoek-77"


def invite(world, email=NEW, role="analyst"):
    with scopes_disabled():
        alice = get_user_model().objects.get(username="alice")
    return services.invite(world.workspace, email, role, by=alice, base_url="http://ignored/")


def actions(world) -> list[str]:
    with scope(workspace=world.workspace):
        return list(
            AuditEntry.objects.filter(workspace=world.workspace).values_list("action", flat=True)
        )


def test_the_mail_carries_a_working_link_and_only_its_hash_is_stored(world, smtp):
    invitation, token = invite(world)
    [mail] = smtp.to(NEW)
    assert "Gemeentegem" in mail["Subject"]
    body = smtp.body(mail)
    assert f"{SITE_URL}/accounts/invitation/{token}/" in body
    assert "analist" in body
    assert token_in(smtp, NEW) == token
    with scopes_disabled():
        stored = Invitation.objects.get(pk=invitation.pk)
    assert token not in stored.token_hash and len(stored.token_hash) == 64
    assert stored.token_hash == services.hash_token(token)
    days = (stored.expires_at - timezone.now()).days
    assert days == 6  # valid 7 days (NETWERKKAART_INVITATION_DAYS), minus the seconds since
    assert "accounts.invitation_sent" in actions(world)


def test_a_new_account_sets_its_password_and_joins_with_the_role(world, smtp):
    _invitation, token = invite(world, role="viewer")
    user, membership = services.accept_with_new_account(
        token, first_name="Nadia", last_name="Claes", password=STRONG
    )
    assert user.username == NEW and user.check_password(STRONG)
    assert membership.role == "viewer" and membership.workspace == world.workspace
    assert "accounts.invitation_accepted" in actions(world)
    with pytest.raises(services.AccountError) as used:
        services.resolve(token)
    assert used.value.code == "used"


def test_a_weak_password_is_refused_by_djangos_validators_and_nothing_is_made(world, smtp):
    _invitation, token = invite(world)
    for weak in ("12345678", "nadia", "password"):
        with pytest.raises(ValidationError):
            services.accept_with_new_account(token, first_name="N", last_name="C", password=weak)
    assert not get_user_model().objects.filter(email=NEW).exists()
    assert services.resolve(token).is_pending


def test_an_existing_account_joins_with_that_account_only(world, smtp):
    with scopes_disabled():
        charlie = get_user_model().objects.get(username="charlie")
        alice = get_user_model().objects.get(username="alice")
    charlie.email = "charlie@elders.be"
    charlie.save()
    _invitation, token = invite(world, email="Charlie@Elders.be")
    assert "al een account" in smtp.body(smtp.to("Charlie@Elders.be")[0])
    with pytest.raises(services.AccountError) as other:
        services.accept_with_account(token, alice)
    assert other.value.code == "other_account"
    with pytest.raises(services.AccountError) as exists:
        services.accept_with_new_account(token, first_name="C", last_name="X", password=STRONG)
    assert exists.value.code == "account_exists"
    membership = services.accept_with_account(token, charlie)
    assert membership.role == "analyst"
    # Charlie keeps his own workspace, with another role: one person, several workspaces.
    with scopes_disabled():
        roles = dict(Membership.objects.filter(user=charlie).values_list("workspace__slug", "role"))
    assert roles == {"gemeentegem": "analyst", "elders": "coordinator"}


def test_an_expired_invitation_is_refused(world, smtp):
    invitation, token = invite(world)
    with scopes_disabled():
        Invitation.objects.filter(pk=invitation.pk).update(
            expires_at=timezone.now() - timedelta(seconds=1)
        )
    with pytest.raises(services.AccountError) as expired:
        services.accept_with_new_account(token, first_name="N", last_name="C", password=STRONG)
    assert expired.value.code == "expired"
    assert "Gemeentegem" in expired.value.message


def test_a_withdrawn_invitation_is_refused(world, smtp):
    invitation, token = invite(world)
    services.withdraw(invitation, by=None)
    with pytest.raises(services.AccountError) as withdrawn:
        services.resolve(token)
    assert withdrawn.value.code == "withdrawn"
    with pytest.raises(services.AccountError):
        services.withdraw(invitation, by=None)
    assert "accounts.invitation_withdrawn" in actions(world)


def test_resending_kills_the_old_link(world, smtp):
    invitation, old = invite(world)
    new = services.resend(invitation, by=None, base_url="http://ignored/")
    assert new != old and len(smtp.to(NEW)) == 2
    assert token_in(smtp, NEW) == new
    with pytest.raises(services.AccountError) as dead:
        services.resolve(old)
    assert dead.value.code == "unknown"
    assert services.resolve(new).pk == invitation.pk


def test_members_and_pending_addresses_are_not_invited_twice(world, smtp):
    with scopes_disabled():
        bob = get_user_model().objects.get(username="bob")
    bob.email = "bob@gemeentegem.be"
    bob.save()
    with pytest.raises(services.AccountError) as member:
        invite(world, email="BOB@gemeentegem.be")
    assert member.value.code == "already_member"
    invite(world)
    with pytest.raises(services.AccountError) as pending:
        invite(world, email=NEW.upper())
    assert pending.value.code == "already_invited"
    with pytest.raises(services.AccountError) as invalid:
        invite(world, email="geen-adres")
    assert invalid.value.code == "email_invalid"


def test_a_refused_mail_leaves_no_invitation(world, settings):
    from tests.apps.accounts.conftest import free_port

    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", free_port(), 2
    with pytest.raises(services.AccountError) as refused:
        invite(world)
    assert refused.value.code == "mail_failed"
    with scopes_disabled():
        assert not Invitation.objects.exists()
    assert "accounts.invitation_sent" not in actions(world)


def test_the_mail_is_in_the_workspaces_language(world, smtp):
    world.workspace.language = "en"
    world.workspace.save()
    invite(world)
    assert "Invitation to the workspace Gemeentegem" in smtp.to(NEW)[0]["Subject"]


def test_the_mail_comes_from_the_organiser_and_replies_reach_the_inviter(world, smtp, settings):
    """Found in the audit of issue 15: the workspace invitation came from a bare
    netwerkkaart@localhost, unlike the survey invitations (item 5's sender name)."""
    settings.DEFAULT_FROM_EMAIL = "netwerkkaart@gemeentegem.be"
    settings.FROM_NAME = ""
    invite(world)
    first = smtp.to(NEW)[-1]
    assert first["From"] == "Gemeentegem <netwerkkaart@gemeentegem.be>"
    assert first["Reply-To"] is None  # alice has no address
    settings.FROM_NAME = "Sociaal Huis Gemeentegem"
    with scopes_disabled():
        alice = get_user_model().objects.get(username="alice")
    alice.email = "alice@gemeentegem.be"
    alice.save()
    invite(world, email="omar@gemeentegem.be")
    second = smtp.to("omar@gemeentegem.be")[-1]
    assert second["From"] == "Sociaal Huis Gemeentegem <netwerkkaart@gemeentegem.be>"
    assert second["Reply-To"] == "alice@gemeentegem.be"

"""Every write to accounts and invitations goes through here (views and commands call these).

An invitation is a personal link mailed to one e-mail address with a role in one workspace. The
link's token (192 random bits) is shown once, in the mail; only its SHA-256 is stored, as for the
survey links. Sending it again gives a new token (the earlier link dies), withdrawing it or using
it ends it, and it expires after ``NETWERKKAART_INVITATION_DAYS`` days. Every refusal is an
:class:`AccountError` naming why, raised before anything is written.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta
from email.utils import formataddr

from django.conf import settings
from django.contrib.auth import get_user_model, password_validation
from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.core.mail import EmailMessage
from django.core.validators import validate_email
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from django_scopes import scopes_disabled

from netwerkkaart.apps.accounts.models import Invitation, Profile
from netwerkkaart.apps.workspaces.models import Membership, Role, Workspace
from netwerkkaart.apps.workspaces.services import (
    add_member,
    create_workspace,
    display_name,
    log_action,
)

TOKEN_BYTES = 24  # 192 bits, like the survey links

MESSAGES = {
    "email_invalid": _("'%(email)s' is geen geldig e-mailadres."),
    "already_member": _("%(email)s is al lid van deze werkruimte."),
    "already_invited": _(
        "%(email)s heeft al een openstaande uitnodiging. Verstuur die opnieuw als de mail niet "
        "aankwam."
    ),
    "not_pending": _("Deze uitnodiging is al gebruikt of ingetrokken."),
    "mail_failed": _(
        "De mailserver weigerde de uitnodiging voor %(email)s; er werd niets bewaard. Probeer "
        "het later opnieuw."
    ),
    "unknown": _(
        "Deze link is niet (meer) geldig. Misschien kreeg u intussen een nieuwe uitnodiging: "
        "gebruik de link uit de laatste e-mail."
    ),
    "expired": _(
        "Deze uitnodiging is verlopen. Vraag een coördinator van %(workspace)s om ze opnieuw te "
        "versturen."
    ),
    "used": _("Deze uitnodiging werd al gebruikt. Meld u aan met uw account."),
    "withdrawn": _("Deze uitnodiging werd ingetrokken."),
    "account_exists": _(
        "Er bestaat al een account met %(email)s. Meld u aan met dat account om de uitnodiging "
        "te aanvaarden."
    ),
    "other_account": _(
        "Deze uitnodiging is voor %(email)s, maar u bent aangemeld als %(username)s. Meld u af "
        "en weer aan met het juiste account."
    ),
    "users_exist": _("De site heeft al een beheerder."),
    "email_taken": _("Een ander account gebruikt %(email)s al."),
}


class AccountError(Exception):
    """A request on an account or invitation that cannot be carried out; ``code`` names why."""

    def __init__(self, code: str, **details: object):
        self.code = code
        self.details = details
        super().__init__(code)

    @property
    def message(self) -> str:
        return str(MESSAGES[self.code]) % self.details


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def user_with_email(email: str) -> AbstractBaseUser | None:
    return get_user_model().objects.filter(email__iexact=email.strip()).order_by("pk").first()


def language_of(user: AbstractBaseUser | None, default: str = "nl-be") -> str:
    """The language ``user`` chose on their account page, else ``default``."""
    if user is None:
        return default
    profile = Profile.objects.filter(user=user).first()
    return (profile.language if profile else "") or default


# -- the first administrator and one's own account -------------------------------------------


@transaction.atomic
def create_first_admin(
    username: str, email: str, password: str, *, first_name: str = "", last_name: str = ""
) -> AbstractBaseUser:
    """The site's first account, a site administrator; refused once any account exists."""
    user_model = get_user_model()
    if user_model.objects.exists():
        raise AccountError("users_exist")
    user = user_model(username=username, email=email, first_name=first_name, last_name=last_name)
    password_validation.validate_password(password, user)
    user.is_superuser = True
    user.is_staff = True
    user.set_password(password)
    user.save()
    log_action(None, "accounts.first_admin_created", user, username=username)
    return user


@transaction.atomic
def update_profile(
    user: AbstractBaseUser, *, first_name: str, last_name: str, email: str, language: str
) -> AbstractBaseUser:
    """Change one's name, e-mail address and language."""
    email = email.strip()
    _check_email(email)
    owner = user_with_email(email)
    if owner is not None and owner.pk != user.pk:
        raise AccountError("email_taken", email=email)
    user.first_name, user.last_name, user.email = first_name.strip(), last_name.strip(), email
    user.save(update_fields=["first_name", "last_name", "email"])
    Profile.objects.update_or_create(user=user, defaults={"language": language})
    log_action(None, "accounts.profile_updated", user, username=user.get_username())
    return user


def log_password_change(user: AbstractBaseUser, *, reset: bool) -> None:
    """A password changed (``reset``: through a reset link); the views call this once done."""
    action = "accounts.password_reset" if reset else "accounts.password_changed"
    log_action(None, action, user, username=user.get_username())


def lift_login_lock(user: AbstractBaseUser) -> int:
    """Forget the failed logins of ``user``'s name (django-axes); the number of records removed.

    Called once a password was set through a reset link: whoever reads the account's mail may log
    in again. A lock on an address stays; it expires by itself.
    """
    from axes.utils import reset

    removed = reset(username=user.get_username())
    if removed:
        log_action(None, "accounts.login_lock_lifted", user, username=user.get_username())
    return removed


def log_password_reset_requested(email: str) -> None:
    """A reset was asked for ``email`` (logged whether an account has it or not)."""
    log_action(None, "accounts.password_reset_requested", None, email=email)


# -- invitations -----------------------------------------------------------------------------


def _check_email(email: str) -> None:
    try:
        validate_email(email)
    except ValidationError as error:
        raise AccountError("email_invalid", email=email) from error


def invitation_url(base_url: str, token: str) -> str:
    base_url = getattr(settings, "SITE_URL", "") or base_url
    return base_url.rstrip("/") + reverse("accounts:invitation", kwargs={"token": token})


def _new_token(invitation: Invitation) -> str:
    token = secrets.token_urlsafe(TOKEN_BYTES)
    invitation.token_hash = hash_token(token)
    invitation.expires_at = timezone.now() + timedelta(days=settings.NETWERKKAART_INVITATION_DAYS)
    return token


def _send(invitation: Invitation, url: str) -> None:
    """Mail the link; a refusal by the mail server undoes the caller's transaction."""
    existing = user_with_email(invitation.email)
    language = language_of(existing, invitation.workspace.language)
    context = {
        "workspace": invitation.workspace,
        "inviter": display_name(invitation.invited_by) if invitation.invited_by else "",
        "url": url,
        "expires": invitation.expires_at,
        "has_account": existing is not None,
    }
    with translation.override(language):
        context["role"] = str(Role(invitation.role).label).lower()
        subject = render_to_string("accounts/mail/invitation_subject.txt", context).strip()
        body = render_to_string("accounts/mail/invitation_body.txt", context)
    # Sent under the organiser's name (NETWERKKAART_FROM_NAME, else the workspace's), as the
    # survey invitations are; a reply reaches the person who invited.
    sender = getattr(settings, "FROM_NAME", "") or invitation.workspace.name
    inviter_email = getattr(invitation.invited_by, "email", "") or ""
    message = EmailMessage(
        subject=subject,
        body=body,
        from_email=formataddr((sender, settings.DEFAULT_FROM_EMAIL)),
        to=[invitation.email],
        reply_to=[inviter_email] if inviter_email else None,
    )
    try:
        message.send()
    except OSError as error:
        raise AccountError("mail_failed", email=invitation.email) from error
    invitation.sent_at = timezone.now()


def invite(
    workspace: Workspace,
    email: str,
    role: str,
    *,
    by: AbstractBaseUser | None,
    base_url: str,
) -> tuple[Invitation, str]:
    """Invite ``email`` into ``workspace`` with ``role`` and mail the link; returns the token.

    Refused for an invalid address, a member, or an address with a pending invitation. A mail
    the server refuses leaves nothing behind.
    """
    email = email.strip()
    _check_email(email)
    role = Role(role)
    with scopes_disabled(), transaction.atomic():
        if Membership.objects.filter(workspace=workspace, user__email__iexact=email).exists():
            raise AccountError("already_member", email=email)
        pending = Invitation.objects.filter(
            workspace=workspace,
            email__iexact=email,
            accepted_at__isnull=True,
            withdrawn_at__isnull=True,
            expires_at__gt=timezone.now(),
        )
        if pending.exists():
            raise AccountError("already_invited", email=email)
        invitation = Invitation(workspace=workspace, email=email, role=role, invited_by=by)
        token = _new_token(invitation)
        _send(invitation, invitation_url(base_url, token))
        invitation.save()
        log_action(workspace, "accounts.invitation_sent", by, email=email, role=str(role))
    return invitation, token


def resend(invitation: Invitation, *, by: AbstractBaseUser | None, base_url: str) -> str:
    """A new link for a pending (or expired) invitation; the earlier link no longer works."""
    with scopes_disabled(), transaction.atomic():
        invitation = Invitation.objects.select_for_update().get(pk=invitation.pk)
        if not invitation.is_pending:
            raise AccountError("not_pending")
        token = _new_token(invitation)
        _send(invitation, invitation_url(base_url, token))
        invitation.save()
        log_action(invitation.workspace, "accounts.invitation_resent", by, email=invitation.email)
    return token


def withdraw(invitation: Invitation, *, by: AbstractBaseUser | None) -> Invitation:
    """End a pending invitation: its link says so from now on."""
    with scopes_disabled(), transaction.atomic():
        invitation = Invitation.objects.select_for_update().get(pk=invitation.pk)
        if not invitation.is_pending:
            raise AccountError("not_pending")
        invitation.withdrawn_at = timezone.now()
        invitation.save(update_fields=["withdrawn_at"])
        log_action(
            invitation.workspace, "accounts.invitation_withdrawn", by, email=invitation.email
        )
    return invitation


def resolve(token: str) -> Invitation:
    """The pending invitation behind a link, or why it cannot be used."""
    with scopes_disabled():
        invitation = (
            Invitation.objects.select_related("workspace")
            .filter(token_hash=hash_token(token))
            .first()
        )
    if invitation is None:
        raise AccountError("unknown")
    if invitation.accepted_at is not None:
        raise AccountError("used")
    if invitation.withdrawn_at is not None:
        raise AccountError("withdrawn")
    if invitation.is_expired:
        raise AccountError("expired", workspace=invitation.workspace.name)
    return invitation


def _accept(invitation: Invitation, user: AbstractBaseUser) -> Membership:
    with scopes_disabled():
        locked = Invitation.objects.select_for_update().get(pk=invitation.pk)
        if not locked.is_pending:
            raise AccountError("used")
        existing = Membership.objects.filter(workspace=locked.workspace, user=user).first()
        if existing is not None and existing.allows(locked.role):
            membership = existing  # joining never lowers a role one has already
        else:
            membership = add_member(locked.workspace, user, locked.role, by=locked.invited_by)
        locked.accepted_at = timezone.now()
        locked.accepted_by = user
        locked.save(update_fields=["accepted_at", "accepted_by"])
        log_action(
            locked.workspace,
            "accounts.invitation_accepted",
            user,
            email=locked.email,
            member=display_name(user),
            role=str(membership.role),
        )
    return membership


@transaction.atomic
def accept_with_account(token: str, user: AbstractBaseUser) -> Membership:
    """Join with the account one is logged in with; it must carry the invited address."""
    invitation = resolve(token)
    if (user.email or "").strip().casefold() != invitation.email.casefold():
        raise AccountError("other_account", email=invitation.email, username=user.get_username())
    return _accept(invitation, user)


@transaction.atomic
def accept_with_new_account(
    token: str, *, first_name: str, last_name: str, password: str
) -> tuple[AbstractBaseUser, Membership]:
    """Create an account for the invited address (its username) with a password Django's
    validators accept, and join the workspace with it."""
    invitation = resolve(token)
    if user_with_email(invitation.email) is not None:
        raise AccountError("account_exists", email=invitation.email)
    user_model = get_user_model()
    username = invitation.email.lower()
    if user_model.objects.filter(username__iexact=username).exists():
        raise AccountError("account_exists", email=invitation.email)
    user = user_model(
        username=username,
        email=invitation.email,
        first_name=first_name.strip(),
        last_name=last_name.strip(),
    )
    password_validation.validate_password(password, user)
    user.set_password(password)
    user.save()
    Profile.objects.create(user=user, language=invitation.workspace.language)
    return user, _accept(invitation, user)


@transaction.atomic
def open_workspace(
    *,
    by: AbstractBaseUser | None,
    base_url: str,
    coordinator_email: str = "",
    **fields: object,
) -> Workspace:
    """A site administrator creates a workspace and (optionally) invites its first coordinator,
    in one transaction: a refused mail leaves no workspace behind."""
    workspace = create_workspace(by=by, **fields)
    if coordinator_email:
        invite(workspace, coordinator_email, Role.COORDINATOR, by=by, base_url=base_url)
    return workspace

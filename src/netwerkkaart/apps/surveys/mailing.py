"""Invitations and reminders by e-mail, through Django's mail framework.

Each mail carries a fresh personal link (earlier links stay valid). One invitation is one
transaction: a mail the server refuses leaves no link behind and no "sent" mark, and the others
still go out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from email.utils import formataddr

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser
from django.core.mail import EmailMessage, get_connection
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django_scopes import scope

from netwerkkaart.apps.surveys.closing import FINISHED, follow_up
from netwerkkaart.apps.surveys.models import Invitation, SurveyRound
from netwerkkaart.apps.surveys.services import SurveyError, issue_token
from netwerkkaart.apps.workspaces.services import log_action


@dataclass
class SendResult:
    sent: int = 0
    without_email: int = 0
    skipped: int = 0  # revoked, or (for reminders) already finished
    failed: list[str] = field(default_factory=list)  # pseudonyms whose mail was refused


def link_url(base_url: str, token: str) -> str:
    return base_url.rstrip("/") + reverse("surveys:respond_start", kwargs={"token": token})


def send_invitations(
    survey: SurveyRound,
    invitations: Sequence[Invitation],
    *,
    base_url: str,
    reminder: bool = False,
    user: AbstractBaseUser | None,
) -> SendResult:
    """Mail each invitee a personal link; a reminder skips those who finished."""
    if survey.round.status != "open":
        raise SurveyError("closed", round=survey.round.code)
    base_url = getattr(settings, "SITE_URL", "") or base_url
    statuses = follow_up(survey).statuses if reminder else {}
    result = SendResult()
    connection = get_connection(fail_silently=False)
    workspace = survey.workspace
    with scope(workspace=workspace):
        for invitation in invitations:
            if invitation.is_revoked or statuses.get(invitation.pk) == FINISHED:
                result.skipped += 1
                continue
            if not invitation.email:
                result.without_email += 1
                continue
            try:
                with transaction.atomic():
                    token = issue_token(invitation)
                    message = _message(
                        survey, invitation, link_url(base_url, token), reminder, sender=user
                    )
                    message.connection = connection
                    message.send()
                    now = timezone.now()
                    if reminder:
                        invitation.reminded_at = now
                        invitation.reminders += 1
                        invitation.save(update_fields=["reminded_at", "reminders"])
                    else:
                        invitation.sent_at = now
                        invitation.save(update_fields=["sent_at"])
            except OSError:  # SMTP refused or unreachable: rolled back, reported, next one
                result.failed.append(invitation.pseudonym)
                continue
            result.sent += 1
        log_action(
            workspace,
            "surveys.reminded" if reminder else "surveys.mailed",
            user,
            round=survey.round.code,
            sent=result.sent,
            failed=len(result.failed),
        )
    connection.close()
    return result


def organiser_name(survey: SurveyRound) -> str:
    """Who organises the survey, as the mail says it: the configured sender name, else the
    workspace's name (``NETWERKKAART_FROM_NAME``)."""
    return getattr(settings, "FROM_NAME", "") or survey.workspace.name


def contact_of(user: AbstractBaseUser | None) -> tuple[str, str]:
    """The name and address respondents can ask their questions to: the coordinator who sends."""
    if user is None:
        return "", ""
    name = (user.get_full_name() or "").strip() if hasattr(user, "get_full_name") else ""
    return name or user.get_username(), (getattr(user, "email", "") or "").strip()


def _message(
    survey: SurveyRound,
    invitation: Invitation,
    url: str,
    reminder: bool,
    *,
    sender: AbstractBaseUser | None = None,
) -> EmailMessage:
    organiser = organiser_name(survey)
    contact_name, contact_email = contact_of(sender)
    context = {
        "organiser": organiser,
        "question_name": contact_name,
        "question_email": contact_email,
        "workspace": survey.workspace,
        "round": survey.round,
        "deadline": survey.deadline,
        "contact_name": invitation.contact_name,
        "organisation": invitation.actor.name,
        "url": url,
        "reminder": reminder,
    }
    subject = render_to_string("surveys/mail/subject.txt", context).strip()
    body = render_to_string("surveys/mail/body.txt", context)
    return EmailMessage(
        subject=subject,
        body=body,
        from_email=formataddr((organiser, settings.DEFAULT_FROM_EMAIL)),
        to=[invitation.email],
        reply_to=[contact_email] if contact_email else None,
    )

"""Every write a coordinator makes to a survey round goes through here.

Opening a round, setting its questionnaire, inviting actors from the register, issuing and revoking
personal links, sending invitations and reminders, deleting a respondent on request. Each service
writes in one transaction and leaves an audit entry. Answers are written by
:mod:`netwerkkaart.apps.surveys.answering`; closing a round by :mod:`~.closing`.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from django.contrib.auth.models import AbstractBaseUser
from django.db import IntegrityError, transaction
from django.utils import timezone
from django_scopes import scope

from netwerkkaart.apps.register.models import Actor
from netwerkkaart.apps.rounds.models import Round, RoundSource, RoundStatus, Tie, UnknownActor, Wish
from netwerkkaart.apps.rounds.services import ImportRefused, usable_code
from netwerkkaart.apps.surveys.models import (
    AccessToken,
    Answer,
    Invitation,
    QuestionnaireVersion,
    Response,
    SurveyRound,
)
from netwerkkaart.apps.workspaces.models import Workspace
from netwerkkaart.apps.workspaces.services import log_action
from netwerkkaart.core.questionnaire import builtin_definition, customise

DEFAULT_QUESTIONNAIRE = "ecosysteembevraging"
# 24 random bytes: 192 bits, well above the 128 bits a guessable link must not have.
TOKEN_BYTES = 24
# Pseudonyms avoid letters and digits people confuse when reading them out (0/O, 1/I/L).
PSEUDONYM_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
PSEUDONYM_LENGTH = 8
# A survey round's code is a segment of its pages' URLs: ``new`` is the page that opens one, and a
# browser reads ``.`` and ``..`` as "this folder" and "the folder above".
SURVEY_URL_WORDS = frozenset({"new", ".", ".."})


class SurveyError(Exception):
    """A coordinator's request that cannot be carried out; ``code`` names why."""

    def __init__(self, code: str, **details: object):
        self.code = code
        self.details = details
        super().__init__(code)


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def new_pseudonym() -> str:
    return "R-" + "".join(secrets.choice(PSEUDONYM_ALPHABET) for _ in range(PSEUDONYM_LENGTH))


@transaction.atomic
def open_survey(
    workspace: Workspace,
    *,
    code: str,
    label: str = "",
    opened: date | None = None,
    deadline: date | None = None,
    base: str = DEFAULT_QUESTIONNAIRE,
    disabled_sections: Sequence[str] = (),
    own_questions: Sequence[dict] = (),
    enabled_sections: Sequence[str] = (),
    user: AbstractBaseUser | None,
) -> SurveyRound:
    """Open a new round answered through the site, with its first questionnaire version.

    Raises ``SurveyError("code_taken")`` or ``SurveyError("bad_code")``, and the core's
    ``DefinitionError`` for a questionnaire choice that does not validate.
    """
    code = code.strip()
    if not usable_code(code) or code in SURVEY_URL_WORDS:
        raise SurveyError("bad_code", round=code)
    definition = customise(
        builtin_definition(base), disabled_sections=disabled_sections,
        own_questions=own_questions, enabled_sections=enabled_sections,
    )  # fmt: skip
    with scope(workspace=workspace):
        if Round.objects.filter(workspace=workspace, code=code).exists():
            raise SurveyError("code_taken", round=code)
        round_ = Round.objects.create(
            workspace=workspace,
            code=code,
            label=label,
            opened=opened or date.today(),
            status=RoundStatus.OPEN,
            source=RoundSource.SURVEY,
        )
        version = QuestionnaireVersion.objects.create(
            workspace=workspace,
            round=round_,
            number=1,
            base=base,
            disabled_sections=list(disabled_sections),
            enabled_sections=list(enabled_sections),
            own_questions=list(own_questions),
            definition=definition.to_dict(),
        )
        survey = SurveyRound.objects.create(
            workspace=workspace, round=round_, current=version, deadline=deadline
        )
        log_action(workspace, "surveys.opened", user, changes_data=True, round=code)
    return survey


def survey_for(workspace: Workspace, code: str) -> SurveyRound:
    """The survey round ``code`` of ``workspace`` (``SurveyRound.DoesNotExist`` otherwise)."""
    with scope(workspace=workspace):
        return SurveyRound.objects.select_related("round", "current").get(
            workspace=workspace, round__code=code
        )


@transaction.atomic
def configure_questionnaire(
    survey: SurveyRound,
    *,
    disabled_sections: Sequence[str],
    own_questions: Sequence[dict],
    enabled_sections: Sequence[str] = (),
    user: AbstractBaseUser | None,
) -> QuestionnaireVersion:
    """Set the round's optional blocks (opt-in blocks: ``enabled_sections``) and own questions.

    Answers are never rewritten: once the current version has answers, a change makes a new
    version (answers keep the one they were given under); before that, the version is edited.
    """
    workspace = survey.workspace
    _require_open(survey)
    current = survey.current
    definition = customise(
        builtin_definition(current.base),
        disabled_sections=disabled_sections,
        own_questions=own_questions,
        enabled_sections=enabled_sections,
    )
    if definition.version == current.definition.get("version"):
        return current
    with scope(workspace=workspace):
        if Answer.objects.filter(version=current).exists():
            version = QuestionnaireVersion.objects.create(
                workspace=workspace,
                round=survey.round,
                number=current.number + 1,
                base=current.base,
                disabled_sections=list(disabled_sections),
                enabled_sections=list(enabled_sections),
                own_questions=list(own_questions),
                definition=definition.to_dict(),
            )
            survey.current = version
            survey.save(update_fields=["current"])
        else:
            version = current
            version.disabled_sections = list(disabled_sections)
            version.enabled_sections = list(enabled_sections)
            version.own_questions = list(own_questions)
            version.definition = definition.to_dict()
            version.save(update_fields=["disabled_sections", "enabled_sections", "own_questions",
                                        "definition"])  # fmt: skip
        log_action(
            workspace,
            "surveys.questionnaire_set",
            user,
            round=survey.round.code,
            version=version.number,
        )
    return version


@transaction.atomic
def set_dates(
    survey: SurveyRound, *, label: str, deadline: date | None, user: AbstractBaseUser | None
) -> SurveyRound:
    """Rename the round or move its deadline (shown to respondents; closing stays a decision)."""
    _require_open(survey)
    with scope(workspace=survey.workspace):
        survey.round.label = label.strip()
        survey.round.save(update_fields=["label"])
        survey.deadline = deadline
        survey.save(update_fields=["deadline"])
        log_action(survey.workspace, "surveys.dates_set", user, round=survey.round.code)
    return survey


def _require_open(survey: SurveyRound) -> None:
    if survey.round.status != RoundStatus.OPEN:
        raise SurveyError("closed", round=survey.round.code)


def register_email(actor: Actor) -> str:
    """The e-mail address the register holds for ``actor`` (its e-mail field, else an older
    ``email`` attribute), or ``""``."""
    if actor.email:
        return actor.email.strip()
    for key in ("email", "e-mail", "e_mail", "mail"):
        value = actor.attributes.get(key)
        if value:
            return str(value).strip()
    return ""


@transaction.atomic
def invite(
    survey: SurveyRound, actors: Iterable[Actor], *, user: AbstractBaseUser | None
) -> list[Invitation]:
    """Invite register actors not invited yet; returns the new invitations."""
    _require_open(survey)
    workspace = survey.workspace
    created = []
    with scope(workspace=workspace):
        invited = set(
            Invitation.objects.filter(round=survey.round).values_list("actor_id", flat=True)
        )
        for actor in actors:
            if actor.pk in invited or actor.workspace_id != workspace.pk or actor.is_merged:
                continue
            created.append(_new_invitation(survey, actor))
            invited.add(actor.pk)
        if created:
            log_action(
                workspace, "surveys.invited", user, round=survey.round.code, count=len(created)
            )
    return created


def _new_invitation(survey: SurveyRound, actor: Actor) -> Invitation:
    for _attempt in range(10):
        try:
            with transaction.atomic():
                return Invitation.objects.create(
                    workspace=survey.workspace,
                    round=survey.round,
                    actor=actor,
                    email=register_email(actor),
                    contact_name=actor.contact_name.strip(),
                    pseudonym=new_pseudonym(),
                )
        except IntegrityError:  # a pseudonym drawn twice in one round: draw again
            continue
    raise SurveyError("pseudonym_exhausted")


@transaction.atomic
def update_contact(
    invitation: Invitation, *, contact_name: str, email: str, user: AbstractBaseUser | None
) -> Invitation:
    invitation.contact_name = contact_name.strip()
    invitation.email = email.strip()
    invitation.save(update_fields=["contact_name", "email"])
    log_action(invitation.workspace, "surveys.contact_set", user, round=invitation.round.code)
    return invitation


def issue_token(invitation: Invitation) -> str:
    """A new personal link token for ``invitation`` (call inside a transaction); shown only once."""
    token = secrets.token_urlsafe(TOKEN_BYTES)
    AccessToken.objects.create(
        workspace=invitation.workspace, invitation=invitation, token_hash=hash_token(token)
    )
    return token


@dataclass(frozen=True)
class IssuedLink:
    invitation: Invitation
    token: str


@transaction.atomic
def issue_links(
    survey: SurveyRound, invitations: Sequence[Invitation], *, user: AbstractBaseUser | None
) -> list[IssuedLink]:
    """New links to copy by hand, one per (not revoked) invitation; earlier links stay valid."""
    _require_open(survey)
    with scope(workspace=survey.workspace):
        links = [
            IssuedLink(invitation, issue_token(invitation))
            for invitation in invitations
            if not invitation.is_revoked and invitation.round_id == survey.round_id
        ]
        if links:
            log_action(
                survey.workspace,
                "surveys.links_issued",
                user,
                round=survey.round.code,
                count=len(links),
            )
    return links


@transaction.atomic
def revoke(invitation: Invitation, *, user: AbstractBaseUser | None) -> Invitation:
    """Stop every link of ``invitation``; answers already given stay. Revoked already: nothing
    changes (the time it was revoked stays)."""
    if invitation.is_revoked:
        return invitation
    now = timezone.now()
    with scope(workspace=invitation.workspace):
        invitation.tokens.filter(revoked_at__isnull=True).update(revoked_at=now)
        invitation.revoked_at = now
        invitation.save(update_fields=["revoked_at"])
        log_action(invitation.workspace, "surveys.revoked", user, round=invitation.round.code)
    return invitation


@transaction.atomic
def restore(invitation: Invitation, *, user: AbstractBaseUser | None) -> Invitation:
    """Allow a revoked invitation again; its old links stay revoked, new ones can be issued."""
    if not invitation.is_revoked:
        return invitation
    invitation.revoked_at = None
    invitation.save(update_fields=["revoked_at"])
    log_action(invitation.workspace, "surveys.restored", user, round=invitation.round.code)
    return invitation


@transaction.atomic
def delete_respondent(invitation: Invitation, *, user: AbstractBaseUser | None) -> dict[str, int]:
    """Remove an invitee on request: identity, links, answers, and rows written at closing.

    Returns how many of each kind were removed, so the coordinator can tell the person.
    """
    workspace = invitation.workspace
    round_ = invitation.round
    pseudonym = invitation.pseudonym
    with scope(workspace=workspace):
        removed = {"links": invitation.tokens.count(), "answers": 0}
        response = Response.objects.filter(round=round_, pseudonym=pseudonym).first()
        if response is not None:
            removed["answers"] = response.answers.count()
            response.delete()
        for model, name in ((Tie, "ties"), (Wish, "wishes"), (UnknownActor, "unknown")):
            removed[name], _detail = model.objects.filter(
                round=round_, respondent=pseudonym
            ).delete()
        invitation.delete()
        removed["invitation"] = 1
        # Logged as a data action (figures change); the entry names no one.
        log_action(
            workspace,
            "surveys.respondent_deleted",
            user,
            changes_data=True,
            round=round_.code,
            **removed,
        )
    return removed


def refusal_from_import(error: ImportRefused) -> SurveyError:
    return SurveyError(f"import_{error.code}")

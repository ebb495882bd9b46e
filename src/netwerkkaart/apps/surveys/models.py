"""A survey round run through the site, split into an identity side and an answer side.

Identity (who was asked): :class:`Invitation` with the register actor, contact name, e-mail, and its
:class:`AccessToken` hashes. Answers (what was said): :class:`Response` and :class:`Answer`, which
carry only the respondent's *pseudonym*. The one link between the two sides is the pseudonym on the
invitation; only coordinator services follow it, and each such access is logged.

The questionnaire a round asks is a :class:`QuestionnaireVersion`: the core definition, resolved
with the round's choices (optional blocks switched off, opt-in blocks switched on, own
questions), snapshotted as JSON. A
change after answers exist makes a new version; every answer keeps the version it was given under.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from netwerkkaart.apps.register.models import Actor
from netwerkkaart.apps.rounds.models import Round
from netwerkkaart.apps.workspaces.models import WorkspaceScoped


class QuestionnaireVersion(WorkspaceScoped):
    round = models.ForeignKey(
        Round, on_delete=models.CASCADE, related_name="questionnaires", verbose_name=_("ronde")
    )
    number = models.PositiveIntegerField(_("versie"))
    base = models.CharField(_("vragenlijst"), max_length=80)
    disabled_sections = models.JSONField(_("uitgeschakelde blokken"), default=list, blank=True)
    # Opt-in blocks (the tie-quality scales) are asked only when named here.
    enabled_sections = models.JSONField(_("aangezette blokken"), default=list, blank=True)
    own_questions = models.JSONField(_("eigen vragen"), default=list, blank=True)
    definition = models.JSONField(_("definitie"))
    created = models.DateTimeField(_("aangemaakt"), auto_now_add=True)

    class Meta:
        verbose_name = _("versie van de vragenlijst")
        verbose_name_plural = _("versies van de vragenlijst")
        ordering = ["round", "-number"]
        constraints = [
            models.UniqueConstraint(fields=["round", "number"], name="one_version_number")
        ]

    def __str__(self) -> str:
        return f"{self.round} v{self.number}"


class SurveyRound(WorkspaceScoped):
    """What a round run through the site adds to :class:`Round`: its questionnaire and deadline."""

    round = models.OneToOneField(
        Round, on_delete=models.CASCADE, related_name="survey", verbose_name=_("ronde")
    )
    current = models.ForeignKey(
        QuestionnaireVersion,
        on_delete=models.RESTRICT,
        null=True,
        related_name="+",
        verbose_name=_("huidige vragenlijst"),
    )
    deadline = models.DateField(_("antwoorden tot"), null=True, blank=True)
    closed_at = models.DateTimeField(_("afgesloten"), null=True, blank=True)

    class Meta:
        verbose_name = _("bevraging")
        verbose_name_plural = _("bevragingen")

    def __str__(self) -> str:
        return str(self.round)


class Invitation(WorkspaceScoped):
    """Identity side: who is asked. Never joined to answers except through a logged service."""

    round = models.ForeignKey(
        Round, on_delete=models.CASCADE, related_name="invitations", verbose_name=_("ronde")
    )
    actor = models.ForeignKey(
        Actor, on_delete=models.RESTRICT, related_name="invitations", verbose_name=_("actor")
    )
    contact_name = models.CharField(_("contactpersoon"), max_length=200, blank=True)
    email = models.EmailField(_("e-mailadres"), blank=True)
    pseudonym = models.CharField(_("pseudoniem"), max_length=20)
    created = models.DateTimeField(_("aangemaakt"), auto_now_add=True)
    sent_at = models.DateTimeField(_("uitgenodigd op"), null=True, blank=True)
    reminded_at = models.DateTimeField(_("herinnerd op"), null=True, blank=True)
    reminders = models.PositiveSmallIntegerField(_("herinneringen"), default=0)
    revoked_at = models.DateTimeField(_("ingetrokken op"), null=True, blank=True)

    class Meta:
        verbose_name = _("uitnodiging")
        verbose_name_plural = _("uitnodigingen")
        ordering = ["actor__name", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["round", "actor"], name="one_invitation_per_actor"),
            models.UniqueConstraint(fields=["round", "pseudonym"], name="one_pseudonym_per_round"),
        ]

    def __str__(self) -> str:
        return f"{self.actor} ({self.round})"

    @property
    def is_revoked(self) -> bool:
        return self.revoked_at is not None


class AccessToken(WorkspaceScoped):
    """One personal link. Only the SHA-256 of the token is kept; the link is shown once."""

    invitation = models.ForeignKey(
        Invitation, on_delete=models.CASCADE, related_name="tokens", verbose_name=_("uitnodiging")
    )
    token_hash = models.CharField(_("hash van de link"), max_length=64, unique=True)
    created = models.DateTimeField(_("aangemaakt"), auto_now_add=True)
    revoked_at = models.DateTimeField(_("ingetrokken op"), null=True, blank=True)

    class Meta:
        verbose_name = _("persoonlijke link")
        verbose_name_plural = _("persoonlijke links")


class Response(WorkspaceScoped):
    """Answer side: one respondent's questionnaire, known only by its pseudonym."""

    round = models.ForeignKey(
        Round, on_delete=models.CASCADE, related_name="responses", verbose_name=_("ronde")
    )
    pseudonym = models.CharField(_("pseudoniem"), max_length=20)
    started = models.DateTimeField(_("begonnen"), auto_now_add=True)
    updated = models.DateTimeField(_("laatst bewaard"), auto_now=True)
    finished_at = models.DateTimeField(_("afgerond op"), null=True, blank=True)

    class Meta:
        verbose_name = _("antwoordset")
        verbose_name_plural = _("antwoordsets")
        constraints = [
            models.UniqueConstraint(
                fields=["round", "pseudonym"], name="one_response_per_pseudonym"
            )
        ]

    def __str__(self) -> str:
        return self.pseudonym


class Answer(WorkspaceScoped):
    """One answer to one question (about one partner for the per-partner blocks)."""

    response = models.ForeignKey(
        Response, on_delete=models.CASCADE, related_name="answers", verbose_name=_("antwoordset")
    )
    question = models.CharField(_("vraag"), max_length=80)
    partner = models.CharField(_("partner"), max_length=320, blank=True, default="")
    value = models.JSONField(_("antwoord"), null=True)
    version = models.ForeignKey(
        QuestionnaireVersion,
        on_delete=models.RESTRICT,
        related_name="answers",
        verbose_name=_("versie van de vragenlijst"),
    )
    saved = models.DateTimeField(_("bewaard"), auto_now=True)

    class Meta:
        verbose_name = _("antwoord")
        verbose_name_plural = _("antwoorden")
        constraints = [
            models.UniqueConstraint(
                fields=["response", "question", "partner"], name="one_answer_per_question"
            )
        ]

"""Group sessions of a reflection instrument, their pseudonymous participants and answers.

A participant has no name and no account: the session's link gives each phone a random key
(kept in a cookie, stored only as its SHA-256) and a number within the group ("deelnemer 3").
The instrument file as it was when the session started is kept with it, so results stay
readable after the file changes.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from netwerkkaart.apps.workspaces.models import WorkspaceScoped


class InstrumentSession(WorkspaceScoped):
    OPEN, CLOSED = "open", "closed"

    instrument = models.CharField(_("instrument"), max_length=80)
    version = models.CharField(_("versie"), max_length=40)
    definition = models.JSONField(_("definitie"))
    network = models.CharField(
        _("netwerk"), max_length=200, help_text=_("Bijvoorbeeld: zorgraad Dender-Zuid.")
    )
    held_on = models.DateField(_("datum"))
    join_key = models.CharField(_("deelnamesleutel"), max_length=64, unique=True)
    status = models.CharField(
        _("status"), max_length=10, default=OPEN,
        choices=[(OPEN, _("open")), (CLOSED, _("afgesloten"))],
    )  # fmt: skip
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+", verbose_name=_("gestart door"),
    )  # fmt: skip
    created = models.DateTimeField(_("aangemaakt"), auto_now_add=True)

    class Meta:
        verbose_name = _("groepssessie")
        verbose_name_plural = _("groepssessies")
        ordering = ["network", "-held_on", "-pk"]

    def __str__(self) -> str:
        return f"{self.instrument} · {self.network} · {self.held_on}"

    @property
    def is_open(self) -> bool:
        return self.status == self.OPEN


class Participant(WorkspaceScoped):
    session = models.ForeignKey(
        InstrumentSession, on_delete=models.CASCADE, related_name="participants",
        verbose_name=_("sessie"),
    )  # fmt: skip
    number = models.PositiveIntegerField(_("nummer"))
    key_hash = models.CharField(_("sleutel (SHA-256)"), max_length=64, unique=True)
    created = models.DateTimeField(_("aangemaakt"), auto_now_add=True)

    class Meta:
        verbose_name = _("deelnemer")
        verbose_name_plural = _("deelnemers")
        constraints = [
            models.UniqueConstraint(fields=["session", "number"], name="participant_number")
        ]


class ParticipantAnswer(WorkspaceScoped):
    participant = models.ForeignKey(
        Participant, on_delete=models.CASCADE, related_name="answers", verbose_name=_("deelnemer")
    )
    item = models.CharField(_("item"), max_length=80)
    value = models.JSONField(_("antwoord"))
    updated = models.DateTimeField(_("bijgewerkt"), auto_now=True)

    class Meta:
        verbose_name = _("antwoord")
        verbose_name_plural = _("antwoorden")
        constraints = [
            models.UniqueConstraint(fields=["participant", "item"], name="one_answer_per_item")
        ]

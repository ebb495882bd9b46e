"""What an account keeps besides Django's user: the language it prefers."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from netwerkkaart.apps.workspaces.models import Language, Role, WorkspaceScoped


class Profile(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="profile",
        verbose_name=_("gebruiker"),
    )
    language = models.CharField(
        _("taal"),
        max_length=8,
        choices=Language.choices,
        blank=True,
        help_text=_("De taal waarin de site opent nadat u zich aanmeldt, en van uw e-mails."),
    )

    class Meta:
        verbose_name = _("profiel")
        verbose_name_plural = _("profielen")

    def __str__(self) -> str:
        return str(self.user)


class Invitation(WorkspaceScoped):
    """A personal invitation to join a workspace with a role, sent by e-mail.

    Only the SHA-256 of the link's token is kept (as with the survey links): whoever reads the
    database cannot use an invitation. Sending it again replaces the hash, so the earlier link
    dies; an invitation is used once.
    """

    email = models.EmailField(_("e-mailadres"))
    role = models.CharField(_("rol"), max_length=20, choices=Role.choices, default=Role.VIEWER)
    token_hash = models.CharField(_("hash van de link"), max_length=64, unique=True)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("uitgenodigd door"),
    )
    created = models.DateTimeField(_("aangemaakt"), auto_now_add=True)
    sent_at = models.DateTimeField(_("verstuurd op"), null=True, blank=True)
    expires_at = models.DateTimeField(_("geldig tot"))
    accepted_at = models.DateTimeField(_("aanvaard op"), null=True, blank=True)
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("aanvaard door"),
    )
    withdrawn_at = models.DateTimeField(_("ingetrokken op"), null=True, blank=True)

    class Meta:
        verbose_name = _("uitnodiging")
        verbose_name_plural = _("uitnodigingen")
        ordering = ["-created"]

    def __str__(self) -> str:
        return f"{self.email} → {self.workspace} ({self.role})"

    @property
    def is_pending(self) -> bool:
        return self.accepted_at is None and self.withdrawn_at is None

    @property
    def is_expired(self) -> bool:
        return timezone.now() >= self.expires_at

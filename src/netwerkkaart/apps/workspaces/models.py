"""A workspace is one ecosystem: a municipality, a primary care zone, a neighbourhood."""

from __future__ import annotations

from django.conf import settings
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_scopes import ScopedManager


class Role(models.TextChoices):
    """What a member may see and do, from most to least."""

    COORDINATOR = "coordinator", _("Coördinator")
    ANALYST = "analyst", _("Analist")
    VIEWER = "viewer", _("Lezer")


# Higher rank includes everything a lower rank may do.
ROLE_RANK = {Role.VIEWER: 1, Role.ANALYST: 2, Role.COORDINATOR: 3}


class Workspace(models.Model):
    slug = models.SlugField(_("korte naam"), max_length=60, unique=True)
    name = models.CharField(_("naam"), max_length=200)
    description = models.TextField(_("beschrijving"), blank=True)
    min_group = models.PositiveSmallIntegerField(
        _("minimale groepsgrootte"),
        default=5,
        validators=[MinValueValidator(2)],
        help_text=_("Geen enkel cijfer over minder respondenten dan dit aantal wordt getoond."),
    )
    # Raised by every write to the workspace's answers or register, so cached figures (keyed on
    # it) are never served after the data they came from changed.
    data_version = models.PositiveIntegerField(_("dataversie"), default=0, editable=False)
    created = models.DateTimeField(_("aangemaakt"), auto_now_add=True)

    class Meta:
        verbose_name = _("werkruimte")
        verbose_name_plural = _("werkruimtes")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Membership(models.Model):
    workspace = models.ForeignKey(
        Workspace,
        on_delete=models.CASCADE,
        related_name="memberships",
        verbose_name=_("werkruimte"),
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="memberships",
        verbose_name=_("gebruiker"),
    )
    role = models.CharField(_("rol"), max_length=20, choices=Role.choices, default=Role.VIEWER)
    created = models.DateTimeField(_("aangemaakt"), auto_now_add=True)

    objects = ScopedManager(workspace="workspace")

    class Meta:
        verbose_name = _("lidmaatschap")
        verbose_name_plural = _("lidmaatschappen")
        constraints = [
            models.UniqueConstraint(fields=["workspace", "user"], name="one_membership_per_user")
        ]

    def __str__(self) -> str:
        return f"{self.user} @ {self.workspace} ({self.role})"

    def allows(self, role: str) -> bool:
        """Whether this member's role includes ``role``."""
        return ROLE_RANK[Role(self.role)] >= ROLE_RANK[Role(role)]

    @property
    def sees_names(self) -> bool:
        """Viewers see aggregates and categories only, never actor names."""
        return self.allows(Role.ANALYST)


class AuditEntry(models.Model):
    """Every change in a workspace leaves an entry: who did what, when, with which details."""

    workspace = models.ForeignKey(
        Workspace, on_delete=models.CASCADE, related_name="audit", verbose_name=_("werkruimte")
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        verbose_name=_("gebruiker"),
    )
    action = models.CharField(_("actie"), max_length=80)
    data = models.JSONField(_("details"), default=dict, blank=True)
    created = models.DateTimeField(_("tijdstip"), auto_now_add=True)

    objects = ScopedManager(workspace="workspace")

    class Meta:
        verbose_name = _("logboekregel")
        verbose_name_plural = _("logboek")
        ordering = ["-created"]

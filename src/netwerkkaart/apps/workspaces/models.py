"""A workspace is one ecosystem: a municipality, a primary care zone, a neighbourhood."""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
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


class Language(models.TextChoices):
    """The languages a workspace or a person can choose (the site's ``LANGUAGES``)."""

    DUTCH = "nl-be", "Nederlands"
    ENGLISH = "en", "English"


def min_group_floor() -> int:
    """The site's floor for a workspace's minimum group (``NETWERKKAART_MIN_GROUP``, default 5)."""
    return int(getattr(settings, "NETWERKKAART_MIN_GROUP", 5))


def validate_min_group(value: int) -> None:
    """A workspace may raise the minimum group above the site's floor, never lower it."""
    floor = min_group_floor()
    if value is None or value < floor:
        raise ValidationError(
            _("De minimale groepsgrootte is op deze site minstens %(floor)s."),
            code="below_floor",
            params={"floor": floor},
        )


class Workspace(models.Model):
    slug = models.SlugField(
        _("korte naam"),
        max_length=60,
        unique=True,
        help_text=_("Kleine letters, cijfers en streepjes; komt in elke link: /w/korte-naam/."),
    )
    name = models.CharField(_("naam"), max_length=200)
    description = models.TextField(_("beschrijving"), blank=True)
    locations = models.JSONField(
        _("gemeenten of locaties"),
        default=list,
        blank=True,
        help_text=_("De gemeenten, deelgemeenten of wijken die het ecosysteem omvat."),
    )
    min_group = models.PositiveSmallIntegerField(
        _("minimale groepsgrootte"),
        default=min_group_floor,
        validators=[validate_min_group],
        help_text=_("Geen enkel cijfer over minder respondenten dan dit aantal wordt getoond."),
    )
    language = models.CharField(
        _("standaardtaal"),
        max_length=8,
        choices=Language.choices,
        default=Language.DUTCH,
        help_text=_("De taal van de e-mails die de werkruimte verstuurt."),
    )
    perception_pairs = models.BooleanField(
        _("paren tonen aan coördinatoren"),
        default=False,
        help_text=_(
            "Coördinatoren zien per paar van respondenten waar beide kanten hun samenwerking "
            "anders zien. Uit: iedereen ziet alleen de cijfers per sectorpaar."
        ),
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


class WorkspaceScoped(models.Model):
    """What every row that belongs to one workspace shares: the key and the scoped manager.

    The manager refuses a query outside a ``django_scopes`` scope, so a view that forgets the
    workspace fails loudly instead of reading another municipality's rows. A model whose reverse
    accessor is used (``workspace.rounds``) declares its own ``workspace`` field over this one.
    """

    workspace = models.ForeignKey(
        Workspace, on_delete=models.CASCADE, related_name="+", verbose_name=_("werkruimte")
    )

    objects = ScopedManager(workspace="workspace")

    class Meta:
        abstract = True


class Membership(WorkspaceScoped):
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


class AuditEntry(WorkspaceScoped):
    """Every change in a workspace leaves an entry: who did what, when, with which details."""

    # Empty for what happens to the site or an account rather than to one workspace (the first
    # administrator, a password reset): the site administrators' log.
    workspace = models.ForeignKey(
        Workspace,
        on_delete=models.CASCADE,
        related_name="audit",
        null=True,
        blank=True,
        verbose_name=_("werkruimte"),
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

    class Meta:
        verbose_name = _("logboekregel")
        verbose_name_plural = _("logboek")
        ordering = ["-created"]


class Milestone(WorkspaceScoped):
    """The first time a workspace reached a step that leaves no row of its own (read the
    dashboard, made the report): the home page ticks those steps from here."""

    DASHBOARD_READ = "dashboard_read"
    REPORT_MADE = "report_made"

    workspace = models.ForeignKey(
        Workspace, on_delete=models.CASCADE, related_name="milestones", verbose_name=_("werkruimte")
    )
    kind = models.CharField(_("soort"), max_length=40)
    reached = models.DateTimeField(_("bereikt op"), auto_now_add=True)

    class Meta:
        verbose_name = _("mijlpaal")
        verbose_name_plural = _("mijlpalen")
        constraints = [
            models.UniqueConstraint(fields=["workspace", "kind"], name="one_milestone_per_kind")
        ]

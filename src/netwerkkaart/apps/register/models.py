"""The actor register: every actor of a workspace's ecosystem, as the coordinator knows it."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from netwerkkaart.apps.workspaces.choices import vocab_choices
from netwerkkaart.apps.workspaces.models import Workspace, WorkspaceScoped
from netwerkkaart.core import vocab
from netwerkkaart.core.vocab import normalise_key

ACTOR_TYPE_CHOICES = vocab_choices(vocab.RESPONDENT_TYPE)
SECTOR_CHOICES = vocab_choices(vocab.SECTOR)
SCOPE_CHOICES = vocab_choices(vocab.SCOPE)


class Actor(WorkspaceScoped):
    """One actor of the ecosystem; a merged duplicate stays (for history) but points to its keeper."""

    workspace = models.ForeignKey(
        Workspace, on_delete=models.CASCADE, related_name="actors", verbose_name=_("werkruimte")
    )
    external_id = models.CharField(
        _("id in het register"),
        max_length=100,
        help_text=_("Een vaste code voor deze actor, bijvoorbeeld GG-HA-01."),
    )
    name = models.CharField(_("naam"), max_length=255)
    actor_type = models.CharField(
        _("type actor"), max_length=40, choices=ACTOR_TYPE_CHOICES, blank=True
    )
    sector = models.CharField(_("sector"), max_length=20, choices=SECTOR_CHOICES, blank=True)
    category = models.CharField(
        _("categorie"),
        max_length=255,
        blank=True,
        help_text=_("Bijvoorbeeld huisartsen, CAW of buurtwerk."),
    )
    location = models.CharField(_("locatie"), max_length=255, blank=True)
    scope = models.CharField(_("werkgebied"), max_length=20, choices=SCOPE_CHOICES, blank=True)
    employees = models.PositiveIntegerField(_("medewerkers"), null=True, blank=True)
    clients = models.PositiveIntegerField(
        _("cliënten per jaar"),
        null=True,
        blank=True,
        help_text=_("Het aantal personen dat per jaar geholpen wordt."),
    )
    # Contact details for survey invitations: shown to coordinators only, never analysed or exported.
    email = models.EmailField(
        _("e-mailadres"),
        blank=True,
        help_text=_(
            "Hierheen gaan de uitnodigingen voor een bevraging. Alleen coördinatoren zien het."
        ),
    )
    contact_name = models.CharField(
        _("contactpersoon"),
        max_length=200,
        blank=True,
        help_text=_("Aan wie de uitnodiging gericht is (Beste …). Alleen coördinatoren zien het."),
    )
    attributes = models.JSONField(_("extra kenmerken"), default=dict, blank=True)
    merged_into = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="merged_duplicates",
        verbose_name=_("samengevoegd met"),
    )
    # Derived on save, so search and duplicate detection ignore case and accents on any database.
    name_key = models.CharField(_("genormaliseerde naam"), max_length=255, editable=False)
    search_text = models.TextField(_("zoektekst"), blank=True, editable=False)
    created = models.DateTimeField(_("aangemaakt"), auto_now_add=True)
    updated = models.DateTimeField(_("gewijzigd"), auto_now=True)

    class Meta:
        verbose_name = _("actor")
        verbose_name_plural = _("actoren")
        ordering = ["name", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["workspace", "external_id"], name="one_external_id_per_workspace"
            )
        ]
        indexes = [models.Index(fields=["workspace", "name_key"], name="register_actor_name_key")]

    def __str__(self) -> str:
        return f"{self.name} ({self.external_id})"

    def save(self, *args: object, **kwargs: object) -> None:
        self.name_key = normalise_key(self.name)
        # Only what a viewer may search on; names and ids are matched separately (see views).
        self.search_text = normalise_key(f"{self.category} | {self.location}")
        super().save(*args, **kwargs)

    @property
    def is_merged(self) -> bool:
        return self.merged_into_id is not None

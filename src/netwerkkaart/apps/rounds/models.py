"""Survey rounds and their answers, kept exactly as the open data format's files.

A :class:`Round` holds the rows of one survey round: :class:`Tie` (``ties.csv``), :class:`Wish`
(``wishes.csv``) and :class:`UnknownActor` (``unknown.csv``). Respondent and partner stay text (a
pseudonym, a register id or a name); matching them to the register is the core's job. Answer
codes are the core vocabularies' codes; ``None`` means "not answered". Every row carries the
workspace as well as the round, so the scoped manager can refuse a query without a workspace.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from netwerkkaart.apps.workspaces.choices import vocab_choices
from netwerkkaart.apps.workspaces.models import Workspace, WorkspaceScoped
from netwerkkaart.core import vocab


class RoundStatus(models.TextChoices):
    OPEN = "open", _("open")
    CLOSED = "closed", _("afgesloten")


class RoundSource(models.TextChoices):
    IMPORT = "import", _("import")
    SURVEY = "survey", _("bevraging")


class Round(WorkspaceScoped):
    workspace = models.ForeignKey(
        Workspace, on_delete=models.CASCADE, related_name="rounds", verbose_name=_("werkruimte")
    )
    code = models.CharField(_("code"), max_length=40, help_text=_("Bijvoorbeeld 2025."))
    label = models.CharField(_("naam"), max_length=200, blank=True)
    opened = models.DateField(_("geopend op"), null=True, blank=True)
    closed = models.DateField(_("afgesloten op"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=RoundStatus.choices, default=RoundStatus.OPEN
    )
    source = models.CharField(
        _("bron"), max_length=10, choices=RoundSource.choices, default=RoundSource.IMPORT
    )
    created = models.DateTimeField(_("aangemaakt"), auto_now_add=True)

    class Meta:
        verbose_name = _("bevragingsronde")
        verbose_name_plural = _("bevragingsrondes")
        ordering = ["-code"]
        constraints = [
            models.UniqueConstraint(
                fields=["workspace", "code"], name="one_round_code_per_workspace"
            )
        ]

    def __str__(self) -> str:
        return self.label or self.code

    @property
    def is_open(self) -> bool:
        return self.status == RoundStatus.OPEN


class RoundRow(WorkspaceScoped):
    """What every answer row shares: its workspace (for scoping) and its respondent."""

    respondent = models.CharField(_("respondent"), max_length=300)

    class Meta:
        abstract = True
        ordering = ["id"]


def round_key(related_name: str) -> models.ForeignKey:
    return models.ForeignKey(
        Round, on_delete=models.CASCADE, related_name=related_name, verbose_name=_("ronde")
    )


class Tie(RoundRow):
    round = round_key("ties")
    respondent_type = models.CharField(
        _("type respondent"), max_length=40, choices=vocab_choices(vocab.RESPONDENT_TYPE)
    )
    location = models.CharField(_("locatie"), max_length=200)
    partner = models.CharField(_("partner"), max_length=300)
    partner_group = models.CharField(
        _("partnergroep"), max_length=40, choices=vocab_choices(vocab.SECTOR)
    )
    finality = models.CharField(
        _("finaliteit"), max_length=40, choices=vocab_choices(vocab.FINALITY), null=True, blank=True
    )
    frequency = models.CharField(
        _("frequentie"),
        max_length=40,
        choices=vocab_choices(vocab.FREQUENCY),
        null=True,
        blank=True,
    )
    evaluation = models.CharField(
        _("evaluatie"),
        max_length=40,
        choices=vocab_choices(vocab.EVALUATION),
        null=True,
        blank=True,
    )
    evolution = models.CharField(
        _("gewenste evolutie"),
        max_length=40,
        choices=vocab_choices(vocab.EVOLUTION),
        null=True,
        blank=True,
    )
    level = models.JSONField(_("niveau"), null=True, blank=True, default=list)
    scale = models.CharField(
        _("schaal"), max_length=40, choices=vocab_choices(vocab.SCALE), null=True, blank=True
    )
    stimulating = models.JSONField(_("stimulerende factoren"), null=True, blank=True, default=list)
    inhibiting = models.JSONField(_("belemmerende factoren"), null=True, blank=True, default=list)
    # The optional tie-quality blocks (core/scales.py): 0-5 and 1-5, empty when not asked.
    collaboration_level = models.PositiveSmallIntegerField(
        _("niveau van samenwerking (Frey)"), null=True, blank=True
    )
    rc_frequent = models.PositiveSmallIntegerField(
        _("frequente communicatie"), null=True, blank=True
    )
    rc_timely = models.PositiveSmallIntegerField(_("tijdige communicatie"), null=True, blank=True)
    rc_accurate = models.PositiveSmallIntegerField(_("juiste communicatie"), null=True, blank=True)
    rc_problem_solving = models.PositiveSmallIntegerField(
        _("probleemoplossende communicatie"), null=True, blank=True
    )
    rc_shared_goals = models.PositiveSmallIntegerField(_("gedeelde doelen"), null=True, blank=True)
    rc_shared_knowledge = models.PositiveSmallIntegerField(
        _("gedeelde kennis"), null=True, blank=True
    )
    rc_mutual_respect = models.PositiveSmallIntegerField(
        _("wederzijds respect"), null=True, blank=True
    )

    class Meta(RoundRow.Meta):
        verbose_name = _("samenwerking")
        verbose_name_plural = _("samenwerkingen")
        indexes = [
            models.Index(fields=["round", "location"], name="tie_round_location"),
            models.Index(fields=["round", "respondent_type"], name="tie_round_type"),
            models.Index(fields=["round", "partner_group"], name="tie_round_group"),
            models.Index(fields=["round", "respondent"], name="tie_round_respondent"),
        ]


class Wish(RoundRow):
    round = round_key("wishes")
    location = models.CharField(_("locatie"), max_length=200)
    partner = models.CharField(_("partner"), max_length=300)
    wish = models.CharField(_("wens"), max_length=10, choices=vocab_choices(vocab.WISH))

    class Meta(RoundRow.Meta):
        verbose_name = _("gewenste partner")
        verbose_name_plural = _("gewenste partners")
        indexes = [models.Index(fields=["round", "location"], name="wish_round_location")]


class UnknownActor(RoundRow):
    round = round_key("unknown")
    partner = models.CharField(_("onbekende actor"), max_length=300)

    class Meta(RoundRow.Meta):
        verbose_name = _("onbekende actor")
        verbose_name_plural = _("onbekende actoren")


class JobStatus(models.TextChoices):
    PENDING = "pending", _("wacht")
    RUNNING = "running", _("bezig")
    DONE = "done", _("klaar")
    FAILED = "failed", _("mislukt")


class ImportJob(WorkspaceScoped):
    """One upload being read and imported, with its progress and what went wrong."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        verbose_name=_("gebruiker"),
    )
    filename = models.CharField(_("bestand"), max_length=300, blank=True)
    default_round = models.CharField(_("ronde voor rijen zonder ronde"), max_length=40)
    replace = models.BooleanField(_("bestaande gegevens vervangen"), default=False)
    # Identifiers that look like register ids but are not in it are written only when the
    # coordinator confirmed that they are new actors.
    confirm_new_ids = models.BooleanField(_("nieuwe identificaties bevestigd"), default=False)
    status = models.CharField(
        _("status"), max_length=10, choices=JobStatus.choices, default=JobStatus.PENDING
    )
    total_rows = models.PositiveIntegerField(_("rijen in totaal"), default=0)
    processed_rows = models.PositiveIntegerField(_("rijen verwerkt"), default=0)
    issues = models.JSONField(_("problemen en waarschuwingen"), default=list, blank=True)
    refusal = models.JSONField(_("reden van weigering"), default=dict, blank=True)
    summary = models.JSONField(_("samenvatting"), default=dict, blank=True)
    created = models.DateTimeField(_("aangemaakt"), auto_now_add=True)
    started = models.DateTimeField(_("gestart"), null=True, blank=True)
    finished = models.DateTimeField(_("afgerond"), null=True, blank=True)

    class Meta:
        verbose_name = _("import")
        verbose_name_plural = _("imports")
        ordering = ["-created"]

    @property
    def is_finished(self) -> bool:
        return self.status in (JobStatus.DONE, JobStatus.FAILED)

"""A region analysis of a workspace: the uploaded region files, the progress, the result.

One :class:`RegionJob` per upload. The files are kept on the row (a zip), so the analysis can run
anywhere that reaches the database (a task run by a worker); the checked data and
the result are stored as JSON (``core.regions.serialize``).
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from netwerkkaart.apps.rounds.models import JobStatus  # the same states as an import's
from netwerkkaart.apps.workspaces.models import WorkspaceScoped

__all__ = ["JobStatus", "RegionJob"]


class RegionJob(WorkspaceScoped):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        verbose_name=_("gebruiker"),
    )
    filename = models.CharField(_("bestand"), max_length=300, blank=True)
    upload = models.BinaryField(_("opgeladen bestanden (zip)"))
    time_limit = models.PositiveIntegerField(_("rekentijd voor de indeling (seconden)"), default=60)
    demand_types = models.JSONField(_("gekozen zorgvragen"), default=list, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=JobStatus.choices, default=JobStatus.PENDING
    )
    step = models.CharField(_("stap"), max_length=40, blank=True)
    done = models.PositiveIntegerField(_("verwerkt"), default=0)
    total = models.PositiveIntegerField(_("in totaal"), default=0)
    issues = models.JSONField(_("problemen en waarschuwingen"), default=list, blank=True)
    data = models.JSONField(_("regiogegevens"), null=True, blank=True)
    result = models.JSONField(_("resultaat"), null=True, blank=True)
    created = models.DateTimeField(_("aangemaakt"), auto_now_add=True)
    finished = models.DateTimeField(_("afgerond"), null=True, blank=True)

    class Meta:
        verbose_name = _("regioanalyse")
        verbose_name_plural = _("regioanalyses")
        ordering = ["-created"]

    def __str__(self) -> str:
        return self.filename or str(self.pk)

    @property
    def is_finished(self) -> bool:
        return self.status in (JobStatus.DONE, JobStatus.FAILED)

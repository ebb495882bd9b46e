"""The follow-up list of a running survey as XLSX or CSV, for the coordinator who sends reminders.

Only what the survey's page shows the coordinator: who was invited, the sector and type of the
register, each invitation's status (not started, halfway, finished, revoked), when it was sent
and how many reminders followed. Never an answer, and never the pseudonym that links an invitee
to the answers. The e-mail address and contact person stay on the site (they are for
invitations only, as in the register).
"""

from __future__ import annotations

import polars as pl
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from netwerkkaart.apps.surveys import closing
from netwerkkaart.apps.surveys.models import Invitation
from netwerkkaart.apps.surveys.views import survey_or_404
from netwerkkaart.apps.workspaces.choices import vocab_language
from netwerkkaart.apps.workspaces.tenancy import require_role
from netwerkkaart.core import vocab
from netwerkkaart.core.questionnaire.followup import FollowUp, GroupProgress
from netwerkkaart.core.tabular import PERCENT_FORMAT
from netwerkkaart.web.downloads import csv_response, xlsx_response


def _status(invitation: Invitation, status: str | None) -> str:
    if invitation.is_revoked:
        return _("ingetrokken")
    return {closing.FINISHED: _("afgerond"), closing.HALFWAY: _("halverwege")}.get(
        status or "", _("nog niet begonnen")
    )


def invitee_frame(invitations: list[Invitation], progress: FollowUp, lang: str) -> pl.DataFrame:
    """One row per invitation: actor, sector, type, status, sent on, reminders."""
    columns = [_("Actor"), _("Sector"), _("Type actor"), _("Status"), _("Uitgenodigd op"),
               _("Herinneringen")]  # fmt: skip
    rows = [
        [inv.actor.name, vocab.SECTOR.label_or_unknown(inv.actor.sector or None, lang),
         vocab.RESPONDENT_TYPE.label_or_unknown(inv.actor.actor_type or None, lang),
         _status(inv, progress.statuses.get(inv.pk)),
         date_format(timezone.localtime(inv.sent_at), "SHORT_DATE_FORMAT") if inv.sent_at else "",
         inv.reminders]
        for inv in invitations
    ]  # fmt: skip
    schema = {c: pl.String for c in columns[:-1]} | {columns[-1]: pl.Int64}
    return pl.DataFrame(rows, schema=schema, orient="row")


def progress_frame(groups: list[GroupProgress], label: str, vocabulary: vocab.Vocabulary,
                   lang: str, min_group: int) -> pl.DataFrame:  # fmt: skip
    """The page's progress table per sector or type; a suppressed group's counts stay empty."""
    columns = [label, _("Uitgenodigd"), _("Nog niet begonnen"), _("Halverwege"), _("Afgerond"),
               _("Respons"), _("Opmerking")]  # fmt: skip
    hidden = _("niet getoond (minder dan %(n)d)") % {"n": min_group}
    rows = [
        [vocabulary.label_or_unknown(g.group or None, lang)]
        + ([None] * 5 + [hidden] if g.suppressed else
           [g.invited, g.not_started, g.halfway, g.finished, round(g.response_rate, 2), ""])
        for g in groups
    ]  # fmt: skip
    schema = ({label: pl.String} | {c: pl.Int64 for c in columns[1:5]}
              | {columns[5]: pl.Float64, columns[6]: pl.String})  # fmt: skip
    return pl.DataFrame(rows, schema=schema, orient="row")


@require_role("coordinator")
@require_safe
def follow_up_export(request: HttpRequest, workspace: str, code: str, fmt: str) -> HttpResponse:
    """The invitees with their status (``?status=`` as on the page), as XLSX or CSV."""
    survey = survey_or_404(request, code)
    progress = closing.follow_up(survey)
    lang = vocab_language()
    invitations = list(
        Invitation.objects.filter(round=survey.round).select_related("actor").order_by(
            "actor__name", "pk")
    )  # fmt: skip
    shown = request.GET.get("status", "")
    if shown in (closing.NOT_STARTED, closing.HALFWAY, closing.FINISHED):
        invitations = [i for i in invitations if progress.statuses.get(i.pk) == shown]
    frame = invitee_frame(invitations, progress, lang)
    name = f"opvolging-{slugify(request.workspace.slug)}-{slugify(code)}"
    if fmt == "csv":
        return csv_response(frame, f"{name}.csv")
    min_group = request.workspace.min_group
    sheets = {
        _("Uitgenodigden"): frame,
        _("Per sector"): progress_frame(progress.by_sector, _("Sector"), vocab.SECTOR, lang,
                                        min_group),
        _("Per type respondent"): progress_frame(progress.by_type, _("Type"),
                                                 vocab.RESPONDENT_TYPE, lang, min_group),
    }  # fmt: skip
    formats = {sheet: {_("Respons"): PERCENT_FORMAT} for sheet in sheets}
    about = [
        (_("Bevraging"), survey.round.code),
        (_("Gemaakt op"), date_format(timezone.localtime(), "DATETIME_FORMAT")),
        (_("Inhoud"), _("Wie uitgenodigd is en hoe ver elk staat. Antwoorden staan niet in deze "
                        "lijst: ze blijven los van wie uitgenodigd is, onder een pseudoniem.")),
        (_("Privacy"), _("Alleen voor de coördinator, die de herinneringen stuurt. Geef de lijst "
                         "niet door.")),
    ]  # fmt: skip
    return xlsx_response(sheets, f"{name}.xlsx", about=about, about_name=_("Uitleg"),
                         number_formats=formats)  # fmt: skip

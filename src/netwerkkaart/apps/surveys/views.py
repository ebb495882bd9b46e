"""The coordinator's survey pages: open a round, set its questionnaire, invite, follow up, close.

One invitee's pages (contact, revoke, answers, delete) are in ``invitees.py``.

Analysts and viewers see the follow-up in aggregate; names, e-mail addresses and per-invitee
status are for coordinators, and opening one invitee's answers is logged.
"""

from __future__ import annotations

import csv
import io
import re
from urllib.parse import quote

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from netwerkkaart.apps.register.services import active_actors
from netwerkkaart.apps.rounds.models import RoundStatus
from netwerkkaart.apps.surveys import closing, mailing, services
from netwerkkaart.apps.surveys.forms import (
    DatesForm,
    InviteForm,
    OpenSurveyForm,
    QuestionnaireForm,
    SendForm,
    optional_section_choices,
)
from netwerkkaart.apps.surveys.models import Invitation, SurveyRound
from netwerkkaart.apps.surveys.results import round_results
from netwerkkaart.apps.workspaces.choices import vocab_language
from netwerkkaart.apps.workspaces.tenancy import require_role
from netwerkkaart.core import vocab
from netwerkkaart.core.questionnaire import DefinitionError
from netwerkkaart.core.tabular import neutralise_formula

ERRORS = {
    "bad_code": gettext_lazy(
        "Deze code kan niet: gebruik hoogstens 40 tekens, geen '/' en niet 'import' of 'new'."
    ),
    "code_taken": gettext_lazy("Er bestaat al een ronde met deze code."),
    "closed": gettext_lazy("Deze ronde is afgesloten; er kan niets meer aan veranderen."),
    "pseudonym_exhausted": gettext_lazy(
        "Er kon geen vrij pseudoniem gemaakt worden; er werd niemand uitgenodigd. Probeer het "
        "opnieuw."
    ),
}
# The core's refusal names a field path in English; the coordinator gets a sentence.
DEFINITION_REFUSED = gettext_lazy(
    "Met deze keuzes kan de vragenlijst niet: kijk de eigen vragen en hun antwoordmogelijkheden na."
)


def _error(error: services.SurveyError) -> str:
    message = ERRORS.get(error.code) or error.details.get("message")
    return str(message) if message else _("Dit kon niet: %(code)s") % {"code": error.code}


def survey_or_404(request: HttpRequest, code: str) -> SurveyRound:
    try:
        return services.survey_for(request.workspace, code)
    except SurveyRound.DoesNotExist as missing:
        raise Http404("no such survey round") from missing


@require_role("viewer")
@require_safe
def survey_list(request: HttpRequest, workspace: str) -> HttpResponse:
    surveys = SurveyRound.objects.filter(workspace=request.workspace).select_related("round")
    coordinator = request.membership.allows("coordinator")
    min_group = request.workspace.min_group
    rows = []
    for survey in surveys:
        progress = closing.follow_up(survey)
        total = progress.total if coordinator else progress.protected(min_group).total
        rows.append({"survey": survey, "follow_up": total})
    return render(request, "surveys/list.html", {"rows": rows})


@require_role("coordinator")
@require_http_methods(["GET", "HEAD", "POST"])
def survey_open(request: HttpRequest, workspace: str) -> HttpResponse:
    base = services.DEFAULT_QUESTIONNAIRE
    form = OpenSurveyForm(request.POST or None)
    sections = QuestionnaireForm(request.POST or None, base=base, prefix="q",
                                 initial=QuestionnaireForm.initial_for([], [], base))  # fmt: skip
    if request.method == "POST" and form.is_valid() and sections.is_valid():
        chosen = set(sections.cleaned_data["sections"])
        disabled = [code for code, _label in optional_section_choices(base) if code not in chosen]
        try:
            survey = services.open_survey(
                request.workspace,
                code=form.cleaned_data["code"],
                label=form.cleaned_data["label"],
                opened=form.cleaned_data["opened"],
                deadline=form.cleaned_data["deadline"],
                disabled_sections=disabled,
                enabled_sections=sections.cleaned_data["scales"],
                own_questions=sections.cleaned_data["own_questions"],
                user=request.user,
            )
        except services.SurveyError as error:
            form.add_error("code", _error(error))
        except DefinitionError:
            sections.add_error(None, DEFINITION_REFUSED)
        else:
            messages.success(request, _("De ronde is geopend. Nodig nu actoren uit."))
            return redirect("surveys:invite", workspace=workspace, code=survey.round.code)
    status = 400 if request.method == "POST" else 200
    return render(request, "surveys/open.html", {"form": form, "sections": sections}, status=status)


@require_role("viewer")
@require_safe
def survey_detail(request: HttpRequest, workspace: str, code: str) -> HttpResponse:
    survey = survey_or_404(request, code)
    progress = closing.follow_up(survey)
    if not request.membership.allows("coordinator"):
        # Only the coordinator, who sends the reminders, sees small groups' progress.
        progress = progress.protected(request.workspace.min_group)
    lang = vocab_language()
    context = {
        "survey": survey,
        "round": survey.round,
        "is_open": survey.round.status == RoundStatus.OPEN,
        "follow_up": progress,
        "by_sector": [
            (vocab.SECTOR.label(g.group, lang) if g.group else _("geen sector"), g)
            for g in progress.by_sector
        ],
        "by_type": [
            (vocab.RESPONDENT_TYPE.label(g.group, lang) if g.group else _("geen type"), g)
            for g in progress.by_type
        ],
        "version": survey.current,
        "results": round_results(survey, lang, names=request.membership.sees_names),
    }
    if request.membership.allows("coordinator"):
        invitations = list(Invitation.objects.filter(round=survey.round).select_related("actor"))
        for invitation in invitations:
            invitation.status = progress.statuses.get(invitation.pk)
        shown = request.GET.get("status", "")
        if shown in (closing.NOT_STARTED, closing.HALFWAY, closing.FINISHED):
            invitations = [inv for inv in invitations if inv.status == shown]
        context["invitations"] = invitations
        context["shown_status"] = shown
        context["send_form"] = SendForm()
    return render(request, "surveys/detail.html", context)


@require_role("coordinator")
@require_http_methods(["GET", "HEAD", "POST"])
def questionnaire(request: HttpRequest, workspace: str, code: str) -> HttpResponse:
    survey = survey_or_404(request, code)
    current = survey.current
    form = QuestionnaireForm(
        request.POST or None,
        base=current.base,
        initial=QuestionnaireForm.initial_for(
            current.disabled_sections,
            current.own_questions,
            current.base,
            current.enabled_sections,
        ),
    )
    if request.method == "POST" and form.is_valid():
        chosen = set(form.cleaned_data["sections"])
        disabled = [c for c, _label in optional_section_choices(current.base) if c not in chosen]
        try:
            version = services.configure_questionnaire(
                survey, disabled_sections=disabled,
                enabled_sections=form.cleaned_data["scales"],
                own_questions=form.cleaned_data["own_questions"], user=request.user,
            )  # fmt: skip
        except services.SurveyError as error:
            messages.error(request, _error(error))
        except DefinitionError:
            form.add_error(None, DEFINITION_REFUSED)
        else:
            if version.number != current.number:
                messages.success(request, _(
                    "Er waren al antwoorden: de vragenlijst kreeg versie %(n)s. Gegeven antwoorden "
                    "blijven zoals ze zijn.") % {"n": version.number})  # fmt: skip
            else:
                messages.success(request, _("De vragenlijst is bewaard."))
            return redirect("surveys:detail", workspace=workspace, code=code)
    return render(request, "surveys/questionnaire.html", {"survey": survey, "form": form})


@require_role("coordinator")
@require_http_methods(["GET", "HEAD", "POST"])
def dates(request: HttpRequest, workspace: str, code: str) -> HttpResponse:
    survey = survey_or_404(request, code)
    form = DatesForm(
        request.POST or None,
        initial={"label": survey.round.label, "deadline": survey.deadline},
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.set_dates(survey, user=request.user, **form.cleaned_data)
        except services.SurveyError as error:
            messages.error(request, _error(error))
        else:
            messages.success(request, _("Bewaard."))
        return redirect("surveys:detail", workspace=workspace, code=code)
    return render(request, "surveys/dates.html", {"survey": survey, "form": form})


@require_role("coordinator")
@require_http_methods(["GET", "HEAD", "POST"])
def invite(request: HttpRequest, workspace: str, code: str) -> HttpResponse:
    survey = survey_or_404(request, code)
    invited = set(Invitation.objects.filter(round=survey.round).values_list("actor_id", flat=True))
    sector = request.GET.get("sector", "")
    actors = active_actors(request.workspace).order_by("sector", "name")
    if sector:
        actors = actors.filter(sector=sector)
    open_actors = [a for a in actors if a.pk not in invited]
    form = InviteForm(request.POST or None, choices=[(str(a.pk), a.name) for a in open_actors])
    if request.method == "POST" and form.is_valid():
        chosen = {int(pk) for pk in form.cleaned_data["actors"]}
        try:
            created = services.invite(
                survey, [a for a in open_actors if a.pk in chosen], user=request.user
            )
        except services.SurveyError as error:
            messages.error(request, _error(error))
        else:
            n = len(created)
            invited = ngettext("%(n)s actor uitgenodigd.", "%(n)s actoren uitgenodigd.", n)
            messages.success(request, invited % {"n": n})
        return redirect("surveys:detail", workspace=workspace, code=code)
    lang = vocab_language()
    return render(request, "surveys/invite.html", {
        "survey": survey, "form": form, "actors": open_actors, "invited_count": len(invited),
        "sector": sector, "sectors": [(t.code, t.label(lang)) for t in vocab.SECTOR.terms],
    })  # fmt: skip


@require_role("coordinator")
@require_POST
def links(request: HttpRequest, workspace: str, code: str) -> HttpResponse:
    """New personal links to copy by hand, shown once (only their hashes are kept)."""
    survey = survey_or_404(request, code)
    chosen = request.POST.getlist("invitation")
    invitations = Invitation.objects.filter(round=survey.round).select_related("actor")
    if chosen:
        invitations = invitations.filter(pk__in=_ids(chosen))
    try:
        issued = services.issue_links(survey, list(invitations), user=request.user)
    except services.SurveyError as error:
        messages.error(request, _error(error))
        return redirect("surveys:detail", workspace=workspace, code=code)
    if not issued:
        none = _(
            "Er werd geen link gemaakt: de gekozen uitnodigingen zijn ingetrokken of bestaan niet."
        )
        messages.warning(request, none)
        return redirect("surveys:detail", workspace=workspace, code=code)
    base = request.build_absolute_uri("/")
    rows = [{"invitation": link.invitation, "url": mailing.link_url(base, link.token)}
            for link in issued]  # fmt: skip
    return render(request, "surveys/links.html", {
        "survey": survey, "rows": rows, "csv_href": _links_csv(rows),
    })  # fmt: skip


def _ids(values: list[str]) -> list[int]:
    """The values that can be an id ('²' passes ``isdigit``; 10**30 overflows the database)."""
    return [int(value) for value in values if re.fullmatch(r"[0-9]{1,18}", value)]


def _links_csv(rows: list[dict]) -> str:
    """The links as a CSV data URL, for a mail merge: made here, in this response, never stored."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";")
    writer.writerow([_("actor"), _("contactpersoon"), _("e-mailadres"), _("link")])
    for row in rows:
        invitation = row["invitation"]
        writer.writerow([neutralise_formula(value) for value in (
            invitation.actor.name, invitation.contact_name, invitation.email, row["url"],
        )])  # fmt: skip
    # A byte-order mark, so a spreadsheet opens the accents right.
    return "data:text/csv;charset=utf-8," + quote("\ufeff" + buffer.getvalue())


@require_role("coordinator")
@require_POST
def send(request: HttpRequest, workspace: str, code: str) -> HttpResponse:
    survey = survey_or_404(request, code)
    form = SendForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Kies uitnodigingen of herinneringen."))
        return redirect("surveys:detail", workspace=workspace, code=code)
    reminder = form.cleaned_data["kind"] == "remind"
    invitations = Invitation.objects.filter(round=survey.round).select_related("actor")
    if not reminder:
        invitations = invitations.filter(sent_at__isnull=True)
    try:
        result = mailing.send_invitations(
            survey, list(invitations), base_url=request.build_absolute_uri("/"),
            reminder=reminder, user=request.user,
        )  # fmt: skip
    except services.SurveyError as error:
        messages.error(request, _error(error))
    else:
        parts = [
            ngettext("%(n)s e-mail verstuurd", "%(n)s e-mails verstuurd", result.sent)
            % {"n": result.sent},
            ngettext("%(n)s uitgenodigde zonder e-mailadres",
                     "%(n)s uitgenodigden zonder e-mailadres", result.without_email)
            % {"n": result.without_email},
            ngettext("%(n)s overgeslagen", "%(n)s overgeslagen", result.skipped)
            % {"n": result.skipped},
        ]  # fmt: skip
        messages.success(request, "; ".join(parts) + ".")
        if result.failed:
            messages.error(request, ngettext(
                "%(n)s e-mail werd door de mailserver geweigerd.",
                "%(n)s e-mails werden door de mailserver geweigerd.", len(result.failed),
            ) % {"n": len(result.failed)})  # fmt: skip
    return redirect("surveys:detail", workspace=workspace, code=code)


@require_role("coordinator")
@require_http_methods(["GET", "HEAD", "POST"])
def close(request: HttpRequest, workspace: str, code: str) -> HttpResponse:
    survey = survey_or_404(request, code)
    if request.method == "POST":
        try:
            summary = closing.close_survey(survey, user=request.user)
        except services.SurveyError as error:
            messages.error(request, _error(error))
            return redirect("surveys:detail", workspace=workspace, code=code)
        if summary is None:
            messages.warning(request, _("De ronde is afgesloten, zonder antwoorden."))
        else:
            n, ties = summary.respondents, summary.ties
            shown = {
                "ties": ngettext("%(n)s samenwerking", "%(n)s samenwerkingen", ties) % {"n": ties},
                "people": ngettext("%(n)s respondent", "%(n)s respondenten", n) % {"n": n},
            }
            closed = _("De ronde is afgesloten. Nu op het dashboard: %(ties)s van %(people)s.")
            messages.success(request, closed % shown)
        return redirect("dashboard:round", workspace=workspace, code=code)
    return render(request, "surveys/close.html", {
        "survey": survey, "follow_up": closing.follow_up(survey).total,
    })  # fmt: skip

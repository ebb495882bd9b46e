"""One invitee's pages, for coordinators: the contact, revoking and restoring the links, the
logged look at the answers, deleting the respondent on request."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from netwerkkaart.apps.surveys import closing, services
from netwerkkaart.apps.surveys.forms import ContactForm
from netwerkkaart.apps.surveys.models import Invitation, SurveyRound
from netwerkkaart.apps.surveys.results import linked_answers
from netwerkkaart.apps.surveys.views import survey_or_404
from netwerkkaart.apps.workspaces.choices import vocab_language
from netwerkkaart.apps.workspaces.tenancy import require_role


def _invitation(survey: SurveyRound, pk: int) -> Invitation:
    return get_object_or_404(Invitation.objects.select_related("actor"), pk=pk, round=survey.round)


@require_role("coordinator")
@require_http_methods(["GET", "HEAD", "POST"])
def invitee(request: HttpRequest, workspace: str, code: str, pk: int) -> HttpResponse:
    survey = survey_or_404(request, code)
    invitation = _invitation(survey, pk)
    form = ContactForm(
        request.POST or None,
        initial={"contact_name": invitation.contact_name, "email": invitation.email},
    )
    if request.method == "POST" and form.is_valid():
        services.update_contact(invitation, user=request.user, **form.cleaned_data)
        messages.success(request, _("Contactgegevens bewaard."))
        return redirect("surveys:invitee", workspace=workspace, code=code, pk=pk)
    status = closing.follow_up(survey).statuses.get(invitation.pk)
    return render(request, "surveys/invitee.html", {
        "survey": survey, "invitation": invitation, "form": form, "status": status,
    })  # fmt: skip


@require_role("coordinator")
@require_POST
def invitee_revoke(request: HttpRequest, workspace: str, code: str, pk: int) -> HttpResponse:
    survey = survey_or_404(request, code)
    invitation = _invitation(survey, pk)
    if request.POST.get("restore"):
        services.restore(invitation, user=request.user)
        messages.success(request, _("De uitnodiging geldt opnieuw; maak een nieuwe link."))
    else:
        services.revoke(invitation, user=request.user)
        messages.success(request, _("Alle links van deze uitnodiging werken niet meer."))
    return redirect("surveys:invitee", workspace=workspace, code=code, pk=pk)


@require_role("coordinator")
@require_POST
def invitee_answers(request: HttpRequest, workspace: str, code: str, pk: int) -> HttpResponse:
    """One invitee's answers: the identity linked to the answers, so only on purpose and logged."""
    survey = survey_or_404(request, code)
    invitation = _invitation(survey, pk)
    answers = linked_answers(invitation, vocab_language(), user=request.user)
    return render(request, "surveys/answers.html", {
        "survey": survey, "invitation": invitation, "answers": answers,
    })  # fmt: skip


@require_role("coordinator")
@require_http_methods(["GET", "HEAD", "POST"])
def invitee_delete(request: HttpRequest, workspace: str, code: str, pk: int) -> HttpResponse:
    survey = survey_or_404(request, code)
    invitation = _invitation(survey, pk)
    if request.method == "POST":
        name = invitation.actor.name
        removed = services.delete_respondent(invitation, user=request.user)
        return render(request, "surveys/deleted.html", {
            "survey": survey, "name": name, "removed": removed,
        })  # fmt: skip
    return render(request, "surveys/delete.html", {"survey": survey, "invitation": invitation})

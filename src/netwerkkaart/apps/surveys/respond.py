"""The respondent's pages, opened with a personal link (no account): one short screen per step.

Each answer is saved as it is given (htmx posts one question on change); without JavaScript the
"next" button posts the step and only the answers changed on that page are written, so a stale
second tab never overwrites what the first one saved.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import wraps

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST, require_safe
from django_scopes import scope

from netwerkkaart.apps.register.models import Actor
from netwerkkaart.apps.surveys import answering, feedback
from netwerkkaart.apps.surveys.answering import LinkProblem, UnknownQuestion, Visit
from netwerkkaart.apps.surveys.presenters import resume_step, step_context, steps_of
from netwerkkaart.apps.workspaces.choices import vocab_language
from netwerkkaart.core.questionnaire import AnswerError, parse_form_value
from netwerkkaart.core.vocab import normalise_key

SUGGESTIONS = 8
MAX_PARTNER_KEY = 320  # the length of Answer.partner

LINK_PROBLEMS = {
    "unknown": gettext_lazy("Deze link kennen we niet. Controleer of u de volledige link uit uw uitnodiging "
                 "gebruikt, of vraag de organisator om een nieuwe."),
    "revoked": gettext_lazy("Deze link werd ingetrokken. Vraag de organisator van de bevraging om een nieuwe "
                 "link als u toch wilt deelnemen."),
    "closed": gettext_lazy("Deze bevraging is afgesloten; er kunnen geen antwoorden meer bij. Bedankt voor uw "
                "interesse."),
}  # fmt: skip


def with_visit(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Resolve the link; a wrong, revoked or expired link gets a clear page (status 404/410)."""

    @wraps(view)
    def wrapper(request: HttpRequest, token: str, *args: object, **kwargs: object) -> HttpResponse:
        try:
            visit = answering.open_link(token)  # one query for everything a save needs
        except LinkProblem as problem:
            return _link_problem(request, problem, 404 if problem.code == "unknown" else 410)
        try:
            with scope(workspace=visit.invitation.workspace):
                response = view(request, visit, token, *args, **kwargs)
        except LinkProblem as problem:  # the round closed while the respondent was answering
            return _link_problem(request, problem, 410)
        # The token is in the URL: never send it to another site. ("no-referrer" would make the
        # browser send "Origin: null" with our own forms, which CSRF protection refuses.)
        response["Referrer-Policy"] = "same-origin"
        response["X-Robots-Tag"] = "noindex"
        return response

    return never_cache(wrapper)


def _link_problem(request: HttpRequest, problem: LinkProblem, status: int) -> HttpResponse:
    if request.headers.get("HX-Request"):  # an autosave: the message goes in its status line
        return _saved(request, str(LINK_PROBLEMS[problem.code]), status)
    return render(
        request,
        "surveys/respond/link_problem.html",
        {"message": LINK_PROBLEMS[problem.code], "problem": problem.code},
        status=status,
    )


@require_safe
@with_visit
def start(request: HttpRequest, visit: Visit, token: str) -> HttpResponse:
    """Welcome page; a returning respondent is offered to resume where they stopped."""
    answers = answering.answers_of(visit.response)
    steps = steps_of(visit.definition, answers)
    resume = min(resume_step(visit.definition, answers), len(steps) - 1) if answers else None
    return render(
        request,
        "surveys/respond/start.html",
        {
            "visit": visit,
            "token": token,
            "lang": vocab_language(),
            "resume": resume,
            "title": visit.definition.title.get(vocab_language()),
            "intro": visit.definition.intro.get(vocab_language()),
            "workspace_name": visit.invitation.workspace.name,
            "deadline": visit.survey.deadline,
            "finished_at": visit.response.finished_at,
        },
    )


@require_http_methods(["GET", "HEAD", "POST"])
@with_visit
def step(request: HttpRequest, visit: Visit, token: str, number: int) -> HttpResponse:
    answers = answering.answers_of(visit.response)
    steps = steps_of(visit.definition, answers)
    if number >= len(steps):
        return redirect("surveys:respond_end", token=token)
    if request.method == "POST":
        errors = _save_step(request, visit, steps[number], answers)
        if not errors:
            target = number + 1 if "next" in request.POST else max(number - 1, 0)
            if "previous" not in request.POST and "next" not in request.POST:
                target = number
            if target >= len(steps):
                return redirect("surveys:respond_end", token=token)
            return redirect("surveys:respond_step", token=token, number=target)
        answers = answering.answers_of(visit.response)
    else:
        errors = {}
    context = step_context(visit, steps, number, answers, vocab_language(), errors=errors)
    context["token"] = token
    context["query"] = request.GET.get("q", "").strip()
    context["suggest_for"] = request.GET.get("for", "")
    context["suggestions"] = _suggest(visit, context["query"]) if context["query"] else None
    return render(request, "surveys/respond/step.html", context, status=400 if errors else 200)


def _save_step(request: HttpRequest, visit: Visit, at: object, answers: dict) -> dict[str, str]:
    """Save the answers changed on this page; returns error messages by question id."""
    errors = {}
    lang = vocab_language()
    for question in visit.definition.section(at.section_id).questions:
        if question.type == "actor_list":
            continue  # lists change one entry at a time (see list_entry)
        field = f"q-{question.id}"
        raw = request.POST.getlist(field)
        try:
            value = parse_form_value(question, raw)
            original = request.POST.get(f"orig-{question.id}")
            if original is not None and json.loads(original) == value:
                continue
            answering.save_answer(visit, question.id, at.partner_key, value)
        except AnswerError as error:
            errors[question.id] = error.message(lang)
        except (ValueError, UnknownQuestion):
            errors[question.id] = _("Dit antwoord kon niet gelezen worden.")
    return errors


@require_POST
@with_visit
def answer(request: HttpRequest, visit: Visit, token: str) -> HttpResponse:
    """Save one answer as it is given (htmx); answers with a small status for screen readers."""
    question_id = request.POST.get("question", "")
    partner = request.POST.get("partner") or None
    if partner is not None and len(partner) > MAX_PARTNER_KEY:
        return _saved(request, _("Dit antwoord kon niet gelezen worden."), 400)
    try:
        question = visit.definition.question(question_id)
        value = parse_form_value(question, request.POST.getlist(f"q-{question_id}"))
        answering.save_answer(visit, question_id, partner, value)
    except KeyError:
        return _saved(request, _("Onbekende vraag; niets bewaard."), 400)
    except AnswerError as error:
        return _saved(request, error.message(vocab_language()), 400)
    except (ValueError, UnknownQuestion):
        return _saved(request, _("Dit antwoord kon niet gelezen worden."), 400)
    return _saved(request, _("Bewaard"), 200)


def _saved(request: HttpRequest, message: str, status: int) -> HttpResponse:
    return render(
        request,
        "surveys/respond/saved.html",
        {"message": message, "failed": status != 200},
        status=status,
    )


@require_POST
@with_visit
def list_entry(request: HttpRequest, visit: Visit, token: str) -> HttpResponse:
    """Add or remove one partner (or wish, or unknown actor) and go back to the step."""
    question_id = request.POST.get("question", "")
    back = request.POST.get("step", "0")
    number = int(back) if back.isdigit() else 0
    try:
        if request.POST.get("op") == "remove":
            answering.remove_list_entry(visit, question_id, request.POST.get("key", ""))
        else:
            answering.add_list_entry(visit, question_id, _entry(visit, request))
    except (AnswerError, UnknownQuestion, ValueError) as error:
        message = error.message(vocab_language()) if isinstance(error, AnswerError) else ""
        answers = answering.answers_of(visit.response)
        steps = steps_of(visit.definition, answers)
        at = min(number, len(steps) - 1)
        context = step_context(
            visit, steps, at, answers, vocab_language(),
            errors={question_id: message or _("Dit antwoord kon niet gelezen worden.")},
        )  # fmt: skip
        context.update(token=token, query="", suggestions=None)
        return render(request, "surveys/respond/step.html", context, status=400)
    url = reverse("surveys:respond_step", kwargs={"token": token, "number": number})
    return redirect(f"{url}#{question_id}")


def _entry(visit: Visit, request: HttpRequest) -> dict[str, str]:
    actor = request.POST.get("actor", "").strip()
    if actor:
        if not Actor.objects.filter(
            workspace=visit.invitation.workspace, external_id=actor, merged_into__isnull=True
        ).exists():
            raise ValueError(actor)
        return {"actor": actor}
    category = request.POST.get("category", "").strip()
    if category:
        return {"category": category}
    name = request.POST.get("name", "").strip()
    sector = request.POST.get("sector", "").strip()
    return {"name": name, "sector": sector}


@require_safe
@with_visit
def suggestions(request: HttpRequest, visit: Visit, token: str) -> HttpResponse:
    """Type-ahead: register actors (and categories where allowed) matching what was typed."""
    query = request.GET.get("q", "").strip()
    question_id = request.GET.get("question", "")
    step_number = request.GET.get("step", "0")
    return render(
        request,
        "surveys/respond/suggestions.html",
        {
            "token": token,
            "suggestions": _suggest(visit, query) if len(query) >= 2 else None,
            "question_id": question_id,
            "step": step_number if step_number.isdigit() else "0",
            "allow_categories": _allows_categories(visit, question_id),
            "query": query,
        },
    )


def _allows_categories(visit: Visit, question_id: str) -> bool:
    try:
        return bool(visit.definition.question(question_id).allow_categories)
    except KeyError:
        return False


def _suggest(visit: Visit, query: str) -> dict[str, list]:
    key = normalise_key(query)
    actors = Actor.objects.filter(
        workspace=visit.invitation.workspace, merged_into__isnull=True
    ).exclude(pk=visit.invitation.actor_id)
    found = list(
        actors.filter(name_key__contains=key).order_by("name")[:SUGGESTIONS]
    ) if key else []  # fmt: skip
    categories = sorted(
        {c for c in actors.filter(search_text__contains=key).values_list("category", flat=True) if c}
    )[:SUGGESTIONS] if key else []  # fmt: skip
    return {"actors": found, "categories": categories}


@require_http_methods(["GET", "HEAD", "POST"])
@with_visit
def end(request: HttpRequest, visit: Visit, token: str) -> HttpResponse:
    """The last page: what is still open, and the button that hands the questionnaire in."""
    answers = answering.answers_of(visit.response)
    steps = steps_of(visit.definition, answers)
    if request.method == "POST":
        answering.finish(visit)
        return redirect("surveys:respond_profile", token=token)
    context = step_context(visit, steps, len(steps), answers, vocab_language(), errors={})
    context["token"] = token
    return render(request, "surveys/respond/end.html", context)


@require_safe
@with_visit
def profile(request: HttpRequest, visit: Visit, token: str) -> HttpResponse:
    """What the respondent gets back: their own profile and who does what in the ecosystem."""
    context = feedback.feedback_context(visit, vocab_language())
    context["token"] = token
    return render(request, "surveys/respond/profile.html", context)


PDF_CATEGORIES = 12  # the busiest kinds of organisation; more would not fit on one page


@require_safe
@with_visit
def profile_pdf(request: HttpRequest, visit: Visit, token: str) -> HttpResponse:
    """The same profile as a one-page PDF to keep or pass on."""
    from netwerkkaart.web.pdf import PdfUnavailable, html_to_pdf

    context = feedback.feedback_context(visit, vocab_language())
    context["overview_categories"] = sorted(
        context["overview_categories"], key=lambda row: -row["ties"]
    )[:PDF_CATEGORIES]
    context["made"] = date_format(timezone.localtime(), "DATE_FORMAT")
    try:
        content = html_to_pdf(render_to_string("surveys/respond/profile_pdf.html", context))
    except PdfUnavailable as error:
        return HttpResponse(str(error), status=503, content_type="text/plain; charset=utf-8")
    response = HttpResponse(content, content_type="application/pdf")
    response["Content-Disposition"] = 'attachment; filename="samenwerkingsprofiel.pdf"'
    return response

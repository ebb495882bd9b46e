"""The participant's pages: open the session's link on a phone, join, answer. No account.

Each phone gets a random key in a cookie scoped to the session's path (only its SHA-256 is
stored), so a participant can come back to their answers and nobody else can see them.
"""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST
from django_scopes import scope, scopes_disabled

from netwerkkaart.apps.instruments import presenters, services
from netwerkkaart.apps.instruments.models import InstrumentSession, ParticipantAnswer
from netwerkkaart.apps.workspaces.choices import vocab_language
from netwerkkaart.core.questionnaire import AnswerError, parse_form_value, validate_answer

COOKIE_DAYS = 30


def _cookie_name(session: InstrumentSession) -> str:
    return f"nk_sessie_{session.pk}"


def _session(key: str) -> InstrumentSession:
    with scopes_disabled():
        session = InstrumentSession.objects.select_related("workspace").filter(join_key=key).first()
    if session is None:
        raise Http404("no such session")
    return session


def _closed(request: HttpRequest, session: InstrumentSession) -> HttpResponse:
    return render(request, "instruments/participate/closed.html", {"session": session},
                  status=410)  # fmt: skip


def _page(request, session, participant, *, errors=None, saved=False, status=200) -> HttpResponse:
    lang = vocab_language()
    instrument = services.instrument_of(session)
    with scope(workspace=session.workspace):
        answers = dict(
            ParticipantAnswer.objects.filter(participant=participant).values_list("item", "value")
        )
    context = {
        "session": session,
        "instrument": instrument,
        "title": instrument.title.get(lang),
        "intro": instrument.intro.get(lang) if instrument.intro else "",
        "participant": participant,
        "dimensions": presenters.form_context(instrument, answers, lang, errors or {}),
        "saved": saved,
        "errors": errors or {},
    }
    return render(request, "instruments/participate/form.html", context, status=status)


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def join(request: HttpRequest, key: str) -> HttpResponse:
    """The link everyone in the group opens: join (POST) once, then the questions."""
    session = _session(key)
    participant = services.participant_for(session, request.COOKIES.get(_cookie_name(session)))
    if not session.is_open:
        return _closed(request, session)
    if participant is not None:
        return _page(request, session, participant, saved=request.GET.get("bewaard") == "1")
    if request.method != "POST":
        lang = vocab_language()
        instrument = services.instrument_of(session)
        return render(request, "instruments/participate/join.html", {
            "session": session, "title": instrument.title.get(lang),
            "intro": instrument.intro.get(lang) if instrument.intro else "",
        })  # fmt: skip
    participant, secret = services.join(session)
    response = redirect("instruments_public:join", key=key)
    response.set_cookie(
        _cookie_name(session), secret, max_age=COOKIE_DAYS * 86400, path=f"/i/{key}/",
        httponly=True, samesite="Lax", secure=request.is_secure(),
    )  # fmt: skip
    return response


@never_cache
@require_POST
def answer(request: HttpRequest, key: str) -> HttpResponse:
    """Store the answers on the form (every item present on it); htmx gets a status line back."""
    session = _session(key)
    participant = services.participant_for(session, request.COOKIES.get(_cookie_name(session)))
    if participant is None:
        return redirect("instruments_public:join", key=key)
    if not session.is_open:
        return _closed(request, session)
    instrument = services.instrument_of(session)
    values, errors = {}, {}
    for question in instrument.items():
        name = f"q-{question.id}"
        if name not in request.POST and f"orig-{question.id}" not in request.POST:
            continue
        try:
            values[question.id] = validate_answer(
                question, parse_form_value(question, request.POST.getlist(name))
            )
        except AnswerError as error:
            errors[question.id] = error.message(vocab_language())
        except ValueError:
            errors[question.id] = _("Dit antwoord kan niet gelezen worden.")
    if errors:
        if request.headers.get("HX-Request"):
            return HttpResponse(_("Niet bewaard: kijk de aangeduide vragen na."), status=422)
        return _page(request, session, participant, errors=errors, status=422)
    try:
        services.save_answers(participant, instrument, values)
    except services.SessionClosed:
        return _closed(request, session)
    if request.headers.get("HX-Request"):
        return HttpResponse(_("Bewaard."))
    return redirect(f"{request.path.rsplit('antwoorden/', 1)[0]}?bewaard=1")

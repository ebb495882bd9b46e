"""The facilitator's pages: sessions per network, start one, follow the results live, close."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from netwerkkaart.apps.instruments import presenters, services
from netwerkkaart.apps.instruments.exports import session_pdf, session_workbook
from netwerkkaart.apps.instruments.forms import (
    StartSessionForm,
    instrument_choices,
    instrument_groups,
)
from netwerkkaart.apps.instruments.models import InstrumentSession
from netwerkkaart.apps.instruments.pictures import session_picture
from netwerkkaart.apps.instruments.results import earlier_session, session_result
from netwerkkaart.apps.workspaces.choices import vocab_language
from netwerkkaart.apps.workspaces.tenancy import require_role
from netwerkkaart.web.pdf import PdfUnavailable


def _session(request: HttpRequest, pk: int) -> InstrumentSession:
    try:
        return InstrumentSession.objects.get(workspace=request.workspace, pk=pk)
    except InstrumentSession.DoesNotExist as missing:
        raise Http404("no such session") from missing


@require_role("viewer")
@require_http_methods(["GET", "HEAD", "POST"])
def session_list(request: HttpRequest, workspace: str) -> HttpResponse:
    """Sessions kept per network and date; a coordinator starts a new one here."""
    form = None
    if request.membership.allows("coordinator"):
        form = StartSessionForm(request.POST or None)
        if request.method == "POST" and form.is_valid():
            session = services.start_session(
                request.workspace, form.cleaned_data["instrument"],
                network=form.cleaned_data["network"], held_on=form.cleaned_data["held_on"],
                user=request.user,
            )  # fmt: skip
            return redirect("instruments:detail", workspace=workspace, pk=session.pk)
    elif request.method == "POST":
        raise PermissionDenied
    titles = dict(instrument_choices())
    networks: dict[str, list] = {}
    for session in InstrumentSession.objects.filter(workspace=request.workspace):
        networks.setdefault(session.network, []).append(
            {
                "session": session,
                "title": titles.get(session.instrument, session.instrument),
                "participants": session.participants.count(),
            }
        )
    return render(
        request,
        "instruments/list.html",
        {"form": form, "networks": networks, "groups": instrument_groups() if form else []},
    )


def _results(request: HttpRequest, session: InstrumentSession) -> dict:
    lang = vocab_language()
    instrument = services.instrument_of(session)
    result = session_result(session)
    earlier = earlier_session(session)
    earlier_result = session_result(earlier) if earlier else None
    return {
        "session": session,
        "instrument": instrument,
        "title": instrument.title.get(lang),
        "earlier": earlier,
        "results": presenters.results_context(instrument, result, lang, earlier_result),
        "picture": session_picture(instrument, result, lang, earlier=earlier_result),
    }


@require_role("viewer")
@require_safe
def detail(request: HttpRequest, workspace: str, pk: int) -> HttpResponse:
    session = _session(request, pk)
    context = _results(request, session)
    context["join_url"] = request.build_absolute_uri(
        reverse("instruments_public:join", kwargs={"key": session.join_key})
    )
    return render(request, "instruments/detail.html", context)


@require_role("viewer")
@require_safe
def results(request: HttpRequest, workspace: str, pk: int) -> HttpResponse:
    """The live part of the page, polled by htmx while the session is open."""
    return render(request, "instruments/_results.html", _results(request, _session(request, pk)))


@require_role("coordinator")
@require_POST
def close(request: HttpRequest, workspace: str, pk: int) -> HttpResponse:
    session = _session(request, pk)
    services.close_session(session, user=request.user)
    messages.success(request, _("De sessie is afgesloten: er kunnen geen antwoorden meer bij."))
    return redirect("instruments:detail", workspace=workspace, pk=pk)


@require_role("viewer")
@require_safe
def export_xlsx(request: HttpRequest, workspace: str, pk: int) -> HttpResponse:
    session = _session(request, pk)
    response = HttpResponse(
        session_workbook(session, vocab_language()),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    response["Content-Disposition"] = f'attachment; filename="sessie-{session.pk}.xlsx"'
    return response


@require_role("viewer")
@require_safe
def export_pdf(request: HttpRequest, workspace: str, pk: int) -> HttpResponse:
    session = _session(request, pk)
    try:
        content = session_pdf(session, _results(request, session))
    except PdfUnavailable as error:
        return HttpResponse(str(error), status=503, content_type="text/plain; charset=utf-8")
    response = HttpResponse(content, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="sessie-{session.pk}.pdf"'
    return response

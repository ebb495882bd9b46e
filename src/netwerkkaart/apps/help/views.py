"""The user guide as help pages, in the language of the site."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_safe

from netwerkkaart.apps.help.guide import guide
from netwerkkaart.apps.workspaces.choices import vocab_language


@require_safe
def index(request: HttpRequest) -> HttpResponse:
    current = guide(vocab_language())
    return render(
        request,
        "help/index.html",
        # The guide is our own file, rendered with raw HTML switched off.
        {"guide": current, "intro": mark_safe(current.intro_html())},
    )


@require_safe
def page(request: HttpRequest, slug: str) -> HttpResponse:
    current = guide(vocab_language())
    try:
        shown = current.page(slug)
    except KeyError as missing:
        raise Http404("no such help page") from missing
    pages = list(current.pages)
    at = pages.index(shown)
    return render(
        request,
        "help/page.html",
        {
            "guide": current,
            "page": shown,
            "body": mark_safe(shown.html()),
            "previous": pages[at - 1] if at > 0 else None,
            "next": pages[at + 1] if at + 1 < len(pages) else None,
        },
    )

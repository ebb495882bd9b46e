"""The Content-Security-Policy header on every response (settings.CONTENT_SECURITY_POLICY).

Django 5.2 has no CSP of its own (6.0 will); one fixed header needs no library. Scripts only from
the site itself: no page has an inline script or an ``on…=`` attribute (a test scans the
templates), the site's behaviours are in ``web/static/netwerkkaart/site.js``.
"""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse

HEADER = "Content-Security-Policy"


def policy_header(policy: dict[str, str]) -> str:
    """``{"script-src": "'self'"}`` as the header's text: ``script-src 'self'``."""
    return "; ".join(f"{directive} {sources}".strip() for directive, sources in policy.items())


class ContentSecurityPolicyMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response
        self.header = policy_header(settings.CONTENT_SECURITY_POLICY)

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        response.headers.setdefault(HEADER, self.header)
        return response

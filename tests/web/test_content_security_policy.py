"""Scripts only from the site: a Content-Security-Policy on every page, no inline script anywhere."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from netwerkkaart.web.security import HEADER, policy_header

TEMPLATES = sorted((Path(__file__).resolve().parents[2] / "src" / "netwerkkaart").rglob("*.html"))
INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)[^>]*>", re.I)
HANDLER = re.compile(r"\son[a-z]+\s*=", re.I)


def test_the_policy_allows_scripts_from_the_site_only(settings):
    header = policy_header(settings.CONTENT_SECURITY_POLICY)
    assert "script-src 'self';" in header
    assert "'unsafe-inline'" not in header.split("script-src")[1].split(";")[0]
    assert "object-src 'none'" in header and "frame-ancestors 'none'" in header


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda path: path.name)
def test_no_template_has_an_inline_script_or_handler(template: Path):
    text = template.read_text(encoding="utf-8")
    # A JSON data island is data, not a script the browser runs.
    scripts = [tag for tag in INLINE_SCRIPT.findall(text) if "application/json" not in tag]
    assert scripts == [], template
    assert HANDLER.findall(text) == [], template


def test_the_templates_were_found():
    assert len(TEMPLATES) > 50


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/accounts/login/", "/accounts/setup/", "/healthz", "/help/"])
def test_every_response_carries_the_policy(client, django_user_model, url, settings):
    if url != "/accounts/setup/":
        django_user_model.objects.create_user("alice")
    response = client.get(url, follow=True)
    assert response[HEADER] == policy_header(settings.CONTENT_SECURITY_POLICY)

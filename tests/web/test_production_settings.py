"""The production settings the README gives: `check --deploy` clean, HSTS and secure cookies.

Settings are read once, from the environment, so each case runs in a process of its own.
"""

from __future__ import annotations

import json
import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# As in the README's "Serving it for real".
PRODUCTION = {
    "DATABASE_URL": "postgresql://netwerkkaart:geheim@db.gemeente.be:5432/netwerkkaart",
    "NETWERKKAART_SECRET_KEY": secrets.token_urlsafe(50),
    "NETWERKKAART_ALLOWED_HOSTS": "netwerkkaart.gemeente.be",
    "NETWERKKAART_SECURE_COOKIES": "true",
}

PROBE = """
import json, django
django.setup()
from django.conf import settings as s
names = ["SESSION_COOKIE_SECURE", "CSRF_COOKIE_SECURE", "SECURE_SSL_REDIRECT",
         "SECURE_HSTS_SECONDS", "SECURE_HSTS_INCLUDE_SUBDOMAINS", "SECURE_PROXY_SSL_HEADER",
         "AXES_IPWARE_PROXY_COUNT", "AXES_IPWARE_META_PRECEDENCE_ORDER", "AXES_FAILURE_LIMIT",
         "SILENCED_SYSTEM_CHECKS"]
print(json.dumps({n: getattr(s, n, None) for n in names}))
"""


def run(args: list[str], env: dict[str, str], tmp_path: Path) -> subprocess.CompletedProcess:
    clean = {
        k: v for k, v in os.environ.items() if not k.startswith(("NETWERKKAART_", "DATABASE_"))
    }
    clean.update(
        env, NETWERKKAART_VAR=str(tmp_path), DJANGO_SETTINGS_MODULE="netwerkkaart.web.settings"
    )
    return subprocess.run(
        [sys.executable, *args], cwd=ROOT, env=clean, capture_output=True, text=True, timeout=120
    )


def probe(env: dict[str, str], tmp_path: Path) -> dict:
    result = run(["-c", PROBE], env, tmp_path)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


@pytest.mark.slow
def test_check_deploy_is_clean_with_the_production_settings(tmp_path):
    result = run(
        ["manage.py", "check", "--deploy", "--fail-level", "WARNING"], PRODUCTION, tmp_path
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


@pytest.mark.slow
def test_check_deploy_warns_on_the_local_settings(tmp_path):
    # The same check is not vacuous: plain-http local use has its warnings.
    result = run(["manage.py", "check", "--deploy", "--fail-level", "WARNING"], {}, tmp_path)
    assert result.returncode != 0
    for warning in ("security.W004", "security.W008", "security.W012", "security.W016"):
        assert warning in result.stderr + result.stdout


def test_secure_cookies_turn_on_hsts_https_and_cookie_flags(tmp_path):
    values = probe(PRODUCTION, tmp_path)
    assert values["SESSION_COOKIE_SECURE"] is values["CSRF_COOKIE_SECURE"] is True
    assert values["SECURE_SSL_REDIRECT"] is True
    assert values["SECURE_HSTS_SECONDS"] == 365 * 24 * 3600
    assert values["SECURE_HSTS_INCLUDE_SUBDOMAINS"] is False  # the municipality's whole domain
    assert values["SILENCED_SYSTEM_CHECKS"] == ["security.W005", "security.W021"]
    local = probe({}, tmp_path)
    assert local["SESSION_COOKIE_SECURE"] is local["SECURE_SSL_REDIRECT"] is False
    assert local["SECURE_HSTS_SECONDS"] == 0


def test_behind_a_web_server_the_address_comes_from_x_forwarded_for(tmp_path):
    values = probe({**PRODUCTION, "NETWERKKAART_PROXY_COUNT": "1"}, tmp_path)
    assert values["AXES_IPWARE_PROXY_COUNT"] == 1
    assert values["AXES_IPWARE_META_PRECEDENCE_ORDER"][0] == "HTTP_X_FORWARDED_FOR"
    assert values["SECURE_PROXY_SSL_HEADER"] == ["HTTP_X_FORWARDED_PROTO", "https"]
    assert probe(PRODUCTION, tmp_path)["SECURE_PROXY_SSL_HEADER"] is None


def test_a_bad_lockout_setting_fails_loudly(tmp_path):
    result = run(["-c", PROBE], {"NETWERKKAART_LOGIN_FAILURES": "0"}, tmp_path)
    assert result.returncode != 0
    assert "NETWERKKAART_LOGIN_FAILURES" in result.stderr


def test_an_https_response_carries_hsts_and_secure_cookies(django_user_model, client, settings):
    # What the settings above make Django send (the values the production process has).
    django_user_model.objects.create_user("alice")  # past the first-run page
    settings.SECURE_HSTS_SECONDS = 365 * 24 * 3600
    settings.SESSION_COOKIE_SECURE = settings.CSRF_COOKIE_SECURE = True
    settings.SECURE_SSL_REDIRECT = True
    plain = client.get("/accounts/login/")
    assert plain.status_code == 301 and plain["Location"].startswith("https://")
    response = client.get("/accounts/login/", secure=True)
    assert response["Strict-Transport-Security"] == "max-age=31536000"
    assert response.status_code == 200
    assert response.cookies["csrftoken"]["secure"] is True

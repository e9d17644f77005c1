"""Web protections: CSP without inline script, no framing, SameSite cookies, HTTPS-only settings behind TLS."""

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from django.test import Client

import huishang
from tests import factories as f
from tests.web.pages import signed_in

pytestmark = pytest.mark.django_db

PACKAGE = Path(huishang.__file__).parent


def directives(response) -> dict[str, str]:
    policy = response["Content-Security-Policy"]
    return {part.split()[0]: part for part in (p.strip() for p in policy.split(";")) if part}


@pytest.mark.parametrize("path", ["/login/", "/", "/matters/", "/dashboard/", "/api/v1/docs"])
def test_every_answer_carries_a_csp_that_allows_no_inline_script(path):
    response = signed_in(f.office()).get(path)
    policy = directives(response)
    assert policy["default-src"] == "default-src 'self'"
    assert policy["script-src"] == "script-src 'self'"
    assert "unsafe-inline" not in response["Content-Security-Policy"]
    assert policy["frame-ancestors"] == "frame-ancestors 'none'"


def test_pages_may_not_be_framed_and_send_a_referrer_policy():
    response = Client().get("/login/")
    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Content-Type-Options"] == "nosniff"


def test_session_and_csrf_cookies_are_samesite_lax_and_the_session_cookie_is_http_only():
    client = Client()
    client.get("/login/")
    user = f.office()
    client.post("/login/", {"username": user.username, "password": f.PASSWORD})
    assert client.cookies["csrftoken"]["samesite"] == "Lax"
    assert client.cookies["sessionid"]["samesite"] == "Lax"
    assert client.cookies["sessionid"]["httponly"]


def test_no_template_holds_an_inline_script_an_event_handler_or_a_style_attribute():
    offenders = []
    for template in PACKAGE.glob("*/templates/**/*.html"):
        text = template.read_text()
        inline = re.search(r"<script(?![^>]*\bsrc=)[^>]*>", text) or re.search(r"\s(style|on[a-z]+)=\"", text)
        if inline:
            offenders.append(str(template.relative_to(PACKAGE)))
    assert offenders == []


def settings_under(environment: dict) -> dict:
    code = ("import json; from django.conf import settings; import django; django.setup(); print(json.dumps({k: "
            "getattr(settings, k, None) for k in ['SESSION_COOKIE_SECURE', 'CSRF_COOKIE_SECURE', 'SECURE_SSL_REDIRECT',"
            " 'SECURE_HSTS_SECONDS', 'SECURE_PROXY_SSL_HEADER']}))")
    env = dict(os.environ, DJANGO_SETTINGS_MODULE="huishang.settings", **environment)
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_behind_tls_cookies_are_secure_http_redirects_and_hsts_is_sent(tmp_path):
    on = settings_under({"HUISHANG_TLS": "1", "HUISHANG_DATA_DIR": str(tmp_path)})
    assert on["SESSION_COOKIE_SECURE"] and on["CSRF_COOKIE_SECURE"] and on["SECURE_SSL_REDIRECT"]
    assert on["SECURE_HSTS_SECONDS"] >= 365 * 24 * 3600
    assert on["SECURE_PROXY_SSL_HEADER"] == ["HTTP_X_FORWARDED_PROTO", "https"]


def test_without_tls_the_cookies_still_work_over_plain_http(tmp_path):
    off = settings_under({"HUISHANG_TLS": "0", "HUISHANG_DATA_DIR": str(tmp_path)})
    assert not off["SESSION_COOKIE_SECURE"] and not off["SECURE_SSL_REDIRECT"] and not off["SECURE_HSTS_SECONDS"]

"""Bad input gets a clear 4xx JSON answer that names what was wrong, and changes nothing."""

import json

import pytest
from django.conf import settings
from django.test import Client

from huishang.cases.models import Matter
from tests import factories as f
from tests.reliability.threads import api_caller

pytestmark = pytest.mark.django_db

GOOD = {"title": "用电报装慢", "description": "新厂房报装已等待两个月", "category": "talent"}


@pytest.fixture
def contact():
    f.category()
    return f.enterprise_contact()


@pytest.fixture
def matters_before(contact):
    """The matters already stored (this package's demo world, when a test using it ran first): what
    "creates nothing" is measured against."""
    return Matter.objects.count()


@pytest.fixture
def post(contact):
    return api_caller(contact)


def _raw(contact, body: bytes, content_type: str):
    from huishang.api.tokens import issue_token

    key, _token = issue_token(contact)
    return Client().post("/api/v1/matters", body, content_type=content_type, headers={"Authorization": f"Bearer {key}"})


def test_a_body_over_the_upload_limit_is_refused_with_413_json_and_creates_nothing(contact, matters_before):
    huge = json.dumps({**GOOD, "description": "长" * (settings.DATA_UPLOAD_MAX_MEMORY_SIZE // 2)}).encode()
    assert len(huge) > settings.DATA_UPLOAD_MAX_MEMORY_SIZE
    response = _raw(contact, huge, "application/json")
    assert response.status_code == 413
    assert response.json()["code"] == "too_large" and response.json()["field"] == "body"
    assert Matter.objects.count() == matters_before


def test_malformed_json_is_refused_with_400_naming_the_body(contact, matters_before):
    response = _raw(contact, b'{"title": "unfinished', "application/json")
    assert response.status_code == 400
    assert response.json()["code"] == "bad_request" and response.json()["field"] == "body"
    assert Matter.objects.count() == matters_before


def test_a_body_that_is_not_json_is_refused_with_a_4xx_json_answer_and_creates_nothing(contact, matters_before):
    for body, content_type in ((b"title=x&description=y&category=talent", "application/x-www-form-urlencoded"),
                               (json.dumps(GOOD).encode(), "text/plain"), (b"\x00\xff\xfe", "application/json")):
        response = _raw(contact, body, content_type)
        assert 400 <= response.status_code < 500, (content_type, response.status_code)
        assert response["Content-Type"].startswith("application/json")
        assert response.json()["code"] in ("bad_request", "unsupported_media_type")
        assert response.json()["field"] in ("body", "Content-Type")
    assert Matter.objects.count() == matters_before


def test_a_huge_page_size_is_refused_with_422_naming_page_size(contact):
    from huishang.api.tokens import issue_token

    key, _token = issue_token(contact)
    for size in ("1000000000", "-1", "many"):
        response = Client().get("/api/v1/matters", {"page_size": size}, headers={"Authorization": f"Bearer {key}"})
        assert response.status_code == 422
        assert response.json()["field"] == "page_size"


@pytest.mark.parametrize("text", [
    "'; DROP TABLE cases_matter; --",
    "\" OR 1=1 --",
    "<script>alert('x')</script>",
    "<img src=x onerror=alert(1)>",
])
def test_sql_and_html_in_text_fields_are_stored_as_text_and_escaped_on_the_page(contact, post, text, matters_before):
    created = post("/matters", {**GOOD, "title": text[:60], "description": text})
    assert created.status_code == 201
    matter = Matter.objects.get(pk=created.json()["id"])
    assert matter.title == text[:60] and matter.description == text
    browser = Client()
    browser.force_login(contact)
    page = browser.get(f"/matters/{matter.number}/").content.decode()
    assert text not in page or "<" not in text
    if "<" in text:
        assert text.replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#x27;") in page
    assert Matter.objects.count() == matters_before + 1


def test_a_refused_request_leaves_what_was_stored_unchanged(contact, post):
    created = post("/matters", GOOD).json()
    refused = post(f"/matters/{created['number']}/accept", {"version": "not a number"})
    assert refused.status_code in (403, 422)
    stored = Matter.objects.get(pk=created["id"])
    assert (stored.state, stored.version, stored.title) == (created["state"], created["version"], created["title"])

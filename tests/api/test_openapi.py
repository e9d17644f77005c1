import re

import pytest
from django.test import Client

from tests.api.client import BASE

pytestmark = pytest.mark.django_db


@pytest.fixture
def spec():
    response = Client().get(f"{BASE}/openapi.json")
    assert response.status_code == 200
    return response.json()


def test_the_openapi_document_lists_matters_meetings_and_stats(spec):
    for path in ("/api/v1/matters", "/api/v1/matters/{key}", "/api/v1/meetings", "/api/v1/stats"):
        assert path in spec["paths"]


def test_every_operation_has_a_chinese_and_english_summary(spec):
    operations = [operation for item in spec["paths"].values() for operation in item.values()]
    assert len(operations) >= 20
    for operation in operations:
        chinese, english = operation["summary"].split(" / ")
        assert re.search(r"[\u4e00-\u9fff]", chinese) and re.search(r"[A-Za-z]", english)


def test_every_operation_but_obtaining_a_token_requires_the_bearer_token(spec):
    assert spec["components"]["securitySchemes"]["BearerToken"]["scheme"] == "bearer"
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            public = (path, method) == ("/api/v1/auth/token", "post")
            assert ("security" not in operation) == public, (path, method)


def test_the_matter_schema_names_the_fields_a_client_reads(spec):
    fields = spec["components"]["schemas"]["MatterOut"]["properties"]
    for name in ("id", "number", "state", "state_label", "category", "enterprise", "region", "lead_unit", "due"):
        assert name in fields


def test_the_docs_page_loads_nothing_from_another_host():
    page = Client().get(f"{BASE}/docs")
    assert page.status_code == 200
    html = page.content.decode()
    sources = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert any(source.endswith("swagger-ui-bundle.js") for source in sources)
    assert all(source.startswith("/") for source in sources), sources
    assert '"validatorUrl": null' in html


def test_meeting_kinds_and_matter_kinds_are_published_apart(spec):
    schemas = spec["components"]["schemas"]
    assert "consultation" in schemas["MeetingIn"]["properties"]["kind"]["enum"]
    assert "problem" in schemas["MatterIn"]["properties"]["kind"]["enum"]

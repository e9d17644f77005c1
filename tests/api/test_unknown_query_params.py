"""Every operation of the API refuses a query parameter it does not declare (422 naming it), as a body refuses an
unknown field: a misspelt filter must not look accepted and answer everything."""

import pytest
from django.test import Client

from huishang.meetings.models import Meeting
from tests import factories as f
from tests.api.client import BASE, as_user

pytestmark = pytest.mark.django_db


def _refused(response, *fields):
    assert response.status_code == 422, response.content
    body = response.json()
    assert body["code"] == "validation_error" and body["field"] == fields[0]
    assert [error["field"] for error in body.get("errors", [body])] == list(fields)
    return body


def test_a_misspelt_filter_is_refused_with_422_naming_it():
    contact = f.enterprise_contact()
    f.matter(by=contact)
    body = _refused(as_user(contact).get("/matters", stat="submitted"), "stat")
    assert body["message"] == "此操作不接受该字段。"


def test_every_unknown_parameter_is_named():
    _refused(as_user(f.enterprise_contact()).get("/matters", stat="submitted", sort_by="due"), "stat", "sort_by")


def test_a_declared_filter_and_the_declared_page_parameters_still_work():
    contact = f.enterprise_contact()
    matter = f.matter(by=contact)
    client = as_user(contact)
    listed = client.get("/matters", state="submitted", page=1, page_size=5)
    assert listed.status_code == 200 and [row["number"] for row in listed.json()["items"]] == [matter.number]
    assert client.get("/matters", state="accepted").json()["items"] == []


def test_an_operation_without_query_parameters_refuses_any():
    client = as_user(f.office())
    assert client.get("/categories").status_code == 200
    _refused(client.get("/categories", page=1), "page")


def test_a_write_with_an_unknown_query_parameter_is_refused_and_changes_nothing():
    client = as_user(f.office())
    refused = client.client.post(f"{BASE}/meetings?dry_run=1", {"held_on": "2024-04-02"},
                                 content_type="application/json", headers={"Authorization": f"Bearer {client.token}"})
    _refused(refused, "dry_run")
    assert not Meeting.objects.exists()


def test_without_a_token_an_unknown_parameter_answers_401_first():
    assert Client().get(f"{BASE}/matters", {"stat": "submitted"}).status_code == 401


def test_the_openapi_document_lists_422_for_every_operation():
    document = Client().get(f"{BASE}/openapi.json").json()
    for path, item in document["paths"].items():
        for method, operation in item.items():
            assert "422" in operation["responses"], (path, method)


def test_open311_is_not_the_apis_and_keeps_ignoring_what_it_does_not_read():
    response = Client().get("/open311/v2/services.json", {"foo": "1"})
    assert response.status_code == 200 and isinstance(response.json(), list)

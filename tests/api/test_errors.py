import re

import pytest
from django.test import Client
from django.utils import translation

from tests import factories as f
from tests.api.client import BASE, as_user
from tests.factories import PASSWORD

pytestmark = pytest.mark.django_db


@pytest.fixture
def contact():
    f.category()
    return f.enterprise_contact()


def test_matter_without_title_answers_422_naming_title(contact):
    response = as_user(contact).post("/matters", {"description": "缺少标题的诉求", "category": "talent"})
    assert response.status_code == 422
    body = response.json()
    assert body["code"] == "validation_error"
    assert body["field"] == "title"


def test_several_missing_fields_are_each_named(contact):
    response = as_user(contact).post("/matters", {"category": "talent"})
    assert response.status_code == 422
    body = response.json()
    assert body["field"] == "title"
    assert {error["field"] for error in body["errors"]} == {"title", "description"}


def test_blank_title_is_refused_by_the_service_naming_title(contact):
    response = as_user(contact).post("/matters", {"title": "  ", "description": "内容", "category": "talent"})
    assert response.status_code == 422
    assert response.json()["field"] == "title"


def test_unknown_category_answers_422_naming_category(contact):
    response = as_user(contact).post("/matters", {"title": "融资难", "description": "贷款难", "category": "nope"})
    assert response.status_code == 422
    assert response.json()["field"] == "category"


def test_unknown_kind_answers_422_naming_kind(contact):
    body = {"title": "融资难", "description": "贷款难", "category": "talent", "kind": "wish"}
    response = as_user(contact).post("/matters", body)
    assert response.status_code == 422
    assert response.json()["field"] == "kind"


def test_body_that_is_not_json_answers_400_json(contact):
    response = as_user(contact).post("/matters", "{not json")
    assert response.status_code == 400
    assert response.json() == {
        "code": "bad_request", "message": response.json()["message"], "field": "body",
    }


def test_messages_are_chinese_by_default(contact):
    response = as_user(contact).post("/matters", {"description": "内容", "category": "talent"})
    with translation.override("zh-hans"):
        expected = translation.gettext("This field is required.")
    assert re.search(r"[\u4e00-\u9fff]", expected)
    assert response.json()["message"] == expected


def test_messages_follow_accept_language_english(contact):
    response = as_user(contact, language="en").post("/matters", {"description": "内容", "category": "talent"})
    assert response.json()["message"] == "This field is required."


def test_page_size_over_200_is_refused_naming_page_size(contact):
    response = as_user(contact).get("/matters", page_size=201)
    assert response.status_code == 422
    assert response.json()["field"] == "page_size"


def test_unknown_state_filter_is_refused_naming_state(contact):
    response = as_user(contact).get("/matters", state="lost")
    assert response.status_code == 422
    assert response.json()["field"] == "state"


def test_an_address_that_names_no_operation_answers_404_json(contact):
    client = as_user(contact)
    for path in ("/nothing-here", "/matters/1/fly", "/"):
        response = client.get(path)
        assert response.status_code == 404, path
        assert response.json()["code"] == "not_found"


def test_a_method_an_operation_does_not_take_answers_405_json(contact):
    response = as_user(contact).call("PUT", "/matters", {})
    assert response.status_code == 405
    assert response.json()["code"] == "method_not_allowed"
    assert "GET" in response["Allow"]


def test_token_clients_need_no_csrf_cookie(contact):
    strict = Client(enforce_csrf_checks=True)
    issued = strict.post(
        f"{BASE}/auth/token", {"username": contact.username, "password": PASSWORD}, content_type="application/json"
    )
    assert issued.status_code == 200
    submitted = strict.post(
        f"{BASE}/matters", {"title": "融资难", "description": "贷款难", "category": "talent"},
        content_type="application/json", headers={"Authorization": f"Bearer {issued.json()['token']}"},
    )
    assert submitted.status_code == 201

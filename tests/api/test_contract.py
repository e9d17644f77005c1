"""The API's contract, as its OpenAPI document states it and as the server keeps it (issue 18): required text says
something, a day is written YYYY-MM-DD, an unknown field is refused, text has a documented limit. Each
reproduction of the issue is kept as the request that showed it; the document-wide rules are checked on every
operation, so a new schema cannot forget them."""

import pytest

from huishang.api.urls import api
from huishang.cases.models import Matter
from huishang.meetings.models import Meeting
from tests import factories as f
from tests.api.client import as_user

pytestmark = pytest.mark.django_db

DOCUMENT = api.get_openapi_schema(path_prefix="/api/v1/")
SCHEMAS = DOCUMENT["components"]["schemas"]


def _refused(response, field: str) -> dict:
    assert response.status_code == 422, response.content
    body = response.json()
    assert field in [body["field"], *(error["field"] for error in body.get("errors") or [])], body
    return body


def _submission(**changes) -> dict:
    return {"title": "用工短缺", "description": "一线技工招聘困难", "category": f.category().code, **changes}


# Required text says something.

@pytest.mark.parametrize("title", ["", "   ", "\u3000\n\t"])
def test_a_matter_whose_title_is_blank_after_stripping_is_refused_naming_title(title):
    client = as_user(f.enterprise_contact())
    _refused(client.post("/matters", _submission(title=title)), "title")
    assert not Matter.objects.exists()


def test_a_title_of_control_characters_only_is_refused_and_one_holding_them_is_stored_without_them():
    client = as_user(f.enterprise_contact())
    _refused(client.post("/matters", _submission(title="\u0001\u0007")), "title")
    response = client.post("/matters", _submission(title="a\u0001b\u0000c"))
    assert response.status_code == 201 and response.json()["title"] == "abc"


def test_a_blank_reason_for_rejecting_is_refused_naming_reason():
    matter = f.matter()
    _refused(as_user(f.office()).post(f"/matters/{matter.number}/reject", {"reason": "  "}), "reason")


def test_the_document_gives_required_text_a_minimum_length_and_a_pattern_that_refuses_blanks():
    title = SCHEMAS["MatterIn"]["properties"]["title"]
    assert title["minLength"] == 1 and title["pattern"] == r"\S"


# A day is a day written YYYY-MM-DD, never a number.

@pytest.mark.parametrize("held_on", [0, 20240402, "0", "2024-4-2", "2024-04-02T00:00:00"])
def test_a_meeting_dated_by_a_number_or_a_non_iso_day_is_refused_naming_held_on(held_on):
    _refused(as_user(f.office()).post("/meetings", {"held_on": held_on}), "held_on")
    assert not Meeting.objects.exists()


def test_a_meeting_dated_by_an_iso_day_is_held_that_day():
    response = as_user(f.office()).post("/meetings", {"held_on": "2024-04-02"})
    assert response.status_code == 201 and response.json()["held_on"] == "2024-04-02"


@pytest.mark.parametrize("path, parameter", [("/alliances", "on"), ("/stats", "to"), ("/stats", "from")])
def test_a_day_in_a_query_string_given_as_0_is_refused_naming_it(path, parameter):
    f.category()
    _refused(as_user(f.leader()).get(path, **{parameter: "0"}), parameter)


# Text is made printable as it comes in: a NUL reached PostgreSQL from a query string (500).

@pytest.mark.parametrize("path, parameter", [("/stats", "category"), ("/assessment/risks", "level"),
                                             ("/employment/households", "q")])
def test_a_query_text_holding_a_nul_is_read_without_it(path, parameter):
    f.category()
    response = as_user(f.office()).get(path, **{parameter: "a\u0000b"})
    assert response.status_code == 200, response.content


# A field the operation does not take is refused, not ignored.

def test_a_submission_with_a_field_the_api_does_not_know_is_refused_naming_that_field():
    client = as_user(f.enterprise_contact(), language="zh-hans")
    body = _refused(client.post("/matters", _submission(priority="urgent")), "priority")
    assert (body["code"], body["message"]) == ("validation_error", "此操作不接受该字段。")
    assert not Matter.objects.exists()


def test_a_review_sent_with_the_fields_of_another_shape_is_refused_naming_them():
    matter = f.matter()
    response = as_user(f.office()).post(f"/matters/{matter.number}/review", {"approve": True, "note": "好"})
    _refused(response, "approve")
    _refused(response, "satisfied")


# Text has a documented limit.

def test_a_description_of_900_kb_is_refused_naming_description():
    client = as_user(f.enterprise_contact())
    response = client.post("/matters", _submission(description="很" * 300_000))
    _refused(response, "description")
    assert not Matter.objects.exists()


def test_a_description_at_the_documented_limit_is_taken():
    limit = SCHEMAS["MatterIn"]["properties"]["description"]["maxLength"]
    response = as_user(f.enterprise_contact()).post("/matters", _submission(description="很" * limit))
    assert response.status_code == 201, response.content


# The same rules, read off every operation of the document.

def _resolved(schema: dict) -> dict:
    return SCHEMAS[schema["$ref"].rsplit("/", 1)[-1]] if "$ref" in schema else schema


def _objects_sent():
    """(where, object schema) for every request body, and every object inside one."""
    seen = set()
    for path, operations in DOCUMENT["paths"].items():
        for method, operation in operations.items():
            for content in operation.get("requestBody", {}).get("content", {}).values():
                pending = [content["schema"]]
                while pending:
                    schema = pending.pop()
                    name = schema.get("$ref")
                    if name in seen:
                        continue
                    seen.add(name)
                    schema = _resolved(schema)
                    if schema.get("type") == "object":
                        yield f"{method.upper()} {path} {name or ''}", schema
                    for value in schema.get("properties", {}).values():
                        pending += [value, *value.get("anyOf", []), value.get("items", {})]
                    pending = [item for item in pending if item]


def _texts(schema: dict, *, items: bool = True):
    """(name, string shape) of each text field of ``schema``, and of each list of texts unless ``items`` is false;
    a decimal, which pydantic also takes written as a string, is a number."""
    for name, field in schema.get("properties", {}).items():
        shapes = [field, *field.get("anyOf", [])]
        if any(shape.get("type") == "number" for shape in shapes):
            continue
        for shape in shapes + ([field.get("items", {})] if items else []):
            if shape.get("type") == "string" and "enum" not in shape and shape.get("format") != "binary":
                yield name, shape


def test_every_body_refuses_fields_it_does_not_name():
    open_bodies = [where for where, schema in _objects_sent() if schema.get("additionalProperties") is not False]
    assert not open_bodies


def test_every_text_a_body_takes_has_a_documented_maximum_length():
    unlimited = [(where, name) for where, schema in _objects_sent() for name, shape in _texts(schema)
                 if shape.get("format") not in ("date", "time") and "maxLength" not in shape]
    assert not unlimited


def test_every_required_text_of_a_body_has_a_minimum_length_of_one():
    blank_allowed = [(where, name) for where, schema in _objects_sent() for name, shape in _texts(schema, items=False)
                     if name in schema.get("required", []) and shape.get("format") is None
                     and shape.get("minLength", 0) < 1]
    assert not blank_allowed


def test_every_day_the_api_reads_is_documented_as_written_yyyy_mm_dd():
    days = [(where, name, shape) for where, schema in _objects_sent() for name, shape in _texts(schema)
            if shape.get("format") == "date"]
    days += [(f"{method.upper()} {path}", parameter["name"], _resolved(shape))
             for path, operations in DOCUMENT["paths"].items() for method, operation in operations.items()
             for parameter in operation.get("parameters", [])
             for shape in [parameter["schema"], *parameter["schema"].get("anyOf", [])]
             if _resolved(shape).get("format") == "date"]
    assert days
    iso = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
    assert [(where, name) for where, name, shape in days if shape.get("pattern") != iso] == []

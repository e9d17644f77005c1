"""A create retried with the same Idempotency-Key makes one record and answers as the first time."""

import json

import pytest
from django.test import Client

from huishang.api.models import IdempotencyKey
from huishang.cases.models import Matter
from huishang.suggestions.models import Suggestion
from tests import factories as f
from tests.reliability.threads import api_caller, at_once, database_shared_by_threads
from tests.suggestions import helpers

MATTER = {"title": "用电报装慢", "description": "新厂房报装已等待两个月", "category": "talent"}


@pytest.fixture
def contact(db):
    f.category()
    return f.enterprise_contact()


def _submit(caller, body=MATTER, key="retry-1"):
    return caller("/matters", body, headers={"Idempotency-Key": key} if key is not None else None)


def test_a_retried_submission_with_the_same_key_returns_the_first_answer_and_creates_nothing(contact):
    submit = api_caller(contact)
    first = _submit(submit)
    again = _submit(submit)
    assert first.status_code == again.status_code == 201
    assert again.json()["id"] == first.json()["id"] and again.content == first.content
    assert again["Idempotent-Replayed"] == "true"
    assert Matter.objects.count() == 1


def test_the_same_key_with_a_different_body_is_refused_with_422_naming_the_header(contact):
    submit = api_caller(contact)
    _submit(submit)
    different = _submit(submit, {**MATTER, "title": "用水报装慢"})
    assert different.status_code == 422
    assert different.json()["field"] == "Idempotency-Key"
    assert Matter.objects.count() == 1


def test_keys_belong_to_one_user_so_two_users_with_one_key_each_create_their_own(contact):
    mine = _submit(api_caller(contact))
    theirs = _submit(api_caller(f.enterprise_contact()))
    assert mine.json()["id"] != theirs.json()["id"]
    assert Matter.objects.count() == 2


def test_without_a_key_every_submission_creates_a_matter(contact):
    submit = api_caller(contact)
    _submit(submit, key=None)
    _submit(submit, key=None)
    assert Matter.objects.count() == 2
    assert not IdempotencyKey.objects.exists()


def test_a_refused_submission_keeps_no_answer_so_the_fixed_retry_with_the_same_key_creates(contact):
    submit = api_caller(contact)
    refused = _submit(submit, {**MATTER, "title": ""})
    assert refused.status_code == 422 and refused.json()["field"] == "title"
    fixed = _submit(submit)
    assert fixed.status_code == 201
    assert Matter.objects.count() == 1


def test_a_key_is_replayed_only_within_the_keeping_period(contact, settings):
    settings.HUISHANG_IDEMPOTENCY_HOURS = 0
    submit = api_caller(contact)
    first, later = _submit(submit), _submit(submit)
    assert later.status_code == 201 and later.json()["id"] != first.json()["id"]
    assert IdempotencyKey.objects.count() == 1


def test_an_empty_or_overlong_key_is_refused_with_422_naming_the_header(contact):
    submit = api_caller(contact)
    for key in ("  ", "k" * 256):
        response = _submit(submit, key=key)
        assert response.status_code == 422
        assert response.json()["field"] == "Idempotency-Key"
    assert Matter.objects.count() == 0


def test_an_unauthenticated_submission_with_a_key_is_refused_401_and_keeps_nothing(contact):
    response = Client().post("/api/v1/matters", MATTER, content_type="application/json",
                             headers={"Idempotency-Key": "anon"})
    assert response.status_code == 401
    assert not IdempotencyKey.objects.exists()


@pytest.mark.django_db(transaction=True)
def test_two_submissions_racing_with_one_key_create_one_matter_and_both_answer_it(tmp_path):
    with database_shared_by_threads(tmp_path):
        f.category()
        submit = api_caller(f.enterprise_contact())
        responses = at_once(lambda: _submit(submit, key="race"), lambda: _submit(submit, key="race"))
        assert [response.status_code for response in responses] == [201, 201]
        assert responses[0].json()["id"] == responses[1].json()["id"]
        assert Matter.objects.count() == 1
        assert sorted(response.has_header("Idempotent-Replayed") for response in responses) == [False, True]


def _open311(client, key, **fields):
    data = {"service_code": "riverside", "description": "滨江步道夜间照明不足，建议延长亮灯时间。",
            "jurisdiction_id": helpers.YANGPU, "address_string": "杨浦滨江步道", **fields}
    return client.post("/open311/v2/requests.json", data, REMOTE_ADDR="10.1.1.1", headers={"Idempotency-Key": key})


@pytest.mark.django_db
def test_an_open311_request_retried_with_the_same_key_answers_the_same_number_and_creates_one():
    helpers.riverside_category()
    helpers.point()
    client = Client()
    first, again = _open311(client, "o-1"), _open311(client, "o-1")
    assert first.status_code == again.status_code == 201
    assert json.loads(again.content)[0]["service_request_id"] == json.loads(first.content)[0]["service_request_id"]
    assert Suggestion.objects.count() == 1
    changed = _open311(client, "o-1", description="另一条建议：增加垃圾桶。")
    assert changed.status_code == 422 and "Idempotency-Key" in changed.json()[0]["description"]
    assert Suggestion.objects.count() == 1

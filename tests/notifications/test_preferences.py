"""Each user chooses per kind what also comes by e-mail and by SMS: on /notifications/settings/ and through
GET/PUT /api/v1/notifications/preferences; the bell always shows everything."""

import pytest
from django.test import Client

from huishang.notifications import services
from huishang.notifications.models import MutedEvent
from tests import factories as f
from tests.api.client import as_user

pytestmark = pytest.mark.django_db


def signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def kinds(rows) -> dict:
    return {row["event"]: (row["email"], row["sms"]) for row in rows}


def test_an_account_is_offered_the_kinds_its_role_receives_all_on_until_it_mutes_one():
    contact, handler = f.enterprise_contact(), f.unit_handler()
    offered = kinds(services.preferences(contact))
    assert offered["cases.respond"] == (True, True) and "cases.assign" not in offered
    assert "cases.assign" in kinds(services.preferences(handler))
    assert "cases.respond" not in kinds(services.preferences(handler))


def test_the_settings_page_is_linked_from_the_bells_page_and_saves_the_ticked_boxes():
    handler = f.unit_handler()
    client = signed_in(handler)
    assert 'href="/notifications/settings/"' in client.get("/notifications/").content.decode()
    page = client.get("/notifications/settings/").content.decode()
    assert "交办" in page and 'name="sms:cases.assign" aria-label' in page
    ticked = {"email:cases.assign": "on", "sms:cases.assign": "on", "email:supervision.reminder": "on"}
    response = client.post("/notifications/settings/", ticked)
    assert response.status_code == 302
    chosen = kinds(services.preferences(handler))
    assert chosen["cases.assign"] == (True, True)
    assert chosen["supervision.reminder"] == (True, False)
    assert chosen["cases.reopen"] == (False, False)
    page = client.get("/notifications/settings/").content.decode()
    assert 'name="sms:cases.assign" aria-label="' in page and 'name="sms:cases.reopen" aria-label' in page
    assert page.count(" checked>") == 3


def test_the_settings_page_needs_a_signed_in_user():
    response = Client().get("/notifications/settings/")
    assert response.status_code == 302 and "/login" in response["Location"]


def test_the_api_reads_and_sets_the_callers_preferences_only():
    contact, other = f.enterprise_contact(), f.enterprise_contact()
    api = as_user(contact)
    before = api.get("/notifications/preferences")
    assert before.status_code == 200
    assert {row["event"] for row in before.json()} >= {"cases.accept", "cases.reject", "cases.respond"}
    answer = api.call("PUT", "/notifications/preferences",
                      {"preferences": [{"event": "cases.accept", "sms": False}, {"event": "cases.respond",
                                                                                  "email": False, "sms": True}]})
    assert answer.status_code == 200, answer.content
    assert kinds(answer.json())["cases.accept"] == (True, False)
    assert kinds(answer.json())["cases.respond"] == (False, True)
    assert kinds(api.get("/notifications/preferences").json())["cases.accept"] == (True, False)
    assert not MutedEvent.objects.filter(user=other).exists()


def test_the_api_refuses_a_kind_the_caller_never_receives_and_stores_nothing():
    api = as_user(f.enterprise_contact())
    answer = api.call("PUT", "/notifications/preferences",
                      {"preferences": [{"event": "cases.accept", "sms": False}, {"event": "cases.assign", "sms": False}]})
    assert answer.status_code == 422
    assert answer.json()["field"] == "event"
    assert not MutedEvent.objects.exists()


def test_the_api_refuses_an_unknown_field():
    api = as_user(f.enterprise_contact())
    answer = api.call("PUT", "/notifications/preferences", {"preferences": [{"event": "cases.accept", "bell": False}]})
    assert answer.status_code == 422


def test_the_preferences_need_a_token():
    from tests.api.client import ApiClient

    assert ApiClient().get("/notifications/preferences").status_code == 401

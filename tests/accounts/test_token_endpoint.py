"""POST /api/v1/auth/token: 423 for a locked account, 429 for a locked address or too many requests, code for 2FA."""

import pytest
from django.test import Client, override_settings
from django_otp.plugins.otp_totp.models import TOTPDevice

from huishang.api.models import ApiToken
from tests import factories as f

pytestmark = pytest.mark.django_db

URL = "/api/v1/auth/token"


def ask(body, address="10.0.0.7"):
    return Client(REMOTE_ADDR=address).post(URL, body, content_type="application/json")


def test_a_locked_account_gets_423_json_even_with_the_right_password():
    user = f.enterprise_contact()
    for _ in range(5):
        assert ask({"username": user.username, "password": "wrong-password"}).status_code in (401, 423)
    response = ask({"username": user.username, "password": f.PASSWORD})
    assert response.status_code == 423
    body = response.json()
    assert body["code"] == "account_locked" and body["detail"] and 14 * 60 < body["retry_after"] <= 15 * 60 + 1
    assert response["Retry-After"] == str(body["retry_after"])
    assert not ApiToken.objects.exists()


def test_a_locked_address_gets_429_json():
    user = f.enterprise_contact()
    for n in range(20):
        ask({"username": f"guess{n}", "password": "wrong-password"}, address="10.9.9.9")
    response = ask({"username": user.username, "password": f.PASSWORD}, address="10.9.9.9")
    assert response.status_code == 429
    assert response.json()["code"] == "address_locked"
    assert int(response["Retry-After"]) > 0


@override_settings(HUISHANG_TOKEN_RATE_PER_MINUTE=30)
def test_more_than_thirty_requests_a_minute_from_one_address_get_429_with_retry_after():
    user = f.enterprise_contact()
    for _ in range(30):
        assert ask({"username": user.username, "password": f.PASSWORD}).status_code == 200
    response = ask({"username": user.username, "password": f.PASSWORD})
    assert response.status_code == 429
    body = response.json()
    assert body["code"] == "throttled" and 0 < body["retry_after"] <= 61
    assert response["Retry-After"] == str(body["retry_after"])
    assert ask({"username": user.username, "password": f.PASSWORD}, address="10.0.0.8").status_code == 200


def test_an_account_with_a_device_needs_the_code_named_as_otp():
    supervisor = f.supervisor()
    response = ask({"username": supervisor.username, "password": f.PASSWORD})
    assert response.status_code == 401
    assert response.json()["code"] == "otp_required" and response.json()["field"] == "otp"
    assert not ApiToken.objects.exists()


def test_the_right_code_gets_a_token_and_the_same_code_twice_does_not():
    supervisor = f.supervisor()
    code = f.one_time_code(supervisor)
    assert ask({"username": supervisor.username, "password": f.PASSWORD, "otp": code}).status_code == 200
    replay = ask({"username": supervisor.username, "password": f.PASSWORD, "otp": code})
    assert replay.status_code == 401 and replay.json()["field"] == "otp"


def test_wrong_codes_lock_the_account_like_wrong_passwords():
    supervisor = f.supervisor()
    for _ in range(5):
        ask({"username": supervisor.username, "password": f.PASSWORD, "otp": "000000"})
    response = ask({"username": supervisor.username, "password": f.PASSWORD, "otp": f.one_time_code(supervisor)})
    assert response.status_code == 423


def test_a_role_that_requires_two_factor_gets_no_token_before_enrolling():
    supervisor = f.supervisor()
    TOTPDevice.objects.filter(user=supervisor).delete()
    response = ask({"username": supervisor.username, "password": f.PASSWORD})
    assert response.status_code == 403
    assert response.json()["code"] == "otp_enrolment_required"


def test_the_openapi_document_lists_423_and_429_and_the_otp_field():
    schema = Client().get("/api/v1/openapi.json").json()
    operation = schema["paths"][URL]["post"]
    assert {"423", "429"} <= set(operation["responses"])
    assert "otp" in schema["components"]["schemas"]["Credentials"]["properties"]

import datetime
import hashlib

import pytest
from django.test import Client, override_settings

from huishang.api.models import ApiToken
from huishang.core import clock
from tests import factories as f
from tests.api.client import ApiClient, as_user, token_of

pytestmark = pytest.mark.django_db


def test_right_password_gets_a_token_that_opens_the_api():
    contact = f.enterprise_contact()
    response = ApiClient().post("/auth/token", {"username": contact.username, "password": f.PASSWORD})
    assert response.status_code == 200
    body = response.json()
    assert body["token"] and body["expires_at"]
    assert ApiClient(body["token"]).get("/matters").status_code == 200


def test_token_is_stored_only_as_its_sha256_hash():
    contact = f.enterprise_contact()
    key = token_of(contact)
    stored = ApiToken.objects.get(user=contact)
    assert stored.key_hash == hashlib.sha256(key.encode()).hexdigest()
    assert not ApiToken.objects.filter(key_hash=key).exists()


def test_wrong_password_is_refused_with_401_json():
    contact = f.enterprise_contact()
    response = ApiClient().post("/auth/token", {"username": contact.username, "password": "not-the-password"})
    assert response.status_code == 401
    assert response.json()["code"] == "invalid_credentials"
    assert not ApiToken.objects.exists()


def test_unknown_user_is_refused_like_a_wrong_password():
    response = ApiClient().post("/auth/token", {"username": "nobody", "password": f.PASSWORD})
    assert response.status_code == 401
    assert response.json()["code"] == "invalid_credentials"


@pytest.mark.parametrize("path", ["/matters", "/meetings", "/stats", "/categories", "/units", "/matters/1"])
def test_operations_without_a_token_answer_401_json(path):
    response = ApiClient().get(path)
    assert response.status_code == 401
    assert response["Content-Type"].startswith("application/json")
    assert response.json()["code"] == "unauthenticated"
    assert response["WWW-Authenticate"] == "Bearer"


def test_a_made_up_token_answers_401():
    assert ApiClient("made-up-token").get("/matters").status_code == 401


@override_settings(HUISHANG_API_TOKEN_HOURS=2)
def test_token_expires_after_the_configured_hours():
    contact = f.enterprise_contact()
    start = datetime.datetime(2026, 3, 1, 9, 0)
    with clock.frozen_at(start):
        key = token_of(contact)
    client = ApiClient(key)
    with clock.frozen_at(start + datetime.timedelta(hours=1, minutes=59)):
        assert client.get("/matters").status_code == 200
    with clock.frozen_at(start + datetime.timedelta(hours=2)):
        assert client.get("/matters").status_code == 401


def test_delete_revokes_the_token_in_use_and_only_that_one():
    contact = f.enterprise_contact()
    first, second = as_user(contact), as_user(contact)
    assert first.delete("/auth/token").status_code == 204
    assert first.get("/matters").status_code == 401
    assert second.get("/matters").status_code == 200
    assert ApiToken.objects.filter(user=contact, revoked_at__isnull=False).count() == 1


def test_an_inactive_users_tokens_stop_working():
    contact = f.enterprise_contact()
    client = as_user(contact)
    contact.is_active = False
    contact.save()
    assert client.get("/matters").status_code == 401


def test_an_inactive_user_gets_no_token():
    contact = f.enterprise_contact()
    contact.is_active = False
    contact.save()
    response = ApiClient().post("/auth/token", {"username": contact.username, "password": f.PASSWORD})
    assert response.status_code == 401


def test_using_a_token_records_when_it_was_last_used():
    client = as_user(f.enterprise_contact())
    assert ApiToken.objects.get().last_used_at is None
    client.get("/matters")
    assert ApiToken.objects.get().last_used_at is not None


def test_an_administrator_revokes_a_token_from_the_admin():
    contact = f.enterprise_contact()
    client = as_user(contact)
    superuser = f.admin()
    superuser.is_staff = superuser.is_superuser = True
    superuser.save()
    browser = Client()
    browser.force_login(superuser)
    token = ApiToken.objects.get(user=contact)
    response = browser.post("/admin/api/apitoken/", {"action": "revoke", "_selected_action": [token.pk]})
    assert response.status_code == 302
    assert client.get("/matters").status_code == 401

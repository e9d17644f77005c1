"""A web session idle longer than HUISHANG_IDLE_MINUTES is logged out and sent to the login page with a message."""

import time

import pytest
from django.test import override_settings

from huishang.accounts.middleware import LAST_SEEN_KEY
from tests import factories as f
from tests.web.pages import signed_in, text_of

pytestmark = pytest.mark.django_db


def last_seen_minutes_ago(client, minutes):
    session = client.session
    session[LAST_SEEN_KEY] = time.time() - minutes * 60
    session.save()


def test_a_session_idle_for_more_than_thirty_minutes_is_logged_out_with_a_message():
    client = signed_in(f.office())
    client.get("/")
    last_seen_minutes_ago(client, 31)
    response = client.get("/matters/?state=submitted")
    assert response.status_code == 302
    assert response["Location"] == "/login/?next=/matters/%3Fstate%3Dsubmitted"
    login = client.get(response["Location"])
    assert "您已 30 分钟无操作，已自动退出，请重新登录" in text_of(login)
    assert client.get("/").status_code == 302


def test_a_session_used_within_thirty_minutes_stays_signed_in():
    client = signed_in(f.office())
    client.get("/")
    last_seen_minutes_ago(client, 29)
    assert client.get("/").status_code == 200
    assert client.session[LAST_SEEN_KEY] > time.time() - 60


@override_settings(HUISHANG_IDLE_MINUTES=5)
def test_the_idle_limit_comes_from_the_settings():
    client = signed_in(f.office())
    client.get("/")
    last_seen_minutes_ago(client, 6)
    assert client.get("/").status_code == 302

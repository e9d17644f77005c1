"""Lockout: 5 failures in 15 minutes lock an account, 20 lock an address, for 15 minutes; an administrator may unlock."""

import datetime

import pytest
from django.core.management import call_command
from django.test import Client, RequestFactory, override_settings

from huishang.accounts import lockout, services
from huishang.accounts.errors import AccountLocked, AddressLocked, InvalidCredentials
from huishang.accounts.models import LoginAttempt, Lockout
from huishang.audit.models import AuditEntry
from huishang.core import clock
from huishang.core.errors import NotAllowed
from tests import factories as f
from tests.web.pages import text_of

pytestmark = pytest.mark.django_db

START = datetime.datetime(2026, 3, 2, 9, 0)


def request_from(address="10.0.0.7"):
    return RequestFactory().post("/login/", REMOTE_ADDR=address)


def sign_in(username, password, address="10.0.0.7"):
    return services.check_password_step(request_from(address), username=username, password=password, channel="web")


def fail(username, times, address="10.0.0.7"):
    for _ in range(times):
        with pytest.raises((InvalidCredentials, AccountLocked, AddressLocked)):
            sign_in(username, "wrong-password", address)


def test_five_failures_lock_the_account_even_against_the_right_password():
    user = f.enterprise_contact()
    with clock.frozen_at(START):
        fail(user.username, 4)
        with pytest.raises(AccountLocked) as locked:
            sign_in(user.username, "wrong-password")
        assert locked.value.minutes_left == 15
        with pytest.raises(AccountLocked):
            sign_in(user.username, f.PASSWORD)


def test_four_failures_leave_the_account_open():
    user = f.enterprise_contact()
    with clock.frozen_at(START):
        fail(user.username, 4)
        assert sign_in(user.username, f.PASSWORD) == user


def test_failures_older_than_fifteen_minutes_do_not_count():
    user = f.enterprise_contact()
    with clock.frozen_at(START):
        fail(user.username, 4)
    with clock.frozen_at(START + datetime.timedelta(minutes=16)):
        fail(user.username, 1)
        assert sign_in(user.username, f.PASSWORD) == user


def test_a_success_starts_the_count_again():
    user = f.enterprise_contact()
    with clock.frozen_at(START):
        fail(user.username, 4)
        sign_in(user.username, f.PASSWORD)
        fail(user.username, 4)
        assert sign_in(user.username, f.PASSWORD) == user


def test_the_lock_ends_after_fifteen_minutes():
    user = f.enterprise_contact()
    with clock.frozen_at(START):
        fail(user.username, 5)
    with clock.frozen_at(START + datetime.timedelta(minutes=14, seconds=59)):
        with pytest.raises(AccountLocked):
            sign_in(user.username, f.PASSWORD)
    with clock.frozen_at(START + datetime.timedelta(minutes=15)):
        assert sign_in(user.username, f.PASSWORD) == user


@override_settings(HUISHANG_LOCKOUT_FAILURES=3, HUISHANG_LOCKOUT_MINUTES=5)
def test_threshold_and_duration_come_from_the_settings():
    user = f.enterprise_contact()
    with clock.frozen_at(START):
        fail(user.username, 3)
        with pytest.raises(AccountLocked) as locked:
            sign_in(user.username, f.PASSWORD)
        assert locked.value.minutes_left == 5


def test_twenty_failures_from_one_address_lock_the_address_for_every_account_but_not_other_addresses():
    user = f.enterprise_contact()
    with clock.frozen_at(START):
        for n in range(20):
            fail(f"guess{n}", 1, address="10.9.9.9")
        with pytest.raises(AddressLocked):
            sign_in(user.username, f.PASSWORD, address="10.9.9.9")
        assert sign_in(user.username, f.PASSWORD, address="10.0.0.8") == user


def test_the_web_login_names_the_minutes_left_in_chinese():
    user = f.enterprise_contact()
    client = Client(REMOTE_ADDR="10.0.0.7")
    for _ in range(5):
        client.post("/login/", {"username": user.username, "password": "wrong-password"})
    response = client.post("/login/", {"username": user.username, "password": f.PASSWORD})
    assert response.status_code == 200
    assert "该账户因多次登录失败已被锁定，请 15 分钟后再试" in text_of(response)
    assert client.get("/").status_code == 302


def test_lockout_and_failures_go_to_the_audit_log():
    user = f.enterprise_contact()
    fail(user.username, 5)
    assert AuditEntry.objects.filter(kind="login_failed", subject=user.username).count() == 5
    assert AuditEntry.objects.filter(kind="lockout", subject=f"account:{user.username}").count() == 1


def test_an_administrator_unlocks_an_account_at_once():
    user = f.enterprise_contact()
    fail(user.username, 5)
    assert services.unlock(username=user.username, by=f.admin()) == 1
    assert sign_in(user.username, f.PASSWORD) == user
    assert AuditEntry.objects.filter(kind="unlock", subject=user.username).exists()


def test_after_an_unlock_one_more_failure_does_not_lock_again():
    user = f.enterprise_contact()
    fail(user.username, 5)
    services.unlock(username=user.username, by=f.admin())
    fail(user.username, 1)
    assert sign_in(user.username, f.PASSWORD) == user


def test_only_an_administrator_may_unlock():
    user = f.enterprise_contact()
    fail(user.username, 5)
    with pytest.raises(NotAllowed):
        services.unlock(username=user.username, by=f.office())
    with pytest.raises(AccountLocked):
        sign_in(user.username, f.PASSWORD)


def test_the_unlock_command_lifts_the_lock(capsys):
    user = f.enterprise_contact()
    fail(user.username, 5)
    call_command("unlock", user.username)
    assert "已解锁" in capsys.readouterr().out
    assert sign_in(user.username, f.PASSWORD) == user


def test_check_allowed_refuses_before_the_password_is_looked_at():
    user = f.enterprise_contact()
    fail(user.username, 5)
    with pytest.raises(AccountLocked):
        lockout.check_allowed(user.username, "10.1.1.1")
    lockout.check_allowed("someone-else", "10.1.1.1")


def test_an_administrator_unlocks_from_the_admin_list_of_lockouts():
    user = f.enterprise_contact()
    fail(user.username, 5)
    superuser = f.admin()
    superuser.is_staff = superuser.is_superuser = True
    superuser.save()
    browser = Client()
    browser.force_login(superuser)
    lock = Lockout.objects.get(key=user.username)
    response = browser.post("/admin/accounts/lockout/", {"action": "lift", "_selected_action": [lock.pk]})
    assert response.status_code == 302
    assert sign_in(user.username, f.PASSWORD) == user
    assert Lockout.objects.get(pk=lock.pk).lifted_by == superuser


def test_attempts_older_than_a_day_are_forgotten_when_the_name_or_address_comes_back():
    user = f.enterprise_contact()
    with clock.frozen_at(START):
        fail(user.username, 2)
    with clock.frozen_at(START + datetime.timedelta(days=1, minutes=1)):
        sign_in(user.username, f.PASSWORD)
    assert list(LoginAttempt.objects.values_list("succeeded", flat=True)) == [True]

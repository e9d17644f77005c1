"""Lockout: 5 failures in 15 minutes lock an account at the address they came from, 20 lock an address, for 15
minutes; many addresses failing one account make new addresses wait longer and longer; the owner unlocks with the
second factor, an administrator for every address."""

import datetime

import pytest
from django.core.management import call_command
from django.test import Client, RequestFactory, override_settings

from huishang.accounts import lockout, services
from huishang.accounts.errors import AccountLocked, AddressLocked, InvalidCredentials, SignInDelayed
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
        with pytest.raises((InvalidCredentials, AccountLocked, AddressLocked, SignInDelayed)):
            sign_in(username, "wrong-password", address)


def fail_from_many_addresses(username, times, start=START):
    """A distributed guess: one failure from each of ``times`` addresses, each as soon as it may come;
    returns the moment of the last one."""
    moment = start
    for n in range(times):
        with clock.frozen_at(moment):
            with pytest.raises(InvalidCredentials):
                sign_in(username, "wrong-password", f"198.51.100.{n}")
        last, moment = moment, moment + datetime.timedelta(seconds=lockout.delay_after(n + 1))
    return last


def test_five_failures_lock_the_account_at_that_address_even_against_the_right_password():
    user = f.enterprise_contact()
    with clock.frozen_at(START):
        fail(user.username, 4)
        with pytest.raises(AccountLocked) as locked:
            sign_in(user.username, "wrong-password")
        assert locked.value.minutes_left == 15
        with pytest.raises(AccountLocked):
            sign_in(user.username, f.PASSWORD)
        assert Lockout.objects.get().address == "10.0.0.7"


def test_a_stranger_who_knows_the_username_cannot_lock_its_owner_out_from_another_address():
    owner = f.office()
    stranger = Client(REMOTE_ADDR="203.0.113.9")
    for _ in range(12):
        stranger.post("/login/", {"username": owner.username, "password": "wrong-password"})
    assert "已被锁定" in text_of(stranger.post("/login/", {"username": owner.username, "password": f.PASSWORD}))
    at_the_office = Client(REMOTE_ADDR="10.0.0.7")
    response = at_the_office.post("/login/", {"username": owner.username, "password": f.PASSWORD})
    assert response.status_code == 302 and at_the_office.session["_auth_user_id"] == str(owner.pk)


def test_behind_a_trusted_proxy_the_lock_falls_on_the_client_not_on_the_proxy(settings):
    settings.HUISHANG_TRUSTED_PROXIES = ["10.0.0.1"]
    owner = f.office()
    stranger = Client(REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.9")
    for _ in range(6):
        stranger.post("/login/", {"username": owner.username, "password": "wrong-password"})
    assert Lockout.objects.get().address == "203.0.113.9"
    owner_behind_the_same_proxy = Client(REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="198.51.100.4")
    assert owner_behind_the_same_proxy.post(
        "/login/", {"username": owner.username, "password": f.PASSWORD}).status_code == 302


def test_many_addresses_failing_one_account_make_a_new_address_wait_longer_and_longer():
    user = f.enterprise_contact()
    moment = START
    with clock.frozen_at(moment):
        for n in range(5):
            fail(user.username, 1, address=f"198.51.100.{n}")
        lockout.check_allowed(user.username, "192.0.2.1")
    waits = []
    for n in range(5, 9):
        with clock.frozen_at(moment):
            with pytest.raises(InvalidCredentials):
                sign_in(user.username, "wrong-password", f"198.51.100.{n}")
            with pytest.raises(SignInDelayed) as delayed:
                sign_in(user.username, f.PASSWORD, address="192.0.2.2")
        waits.append(delayed.value.retry_after)
        moment += datetime.timedelta(seconds=delayed.value.retry_after)
    assert waits == [2, 4, 8, 16]
    with clock.frozen_at(moment):
        assert sign_in(user.username, f.PASSWORD, address="192.0.2.2") == user


@override_settings(HUISHANG_LOCKOUT_MAX_DELAY_SECONDS=10)
def test_the_wait_never_exceeds_the_setting():
    user = f.enterprise_contact()
    last = fail_from_many_addresses(user.username, 12)
    with clock.frozen_at(last + datetime.timedelta(seconds=9)):
        with pytest.raises(SignInDelayed):
            sign_in(user.username, f.PASSWORD, address="192.0.2.2")
    with clock.frozen_at(last + datetime.timedelta(seconds=10)):
        assert sign_in(user.username, f.PASSWORD, address="192.0.2.2") == user


def test_an_address_the_account_signed_in_from_does_not_wait():
    user = f.enterprise_contact()
    with clock.frozen_at(START):
        sign_in(user.username, f.PASSWORD, address="10.0.0.7")
    last = fail_from_many_addresses(user.username, 12, start=START + datetime.timedelta(days=3))
    with clock.frozen_at(last):
        with pytest.raises(SignInDelayed):
            sign_in(user.username, f.PASSWORD, address="192.0.2.2")
        assert sign_in(user.username, f.PASSWORD, address="10.0.0.7") == user


def test_an_address_is_known_for_thirty_days_after_the_last_sign_in_from_it():
    user = f.enterprise_contact()
    with clock.frozen_at(START):
        sign_in(user.username, f.PASSWORD, address="10.0.0.7")
    last = fail_from_many_addresses(user.username, 6, start=START + datetime.timedelta(days=31))
    with clock.frozen_at(last):
        with pytest.raises(SignInDelayed):
            sign_in(user.username, f.PASSWORD, address="10.0.0.7")


def unlock_page(address="10.0.0.7"):
    return Client(REMOTE_ADDR=address)


def test_the_owner_lifts_the_lock_at_their_address_with_password_and_one_time_code():
    supervisor = f.supervisor()
    fail(supervisor.username, 5)
    browser = unlock_page()
    response = browser.post("/account/unlock/", {
        "username": supervisor.username, "password": f.PASSWORD, "otp": f.one_time_code(supervisor)})
    assert response.status_code == 302 and browser.get("/").status_code == 200
    lock = Lockout.objects.get(key=supervisor.username)
    assert lock.lifted_by == supervisor and lock.lifted_at is not None
    assert AuditEntry.objects.filter(kind="unlock", subject=supervisor.username,
                                     actor_username=supervisor.username).exists()
    assert sign_in(supervisor.username, f.PASSWORD) == supervisor


def test_the_unlock_needs_the_right_code_and_a_device():
    supervisor, contact = f.supervisor(), f.enterprise_contact()
    fail(supervisor.username, 5)
    fail(contact.username, 5)
    wrong_code = unlock_page().post("/account/unlock/", {
        "username": supervisor.username, "password": f.PASSWORD, "otp": "000000"})
    no_device = unlock_page().post("/account/unlock/", {
        "username": contact.username, "password": f.PASSWORD, "otp": "123456"})
    for response in (wrong_code, no_device):
        assert response.status_code == 422
        assert "用户名、密码或一次性验证码不正确" in text_of(response)
    assert Lockout.objects.filter(lifted_at__isnull=True).count() == 2


def test_an_empty_unlock_form_names_the_missing_fields():
    response = unlock_page().post("/account/unlock/", {})
    assert response.status_code == 422
    assert set(response.context["form"].errors) == {"username", "password", "otp"}


def test_wrong_unlock_tries_are_limited_like_sign_ins():
    supervisor = f.supervisor()
    fail(supervisor.username, 5)
    for _ in range(5):
        unlock_page().post("/account/unlock/", {"username": supervisor.username, "password": f.PASSWORD,
                                                "otp": "000000"})
    response = unlock_page().post("/account/unlock/", {
        "username": supervisor.username, "password": f.PASSWORD, "otp": f.one_time_code(supervisor)})
    assert response.status_code == 422 and "已被锁定" in text_of(response)
    assert not Lockout.objects.filter(lifted_at__isnull=False).exists()


def test_the_login_page_offers_the_unlock_once_the_account_is_locked_there():
    user = f.enterprise_contact()
    browser = Client(REMOTE_ADDR="10.0.0.7")
    first = browser.post("/login/", {"username": user.username, "password": "wrong-password"})
    assert "/account/unlock/" not in first.content.decode()
    for _ in range(4):
        locked = browser.post("/login/", {"username": user.username, "password": "wrong-password"})
    assert "/account/unlock/" in locked.content.decode()


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
    assert "该账户在此网络地址因多次登录失败已被锁定，请 15 分钟后再试" in text_of(response)
    assert client.get("/").status_code == 302


def test_lockout_and_failures_go_to_the_audit_log():
    user = f.enterprise_contact()
    fail(user.username, 5)
    assert AuditEntry.objects.filter(kind="login_failed", subject=user.username).count() == 5
    assert AuditEntry.objects.filter(kind="lockout", subject=f"account:{user.username}").count() == 1


@override_settings(HUISHANG_LOCKOUT_MAX_DELAY_SECONDS=0)  # the second address fails at once, without waiting
def test_an_administrator_unlocks_an_account_at_every_address_at_once():
    user = f.enterprise_contact()
    fail(user.username, 5)
    fail(user.username, 5, address="10.0.0.8")
    assert services.unlock(username=user.username, by=f.admin()) == 2
    assert sign_in(user.username, f.PASSWORD, address="10.0.0.8") == user
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
    fail(user.username, 5, address="10.1.1.1")
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

"""Two-factor sign-in: required for administrators and supervisors, optional for others, reset by an administrator."""

import re
import time

import pytest
from django.core.management import call_command
from django.test import Client, override_settings
from django_otp.oath import hotp
from django_otp.plugins.otp_totp.models import TOTPDevice

from huishang.accounts import services
from huishang.audit.models import AuditEntry
from huishang.core.errors import NotAllowed
from tests import factories as f
from tests.web.pages import signed_in, text_of

pytestmark = pytest.mark.django_db


def password_step(client, user):
    return client.post("/login/", {"username": user.username, "password": f.PASSWORD})


def current_code(device) -> str:
    return str(hotp(device.bin_key, int(time.time()) // device.step, device.digits)).zfill(device.digits)


def test_with_a_device_the_password_alone_does_not_sign_in():
    supervisor = f.supervisor()
    client = Client()
    response = password_step(client, supervisor)
    assert response.status_code == 302 and response["Location"].startswith("/account/sign-in/code/")
    assert client.get("/")["Location"].startswith("/login/")


def test_the_right_code_signs_in_and_is_written_to_the_audit_log():
    supervisor = f.supervisor()
    client = Client()
    password_step(client, supervisor)
    response = client.post("/account/sign-in/code/", {"otp": f.one_time_code(supervisor), "next": "/matters/"})
    assert response.status_code == 302 and response["Location"] == "/matters/"
    assert client.get("/").status_code == 200
    entry = AuditEntry.objects.get(kind="login", actor_username=supervisor.username)
    assert entry.detail["otp"] is True


def test_a_wrong_code_is_refused_in_chinese_and_does_not_sign_in():
    supervisor = f.supervisor()
    client = Client()
    password_step(client, supervisor)
    response = client.post("/account/sign-in/code/", {"otp": "000000"})
    assert response.status_code == 200
    assert "动态验证码错误或已被使用过" in text_of(response)
    assert client.get("/")["Location"].startswith("/login/")


def test_a_used_code_cannot_sign_in_again():
    supervisor = f.supervisor()
    code = f.one_time_code(supervisor)
    first, second = Client(), Client()
    password_step(first, supervisor)
    assert first.post("/account/sign-in/code/", {"otp": code}).status_code == 302
    password_step(second, supervisor)
    assert second.post("/account/sign-in/code/", {"otp": code}).status_code == 200
    assert second.get("/")["Location"].startswith("/login/")


def test_the_code_step_without_the_password_step_goes_back_to_login():
    response = Client().post("/account/sign-in/code/", {"otp": "123456"})
    assert response.status_code == 302 and response["Location"] == "/login/"


def test_a_supervisor_without_a_device_is_sent_to_enrolment_before_anything_else():
    supervisor = f.supervisor()
    TOTPDevice.objects.filter(user=supervisor).delete()
    client = Client()
    assert password_step(client, supervisor)["Location"] == "/"
    for path in ("/", "/matters/", "/dashboard/", "/account/password/"):
        response = client.get(path)
        assert response.status_code == 302 and response["Location"].startswith("/account/two-factor/"), path


def test_enrolment_shows_a_qr_code_as_an_image_and_confirms_with_a_code():
    supervisor = f.supervisor()
    TOTPDevice.objects.filter(user=supervisor).delete()
    client = signed_in(supervisor)
    page = client.get("/account/two-factor/")
    html = page.content.decode()
    assert re.search(r'<img class="qr-code" src="data:image/svg\+xml;', html)
    assert "<script>" not in html
    device = TOTPDevice.objects.get(user=supervisor, confirmed=False)
    response = client.post("/account/two-factor/", {"otp": current_code(device), "next": "/dashboard/"})
    assert response.status_code == 302 and response["Location"] == "/dashboard/"
    assert TOTPDevice.objects.get(user=supervisor).confirmed
    assert client.get("/").status_code == 200
    assert AuditEntry.objects.filter(kind="otp_enrolled", actor_username=supervisor.username).exists()


def test_enrolment_refuses_a_wrong_code_and_keeps_the_device_unconfirmed():
    supervisor = f.supervisor()
    TOTPDevice.objects.filter(user=supervisor).delete()
    client = signed_in(supervisor)
    client.get("/account/two-factor/")
    response = client.post("/account/two-factor/", {"otp": "000000"})
    assert "验证码不正确" in text_of(response)
    assert not TOTPDevice.objects.filter(user=supervisor, confirmed=True).exists()


def test_other_roles_sign_in_without_a_code_and_may_enrol_by_choice():
    contact = f.enterprise_contact()
    client = Client()
    assert password_step(client, contact)["Location"] == "/"
    assert client.get("/").status_code == 200
    client.get("/account/two-factor/")
    device = TOTPDevice.objects.get(user=contact, confirmed=False)
    client.post("/account/two-factor/", {"otp": current_code(device)})
    later = Client()
    assert password_step(later, contact)["Location"].startswith("/account/sign-in/code/")


@override_settings(HUISHANG_REQUIRE_2FA_ROLES={"admin"})
def test_the_roles_that_require_two_factor_come_from_the_settings():
    supervisor = f.supervisor()
    TOTPDevice.objects.filter(user=supervisor).delete()
    assert signed_in(supervisor).get("/").status_code == 200


def test_an_administrator_resets_a_lost_device_and_the_user_enrols_again():
    supervisor = f.supervisor()
    services.reset_second_factor(user=supervisor, by=f.admin())
    assert not TOTPDevice.objects.filter(user=supervisor).exists()
    assert signed_in(supervisor).get("/")["Location"].startswith("/account/two-factor/")
    assert AuditEntry.objects.filter(kind="otp_reset", subject=supervisor.username).exists()


def test_only_an_administrator_may_reset_a_device():
    supervisor = f.supervisor()
    with pytest.raises(NotAllowed):
        services.reset_second_factor(user=supervisor, by=f.leader())
    assert TOTPDevice.objects.filter(user=supervisor, confirmed=True).exists()


def test_the_reset_command_removes_the_device(capsys):
    supervisor = f.supervisor()
    call_command("reset_otp", supervisor.username)
    assert not TOTPDevice.objects.filter(user=supervisor).exists()
    assert supervisor.username in capsys.readouterr().out


def test_the_django_admin_login_is_the_one_login_page():
    response = Client().get("/admin/login/?next=/admin/")
    assert response.status_code == 302 and response["Location"] == "/login/?next=/admin/"

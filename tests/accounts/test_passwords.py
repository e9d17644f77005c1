"""Password policy: 12 characters, 3 of 4 character classes, not common, not one of the last five."""

import re

import pytest
from django.contrib.auth import password_validation
from django.contrib.auth.management.commands import changepassword
from django.core.exceptions import ValidationError as DjangoValidationError
from django.core.management import CommandError, call_command
from django.utils import translation

from huishang.accounts import services
from huishang.accounts.models import PasswordHistory
from huishang.audit.models import AuditEntry
from huishang.core.errors import ValidationError
from tests import factories as f
from tests.web.pages import signed_in, text_of

pytestmark = pytest.mark.django_db

GOOD = "Huishang-Neijiang-77"


def refusal_of(password, user=None) -> str:
    with translation.override("zh-hans"), pytest.raises(DjangoValidationError) as refused:
        password_validation.validate_password(password, user)
    return " ".join(refused.value.messages)


def test_a_password_shorter_than_twelve_characters_is_refused_naming_the_length():
    assert "12" in refusal_of("Ab1-xyzwvu")


def test_a_password_of_only_two_character_classes_is_refused_naming_the_rule():
    message = refusal_of("onlylowercase2026")
    assert "大写字母" in message and "3" in message


def test_a_common_password_is_refused():
    assert refusal_of("Password1234") and "常见" in refusal_of("Password1234")


def test_twelve_characters_of_three_classes_are_accepted():
    password_validation.validate_password("Qinghe-river9", f.office())
    password_validation.validate_password("lowerUPPER2026")


def test_none_of_the_last_five_passwords_may_be_used_again_but_the_sixth_may():
    user = f.office()
    used = [f"Rotation-Pass-{n:02d}" for n in range(6)]
    previous = f.PASSWORD
    for password in used:
        services.change_password(None, user=user, old_password=previous, new_password=password)
        previous = password
    for recent in used[1:]:
        with pytest.raises(ValidationError) as refused:
            services.change_password(None, user=user, old_password=previous, new_password=recent)
        assert refused.value.field == "new_password1"
    services.change_password(None, user=user, old_password=previous, new_password=used[0])
    user.refresh_from_db()
    assert user.check_password(used[0])


def test_the_history_keeps_hashes_never_the_passwords():
    user = f.office()
    services.change_password(None, user=user, old_password=f.PASSWORD, new_password=GOOD)
    stored = list(PasswordHistory.objects.filter(user=user).values_list("password", flat=True))
    assert stored and GOOD not in stored and all("$" in encoded for encoded in stored)


def test_a_wrong_current_password_changes_nothing():
    user = f.office()
    with pytest.raises(ValidationError) as refused:
        services.change_password(None, user=user, old_password="not-it", new_password=GOOD)
    assert refused.value.field == "old_password"
    user.refresh_from_db()
    assert user.check_password(f.PASSWORD)


def test_the_password_page_changes_the_password_keeps_the_session_and_writes_the_audit_log():
    user = f.unit_handler()
    client = signed_in(user)
    response = client.post("/account/password/", {
        "old_password": f.PASSWORD, "new_password1": GOOD, "new_password2": GOOD}, follow=True)
    assert "密码已修改" in text_of(response)
    user.refresh_from_db()
    assert user.check_password(GOOD)
    assert client.get("/").status_code == 200
    assert AuditEntry.objects.filter(kind="password_change", actor_username=user.username).exists()


def test_the_password_page_shows_the_broken_rule_in_chinese_and_keeps_the_old_password():
    user = f.unit_handler()
    response = signed_in(user).post("/account/password/", {
        "old_password": f.PASSWORD, "new_password1": "abcdefghijkl", "new_password2": "abcdefghijkl"})
    assert response.status_code == 200
    errors = re.findall(r'<p class="error" role="alert">(.*?)</p>', response.content.decode(), flags=re.S)
    assert any("至少包含大写字母、小写字母、数字、符号中的 3 类" in error for error in errors)
    user.refresh_from_db()
    assert user.check_password(f.PASSWORD)


def test_the_changepassword_command_applies_the_policy(monkeypatch):
    user = f.office()
    monkeypatch.setattr(changepassword.getpass, "getpass", lambda prompt="": "short")
    with pytest.raises(CommandError):
        call_command("changepassword", user.username)
    user.refresh_from_db()
    assert user.check_password(f.PASSWORD)

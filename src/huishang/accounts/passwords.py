"""Password rules that Django's own validators lack: character classes and no reuse of recent passwords.

Both are listed in AUTH_PASSWORD_VALIDATORS, so the password change page, ``huishang changepassword``
and ``huishang createsuperuser`` apply them alike.
"""

import string

from django.contrib.auth.hashers import check_password
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from huishang.accounts.models import PasswordHistory
from huishang.core import clock

CLASSES = {
    "upper": lambda ch: ch.isupper(),
    "lower": lambda ch: ch.islower(),
    "digit": lambda ch: ch.isdigit(),
    "symbol": lambda ch: ch in string.punctuation or ch == " ",
}


def classes_in(password: str) -> set[str]:
    return {name for name, member in CLASSES.items() if any(member(ch) for ch in password)}


class CharacterClassesValidator:
    """At least ``min_classes`` of: upper-case letters, lower-case letters, digits, symbols."""

    def __init__(self, min_classes: int = 3):
        self.min_classes = min_classes

    def validate(self, password, user=None):
        if len(classes_in(password)) < self.min_classes:
            raise ValidationError(self.get_help_text(), code="password_too_simple")

    def get_help_text(self):
        return _("The password must mix at least %(count)d of: upper-case letters, lower-case letters, digits, "
                 "symbols.") % {"count": self.min_classes}


class PasswordHistoryValidator:
    """Not one of the account's last ``remembered`` passwords; each new one is remembered as its hash."""

    def __init__(self, remembered: int = 5):
        self.remembered = remembered

    def validate(self, password, user=None):
        if user is None or user.pk is None:
            return
        earlier = [user.password, *recent_hashes(user, self.remembered)]
        if any(encoded and check_password(password, encoded) for encoded in earlier):
            raise ValidationError(self.get_help_text(), code="password_reused")

    def password_changed(self, password, user=None):
        # Called by User.save() after set_password(): user.password already holds the new hash.
        if user is None or user.pk is None or not user.has_usable_password():
            return
        PasswordHistory.objects.create(user=user, password=user.password, set_at=clock.now())
        keep = PasswordHistory.objects.filter(user=user).values_list("pk", flat=True)[: self.remembered]
        PasswordHistory.objects.filter(user=user).exclude(pk__in=list(keep)).delete()

    def get_help_text(self):
        return ngettext(
            "The password must differ from your last password.",
            "The password must differ from your last %(count)d passwords.",
            self.remembered,
        ) % {"count": self.remembered}


def recent_hashes(user, count: int) -> list[str]:
    return list(PasswordHistory.objects.filter(user=user).values_list("password", flat=True)[:count])

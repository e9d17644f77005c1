"""Checks of the values people type into the ledger and the station's forms."""

import datetime
import re

from django.utils.translation import gettext as _

from huishang.core.errors import ValidationError
from huishang.core.text import cleaned

PHONE = re.compile(r"^1\d{10}$")
ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_CHECK = "10X98765432"


def id_check_character(first17: str) -> str:
    return ID_CHECK[sum(int(digit) * weight for digit, weight in zip(first17, ID_WEIGHTS)) % 11]


def required_text(value, field: str, label: str, max_length: int = 200) -> str:
    text = cleaned(str(value if value is not None else ""))
    if not text:
        raise ValidationError(_("%(label)s is required.") % {"label": label}, field=field)
    if len(text) > max_length:
        raise ValidationError(
            _("%(label)s must be at most %(n)s characters.") % {"label": label, "n": max_length}, field=field
        )
    return text


def phone_number(value, field: str = "phone", *, required: bool = True) -> str:
    text = re.sub(r"[\s-]", "", str(value if value is not None else ""))
    if not text and not required:
        return ""
    if not PHONE.match(text):
        raise ValidationError(_("The phone number must be 11 digits starting with 1."), field=field)
    return text


def id_number(value, field: str = "id_number") -> str:
    """A resident identity card number (GB 11643): 17 digits, a check character, a real birth date."""
    text = str(value if value is not None else "").strip().upper()
    valid = re.fullmatch(r"\d{17}[\dX]", text) is not None and id_check_character(text[:17]) == text[17]
    if valid:
        try:
            datetime.date(int(text[6:10]), int(text[10:12]), int(text[12:14]))
        except ValueError:
            valid = False
    if not valid:
        raise ValidationError(_("The ID number is not valid (18 characters with a check character)."), field=field)
    return text


def positive_number(value, field: str, label: str) -> int:
    try:
        number = int(value)
    except (TypeError, ValueError):
        number = -1
    if number <= 0:
        raise ValidationError(_("%(label)s must be a positive whole number.") % {"label": label}, field=field)
    return number


def hours(start, end, *, start_field: str, end_field: str) -> tuple[datetime.time, datetime.time]:
    for value, field in ((start, start_field), (end, end_field)):
        if not isinstance(value, datetime.time):
            raise ValidationError(_("Give a time written HH:MM."), field=field)
    if end <= start:
        raise ValidationError(_("The end time must be after the start time."), field=end_field)
    return start, end


def day(value, field: str) -> datetime.date:
    """A calendar day (not a moment)."""
    if not isinstance(value, datetime.date) or isinstance(value, datetime.datetime):
        raise ValidationError(_("Give a date written YYYY-MM-DD."), field=field)
    return value

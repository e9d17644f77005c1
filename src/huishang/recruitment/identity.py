"""Resident ID numbers (GB 11643-1999): 18 characters, the birth date inside, a check character at the end."""

import datetime

WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
CHECK_CHARACTERS = "10X98765432"


def check_character(first17: str) -> str:
    return CHECK_CHARACTERS[sum(int(digit) * weight for digit, weight in zip(first17, WEIGHTS)) % 11]


def birth_date(id_number: str) -> datetime.date | None:
    """The birth date an ID number carries, or None when the number is not valid."""
    id_number = (id_number or "").strip().upper()
    if len(id_number) != 18 or not id_number[:17].isdigit() or check_character(id_number[:17]) != id_number[17]:
        return None
    try:
        return datetime.date(int(id_number[6:10]), int(id_number[10:12]), int(id_number[12:14]))
    except ValueError:
        return None


def mask_id_number(id_number: str) -> str:
    """Area code and last four characters stay; the birth date and sequence are hidden."""
    return id_number[:6] + "*" * 8 + id_number[-4:] if len(id_number) == 18 else "*" * len(id_number)


def mask_name(name: str) -> str:
    """张三 → 张*, 欧阳娜娜 → 欧**娜: the first character (and the last of a long name) stay."""
    if len(name) <= 2:
        return name[:1] + "*" * (len(name) - 1)
    return name[0] + "*" * (len(name) - 2) + name[-1]


def mask_phone(phone: str) -> str:
    return phone[:3] + "****" + phone[-4:] if len(phone) >= 11 else "*" * len(phone)

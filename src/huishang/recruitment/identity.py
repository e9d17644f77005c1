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

"""Personal data as views and exports show it: ID numbers and phone numbers masked."""


def mask_id_number(value: str) -> str:
    """Keep the first 6 (region) and the last 4 characters: 110101********1234."""
    value = value or ""
    if len(value) <= 10:
        return "*" * len(value)
    return value[:6] + "*" * (len(value) - 10) + value[-4:]


def mask_phone(value: str) -> str:
    """Keep the first 3 and the last 4 digits: 138****5678."""
    value = value or ""
    if len(value) <= 7:
        return "*" * len(value)
    return value[:3] + "*" * (len(value) - 7) + value[-4:]

"""Personal data as lists, pages and exports show it: enough to recognise a person, not enough to use."""


def mask_phone(phone: str) -> str:
    """138****5678: the first three and the last four digits stay."""
    phone = (phone or "").strip()
    if len(phone) < 8:
        return "*" * len(phone)
    return phone[:3] + "*" * (len(phone) - 7) + phone[-4:]


def mask_id_number(id_number: str) -> str:
    """110101********1234: the region code and the last four characters stay; the birth date is hidden."""
    id_number = (id_number or "").strip()
    if len(id_number) <= 10:
        return "*" * len(id_number)
    return id_number[:6] + "*" * (len(id_number) - 10) + id_number[-4:]


def mask_name(name: str) -> str:
    """王** : only the surname stays (a contact person)."""
    name = (name or "").strip()
    return name[:1] + "*" * (len(name) - 1) if name else ""


def mask_name_for_public_list(name: str) -> str:
    """张*, 欧**娜: the first character, and the last of a longer name, stay (公示 lists)."""
    name = (name or "").strip()
    if len(name) <= 2:
        return name[:1] + "*" * (len(name) - 1)
    return name[0] + "*" * (len(name) - 2) + name[-1]


def mask_email(email: str) -> str:
    """w***@example.com"""
    if "@" not in (email or ""):
        return ""
    local, domain = email.split("@", 1)
    return f"{local[:1]}***@{domain}"

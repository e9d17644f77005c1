"""Personal details as the screens show them: enough to recognise, not enough to use."""


def masked_phone(phone: str) -> str:
    phone = phone or ""
    if len(phone) < 7:
        return "*" * len(phone)
    return phone[:3] + "*" * (len(phone) - 7) + phone[-4:]


def masked_name(name: str) -> str:
    name = name or ""
    return name[:1] + "*" * (len(name) - 1) if name else ""


def masked_email(email: str) -> str:
    if "@" not in (email or ""):
        return ""
    local, domain = email.split("@", 1)
    return f"{local[:1]}***@{domain}"

"""Personal data in ledgers: phone numbers are masked unless the reader may see them."""

from huishang.core.masking import mask_phone
from huishang.directory.models import Role

# The service office calls enterprises back; administrators keep the records. Others see masked numbers.
PERSONAL_DATA_ROLES = {Role.OFFICE, Role.ADMIN}


def may_see_personal_data(user) -> bool:
    return user.is_authenticated and user.is_active and (user.is_superuser or user.role in PERSONAL_DATA_ROLES)


def phone_for(reader, owner) -> str:
    """The phone of ``owner`` as ``reader`` may see it in a ledger."""
    if owner is None or not owner.phone:
        return ""
    if may_see_personal_data(reader) or reader.pk == owner.pk:
        return owner.phone
    return mask_phone(owner.phone)

"""Who may import a ledger of matters: the import page and the menu both ask here."""

from huishang.ledgers.services import IMPORTING_ROLES
from huishang.web.access import role_of


def may_import(user) -> bool:
    return user.is_authenticated and role_of(user) in IMPORTING_ROLES

"""The demo's people: accounts one can log in with, and the contacts who only appear in records."""

from django.contrib.auth.hashers import make_password

from huishang.accounts import second_factor
from huishang.demo import extensions, seed_neijiang, seed_yongchuan
from huishang.directory.models import Role, User

# The table printed at the end starts with one account per role, in this order.
ROLE_ACCOUNTS = ["admin", "office", "unit", "supervisor", "leader", "enterprise", "butler"]
CONTACT_PREFIX = "contact_"


def demo_usernames() -> set[str]:
    """Every username the demo gives a password to (enterprise contacts aside)."""
    names = {"admin", seed_neijiang.OFFICE_ACCOUNT[0], seed_neijiang.LEADER_ACCOUNT[0],
             seed_neijiang.FEATURED_CONTACT[0], seed_yongchuan.OFFICE_ACCOUNT[0]}
    names |= {username for username, _name, _from in seed_neijiang.SUPERVISORS}
    names |= {unit.handler_username for unit in seed_neijiang.UNITS + seed_yongchuan.UNITS}
    names |= {butler.username for butler in seed_yongchuan.BUTLERS}
    return names | extensions.usernames()


class Accounts:
    """Makes the users. Demo accounts share the demo password; record-only contacts get none."""

    def __init__(self, password: str):
        # Hashing is deliberately slow and every demo account has the same password: hash it once.
        self._encoded = make_password(password)
        self._otp_key = second_factor.demo_key(password)
        self._created: list[User] = []

    def demo(self, username: str, *, role: str, name: str, **fields) -> User:
        user = User(username=username, name=name, role=role, password=self._encoded, **fields)
        user.save()
        if second_factor.required_for(user):
            # Roles that must sign in with a code share one key, printed by ``huishang demo``.
            second_factor.enrol_with_key(user, self._otp_key)
        self._created.append(user)
        return user

    @staticmethod
    def contact(username: str, *, name: str, organization, phone: str) -> User:
        """An enterprise's contact person, present in the records but without a password."""
        user = User(username=username, name=name, role=Role.ENTERPRISE, organization=organization, phone=phone)
        user.set_unusable_password()
        user.save()
        return user

    @property
    def shown(self) -> list[User]:
        """The demo accounts, one per role first, then the others in the order they were made."""
        first = {username: position for position, username in enumerate(ROLE_ACCOUNTS)}
        return sorted(self._created, key=lambda user: first.get(user.username, len(first)))

"""信任等级 and 三员分立: which account may give which role, and the operator's grant of the roles of trust.

The trust order, lowest first (docs/security.md states it with the tests that prove it):
1. enterprise contacts, who act for their own enterprise only;
2. butlers, union officers and unit handlers, who act on what is put in their care;
3. service offices, supervisors and leaders, who act over a jurisdiction;
4. administrators, who keep the accounts, and auditors, who read the log: two separate duties of
   the same height, neither of which may give or take the other;
above them the system operator, who holds the shell and is no account at all.

In the web admin an account gives only roles below its own trust and changes only accounts below it
(its own account aside, whose role, scope and flags stay as they are). Administrator and auditor are
granted and withdrawn only by ``huishang grant-role`` at the shell, and each grant is in the audit log.
"""

import getpass

from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from huishang.audit.log import appended_together, record_event
from huishang.core.errors import NotAllowed, ValidationError
from huishang.directory.models import Role, User

TRUST = {
    Role.ENTERPRISE: 1,
    Role.BUTLER: 2, Role.UNION: 2, Role.UNIT: 2,
    Role.OFFICE: 3, Role.SUPERVISOR: 3, Role.LEADER: 3,
    Role.ADMIN: 4, Role.AUDITOR: 4,
}
# The roles of trust: only the system operator grants and withdraws them.
OPERATOR_ROLES = frozenset(role for role, height in TRUST.items() if height == TRUST[Role.ADMIN])
# Flags the web admin never sets: each would lift an account above what its role says.
FLAGS_KEPT_BY_THE_OPERATOR = ("is_superuser", "is_staff", "groups", "user_permissions")
# An account's own role and scope: changing them would widen what it governs.
OWN_SCOPE = ("role", "organization", "region", "enterprises_in_care", "is_active")


def trust_of(user) -> int:
    """A staff or superuser account stands with the administrators whatever its role says."""
    height = TRUST[Role(user.role)]
    return max(height, TRUST[Role.ADMIN]) if user.is_staff or user.is_superuser else height


def grantable_roles(editor) -> list[Role]:
    """The roles ``editor`` may give another account in the web admin: those below its own trust."""
    return [role for role in Role if TRUST[role] < trust_of(editor)]


def may_edit_account(editor, account) -> bool:
    """In the web admin an account edits itself (not its role) and accounts below its trust, no others."""
    return account.pk == editor.pk or trust_of(account) < trust_of(editor)


def operator_name() -> str:
    """Who ran the command at the shell, as the operating system knows them."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""


@transaction.atomic
def grant_role(*, user: User, role: str, operator: str) -> bool:
    """The system operator gives ``user`` the role ``role`` (any role; administrator and auditor only
    this way), and it is written to the audit log; False when the account holds it already."""
    if role not in Role.values:
        raise ValidationError(_("Unknown role %(role)s.") % {"role": role}, field="role")
    if role == Role.AUDITOR and user.is_superuser:
        raise NotAllowed(_("A superuser cannot also be the auditor: the one who runs the system does not read "
                           "its log."), field="role")
    user = User.objects.select_for_update().get(pk=user.pk)
    before = {"role": user.role, "is_staff": user.is_staff, "is_active": user.is_active}
    user.role = role
    # Staff (the web admin) goes with the administrator role and never with any other, a superuser aside.
    user.is_staff = role == Role.ADMIN or user.is_superuser
    user.is_active = True
    after = {"role": user.role, "is_staff": user.is_staff, "is_active": user.is_active}
    if after == before:
        return False
    try:
        user.clean()
    except DjangoValidationError as error:
        field, messages = next(iter(error.message_dict.items()))
        raise ValidationError(messages[0], field=field) from error
    with appended_together():
        user.save(update_fields=["role", "is_staff", "is_active"])
        record_event("role_grant", subject=f"directory.User:{user.pk}", detail={
            "username": user.get_username(), "from": before, "to": after, "operator": operator})
    return True


@transaction.atomic
def withdraw_role(*, user: User, operator: str) -> None:
    """The system operator withdraws an administrator's or auditor's role: the account signs in no more
    (and keeps its history) until a role is granted again; written to the audit log."""
    user = User.objects.select_for_update().get(pk=user.pk)
    if trust_of(user) < TRUST[Role.ADMIN]:
        raise ValidationError(_("%(username)s holds no role of trust; its ordinary role is changed in the web "
                                "admin.") % {"username": user.get_username()}, field="username")
    before = {"role": user.role, "is_staff": user.is_staff, "is_active": user.is_active}
    user.is_staff = user.is_superuser
    user.is_active = False
    after = {"role": user.role, "is_staff": user.is_staff, "is_active": user.is_active}
    with appended_together():
        user.save(update_fields=["is_staff", "is_active"])
        record_event("role_withdraw", subject=f"directory.User:{user.pk}", detail={
            "username": user.get_username(), "from": before, "to": after, "operator": operator})

"""``huishang grant-role USERNAME ROLE`` / ``huishang grant-role USERNAME --withdraw``: the system operator
gives or withdraws a role, administrator and auditor included (the web admin cannot); each is logged."""

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from huishang.core.errors import DomainError
from huishang.directory import trust
from huishang.directory.models import Role, User


class Command(BaseCommand):
    help = ("Grant an account a role (auditor and administrator only this way), or withdraw its role of trust "
            "with --withdraw; written to the audit log. 授予或收回账户角色（审计员、管理员仅能由此授予）。")

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("role", nargs="?", choices=Role.values, help="the role to grant")
        parser.add_argument("--withdraw", action="store_true",
                            help="withdraw the account's administrator or auditor role: it signs in no more")

    def handle(self, *args, username, role, withdraw, **options):
        if bool(role) == withdraw:
            raise CommandError(_("Name either a role to grant or --withdraw."))
        user = User.objects.filter(username=username).first()
        if user is None:
            raise CommandError(_("There is no account %(username)s.") % {"username": username})
        operator = trust.operator_name()
        try:
            if withdraw:
                trust.withdraw_role(user=user, operator=operator)
                self.stdout.write(_("%(username)s no longer holds its role of trust and cannot sign in.")
                                  % {"username": username})
            elif trust.grant_role(user=user, role=role, operator=operator):
                self.stdout.write(_("%(username)s now holds the role %(role)s.")
                                  % {"username": username, "role": Role(role).label})
            else:
                self.stdout.write(_("%(username)s already holds the role %(role)s.")
                                  % {"username": username, "role": Role(role).label})
        except DomainError as error:
            raise CommandError(f"{error.field}: {error.message}" if error.field else str(error.message)) from error

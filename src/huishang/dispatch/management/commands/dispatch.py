"""``huishang dispatch derive``: write the routing table the assignments made so far imply."""

from django.core.management.base import BaseCommand, CommandError
from django.db.models import Q

from huishang.directory.models import Role, User
from huishang.dispatch.services import derive_table


class Command(BaseCommand):
    help = "派单目录: derive the routing table from the assignments made so far (derive)."

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["derive"])
        parser.add_argument("--as", dest="username", help="the account recorded as the table's editor "
                                                          "(default: the first administrator)")

    def handle(self, *args, action, username=None, **options):
        administrators = User.objects.filter(Q(is_superuser=True) | Q(role=Role.ADMIN), is_active=True)
        users = User.objects.filter(username=username) if username else administrators
        by = users.order_by("pk").first()
        if by is None:
            raise CommandError("No such account." if username else "No administrator account: name one with --as.")
        written = derive_table(by=by)
        self.stdout.write(f"routing table: {written} entries derived from the assignments")

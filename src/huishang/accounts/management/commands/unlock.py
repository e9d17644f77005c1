"""``huishang unlock USERNAME``: lift an account's lockout before it runs out."""

from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from huishang.accounts import services


class Command(BaseCommand):
    help = "Unlock an account locked after failed sign-ins. 解除账户锁定。"

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username, **options):
        lifted = services.unlock(username=username)
        if lifted:
            self.stdout.write(_("%(username)s is unlocked.") % {"username": username})
        else:
            self.stdout.write(_("%(username)s was not locked.") % {"username": username})

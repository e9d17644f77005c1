"""``huishang reset_otp USERNAME``: remove a user's authenticator device (lost phone)."""

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from huishang.accounts import services
from huishang.directory.models import User


class Command(BaseCommand):
    help = "Remove a user's two-factor device; the user sets up a new one at the next sign-in. 重置两步验证设备。"

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username, **options):
        user = User.objects.filter(username=username).first()
        if user is None:
            raise CommandError(_("There is no account %(username)s.") % {"username": username})
        services.reset_second_factor(user=user)
        self.stdout.write(_("The two-factor device of %(username)s was removed; a new one is set up at the next "
                            "sign-in.") % {"username": username})

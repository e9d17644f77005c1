"""``huishang rekey``: every personal value re-encrypted, and re-hashed, under the first key of HUISHANG_DATA_KEY."""

from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from huishang.vault.keys import key_ring
from huishang.vault.rotation import rekey


class Command(BaseCommand):
    help = "Re-encrypt personal data under the current data key and recompute the lookup hashes (key rotation)."

    def handle(self, *args, **options):
        rewritten = rekey()
        self.stdout.write(_("Re-encrypted %(rows)s rows under key %(key)s.")
                          % {"rows": sum(rewritten.values()), "key": key_ring().current_id})

"""Django's ``flush``, able to empty the audit log too.

Flushing resets the whole database (tests do it between live-server tests); the append-only
triggers would refuse it, so they are lifted for that one transaction.
"""

from django.core.management.commands import flush
from django.db import connections

from huishang.audit import triggers


class Command(flush.Command):
    def handle(self, **options):
        with triggers.suspended(connections[options["database"]]):
            return super().handle(**options)

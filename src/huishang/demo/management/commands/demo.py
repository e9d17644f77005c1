"""``huishang demo [--no-serve] [--host H] [--port P]``: a fresh demo database from the seed pages, served."""

import os
import secrets
import subprocess
import sys
import time
import unicodedata

from django.core.management.base import BaseCommand, CommandError
from django.db import connections
from django.utils.translation import gettext as _

from huishang.accounts import second_factor
from huishang.core.management.commands.serve import run_server
from huishang.demo.database import accounts_not_from_the_demo, describe, recreate_database
from huishang.demo.world import build_world
from huishang.figures.selectors import Scope, matter_figures

PASSWORD_VARIABLE = "HUISHANG_DEMO_PASSWORD"


def _width(text: str) -> int:
    """Columns the text takes in a terminal: Chinese characters take two."""
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))


def account_table(accounts) -> list[str]:
    """The accounts as aligned lines: username, role, organisation, name."""
    header = [_("username"), _("role"), _("organisation"), _("name")]
    rows = [
        [user.username, str(user.get_role_display()), str(user.organization or "—"), user.name] for user in accounts
    ]
    widths = [max(_width(row[column]) for row in [header, *rows]) for column in range(len(header))]
    return ["  ".join(_pad(cell, width) for cell, width in zip(row, widths)).rstrip() for row in [header, *rows]]


class Command(BaseCommand):
    help = "Build a fresh demo database from the seed newspaper pages and serve it."

    def add_arguments(self, parser):
        parser.add_argument("--no-serve", action="store_true", help="build the database and stop")
        parser.add_argument("--host", default=os.environ.get("HUISHANG_HOST", "127.0.0.1"))
        parser.add_argument("--port", type=int, default=int(os.environ.get("HUISHANG_PORT", 8000)))
        parser.add_argument("--workers", type=int, default=int(os.environ.get("HUISHANG_WORKERS", 2)))
        parser.add_argument(
            "--force", action="store_true",
            help="replace the database even when it holds accounts the demo did not make",
        )

    def handle(self, *args, no_serve, host, port, workers, force, **options):
        others = accounts_not_from_the_demo()
        if others and not force:
            raise CommandError(_(
                "%(database)s holds accounts the demo did not make (%(names)s …); the demo would delete them. "
                "Point DATABASE_URL at another database, or add --force to replace it."
            ) % {"database": describe(), "names": ", ".join(others)})
        password = os.environ.get(PASSWORD_VARIABLE) or secrets.token_urlsafe(12)

        self.stdout.write(_("Building a fresh demo database in %(database)s …") % {"database": describe()})
        recreate_database(self.stdout)
        started = time.monotonic()
        world = build_world(password=password)
        self.stdout.write(_("Built in %(seconds).1f s.") % {"seconds": time.monotonic() - started})
        self._write_figures()
        self._write_accounts(world.accounts, password)
        if no_serve:
            self.stdout.write(
                _("Serve it with: huishang serve --host %(host)s --port %(port)s") % {"host": host, "port": port}
            )
            return
        # The server forks workers; none of them may inherit this process's database connection.
        connections.close_all()
        # The task queue (cards, reminders, follow-ups, digests) runs beside the server, as in production.
        worker = subprocess.Popen([sys.executable, "-m", "huishang.cli", "worker"])
        try:
            run_server(host=host, port=port, workers=workers, stdout=self.stdout)
        finally:
            worker.terminate()
            worker.wait(timeout=10)

    def _write_figures(self) -> None:
        figures = matter_figures(Scope())
        self.stdout.write(_(
            "Consultation figures, counted from the records: %(meetings)s meetings, %(enterprises)s enterprises, "
            "%(consulted)s problems; %(being_assigned)s being assigned, %(assigned)s assigned, %(resolved)s resolved "
            "(%(resolution_rate)s %%)."
        ) % figures)

    def _write_accounts(self, accounts, password: str) -> None:
        self.stdout.write("")
        self.stdout.write(_("Demo accounts:"))
        for line in account_table(accounts):
            self.stdout.write("  " + line)
        self.stdout.write("")
        if os.environ.get(PASSWORD_VARIABLE):
            self.stdout.write(
                _("Password of every account: the value of %(variable)s.") % {"variable": PASSWORD_VARIABLE}
            )
        else:
            self.stdout.write(_(
                "Password of every account, generated and shown only this once (set %(variable)s to choose it):"
            ) % {"variable": PASSWORD_VARIABLE})
            self.stdout.write("  " + password)
        self._write_second_factor(accounts, password)

    def _write_second_factor(self, accounts, password: str) -> None:
        needing = [user.username for user in accounts if second_factor.required_for(user)]
        if not needing:
            return
        self.stdout.write("")
        self.stdout.write(_(
            "%(accounts)s sign in with a one-time code as well: add this key to an authenticator app "
            "(or run oathtool --totp -b KEY):"
        ) % {"accounts": ", ".join(needing)})
        self.stdout.write("  " + second_factor.key_as_base32(second_factor.demo_key(password)))

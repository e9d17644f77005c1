"""``huishang serve --host H --port P``: the application under gunicorn, static files included."""

import logging.config
import os

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import connection
from django.db.migrations.executor import MigrationExecutor


def migrate_if_needed(stdout) -> None:
    """Bring the database schema up to date so that a fresh data folder just works."""
    executor = MigrationExecutor(connection)
    if executor.migration_plan(executor.loader.graph.leaf_nodes()):
        stdout.write("Applying database migrations …")
        call_command("migrate", interactive=False, verbosity=0)


def run_server(*, host: str, port: int, workers: int, stdout) -> None:
    from gunicorn.app.base import BaseApplication

    class HuishangServer(BaseApplication):
        def load_config(self):
            self.cfg.set("bind", f"{host}:{port}")
            self.cfg.set("workers", workers)
            self.cfg.set("threads", 4)
            self.cfg.set("timeout", 60)
            self.cfg.set("graceful_timeout", 10)
            self.cfg.set("accesslog", os.environ.get("HUISHANG_ACCESS_LOG") or None)

        def load(self):
            from huishang.wsgi import application

            return application

    shown_host = f"[{host}]" if ":" in host else host
    stdout.write(f"Huishang is serving at http://{shown_host}:{port}/  (Ctrl+C stops it)")
    stdout.flush()
    HuishangServer().run()


class Command(BaseCommand):
    help = "Serve Huishang with gunicorn (a production WSGI server); static files are served by the app."

    def add_arguments(self, parser):
        parser.add_argument("--host", default=os.environ.get("HUISHANG_HOST", "127.0.0.1"))
        parser.add_argument("--port", type=int, default=int(os.environ.get("HUISHANG_PORT", 8000)))
        parser.add_argument("--workers", type=int, default=int(os.environ.get("HUISHANG_WORKERS", 2)))

    def handle(self, *args, host, port, workers, **options):
        # A server's log is read by machines: one JSON object per line unless the operator chose otherwise.
        # The workers configure logging again when they load the app and so read the choice too.
        os.environ.setdefault("HUISHANG_LOG_FORMAT", "json")
        logging.config.dictConfig(settings.LOGGING)
        migrate_if_needed(self.stdout)
        run_server(host=host, port=port, workers=workers, stdout=self.stdout)

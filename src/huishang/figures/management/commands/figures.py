"""``huishang figures verify-rollups | rebuild-rollups``: check the figure rollups against a recount of the
matters, or recount them all in one transaction (after rows were written without the services)."""

import json

from django.core.management.base import BaseCommand, CommandError

from huishang.figures import rollups


class Command(BaseCommand):
    help = "Check or rebuild the rollups the figures are read from."

    def add_arguments(self, parser):
        commands = parser.add_subparsers(dest="action", required=True)
        commands.add_parser("verify-rollups", help="report every cell that differs from a recount (exit 1 if any)")
        commands.add_parser("rebuild-rollups", help="recount every cell from the matters, in one transaction")

    def handle(self, *args, action, **options):
        if action == "rebuild-rollups":
            self.stdout.write(json.dumps({"cells": rollups.rebuild()}))
            return
        found = rollups.differences()
        for difference in found:
            self.stdout.write(json.dumps(difference, ensure_ascii=False))
        if found:
            raise CommandError(f"{len(found)} rollup cells differ from a recount; run: huishang figures rebuild-rollups")
        self.stdout.write(json.dumps({"differences": 0, "result": "rollups equal a recount"}))

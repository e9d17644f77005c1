"""``huishang stats [SUBJECT] --json [--from D] [--to D] [--region CODE]``: the figures, counted now."""

import json

from django.core.management.base import BaseCommand, CommandError

from huishang.core.errors import ValidationError
from huishang.figures.scopes import scope_from
from huishang.figures.subjects import figures_for, subjects


class Command(BaseCommand):
    help = "Print the figures leaders quote (办结率 …), counted from the records."

    def add_arguments(self, parser):
        parser.add_argument("subject", nargs="?", default="matters", help="one of: " + ", ".join(subjects()))
        parser.add_argument("--json", action="store_true", help="print one JSON object")
        parser.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD", help="first day of the period")
        parser.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", help="last day of the period")
        parser.add_argument("--region", metavar="CODE", help="region code (GB/T 2260); covers regions inside it")

    def handle(self, *args, subject, date_from, date_to, region, **options):
        as_json = options["json"]
        if subject not in subjects():
            raise CommandError(f"unknown subject {subject!r}; choose one of: {', '.join(subjects())}")
        try:
            scope = scope_from(date_from=date_from, date_to=date_to, region=region)
        except ValidationError as error:
            raise CommandError(f"--{error.field}: {error.message}")
        figures = figures_for(subject, scope)
        if as_json:
            self.stdout.write(json.dumps(figures, ensure_ascii=False))
        else:
            width = max(len(key) for key in figures)
            for key, value in figures.items():
                self.stdout.write(f"{key.ljust(width)}  {value}")

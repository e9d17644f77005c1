"""``huishang audit verify | export | prune``: check, read out and trim the audit log."""

import datetime
import sys

from django.core.management.base import BaseCommand, CommandError

from huishang.audit import export, integrity, retention, selectors


class Command(BaseCommand):
    help = "Check the audit log's hash chain, export entries, or prune those past the retention period."

    def add_arguments(self, parser):
        actions = parser.add_subparsers(dest="action", required=True)
        actions.add_parser("verify", help="exit 0 and print the count if the chain is intact; 1 naming the "
                                          "first broken entry otherwise")
        exporting = actions.add_parser("export", help="write entries as CSV or JSON Lines, oldest first")
        exporting.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD", help="first day")
        exporting.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", help="last day")
        exporting.add_argument("--format", dest="fmt", choices=export.FORMATS, default="jsonl")
        exporting.add_argument("--output", metavar="FILE", help="file to write (default: standard output)")
        actions.add_parser("prune", help="remove entries older than HUISHANG_AUDIT_RETENTION_DAYS (at least 180)")

    def handle(self, *args, action, **options):
        getattr(self, f"_{action}")(**options)

    def _verify(self, **options):
        status = integrity.verify_chain()
        if not status.intact:
            raise CommandError(f"audit log broken at entry {status.broken_seq}: {status.reason} "
                               f"({status.count} entries checked before it)", returncode=1)
        self.stdout.write(f"audit log intact: {status.count} entries")

    def _export(self, *, date_from, date_to, fmt, output, **options):
        start, end = _date("from", date_from), _date("to", date_to)
        rows = selectors.entries(start=start, end=end)
        if output:
            with open(output, "w", encoding="utf-8", newline="") as out:
                count = export.write_entries(rows, out, fmt=fmt)
        else:
            count = export.write_entries(rows, self.stdout, fmt=fmt)
        export.record_export(fmt=fmt, count=count, filters={"from": date_from, "to": date_to})
        sys.stderr.write(f"{count} entries exported\n")

    def _prune(self, **options):
        result = retention.prune()
        self.stdout.write(f"{result.removed} entries older than {result.cutoff:%Y-%m-%d} removed"
                          + (f"; checkpoint entry {result.checkpoint.seq}" if result.checkpoint else ""))


def _date(name: str, value: str | None) -> datetime.date | None:
    if not value:
        return None
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise CommandError(f"--{name}: {value!r} is not a date (YYYY-MM-DD)") from None

"""``huishang ranking --month YYYY-MM [--region CODE] [--json] [--publish]``: a month's unit ranking."""

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db.models import Q

from huishang.core.errors import DomainError
from huishang.directory.models import Role, User
from huishang.paths import data_dir
from huishang.ranking import bulletin, selectors, services
from huishang.ranking.models import Rate, UnitKind


def _rate_text(rate: dict) -> str:
    if rate["value"] is None:
        return "无数据"
    return f"{rate['value']:.1f}% ({rate['numerator']}/{rate['denominator']})"


class Command(BaseCommand):
    help = ("月度考核排名: print a month's ranking of responsible units (the published version once published); "
            "--publish freezes it as the office's 通报.")

    def add_arguments(self, parser):
        parser.add_argument("--month", required=True, help="YYYY-MM")
        parser.add_argument("--region", help="region code (default: the whole deployment)")
        parser.add_argument("--json", action="store_true", help="print JSON")
        parser.add_argument("--publish", action="store_true", help="publish (freeze) the month first")
        parser.add_argument("--summary", default="", help="the 通报's summary, with --publish")
        parser.add_argument("--out", help="with --publish: the directory to write the 通报 into, as .docx and .pdf "
                                          "(default: bulletins/ in the data directory)")
        parser.add_argument("--as", dest="username", help="the account publishing (default: the first administrator)")

    def handle(self, *args, month, region=None, json=False, publish=False, summary="", out=None, username=None,
               **options):
        try:
            first_day = selectors.parse_month(month)
            place = selectors.region_named(region)
            if publish:
                self._publish(first_day, place, summary, out, username)
            ranking = selectors.ranking_of(month=first_day, region=place)
        except DomainError as error:
            raise CommandError(str(error.message)) from None
        if json:
            self.stdout.write(_json_text(ranking))
        else:
            self._write_table(ranking)

    def _publish(self, month, region, summary, out, username) -> None:
        administrators = User.objects.filter(Q(is_superuser=True) | Q(role=Role.ADMIN), is_active=True)
        users = User.objects.filter(username=username) if username else administrators
        by = users.order_by("pk").first()
        if by is None:
            raise CommandError("No such account." if username else "No administrator account: name one with --as.")
        published = services.publish(by=by, month=month, region=region, summary=summary)
        self.stderr.write(f"published {published.month:%Y-%m} as {published.document_number}")
        document = selectors.bulletin_of(published)
        folder = Path(out) if out else data_dir() / "bulletins"
        folder.mkdir(parents=True, exist_ok=True)
        region_part = f"-{region.code}" if region is not None else ""
        stem = f"ranking{region_part}-{published.month:%Y-%m}-v{published.version}"
        (folder / f"{stem}.docx").write_bytes(bulletin.bulletin_docx(document))
        (folder / f"{stem}.pdf").write_bytes(bulletin.bulletin_pdf(document))
        self.stderr.write(f"通报 written to {folder / stem}.docx and .pdf")

    def _write_table(self, ranking: dict) -> None:
        state = "published" if ranking["published"] else "not published"
        self.stdout.write(f"{ranking['month']} ({ranking['period']['from']} – {ranking['period']['to']}), {state}")
        rates = list(ranking["scheme"]["weights"])
        for line in ranking["units"]:
            rank = "—" if line["rank"] is None else str(line["rank"])
            score = "未排名" if line["score"] is None else f"{line['score']:.2f}"
            values = "  ".join(f"{Rate(rate).label} {_rate_text(line['rates'][rate])}" for rate in rates)
            flag = "  末位" if line["flagged"] else ""
            self.stdout.write(f"{UnitKind(line['kind']).label}  {rank:>3}  {line['unit']}  {score}  {values}{flag}")


def _json_text(ranking: dict) -> str:
    return json.dumps(ranking, ensure_ascii=False, indent=2)

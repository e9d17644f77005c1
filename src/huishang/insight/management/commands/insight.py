"""``huishang insight reindex | evaluate | train | hot [--refresh]``: the operator's side of search, routing and
hot issues."""

import datetime
import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from huishang.core.errors import DomainError
from huishang.figures.scopes import scope_from
from huishang.insight import hot_runs, hot_selectors, search
from huishang.insight.labelled import read_labelled_csv
from huishang.insight.routing import classifier, training


class Command(BaseCommand):
    help = "Search index, routing model and hot issues (热点问题)."

    def add_arguments(self, parser):
        commands = parser.add_subparsers(dest="action", required=True)
        commands.add_parser("reindex", help="rebuild the full-text index of every matter")
        evaluate = commands.add_parser("evaluate", help="train on one labelled CSV (text,label), measure on another")
        evaluate.add_argument("--train", required=True, type=Path, metavar="TRAIN.csv")
        evaluate.add_argument("--test", required=True, type=Path, metavar="TEST.csv")
        evaluate.add_argument("--approach", choices=classifier.APPROACHES, default=classifier.DEFAULT_APPROACH)
        evaluate.add_argument("--json", action="store_true", help="print one JSON object")
        commands.add_parser("train", help="retrain routing from the staff's final choices")
        hot_issues = commands.add_parser("hot", help="the hot issues as the worker last grouped them")
        hot_issues.add_argument("--refresh", action="store_true",
                                help="group the newest matters now (what the worker does every 15 minutes) first")
        hot_issues.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD")
        hot_issues.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD")
        hot_issues.add_argument("--region", metavar="CODE")
        hot_issues.add_argument("--top", type=int, default=10)
        hot_issues.add_argument("--json", action="store_true", help="print one JSON object")

    def handle(self, *args, action, **options):
        try:
            getattr(self, f"_{action}")(**options)
        except DomainError as error:
            raise CommandError(f"--{error.field}: {error.message}" if getattr(error, "field", None) else error.message)

    def _reindex(self, **options):
        self.stdout.write(json.dumps({"indexed": search.rebuild()}))

    def _evaluate(self, *, train, test, approach, **options):
        result = classifier.evaluate(
            read_labelled_csv(train, "train"), read_labelled_csv(test, "test"), approach=approach
        ).as_dict()
        if options["json"]:
            self.stdout.write(json.dumps(result, ensure_ascii=False))
        else:
            for key, value in result.items():
                self.stdout.write(f"{key:13} {value}")

    def _train(self, **options):
        model = training.train_routing(by=None)
        self.stdout.write(json.dumps({"model": model.pk, **model.report}, ensure_ascii=False))

    def _hot(self, *, date_from, date_to, region, top, refresh, **options):
        scope = scope_from(date_from=date_from, date_to=date_to, region=region)
        if refresh:
            run = hot_runs.compute_hot_issues()
            self.stderr.write(f"grouped {run.matters} matters in {run.seconds} s")
        hot = hot_selectors.hot_list(scope, top=top)
        if options["json"]:
            self.stdout.write(json.dumps(hot.as_dict(), ensure_ascii=False, default=_iso))
            return
        if hot.status == hot_selectors.Freshness.PENDING:
            self.stdout.write("not computed yet: run `huishang insight hot --refresh`, or the worker")
            return
        self.stdout.write(f"computed {hot.computed_at:%Y-%m-%d %H:%M} ({hot.status})")
        for rank, issue in enumerate(hot.issues, 1):
            self.stdout.write(f"{rank:2}. {issue.label}  {issue.count} ({issue.growth:+d})  {issue.place}")


def _iso(value):
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    raise TypeError(type(value))

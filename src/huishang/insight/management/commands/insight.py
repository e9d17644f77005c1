"""``huishang insight reindex | evaluate | train | hot``: the operator's side of search, routing and hot issues."""

import datetime
import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from huishang.core.errors import DomainError
from huishang.figures.scopes import scope_from
from huishang.insight import hot, search
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
        hot_issues = commands.add_parser("hot", help="the period's hot issues")
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

    def _hot(self, *, date_from, date_to, region, top, **options):
        scope = scope_from(date_from=date_from, date_to=date_to, region=region)
        issues = hot.hot_issues(scope, top=top)
        payload = {
            "from": scope.date_from.isoformat() if scope.date_from else None,
            "to": scope.date_to.isoformat() if scope.date_to else None,
            "issues": [issue.as_dict() for issue in issues],
        }
        if options["json"]:
            self.stdout.write(json.dumps(payload, ensure_ascii=False, default=_iso))
        else:
            for rank, issue in enumerate(issues, 1):
                self.stdout.write(f"{rank:2}. {issue.label}  {issue.count} ({issue.growth:+d})  {issue.region}")


def _iso(value):
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    raise TypeError(type(value))

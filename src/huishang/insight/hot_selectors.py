"""Reading hot issues (热点问题): the newest run's issues, their matters counted within the reader's period and
jurisdiction. A fixed few queries however many matters there are: nothing is grouped while a reader waits."""

import datetime
from dataclasses import dataclass, field

from django.db.models import Count, F, FloatField, Max, Min, Q, Sum, Value
from django.db.models.functions import Greatest, Log, RowNumber
from django.db.models.expressions import ExpressionWrapper, Window

from huishang.core import clock, parsing
from huishang.figures.selectors import Scope
from huishang.insight.hot import heat
from huishang.insight.models import HotIssue, HotIssueMatter, HotIssueRun

# The worker groups every 15 minutes (insight.tasks); a run four times older than that means it stopped.
STALE_AFTER = datetime.timedelta(hours=1)
# Each issue lists its newest matters of the period, at most this many; ``count`` says how many it has.
SHOWN_MATTERS = 20


class Freshness:
    CURRENT = "current"
    # Read from a run older than STALE_AFTER: the worker is not running or cannot finish.
    STALE = "stale"
    # No run yet: the worker has not grouped the matters once since the deployment began.
    PENDING = "pending"


@dataclass
class PeriodIssue:
    """One hot issue as counted within a period: its matters there, their growth and the repeats behind them."""

    label: str
    place: str
    count: int
    growth: int
    support: int
    first: datetime.datetime
    last: datetime.datetime
    matters: list[dict] = field(default_factory=list)

    @property
    def heat(self) -> float:
        return heat(self.count, self.growth, self.support)

    def as_dict(self) -> dict:
        return {"label": self.label, "place": self.place, "count": self.count, "growth": self.growth,
                "support": self.support, "heat": round(self.heat, 1), "first": self.first, "last": self.last,
                "matters": self.matters}


@dataclass
class HotList:
    status: str
    computed_at: datetime.datetime | None = None
    # The submission moments of the oldest and newest matter the run grouped: what any period is read within.
    window_from: datetime.datetime | None = None
    window_to: datetime.datetime | None = None
    issues: list[PeriodIssue] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {"status": self.status, "computed_at": self.computed_at, "window_from": self.window_from,
                "window_to": self.window_to, "issues": [issue.as_dict() for issue in self.issues]}


def latest_run() -> HotIssueRun | None:
    return HotIssueRun.objects.order_by("-computed_at", "-id").first()


def _holds_window(scope: Scope, run: HotIssueRun) -> bool:
    """Whether the period holds every matter the run grouped (it does when open)."""
    return ((not scope.date_from or parsing.start_of(scope.date_from) <= run.window_from)
            and (not scope.date_to or parsing.end_of(scope.date_to) > run.window_to))


def _middle(scope: Scope, run: HotIssueRun) -> datetime.datetime:
    """The middle of the period as far as the run holds matters of it: growth compares the halves."""
    start = max(parsing.start_of(scope.date_from), run.window_from) if scope.date_from else run.window_from
    end = min(parsing.end_of(scope.date_to), run.window_to) if scope.date_to else run.window_to
    return start + max(end - start, datetime.timedelta(0)) / 2


def _in_region(scope: Scope) -> Q:
    # The regions' ids, read once by the database, rather than a join to the regions for every row counted.
    return Q(region__in=scope.region_ids()) if scope.region else Q()


def _ranked_over_window(run: HotIssueRun, scope: Scope, top: int) -> list[dict]:
    """The ``top`` hottest issues as the run counted them over its whole window."""
    issues = HotIssue.objects.filter(_in_region(scope), run=run).order_by("-heat", "-count", "pk")
    return list(issues.values("count", "growth", "support", "first", "last", issue=F("pk"))[:top])


def _ranked_in_period(members, middle: datetime.datetime, top: int) -> list[dict]:
    """The ``top`` hottest issues counting only ``members`` (those of the period), heat counted in the
    database (``hot.heat``'s formula) so that only they leave it."""
    counted = members.values("issue").annotate(
        count=Count("pk"), late=Count("pk", filter=Q(submitted_at__gte=middle)), support=Sum("support"),
        first=Min("submitted_at"), last=Max("submitted_at"),
    )
    rank = ExpressionWrapper(
        F("count") + Greatest(Value(2) * F("late") - F("count"), Value(0)) / Value(2.0)
        + Log(Value(2.0), Value(1.0) + F("support")),
        output_field=FloatField(),
    )
    rows = list(counted.annotate(rank=rank).order_by("-rank", "-count", "issue")[:top])
    for row in rows:
        row["growth"] = 2 * row.pop("late") - row["count"]
    return rows


def _newest_matters(members, issue_ids: list[int]) -> dict[int, list[dict]]:
    """Each issue's SHOWN_MATTERS newest matters: chosen from the index alone, then only they are joined."""
    newest = members.filter(issue__in=issue_ids).annotate(position=Window(
        RowNumber(), partition_by=F("issue"), order_by=[F("submitted_at").desc(), F("pk").desc()],
    )).filter(position__lte=SHOWN_MATTERS).values("pk")
    shown = HotIssueMatter.objects.filter(pk__in=newest).order_by("issue", "-submitted_at", "-pk")
    listed: dict[int, list[dict]] = {}
    for issue, number, title, at in shown.values_list("issue", "matter__number", "matter__title", "submitted_at"):
        listed.setdefault(issue, []).append({"key": number, "title": title, "at": at})
    return listed


def hot_list(scope: Scope, *, top: int = 10) -> HotList:
    """The ``top`` hottest issues of the newest run among the matters of ``scope``'s region and period (the
    run's whole window when the period is open or holds it), and how current the run is."""
    run = latest_run()
    if run is None:
        return HotList(status=Freshness.PENDING)
    status = Freshness.STALE if clock.now() - run.computed_at > STALE_AFTER else Freshness.CURRENT
    hot = HotList(status=status, computed_at=run.computed_at, window_from=run.window_from, window_to=run.window_to)
    if not run.matters:
        return hot
    members = HotIssueMatter.objects.filter(_in_region(scope), run=run)
    if _holds_window(scope, run):
        ranked = _ranked_over_window(run, scope, top)
    else:
        members = members.filter(scope.moment_range("submitted_at"))
        ranked = _ranked_in_period(members, _middle(scope, run), top)
    ids = [row["issue"] for row in ranked]
    if not ids:
        return hot
    named = {pk: (label, place) for pk, label, place in
             HotIssue.objects.filter(pk__in=ids).values_list("pk", "label", "region__name")}
    listed = _newest_matters(members, ids)
    hot.issues = [
        PeriodIssue(label=named[row["issue"]][0], place=named[row["issue"]][1], count=row["count"],
                    growth=row["growth"], support=row["support"] or 0, first=row["first"], last=row["last"],
                    matters=listed.get(row["issue"], []))
        for row in ranked
    ]
    return hot

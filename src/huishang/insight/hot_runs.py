"""The worker's job for hot issues (热点问题): group the newest matters into issues ahead of any reader and
keep them as one run, which the page, the API, the command and the dashboard read (``hot_selectors``)."""

import collections
import logging
import time

from django.db import transaction
from django.db.models import Count

from huishang.cases.models import Matter
from huishang.cases.states import State
from huishang.core import clock
from huishang.insight.hot import Item, group_by_place, heat
from huishang.insight.models import HotIssue, HotIssueMatter, HotIssueRun
from huishang.insight.routing.history import matter_text

logger = logging.getLogger(__name__)

# The newest matters one run groups: everything a city's deployment holds for years, about ten weeks at a
# million matters, where grouping more would make one run take longer than the schedule between two.
WINDOW_MATTERS = 50_000
# The newest run is read; the one before stays for a reader that chose it just before the newest was written.
KEPT_RUNS = 2
WRITE_ROWS = 2000


def _newest_matters(now) -> list[Item]:
    """The newest WINDOW_MATTERS matters, rejected and merged ones aside, with their words as the search index
    cut them (jieba cuts only the few without a search document)."""
    rows = list(
        Matter.objects.exclude(state__in=(State.REJECTED, State.MERGED)).filter(submitted_at__lte=now)
        .order_by("-submitted_at", "-id")
        .values_list("pk", "submitted_at", "region_id", "document__body")[:WINDOW_MATTERS]
    )
    uncut = {pk for pk, _at, _region, body in rows if body is None}
    texts = {matter.pk: matter_text(matter) for matter in
             Matter.objects.filter(pk__in=uncut).only("title", "description").iterator(chunk_size=500)} if uncut else {}
    return [
        Item(key=pk, text=texts.get(pk, ""), place=region, at=at, words=body.split() if body is not None else None)
        for pk, at, region, body in rows
    ]


def _merged_into(oldest) -> collections.Counter:
    """How many matters were merged into each matter submitted since ``oldest``: the repeats that support it."""
    merged = Matter.objects.filter(duplicate_of__isnull=False, duplicate_of__submitted_at__gte=oldest)
    return collections.Counter(dict(merged.values_list("duplicate_of").annotate(repeats=Count("pk")).order_by()))


def compute_hot_issues() -> HotIssueRun:
    """Group the newest matters into hot issues and store them as the newest run, written whole in one
    transaction (a reader sees the run before or this one, never half of it); older runs are removed."""
    started = time.perf_counter()
    now = clock.now()
    items = _newest_matters(now)
    support = _merged_into(items[-1].at) if items else collections.Counter()
    groups = group_by_place(items)
    with transaction.atomic():
        run = HotIssueRun.objects.create(
            computed_at=now, window_from=items[-1].at if items else None, window_to=items[0].at if items else None,
            matters=len(items),
        )
        issues = HotIssue.objects.bulk_create(
            [_issue(run, [items[i] for i in members], label, support) for members, label in groups],
            batch_size=WRITE_ROWS,
        )
        HotIssueMatter.objects.bulk_create(
            [HotIssueMatter(issue=issue, run=run, matter_id=items[i].key, region_id=items[i].place,
                            submitted_at=items[i].at, support=support.get(items[i].key, 0))
             for issue, (members, _label) in zip(issues, groups) for i in members],
            batch_size=WRITE_ROWS,
        )
        _remove_older_runs()
        run.seconds = round(time.perf_counter() - started, 2)
        run.save(update_fields=["seconds"])
    logger.info("hot issues: %s matters grouped into %s issues in %.1f s", len(items), len(groups), run.seconds)
    return run


def _issue(run: HotIssueRun, items: list[Item], label: str, support: collections.Counter) -> HotIssue:
    """An issue with its figures over the run's whole window (growth: its second half against its first)."""
    middle = run.window_from + (run.window_to - run.window_from) / 2
    count, late = len(items), sum(1 for item in items if item.at >= middle)
    repeats = sum(support.get(item.key, 0) for item in items)
    return HotIssue(run=run, region_id=items[0].place, label=label[:200], count=count, growth=2 * late - count,
                    support=repeats, heat=heat(count, 2 * late - count, repeats),
                    first=min(item.at for item in items), last=max(item.at for item in items))


def _remove_older_runs() -> None:
    kept = list(HotIssueRun.objects.order_by("-computed_at", "-id").values_list("pk", flat=True)[:KEPT_RUNS])
    HotIssueMatter.objects.exclude(run__in=kept).delete()
    HotIssue.objects.exclude(run__in=kept).delete()
    HotIssueRun.objects.exclude(pk__in=kept).delete()

"""The visit plan (走访计划): every enterprise in a butler's care is visited at least every N days.

The rule, on a day D, for an enterprise in a butler's care on D:
- the anchor is the butler's last visit to it on or before D, or, if they never visited it, the day the care began;
- the visit is due N days after the anchor (N the frequency in force on D);
- it is overdue (逾期未走访) when D is after the due day: a visit on the due day itself is in time.
"""

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.db.models import Max, Q, QuerySet
from django.utils import timezone

from huishang.butlers.models import Care, Visit, VisitFrequency
from huishang.core import clock
from huishang.core.parsing import end_of


def visit_interval_days(on: datetime.date | None = None) -> int:
    """The frequency in force at the end of ``on`` (today by default): the office's latest setting made by then,
    else the deployment's ``HUISHANG_BUTLER_VISIT_DAYS``."""
    settings_made = VisitFrequency.objects.all()
    if on is not None:
        settings_made = settings_made.filter(set_at__lt=end_of(on))
    latest = settings_made.order_by("-set_at", "-id").values_list("days", flat=True).first()
    return latest or settings.HUISHANG_BUTLER_VISIT_DAYS


def due_day(anchor: datetime.date, interval: int) -> datetime.date:
    return anchor + datetime.timedelta(days=interval)


def is_overdue(due: datetime.date, on: datetime.date) -> bool:
    """A visit due on ``due`` is late from the day after; on the due day it is still in time."""
    return on > due


@dataclass(frozen=True)
class PlanRow:
    """One enterprise of a butler's visit plan on a day."""

    care: Care
    last_visit: datetime.date | None
    due: datetime.date
    on: datetime.date

    @property
    def enterprise(self):
        return self.care.enterprise

    @property
    def butler(self):
        return self.care.butler

    @property
    def overdue(self) -> bool:
        return is_overdue(self.due, self.on)

    @property
    def days_overdue(self) -> int:
        return max((self.on - self.due).days, 0)


def cares_on(day: datetime.date) -> QuerySet[Care]:
    """The cares that held at the end of ``day``: begun by then and not ended by then."""
    end = end_of(day)
    return Care.objects.filter(Q(ended_at=None) | Q(ended_at__gte=end), started_at__lt=end)


def visit_plan(cares: QuerySet[Care], *, on: datetime.date | None = None) -> list[PlanRow]:
    """The plan rows of ``cares`` on ``on`` (today by default), the most overdue first. Three queries."""
    on = on or clock.today()
    interval = visit_interval_days(on)
    last_visits = {
        (butler, enterprise): day
        for butler, enterprise, day in Visit.objects.filter(
            visited_on__lte=on, enterprise__in=cares.values("enterprise"),
        ).values_list("butler", "enterprise").annotate(last=Max("visited_on")).order_by()
    }
    cares = list(cares.select_related("enterprise__region", "butler__organization"))
    rows = []
    for care in cares:
        last = last_visits.get((care.butler_id, care.enterprise_id))
        anchor = last or timezone.localdate(care.started_at)
        rows.append(PlanRow(care=care, last_visit=last, due=due_day(anchor, interval), on=on))
    return sorted(rows, key=lambda row: (row.due, row.care.enterprise.name))


def overdue_rows(cares: QuerySet[Care], *, on: datetime.date | None = None) -> list[PlanRow]:
    return [row for row in visit_plan(cares, on=on) if row.overdue]

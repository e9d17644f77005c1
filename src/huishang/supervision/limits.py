"""时限: the time limits of an assignment's steps, from the StepLimit table (category × urgency) or the
built-in defaults below, and the moments they fall on.

Defaults when no row matches, with the default office hours (7 a working day):
- 紧急 urgent: sign for within 4 working hours, first response within 8 (one working day and an hour),
  resolve within 5 working days;
- 一般 normal: sign for within 8 working hours (about one working day), first response within 24 (about
  three working days), resolve within 15 working days.
"""

import datetime

from django.db.models import Q

from huishang.cases.models import Matter
from huishang.supervision.models import StepLimit
from huishang.workdays.calendar import add_working_hours

DEFAULTS = {
    Matter.Urgency.URGENT: {"acknowledge_hours": 4, "respond_hours": 8, "resolve_days": 5},
    Matter.Urgency.NORMAL: {"acknowledge_hours": 8, "respond_hours": 24, "resolve_days": 15},
}


def limit_for(*, category_id: int | None, urgency: str) -> StepLimit:
    """The category's row for this urgency, else the row for every category, else the built-in default."""
    matching = StepLimit.objects.filter(Q(category_id=category_id) | Q(category=None), urgency=urgency)
    rows = {row.category_id: row for row in matching}
    return rows.get(category_id) or rows.get(None) or StepLimit(category=None, urgency=urgency, **DEFAULTS[urgency])


def step_dues(limit: StepLimit, *, assigned_at: datetime.datetime) -> dict[str, datetime.datetime]:
    """When the unit must have signed for and first responded to an assignment made at ``assigned_at``."""
    return {
        "acknowledge_due": add_working_hours(assigned_at, limit.acknowledge_hours),
        "response_due": add_working_hours(assigned_at, limit.respond_hours),
    }

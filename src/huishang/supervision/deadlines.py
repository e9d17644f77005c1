"""A matter's deadline in working days: how many remain, whether it is due soon or overdue."""

import datetime

from huishang.cases.models import Matter
from huishang.cases.states import AWAITING_UNIT
from huishang.core import clock
from huishang.supervision.models import CardRule
from huishang.workdays.calendar import working_days_between

DEFAULT_WARNING_DAYS = CardRule._meta.get_field("warning_days").default


def remaining_working_days(matter: Matter, *, today: datetime.date | None = None) -> int | None:
    """Working days left until the deadline (0 on the day itself, negative once overdue); None without one."""
    if matter.due is None:
        return None
    return working_days_between(today or clock.today(), matter.due)


def is_overdue(matter: Matter, *, today: datetime.date | None = None) -> bool:
    return matter.state in AWAITING_UNIT and matter.due is not None and matter.due < (today or clock.today())


def is_due_soon(matter: Matter, *, within: int = DEFAULT_WARNING_DAYS, today: datetime.date | None = None) -> bool:
    """Not yet overdue, and the deadline falls within ``within`` working days."""
    if matter.state not in AWAITING_UNIT or matter.due is None or is_overdue(matter, today=today):
        return False
    return remaining_working_days(matter, today=today) <= within

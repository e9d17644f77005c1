"""Each person's to-do list (待办): what waits on them, oldest deadline first, with the working days left."""

import datetime
from dataclasses import dataclass, replace

from django.urls import reverse

from huishang.core import clock
from huishang.todos.registry import providers
from huishang.workdays.calendar import overrides_between, working_days_between

# A long queue (an office with hundreds of new matters) is listed this far; the count says how many there are.
PER_KIND = 200


@dataclass(frozen=True)
class Todo:
    kind: str  # what is asked, e.g. "acknowledge"; stable for the API
    label: str  # what is asked, in words
    matter: object
    due: datetime.date | None = None
    days_left: int | None = None  # working days to ``due``: 0 on the day, negative once past

    @property
    def link(self) -> str:
        return reverse("web:matter-detail", args=[self.matter.number])

    @property
    def overdue(self) -> bool:
        return self.days_left is not None and self.days_left < 0

    @property
    def days_overdue(self) -> int:
        return -self.days_left if self.overdue else 0


def todos_of(user) -> list[Todo]:
    """Everything the apps ask of ``user`` now, the earliest deadline first (those without one last)."""
    if not user.is_authenticated or not user.is_active:
        return []
    items = [todo for provide in providers() for todo in provide(user)]
    return sorted(_with_days_left(items), key=lambda todo: (todo.due is None, todo.due or datetime.date.max,
                                                             todo.matter.number, todo.kind))


def _with_days_left(items: list[Todo]) -> list[Todo]:
    dues = [todo.due for todo in items if todo.due is not None]
    if not dues:
        return items
    today = clock.today()
    # One query for the calendar's corrections over every span counted.
    overrides = overrides_between(min([today, *dues]), max([today, *dues]))
    return [replace(todo, days_left=working_days_between(today, todo.due, overrides)) if todo.due else todo
            for todo in items]

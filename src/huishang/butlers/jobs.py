"""The butler service's daily job: tell whoever must act when an enterprise in care was not visited in time."""

import datetime

from django.db import transaction
from django.urls import reverse

from huishang.butlers.plan import cares_on, overdue_rows
from huishang.core import clock
from huishang.directory.jurisdiction import jurisdiction_of
from huishang.directory.models import Role, User
from huishang.notifications.services import notify


def _offices() -> list[tuple[User, object]]:
    people = User.objects.filter(role=Role.OFFICE, is_active=True).select_related("region", "organization__region")
    return [(person, jurisdiction_of(person)) for person in people]


@transaction.atomic
def alert_overdue_visits(*, today: datetime.date | None = None) -> int:
    """Each enterprise not visited in time (butlers.plan) is told once per missed due day to its butler and to
    the service office accounts whose jurisdiction holds the enterprise. Returns the notices sent."""
    today = today or clock.today()
    rows = overdue_rows(cares_on(today), on=today)
    offices = _offices() if rows else []
    told = 0
    for row in rows:
        care = row.care
        context = {"enterprise": care.enterprise, "butler": care.butler, "due": row.due,
                   "days": row.days_overdue, "last_visit": row.last_visit}
        key = f"visit-overdue:{care.pk}:{row.due.isoformat()}"
        told += notify(care.butler, key=f"{key}:{care.butler_id}", event="butlers.visit_overdue", context=context,
                       link=reverse("butlers:workbench")) is not None
        for office, jurisdiction in offices:
            if jurisdiction.covers(care.enterprise.region):
                told += notify(office, key=f"{key}:{office.pk}", event="butlers.visit_overdue", context=context,
                               link=reverse("butlers:plan") + "?overdue=1") is not None
    return told

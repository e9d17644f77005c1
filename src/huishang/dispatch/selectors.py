"""Reading the routing table and the supporting opinions of an assignment."""

import datetime

from django.conf import settings
from django.db.models import QuerySet
from django.utils import timezone

from huishang.cases.models import Assignment, Category
from huishang.cases.states import AWAITING_UNIT
from huishang.core import clock
from huishang.directory.jurisdiction import ancestors_of, jurisdiction_of
from huishang.directory.models import Organization, Region, Role
from huishang.dispatch.models import RoutingEntry, SupportingOpinion
from huishang.workdays.calendar import add_working_days

# While the lead unit handles the matter, its supporting units file their opinions.
OPINION_STATES = AWAITING_UNIT
# Who keeps the routing table (within their jurisdiction): the service office and the administrator.
TABLE_KEEPERS = {Role.OFFICE, Role.ADMIN}


def keeps_table(user) -> bool:
    return user.is_authenticated and user.is_active and (user.is_superuser or user.role in TABLE_KEEPERS)


def visible_entries(user) -> QuerySet[RoutingEntry]:
    """The entries of the account's jurisdiction (the ones it may change); none for other roles."""
    if not keeps_table(user):
        return RoutingEntry.objects.none()
    return (
        RoutingEntry.objects.filter(jurisdiction_of(user).within("region"))
        .select_related("category", "region", "lead_unit").prefetch_related("supporting_units")
    )


def filter_entries(entries: QuerySet[RoutingEntry], *, category=None, region=None, unit=None) -> QuerySet[RoutingEntry]:
    """Narrow the table by category code, region code (the regions inside it too) and unit (lead or supporting)."""
    if category:
        entries = entries.filter(category__code=category)
    if region:
        entries = entries.filter(region__code__startswith=Region(code=region).code_prefix)
    if unit:
        entries = (entries.filter(lead_unit=unit) | entries.filter(supporting_units=unit)).distinct()
    return entries


def entry_for(category: Category, region: Region) -> RoutingEntry | None:
    """The entry of ``region``, else of the nearest region above it that has one."""
    places = [region, *ancestors_of(region)]
    entries = {
        entry.region_id: entry for entry in RoutingEntry.objects.filter(category=category, region__in=places)
        .select_related("lead_unit").prefetch_related("supporting_units")
    }
    return next((entries[place.pk] for place in places if place.pk in entries), None)


def opinion_due(assignment: Assignment) -> datetime.date:
    """The day by which each supporting unit files its opinion: working days from the assignment."""
    return add_working_days(timezone.localdate(assignment.assigned_at), settings.HUISHANG_SUPPORTING_OPINION_DAYS)


def opinions_of(assignment: Assignment) -> list[SupportingOpinion]:
    return list(assignment.opinions.select_related("unit", "filed_by"))


def units_without_opinion(assignment: Assignment) -> list[Organization]:
    filed = set(assignment.opinions.values_list("unit_id", flat=True))
    return [unit for unit in assignment.supporting_units.all() if unit.pk not in filed]


def overdue_opinions(assignment: Assignment | None, *, today: datetime.date | None = None) -> list[Organization]:
    """Supporting units whose opinion is missing past its limit: the lead unit's answer waits for them."""
    if assignment is None or opinion_due(assignment) >= (today or clock.today()):
        return []
    return units_without_opinion(assignment)

"""Reading meetings: which ones a user may see."""

from django.db.models import QuerySet

from huishang.cases.selectors import REGION_SCOPED_ROLES, visible_matters
from huishang.directory.jurisdiction import jurisdiction_of
from huishang.directory.models import Role
from huishang.meetings.models import AgendaItem, Meeting


def visible_meetings(user) -> QuerySet[Meeting]:
    """Staff see the meetings of their region; others those that discussed a matter they can see."""
    meetings = Meeting.objects.select_related("region", "chair")
    if not user.is_authenticated or not user.is_active:
        return meetings.none()
    if user.role == Role.ADMIN or user.is_superuser:
        return meetings
    if user.role in REGION_SCOPED_ROLES:
        return meetings.filter(jurisdiction_of(user).within())
    matter_ids = visible_matters(user).values("pk")
    return meetings.filter(pk__in=AgendaItem.objects.filter(matter__in=matter_ids).values("meeting"))


def agenda_of(meeting: Meeting) -> QuerySet[AgendaItem]:
    return meeting.agenda_items.select_related(
        "matter", "matter__enterprise", "matter__category", "assignment", "assignment__lead_unit"
    ).order_by("order", "id")

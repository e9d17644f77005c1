"""Reading butlers' records: what each user may see, and a butler's workbench."""

import datetime
from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Count, Max, Prefetch, Q, QuerySet

from huishang.butlers.models import Care, Training, Visit
from huishang.butlers.permissions import may_read_all
from huishang.butlers.plan import PlanRow, cares_on, visit_interval_days, visit_plan
from huishang.cases.models import Matter
from huishang.cases.states import State
from huishang.core import clock
from huishang.directory.jurisdiction import Jurisdiction, jurisdiction_of
from huishang.directory.models import Organization, Role, User
from huishang.supervision.models import Card
from huishang.supervision.selectors import LEVEL_ORDER

# Matters still being worked on: neither finished nor set aside.
OPEN_STATES = [state for state in State.values if state not in (
    State.RESOLVED, State.CLOSED, State.REJECTED, State.MERGED)]


def butlers_within(jurisdiction: Jurisdiction, prefix: str = "") -> Q:
    """Butlers (``prefix`` leads to one) working in the jurisdiction: by their own region, else their unit's."""
    if jurisdiction.wide:
        return Q()
    return jurisdiction.within(f"{prefix}region") | (
        Q(**{f"{prefix}region": None}) & jurisdiction.within(f"{prefix}organization__region"))


def visible_visits(user) -> QuerySet[Visit]:
    """Visits the user may read: a butler their own, an enterprise its own, staff those in their region."""
    # A visit's problems are shown in the matter table, which names each matter's enterprise and lead unit.
    problems = Prefetch("matters", queryset=Matter.objects.select_related("enterprise", "lead_unit"))
    visits = Visit.objects.select_related("butler", "enterprise").prefetch_related(problems, "photos")
    if not user.is_authenticated or not user.is_active:
        return visits.none()
    if may_read_all(user):
        return visits.filter(jurisdiction_of(user).within("enterprise__region"))
    if user.role == Role.BUTLER:
        return visits.filter(butler=user)
    if user.role == Role.ENTERPRISE:
        return visits.filter(enterprise=user.organization_id)
    return visits.none()


def visible_cares(user) -> QuerySet[Care]:
    """Care records (current and past) the user may read."""
    cares = Care.objects.select_related("enterprise", "butler", "unit")
    if may_read_all(user):
        return cares.filter(jurisdiction_of(user).within("enterprise__region"))
    if user.is_authenticated and user.is_active and user.role == Role.BUTLER:
        return cares.filter(butler=user)
    return cares.none()


def visible_trainings(user) -> QuerySet[Training]:
    trainings = Training.objects.select_related("butler")
    if may_read_all(user):
        return trainings.filter(butlers_within(jurisdiction_of(user), "butler__"))
    if user.is_authenticated and user.is_active and user.role == Role.BUTLER:
        return trainings.filter(butler=user)
    return trainings.none()


def butlers_for(user) -> QuerySet[User]:
    """The butlers the user may manage or read: those working in its jurisdiction."""
    butlers = User.objects.filter(role=Role.BUTLER, is_active=True).select_related("organization")
    if not may_read_all(user):
        return butlers.filter(pk=user.pk) if user.is_authenticated and user.role == Role.BUTLER else butlers.none()
    return butlers.filter(butlers_within(jurisdiction_of(user)))


def enterprises_for(user) -> QuerySet[Organization]:
    """The enterprises the user may assign a butler to: those of its jurisdiction."""
    return jurisdiction_of(user).enterprises()


def enterprises_to_visit(butler) -> QuerySet[Organization]:
    """The enterprises in the butler's care that lie in the butler's jurisdiction (the others are refused)."""
    return butler.enterprises_in_care.filter(jurisdiction_of(butler).within("region"))


@dataclass
class CareRow:
    """One line of a butler's workbench: an enterprise in care and what it needs now."""

    enterprise: Organization
    last_visit: datetime.date | None
    next_visit: datetime.date
    open_matters: int
    cards: list = field(default_factory=list)  # the active cards of its open matters, red first

    @property
    def visit_due(self) -> bool:
        """A first visit is asked for at once; overdue it becomes only by the plan's rule."""
        return self.last_visit is None or self.next_visit <= clock.today()

    @property
    def overdue(self) -> bool:
        """Not visited in time (the visit plan's rule, butlers.plan)."""
        return self.next_visit < clock.today()

    @property
    def days_overdue(self) -> int:
        return max((clock.today() - self.next_visit).days, 0)


def workbench(butler) -> list[CareRow]:
    """The butler's enterprises with their last visit, open matters and their cards, and the day the next visit
    is due by the visit plan (an enterprise in care without a care record is due at once)."""
    today = clock.today()
    due = {row.care.enterprise_id: row.due for row in visit_plan(Care.objects.filter(butler=butler, ended_at=None))}
    enterprises = (
        butler.enterprises_in_care.annotate(
            last_visit=Max("visits__visited_on", filter=Q(visits__butler=butler)),
        ).order_by("name")
    )
    open_counts = dict(
        Matter.objects.filter(enterprise__in=enterprises.values("pk"), state__in=OPEN_STATES)
        .values_list("enterprise").annotate(n=Count("pk"))
    )
    cards = defaultdict(list)
    for card in sorted(
        Card.objects.filter(cleared_at=None, matter__enterprise__in=enterprises.values("pk"),
                            matter__state__in=OPEN_STATES).select_related("matter"),
        key=lambda card: (LEVEL_ORDER[card.level], card.matter.number),
    ):
        cards[card.matter.enterprise_id].append(card)
    rows = [
        CareRow(
            enterprise=enterprise, last_visit=enterprise.last_visit, next_visit=due.get(enterprise.pk, today),
            open_matters=open_counts.get(enterprise.pk, 0), cards=cards[enterprise.pk],
        )
        for enterprise in enterprises
    ]
    return sorted(rows, key=lambda row: (row.next_visit, row.enterprise.name))


def visit_plan_for(user, *, overdue_only: bool = False) -> list[PlanRow]:
    """Today's visit plan as the user may read it: a butler their own enterprises, staff every current care of
    their jurisdiction."""
    cares = visible_cares(user).filter(pk__in=cares_on(clock.today()).values("pk"))
    rows = visit_plan(cares)
    return [row for row in rows if row.overdue] if overdue_only else rows


def open_matters_in_care(butler) -> QuerySet[Matter]:
    return Matter.objects.filter(enterprise__in=butler.enterprises_in_care.all(), state__in=OPEN_STATES).select_related(
        "enterprise", "category", "lead_unit")


def cares_sent_by_unit(user) -> QuerySet[Care]:
    """The current cares of the butlers a unit handler's unit sends (Care.unit, 包联单位): what the unit watches."""
    if not user.is_authenticated or not user.is_active or user.role != Role.UNIT or not user.organization_id:
        return Care.objects.none()
    return Care.objects.filter(unit=user.organization_id, ended_at=None).select_related("enterprise", "butler")

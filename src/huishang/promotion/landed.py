"""After signing: a project followed over time (seed 004, "入驻企业扩业务线, 席位650→1000", "产值14亿, 预计突破20亿").
The office links the landed project to its enterprise record, revises its planned seats, and it or the enterprise
reports the business lines added and, period by period, the seats in use and the output value."""

import datetime
from decimal import Decimal, InvalidOperation

from django.db import transaction
from django.utils.translation import gettext as _

from huishang.core import clock
from huishang.core.errors import ConcurrentChange, InvalidTransition, NotAllowed, ValidationError
from huishang.core.text import cleaned
from huishang.directory.jurisdiction import jurisdiction_of
from huishang.directory.models import Organization
from huishang.promotion.models import (
    BusinessLine, LandedEnterprise, Lead, OperationReport, SeatPlanChange, Stage,
)
from huishang.promotion.permissions import may_manage_lead, reports_as

# The largest amount one report may carry: 10^12 yuan, far above any project, well inside a 64-bit fen count.
LARGEST_YUAN = Decimal(10) ** 12
PLAN_STAGES = {Stage.SIGNED, Stage.LANDED}


def _landed(lead: Lead) -> None:
    if lead.stage != Stage.LANDED:
        raise InvalidTransition(_("Only a landed project reports its operation."), field="lead")


def _reporter(user, lead: Lead) -> str:
    source = reports_as(user, lead)
    if source is None:
        raise NotAllowed(_("Only the service office of the project's region or the project's enterprise reports "
                           "its figures."))
    return source


def fen_of(amount, field: str, *, required: bool = True) -> int | None:
    """An amount in yuan (at most two decimals, not negative) as a whole number of fen."""
    if amount is None or amount == "":
        if required:
            raise ValidationError(_("This field is required."), field=field)
        return None
    try:
        value = Decimal(str(amount))
    except InvalidOperation:
        raise ValidationError(_("Give an amount in yuan."), field=field) from None
    if not value.is_finite() or value < 0 or value >= LARGEST_YUAN or value != value.quantize(Decimal("0.01")):
        raise ValidationError(_("Give an amount in yuan of at least 0, with at most two decimals."), field=field)
    return int(value * 100)


def _whole(value, field: str) -> int:
    if value is None or value == "":
        raise ValidationError(_("This field is required."), field=field)
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValidationError(_("Give a whole number of at least 0."), field=field)
    return value


@transaction.atomic
def link_enterprise(lead: Lead, *, by, enterprise) -> LandedEnterprise:
    """The office links a landed project to the enterprise record of its region, whose contacts may then report
    for it."""
    if not may_manage_lead(by, lead):
        raise NotAllowed(_("Only the service office of the lead's region moves it through the pipeline."))
    _landed(lead)
    if not isinstance(enterprise, Organization) or enterprise.kind != Organization.Kind.ENTERPRISE:
        raise ValidationError(_("Choose an enterprise."), field="enterprise")
    jurisdiction_of(by).check_organization(enterprise, field="enterprise")
    link, _created = LandedEnterprise.objects.update_or_create(
        lead=lead, defaults={"enterprise": enterprise, "linked_by": by, "linked_at": clock.now()})
    return link


@transaction.atomic
def revise_seat_plan(lead: Lead, *, by, planned_seats, reason: str) -> Lead:
    """The office changes the planned seats of a signed or landed project (扩充席位) with a reason, kept on its
    trail."""
    if not may_manage_lead(by, lead):
        raise NotAllowed(_("Only the service office of the lead's region moves it through the pipeline."))
    if lead.stage not in PLAN_STAGES:
        raise InvalidTransition(_("Only a signed or landed project has a seat plan to revise."), field="planned_seats")
    seats = _whole(planned_seats, "planned_seats")
    if seats == 0 or seats == lead.planned_seats:
        raise ValidationError(_("Give the new number of planned seats."), field="planned_seats")
    reason = cleaned(reason)
    if not reason:
        raise ValidationError(_("This field is required."), field="reason")
    if not Lead.objects.filter(pk=lead.pk, version=lead.version).update(
            planned_seats=seats, last_activity_on=clock.today(), version=lead.version + 1):
        raise ConcurrentChange()
    SeatPlanChange.objects.create(lead=lead, from_seats=lead.planned_seats, to_seats=seats, at=clock.now(), by=by,
                                  reason=reason)
    lead.refresh_from_db()
    return lead


@transaction.atomic
def add_business_line(lead: Lead, *, by, name: str, started_on: datetime.date) -> BusinessLine:
    """A landed project's new business line (新增业务线), reported by the office or the enterprise, started no
    earlier than the landing and no later than today."""
    source = _reporter(by, lead)
    _landed(lead)
    name = cleaned(name)
    if not name:
        raise ValidationError(_("This field is required."), field="name")
    if started_on is None:
        raise ValidationError(_("This field is required."), field="started_on")
    if started_on > clock.today() or started_on < lead.landed_on:
        raise ValidationError(_("A business line starts between the landing and today."), field="started_on")
    if lead.business_lines.filter(name=name).exists():
        raise ValidationError(_("The project already has this business line."), field="name")
    return BusinessLine.objects.create(lead=lead, name=name, started_on=started_on, source=source, recorded_by=by,
                                       recorded_at=clock.now())


@transaction.atomic
def report_operation(lead: Lead, *, by, period_start: datetime.date, period_end: datetime.date, seats_actual,
                     output_value_yuan, expected_year_output_yuan=None, note: str = "") -> OperationReport:
    """A landed project's figures for one period, reported by the office or the enterprise: the period lies
    between the landing and today, overlaps no earlier report of the project, and the expected output is for the
    period's own year."""
    source = _reporter(by, lead)
    _landed(lead)
    if period_start is None:
        raise ValidationError(_("This field is required."), field="period_start")
    if period_end is None:
        raise ValidationError(_("This field is required."), field="period_end")
    if period_start < lead.landed_on:
        raise ValidationError(_("The period starts before the project landed."), field="period_start")
    if period_end < period_start:
        raise ValidationError(_("The period ends before it starts."), field="period_end")
    if period_end > clock.today():
        raise ValidationError(_("A period is reported once it has ended."), field="period_end")
    if period_start.year != period_end.year:
        raise ValidationError(_("A period lies within one calendar year."), field="period_end")
    seats = _whole(seats_actual, "seats_actual")
    output = fen_of(output_value_yuan, "output_value_yuan")
    expected = fen_of(expected_year_output_yuan, "expected_year_output_yuan", required=False)
    if expected is not None and expected < output:
        raise ValidationError(_("The year's expected output is less than this period's."),
                              field="expected_year_output_yuan")
    # Lock the lead so that two reports of the same period cannot both pass the overlap check.
    Lead.objects.select_for_update().filter(pk=lead.pk).first()
    if lead.operation_reports.filter(period_start__lte=period_end, period_end__gte=period_start).exists():
        raise ValidationError(_("The project already reported for part of this period."), field="period_start")
    return OperationReport.objects.create(
        lead=lead, period_start=period_start, period_end=period_end, seats_actual=seats, output_value_fen=output,
        expected_year_output_fen=expected, source=source, reported_by=by, reported_at=clock.now(),
        note=cleaned(note))

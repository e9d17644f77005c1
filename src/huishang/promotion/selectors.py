"""Reading the pipeline: the leads a user may see, the board by stage, the funnel, stale leads."""

import datetime
from decimal import Decimal

from django.conf import settings
from django.db.models import Q, QuerySet

from huishang.core import clock
from huishang.directory.jurisdiction import jurisdiction_of
from huishang.directory.models import Role
from huishang.promotion.models import Lead, Stage
from huishang.promotion.permissions import may_read_pipeline

OPEN_STAGES = [Stage.CONTACTED, Stage.NEGOTIATING, Stage.SIGNED]


def visible_leads(user) -> QuerySet[Lead]:
    if not may_read_pipeline(user):
        return Lead.objects.none()
    return Lead.objects.select_related("owner", "region").filter(jurisdiction_of(user).within("region"))


def readable_leads(user) -> QuerySet[Lead]:
    """The pipeline's readers see the leads of their jurisdiction; an enterprise's contacts see the landed
    projects linked to their enterprise (promotion.landed), to report their figures."""
    if may_read_pipeline(user):
        return visible_leads(user)
    if user.is_authenticated and user.is_active and user.role == Role.ENTERPRISE and user.organization_id:
        return Lead.objects.select_related("owner", "region").filter(
            landed_enterprise__enterprise=user.organization_id)
    return Lead.objects.none()


def yuan(fen: int | None) -> Decimal | None:
    """Fen as yuan with two decimals, for showing."""
    return None if fen is None else (Decimal(fen) / 100).quantize(Decimal("0.01"))


def operation(lead: Lead) -> dict:
    """A landed project's record after landing: seats planned and in use, business lines, reports, plan changes."""
    reports = list(lead.operation_reports.select_related("reported_by").order_by("-period_end", "-pk"))
    for report in reports:
        report.output_value_yuan = yuan(report.output_value_fen)
        report.expected_year_output_yuan = yuan(report.expected_year_output_fen)
    return {
        "planned_seats": lead.planned_seats,
        "seats_actual": reports[0].seats_actual if reports else None,
        "reports": reports,
        "business_lines": list(lead.business_lines.select_related("recorded_by")),
        "seat_plan_changes": list(lead.seat_plan_changes.select_related("by")),
    }


def stale_after_days() -> int:
    """A lead still being worked on (not landed, not dropped) with no visit or step for this long is stale."""
    return settings.HUISHANG_PROMOTION_STALE_DAYS


def _stale_cutoff(today: datetime.date | None) -> datetime.date:
    return (today or clock.today()) - datetime.timedelta(days=stale_after_days())


def stale_condition(today: datetime.date | None = None) -> Q:
    return Q(stage__in=OPEN_STAGES, last_activity_on__lt=_stale_cutoff(today))


def is_stale(lead: Lead, today: datetime.date | None = None) -> bool:
    return lead.stage in OPEN_STAGES and lead.last_activity_on < _stale_cutoff(today)


def stale_leads(leads: QuerySet[Lead]) -> QuerySet[Lead]:
    return leads.filter(stale_condition()).order_by("last_activity_on")


def funnel(leads: QuerySet[Lead]) -> list[dict]:
    """How many leads reached each stage (a signed lead was also contacted and negotiated); a dropped lead
    counts at the stages it reached before it was dropped."""
    reached = {
        Stage.CONTACTED: leads,
        Stage.NEGOTIATING: leads.exclude(negotiating_on=None),
        Stage.SIGNED: leads.exclude(signed_on=None),
        Stage.LANDED: leads.exclude(landed_on=None),
    }
    return [{"stage": stage.value, "label": str(stage.label), "count": rows.count()} for stage, rows in reached.items()]


def dropped_count(leads: QuerySet[Lead]) -> int:
    return leads.filter(stage=Stage.DROPPED).count()


def board(leads: QuerySet[Lead]) -> list[dict]:
    """One column per stage, each lead marked stale or not."""
    today = clock.today()
    columns = {stage: [] for stage in Stage}
    for lead in leads.order_by("last_activity_on", "enterprise_name"):
        columns[Stage(lead.stage)].append({"lead": lead, "stale": is_stale(lead, today)})
    return [{"stage": stage.value, "label": stage.label, "rows": rows} for stage, rows in columns.items()]

"""Reading the pipeline: the leads a user may see, the board by stage, the funnel, stale leads."""

import datetime

from django.db.models import Q, QuerySet

from huishang.core import clock
from huishang.promotion.models import Lead, Stage
from huishang.promotion.permissions import may_read_pipeline

# A lead still being worked on (not landed) with no visit or step for this long is flagged stale.
STALE_AFTER_DAYS = 30
OPEN_STAGES = [Stage.CONTACTED, Stage.NEGOTIATING, Stage.SIGNED]


def visible_leads(user) -> QuerySet[Lead]:
    if not may_read_pipeline(user):
        return Lead.objects.none()
    leads = Lead.objects.select_related("owner", "region")
    if user.region is not None:
        leads = leads.filter(region__code__startswith=user.region.code_prefix)
    return leads


def stale_condition(today: datetime.date | None = None) -> Q:
    cutoff = (today or clock.today()) - datetime.timedelta(days=STALE_AFTER_DAYS)
    return Q(stage__in=OPEN_STAGES, last_activity_on__lt=cutoff)


def is_stale(lead: Lead, today: datetime.date | None = None) -> bool:
    cutoff = (today or clock.today()) - datetime.timedelta(days=STALE_AFTER_DAYS)
    return lead.stage in OPEN_STAGES and lead.last_activity_on < cutoff


def stale_leads(leads: QuerySet[Lead]) -> QuerySet[Lead]:
    return leads.filter(stale_condition()).order_by("last_activity_on")


def funnel(leads: QuerySet[Lead]) -> list[dict]:
    """How many leads reached each stage (a signed lead was also contacted and negotiated)."""
    reached = {
        Stage.CONTACTED: leads,
        Stage.NEGOTIATING: leads.exclude(negotiating_on=None),
        Stage.SIGNED: leads.exclude(signed_on=None),
        Stage.LANDED: leads.exclude(landed_on=None),
    }
    return [{"stage": stage.value, "label": str(stage.label), "count": rows.count()} for stage, rows in reached.items()]


def board(leads: QuerySet[Lead]) -> list[dict]:
    """One column per stage, each lead marked stale or not."""
    today = clock.today()
    columns = {stage: [] for stage in Stage}
    for lead in leads.order_by("last_activity_on", "enterprise_name"):
        columns[Stage(lead.stage)].append({"lead": lead, "stale": is_stale(lead, today)})
    return [{"stage": stage.value, "label": stage.label, "rows": rows} for stage, rows in columns.items()]

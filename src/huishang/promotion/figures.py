"""Investment-promotion figures for ``huishang stats promotion``, counted from the leads.

- contacted: leads first contacted (对接) in the period.
- negotiating: leads whose negotiation (洽谈) began in the period and that had neither signed nor been
  dropped by its end.
- signed: leads signed (签约) in the period; seats: their planned seats.
- landed: leads landed (落地) in the period.
- dropped: leads dropped (终止) in the period. A dropped lead still counts as contacted on its first-contact
  day, so the contacted → signed conversion (signed ÷ contacted) counts it as a contact that did not sign.

After landing (promotion.landed), for the projects of the scope landed by the period's end:
- landed_projects: how many; landed_seats_planned: their planned seats now;
- seats_actual: the seats in use by the latest report of each ending by the period's end (none: 0);
- output_value_yuan: the output value of the reports whose period ends in the period;
- output_value_expected_yuan: for each project, the year's expected output of its latest such report that gives one;
- business_lines_added: business lines started in the period.
"""

from django.db.models import OuterRef, Q, Subquery, Sum

from huishang.figures.selectors import Scope
from huishang.promotion.models import BusinessLine, Lead, OperationReport, Stage


def _leads(scope: Scope):
    return Lead.objects.filter(scope.within("region"))


def _yuan(fen: int | None) -> float:
    return round((fen or 0) / 100, 2)


def _latest(reports, field: str) -> int:
    """The sum over leads of ``field`` in each one's latest report among ``reports``."""
    newest = reports.filter(lead=OuterRef("lead")).order_by("-period_end", "-pk").values("pk")[:1]
    return reports.filter(pk=Subquery(newest)).aggregate(total=Sum(field))["total"] or 0


def landed_figures(scope: Scope) -> dict:
    """What the landed projects of the scope report (see the module's docstring)."""
    landed = _leads(scope).filter(stage=Stage.LANDED)
    if scope.date_to:
        landed = landed.filter(landed_on__lte=scope.date_to)
    reports = OperationReport.objects.filter(lead__in=landed.values("pk"))
    if scope.date_to:
        reports = reports.filter(period_end__lte=scope.date_to)
    in_period = reports.filter(scope.day_range("period_end"))
    return {
        "landed_projects": landed.count(),
        "landed_seats_planned": landed.aggregate(total=Sum("planned_seats"))["total"] or 0,
        "seats_actual": _latest(reports, "seats_actual"),
        "output_value_yuan": _yuan(in_period.aggregate(total=Sum("output_value_fen"))["total"]),
        "output_value_expected_yuan": _yuan(_latest(in_period.exclude(expected_year_output_fen=None),
                                                    "expected_year_output_fen")),
        "business_lines_added": BusinessLine.objects.filter(scope.day_range("started_on"),
                                                            lead__in=landed.values("pk")).count(),
    }


def promotion_figures(scope: Scope) -> dict:
    leads = _leads(scope)
    signed = leads.filter(scope.day_range("signed_on"), signed_on__isnull=False)
    still_negotiating = Q(signed_on=None, dropped_on=None)
    if scope.date_to:
        still_negotiating = (Q(signed_on=None) | Q(signed_on__gt=scope.date_to)) & (
            Q(dropped_on=None) | Q(dropped_on__gt=scope.date_to))
    return {
        "contacted": leads.filter(scope.day_range("contacted_on")).count(),
        "negotiating": leads.filter(scope.day_range("negotiating_on"), negotiating_on__isnull=False)
        .filter(still_negotiating).count(),
        "signed": signed.count(),
        "seats": signed.aggregate(total=Sum("planned_seats"))["total"] or 0,
        "landed": leads.filter(scope.day_range("landed_on"), landed_on__isnull=False).count(),
        "dropped": leads.filter(scope.day_range("dropped_on"), dropped_on__isnull=False).count(),
    } | landed_figures(scope)

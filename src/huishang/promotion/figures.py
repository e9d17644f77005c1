"""Investment-promotion figures for ``huishang stats promotion``, counted from the leads.

- contacted: leads first contacted (对接) in the period.
- negotiating: leads whose negotiation (洽谈) began in the period and that had neither signed nor been
  dropped by its end.
- signed: leads signed (签约) in the period; seats: their planned seats.
- landed: leads landed (落地) in the period.
- dropped: leads dropped (终止) in the period. A dropped lead still counts as contacted on its first-contact
  day, so the contacted → signed conversion (signed ÷ contacted) counts it as a contact that did not sign.
"""

from django.db.models import Q, Sum

from huishang.figures.selectors import Scope
from huishang.promotion.models import Lead


def _leads(scope: Scope):
    return Lead.objects.filter(scope.within("region"))


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
    }

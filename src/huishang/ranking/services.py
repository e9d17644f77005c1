"""Every change of the monthly unit ranking: the scheme, publishing a month (通报) and correcting it.
Each checks who may do it (permissions.py) and writes in one transaction; the audit log hears every row."""

import datetime
from decimal import Decimal, InvalidOperation

from django.db import IntegrityError, transaction
from django.db.models import Max
from django.urls import reverse
from django.utils.translation import gettext as _

from huishang.cases.models import Matter
from huishang.cases.states import AWAITING_UNIT
from huishang.core import clock
from huishang.core.errors import InvalidTransition, NotAllowed, ValidationError
from huishang.core.text import cleaned
from huishang.directory.jurisdiction import Jurisdiction
from huishang.directory.models import Region, Role, User
from huishang.notifications.services import notify
from huishang.ranking import permissions, selectors
from huishang.ranking.models import Grouping, PublishedMonth, Rate, Scheme

TYPICAL_CASES = 5
SUMMARY_LENGTH = 2000
REASON_LENGTH = 500


def _require_manager(by, region: Region | None) -> None:
    if not permissions.manages(by, region):
        raise NotAllowed(_("Only the service office of this region may do this."))


def _weights(weights) -> dict:
    if not isinstance(weights, dict):
        raise ValidationError(_("Give a weight to each rate that counts."), field="weights")
    found = {}
    for rate, weight in weights.items():
        if rate not in Rate.values:
            raise ValidationError(_("%(rate)s is not a rate a scheme can count.") % {"rate": rate}, field="weights")
        if isinstance(weight, bool) or not isinstance(weight, int) or not 0 <= weight <= 100:
            raise ValidationError(_("A weight is a whole number from 0 to 100."), field=f"weights.{rate}")
        if weight:
            found[rate] = weight
    if not found:
        raise ValidationError(_("At least one rate must count."), field="weights")
    return found


def _fairly_weight(value) -> Decimal:
    try:
        weight = Decimal(str(value))
    except (InvalidOperation, ValueError):
        weight = Decimal(-1)
    if not weight.is_finite() or not Decimal(0) <= weight <= Decimal(1):
        raise ValidationError(_("The weight of fairly satisfied lies between 0 and 1."), field="fairly_weight")
    return weight.quantize(Decimal("0.01"))


def checked_scheme(*, by, region: Region | None, year: int, weights: dict, fairly_weight, grouping: str,
                   flagged: int, closing_day: int | None) -> dict:
    """The scheme's values as update_scheme stores them, or the refusal (NotAllowed, ValidationError naming
    the field) it would give."""
    _require_manager(by, region)
    if isinstance(year, bool) or not isinstance(year, int) or not 2000 <= year <= 2100:
        raise ValidationError(_("Give a year from 2000 to 2100."), field="year")
    if grouping not in Grouping.values:
        raise ValidationError(_("Choose how units are ranked together."), field="grouping")
    if isinstance(flagged, bool) or not isinstance(flagged, int) or not 0 <= flagged <= 50:
        raise ValidationError(_("Flag from 0 to 50 bottom units."), field="flagged")
    if closing_day is not None and (isinstance(closing_day, bool) or not isinstance(closing_day, int)
                                    or not 1 <= closing_day <= 28):
        raise ValidationError(_("The closing day is a day from 1 to 28, or none for the calendar month."),
                              field="closing_day")
    return {"weights": _weights(weights), "fairly_weight": _fairly_weight(fairly_weight), "grouping": grouping,
            "flagged": flagged, "closing_day": closing_day}


def update_scheme(*, by, region: Region | None, year: int, weights: dict, fairly_weight, grouping: str,
                  flagged: int, closing_day: int | None) -> Scheme:
    """The office sets the scheme of its region and a year: the rates that count and their weights (whole
    points, at least one rate), the weight of 基本满意, which units rank together, how many bottom units
    are flagged (0–50) and the closing day (1–28, none for the calendar month)."""
    values = checked_scheme(by=by, region=region, year=year, weights=weights, fairly_weight=fairly_weight,
                            grouping=grouping, flagged=flagged, closing_day=closing_day)
    values |= {"updated_at": clock.now(), "updated_by": by}
    with transaction.atomic():
        scheme = Scheme.objects.select_for_update().filter(region=region, year=year).first()
        if scheme is None:
            return Scheme.objects.create(region=region, year=year, **values)
        for name, value in values.items():
            setattr(scheme, name, value)
        scheme.save()
        return scheme


def _typical_cases(region: Region | None, end: datetime.date) -> list[dict]:
    """The matters of ``region`` longest past their deadline at the end of the period, still owed by their unit."""
    matters = Matter.objects.filter(state__in=AWAITING_UNIT, due__lt=min(end, clock.today()), lead_unit__isnull=False)
    if region is not None:
        matters = matters.filter(Jurisdiction(region=region).within())
    return [{"number": matter.number, "title": matter.title, "unit": matter.lead_unit.name,
             "due": matter.due.isoformat()}
            for matter in matters.select_related("lead_unit").order_by("due", "id")[:TYPICAL_CASES]]


def _frozen(*, month: datetime.date, region: Region | None, summary: str) -> dict:
    """What a publication keeps: the ranking counted now with each unit's change from the month before, the
    scheme it used, the summary and typical cases."""
    ranking = selectors.counted_now(month=month, region=region)
    end = datetime.date.fromisoformat(ranking["period"]["to"])
    return {**ranking, "summary": summary, "cases": _typical_cases(region, end)}


def _text(value, *, field: str, limit: int, required: bool = False) -> str:
    text = cleaned(value)
    if required and not text:
        raise ValidationError(_("Give the reason for the correction."), field=field)
    if len(text) > limit:
        raise ValidationError(_("At most %(n)s characters.") % {"n": limit}, field=field)
    return text


def _publish(*, by, month: datetime.date, region: Region | None, version: int, reason: str,
             summary: str) -> PublishedMonth:
    ranking = _frozen(month=month, region=region, summary=summary)
    now = clock.now()
    same_year = PublishedMonth.objects.filter(region=region, published_at__year=now.year)
    number = (same_year.aggregate(last=Max("number"))["last"] or 0) + 1
    try:
        with transaction.atomic():
            published = PublishedMonth.objects.create(
                month=month, region=region, version=version, reason=reason, number=number,
                period_start=ranking["period"]["from"], period_end=ranking["period"]["to"], published_by=by,
                published_at=now, scheme=ranking["scheme"], ranking=ranking,
            )
    except IntegrityError:
        raise InvalidTransition(_("Someone published this month at the same time; reload and try again.")) from None
    published.refresh_from_db()
    _tell_units(published)
    return published


def _tell_units(published: PublishedMonth) -> None:
    """Every handler of a ranked unit hears of the publication, with a link to the month."""
    unit_ids = [line["unit_id"] for line in published.ranking["units"]]
    link = reverse("ranking:month", kwargs={"month": f"{published.month:%Y-%m}"})
    if published.region is not None:
        link += f"?region={published.region.code}"
    lines = {line["unit_id"]: line for line in published.ranking["units"]}
    handlers = User.objects.filter(role=Role.UNIT, is_active=True, organization__in=unit_ids)
    for handler in handlers:
        notify(handler, key=f"ranking.published:{published.pk}:{handler.pk}", event="ranking.published",
               context={"published": published, "month": f"{published.month:%Y-%m}",
                        "number": published.document_number, "line": lines[handler.organization_id]},
               link=link, at=published.published_at)


def publish(*, by, month: datetime.date, region: Region | None, summary: str = "") -> PublishedMonth:
    """The office publishes (通报) a month whose period has ended: the ranking is frozen as the records give
    it now, numbered 〔year〕N号, and every ranked unit is told. A published month is changed only by a correction."""
    _require_manager(by, region)
    summary = _text(summary, field="summary", limit=SUMMARY_LENGTH)
    start, end = selectors.scheme_for(region=region, year=month.year).period(month)
    if end >= clock.today():
        raise InvalidTransition(_("The month's period runs until %(end)s; publish it after that.") % {
            "end": end.isoformat()})
    if selectors.published_versions(month=month, region=region).exists():
        raise InvalidTransition(_("This month is published already; publish a correction with its reason instead."))
    return _publish(by=by, month=month, region=region, version=1, reason="", summary=summary)


def correct(*, by, month: datetime.date, region: Region | None, reason: str,
            summary: str | None = None) -> PublishedMonth:
    """The office corrects a published month: a new version counted from the records now, with its reason;
    the earlier versions stay as they were and are shown."""
    _require_manager(by, region)
    reason = _text(reason, field="reason", limit=REASON_LENGTH, required=True)
    latest = selectors.published_versions(month=month, region=region).first()
    if latest is None:
        raise InvalidTransition(_("This month is not published yet; publish it first."))
    summary = latest.ranking.get("summary", "") if summary is None else _text(summary, field="summary",
                                                                              limit=SUMMARY_LENGTH)
    return _publish(by=by, month=month, region=region, version=latest.version + 1, reason=reason, summary=summary)

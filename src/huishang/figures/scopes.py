"""Turning the filters people type (dates, region code, unit, category) into a Scope."""

import datetime

from django.utils.translation import gettext as _

from huishang.core.errors import ValidationError
from huishang.directory.models import Organization, Region
from huishang.figures.selectors import Scope


def parse_day(value, field: str) -> datetime.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, datetime.date):
        return value
    try:
        return datetime.date.fromisoformat(str(value))
    except ValueError:
        raise ValidationError(_("%(field)s must be a date written YYYY-MM-DD.") % {"field": field}, field=field)


def scope_from(*, date_from=None, date_to=None, region=None, unit=None, category=None) -> Scope:
    """A Scope from raw filter values, or ValidationError naming the filter that is wrong."""
    start, end = parse_day(date_from, "from"), parse_day(date_to, "to")
    if start and end and start > end:
        raise ValidationError(_("The period ends before it starts."), field="to")
    region_row = None
    if region:
        region_row = Region.objects.filter(code=str(region)).first()
        if region_row is None:
            raise ValidationError(_("Unknown region code %(code)s.") % {"code": region}, field="region")
    unit_row = None
    if unit:
        unit_row = Organization.objects.filter(pk=unit, kind=Organization.Kind.UNIT).first() if str(unit).isdigit() else None
        if unit_row is None:
            raise ValidationError(_("Unknown unit %(unit)s.") % {"unit": unit}, field="unit")
    return Scope(date_from=start, date_to=end, region=region_row, unit=unit_row, category=category or None)

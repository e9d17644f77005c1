"""Turning the filters people type (dates, region code, unit, category) into a Scope."""

from django.utils.translation import gettext as _

from huishang.core import parsing
from huishang.core.errors import ValidationError
from huishang.directory.models import Organization, Region
from huishang.figures.selectors import Scope


def scope_from(*, date_from=None, date_to=None, region=None, unit=None, category=None) -> Scope:
    """A Scope from raw filter values, or ValidationError naming the filter that is wrong."""
    start, end = parsing.period(date_from, date_to)
    region_row = None
    if region:
        region_row = Region.objects.filter(code=str(region)).first()
        if region_row is None:
            raise ValidationError(_("Unknown region code %(code)s.") % {"code": region}, field="region")
    unit_row = None
    if unit:
        key = parsing.record_key(unit)
        unit_row = Organization.objects.filter(pk=key, kind=Organization.Kind.UNIT).first() if isinstance(key, int) else None
        if unit_row is None:
            raise ValidationError(_("Unknown unit %(unit)s.") % {"unit": unit}, field="unit")
    return Scope(date_from=start, date_to=end, region=region_row, unit=unit_row, category=category or None)

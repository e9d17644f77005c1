"""Turning the ids and codes a client sends into records, or errors naming the field."""

from django.utils.translation import gettext as _

from huishang.cases.models import Matter
from huishang.cases.selectors import get_visible_matter
from huishang.core.errors import NotFound, ValidationError
from huishang.core.prepared import PreparedRead
from huishang.directory.models import Organization, Region, User


def visible_matter_or_none(user, key) -> Matter | None:
    """The matter ``user`` may see by id or number; None also for a key that can name no matter (which
    ``core.parsing.record_key`` tells: digits beyond any id, digits that are not ASCII)."""
    return get_visible_matter(user, key)


def visible_matter(user, key) -> Matter:
    """404 alike for a matter that does not exist and one the user may not see, so nothing leaks."""
    matter = visible_matter_or_none(user, key)
    if matter is None:
        raise NotFound(_("Matter %(key)s was not found.") % {"key": key}, field="key")
    return matter


def region_by_code(code: str | None, field: str = "region") -> Region | None:
    if not code:
        return None
    region = Region.objects.filter(code=code.strip()).first()
    if region is None:
        raise ValidationError(_("Unknown region code %(code)s.") % {"code": code}, field=field)
    return region


# Read by every submission that names its enterprise: compiled once. The region comes along, as a
# matter raised for an enterprise lies in the enterprise's region.
_organization_by_id = PreparedRead(
    Organization, lambda pk: Organization.objects.select_related("region").filter(pk=pk), int
)


def organization_by_id(pk: int | None, field: str) -> Organization | None:
    if pk is None:
        return None
    organization = _organization_by_id.one(pk)
    if organization is None:
        raise ValidationError(_("Unknown organisation %(id)s.") % {"id": pk}, field=field)
    return organization


def organizations_by_id(ids: list[int], field: str) -> list[Organization]:
    found = {row.pk: row for row in Organization.objects.filter(pk__in=ids)}
    missing = [pk for pk in ids if pk not in found]
    if missing:
        raise ValidationError(
            _("Unknown organisation %(id)s.") % {"id": ", ".join(map(str, missing))}, field=field
        )
    return [found[pk] for pk in dict.fromkeys(ids)]


def user_by_id(pk: int | None, field: str) -> User | None:
    if pk is None:
        return None
    user = User.objects.filter(pk=pk, is_active=True).first()
    if user is None:
        raise ValidationError(_("Unknown person %(id)s.") % {"id": pk}, field=field)
    return user

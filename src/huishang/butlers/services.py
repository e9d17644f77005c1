"""Every change to butlers' records: assigning enterprises, recording visits and training.

Each function checks who may do it, writes in one transaction and keeps ``User.enterprises_in_care``
(which decides a butler's view of matters) in step with the history of ``Care``.
"""

import datetime
import decimal

from django.db import transaction
from django.utils.translation import gettext as _

from huishang.butlers import permissions
from huishang.butlers.models import Care, ServiceArea, Training, Visit, VisitFrequency, VisitPhoto
from huishang.cases import services as matter_services
from huishang.cases.attachments import checked_content_type
from huishang.cases.models import Matter
from huishang.core import clock
from huishang.core.errors import NotAllowed, ValidationError
from huishang.core.text import cleaned
from huishang.directory.models import Organization, Role, User

PEOPLE_MET_MAX = Visit._meta.get_field("people_met").max_length
# A visit plan asks for a visit at least once a year and at most once a day.
FREQUENCY_DAYS = (1, 366)


def _enterprise(value) -> Organization:
    if not isinstance(value, Organization) or value.kind != Organization.Kind.ENTERPRISE:
        raise ValidationError(_("Choose an enterprise."), field="enterprise")
    return value


def _butler(value) -> User:
    if not isinstance(value, User) or value.role != Role.BUTLER or not value.is_active:
        raise ValidationError(_("Choose an active butler."), field="butler")
    return value


@transaction.atomic
def assign_butler(*, by, enterprise, butler, note: str = "") -> Care:
    """An enterprise has one butler at a time; assigning another ends the current care and keeps it as history.
    Both the enterprise and the butler lie in the office's jurisdiction."""
    enterprise = _enterprise(enterprise)
    butler = _butler(butler)
    permissions.check_manages(by)
    permissions.check_within(by, enterprise, field="enterprise")
    permissions.check_within(by, butler, field="butler")
    now = clock.now()
    current = Care.objects.select_for_update().filter(enterprise=enterprise, ended_at=None).first()
    if current is not None:
        if current.butler_id == butler.pk:
            raise ValidationError(_("This butler already looks after this enterprise."), field="butler")
        Care.objects.filter(pk=current.pk).update(ended_at=now)
        current.butler.enterprises_in_care.remove(enterprise)
    care = Care.objects.create(
        enterprise=enterprise, butler=butler, unit=butler.organization, started_at=now, assigned_by=by,
        note=cleaned(note),
    )
    butler.enterprises_in_care.add(enterprise)
    return care


@transaction.atomic
def end_care(*, by, enterprise, note: str = "") -> Care:
    """An enterprise leaves the butler service; its care ends and its butler no longer sees its matters."""
    enterprise = _enterprise(enterprise)
    permissions.check_manages(by)
    permissions.check_within(by, enterprise, field="enterprise")
    current = Care.objects.select_for_update().filter(enterprise=enterprise, ended_at=None).first()
    if current is None:
        raise ValidationError(_("This enterprise has no butler."), field="enterprise")
    Care.objects.filter(pk=current.pk).update(ended_at=clock.now(), note=cleaned(note or current.note))
    current.butler.enterprises_in_care.remove(enterprise)
    current.refresh_from_db()
    return current


def _areas(values) -> str:
    chosen = set(values or ())
    unknown = chosen - set(ServiceArea.values)
    if unknown or not chosen:
        raise ValidationError(_("Choose at least one of the three services."), field="areas")
    return ",".join(area for area in ServiceArea.values if area in chosen)


def _visit_day(value) -> datetime.date:
    if not isinstance(value, datetime.date):
        raise ValidationError(_("Give the day of the visit."), field="visited_on")
    if value > clock.today():
        raise ValidationError(_("A visit cannot be recorded for a day still to come."), field="visited_on")
    return value


def _checked_photo(uploaded) -> str:
    content_type = checked_content_type(uploaded)
    if not content_type.startswith("image/"):
        raise ValidationError(_("Photos must be PNG or JPEG images."), field="photos")
    return content_type


@transaction.atomic
def record_visit(
    *, by, enterprise, visited_on, people_met, areas, notes: str = "", problems=(), photos=(),
) -> Visit:
    """A butler records a visit to an enterprise in their care; each problem found becomes a matter from the
    butler (source butler) linked to the visit, all or nothing.

    ``problems``: mappings with ``title``, ``description`` and ``category`` as ``submit_matter`` takes them.
    """
    enterprise = _enterprise(enterprise)
    permissions.check_visits(by, enterprise)
    visited_on = _visit_day(visited_on)
    people_met = cleaned(people_met)
    if not people_met:
        raise ValidationError(_("Say whom you met."), field="people_met")
    if len(people_met) > PEOPLE_MET_MAX:
        raise ValidationError(_("People met must be at most %(n)s characters.") % {"n": PEOPLE_MET_MAX},
                              field="people_met")
    area_value = _areas(areas)
    photo_types = [_checked_photo(photo) for photo in photos]
    now = clock.now()
    visit = Visit.objects.create(
        butler=by, enterprise=enterprise, visited_on=visited_on, people_met=people_met, areas=area_value,
        notes=cleaned(notes), recorded_at=now,
    )
    for problem in problems:
        matter = matter_services.submit_matter(
            by=by, title=problem.get("title"), description=problem.get("description"),
            category=problem.get("category"), enterprise=enterprise, source=Matter.Source.BUTLER,
        )
        visit.matters.add(matter)
    for photo, content_type in zip(photos, photo_types):
        VisitPhoto.objects.create(
            visit=visit, file=photo, original_name=cleaned(photo.name)[:200], content_type=content_type,
            size=photo.size, uploaded_at=now,
        )
    return visit


@transaction.atomic
def link_matter(visit: Visit, *, by, matter: Matter) -> Visit:
    """A problem of the visited enterprise raised apart from the visit record is linked to the visit it came from."""
    if by.pk != visit.butler_id:
        raise NotAllowed(_("Only the butler who made the visit can change it."))
    permissions.check_visits(by, visit.enterprise)
    if matter.enterprise_id != visit.enterprise_id:
        raise ValidationError(_("The matter concerns another enterprise."), field="matter")
    visit.matters.add(matter)
    return visit


@transaction.atomic
def record_training(*, by, butler, topic, title, held_on, hours) -> Training:
    """The service office records a training a butler attended, on one of the butler service's topics."""
    butler = _butler(butler)
    permissions.check_manages(by)
    permissions.check_within(by, butler, field="butler")
    if topic not in Training.Topic.values:
        raise ValidationError(_("Choose a training topic."), field="topic")
    title = cleaned(title)
    if not title:
        raise ValidationError(_("Title is required."), field="title")
    if not isinstance(held_on, datetime.date):
        raise ValidationError(_("Give the day of the training."), field="held_on")
    try:
        hours = decimal.Decimal(str(hours))
    except decimal.InvalidOperation:
        hours = None
    if hours is None or not decimal.Decimal("0.5") <= hours <= decimal.Decimal("200"):
        raise ValidationError(_("Hours must be between 0.5 and 200."), field="hours")
    return Training.objects.create(
        butler=butler, topic=topic, title=title, held_on=held_on, hours=hours, recorded_by=by,
        recorded_at=clock.now(),
    )


@transaction.atomic
def set_visit_frequency(*, by, days, note: str = "") -> VisitFrequency:
    """The service office sets how often every enterprise in care is to be visited (1 to 366 days), for the whole
    deployment from now on; earlier days keep the frequency then in force."""
    permissions.check_manages(by)
    if isinstance(days, bool) or not isinstance(days, int) or not FREQUENCY_DAYS[0] <= days <= FREQUENCY_DAYS[1]:
        raise ValidationError(_("Give a number of days between %(low)s and %(high)s.") % {
            "low": FREQUENCY_DAYS[0], "high": FREQUENCY_DAYS[1]}, field="days")
    return VisitFrequency.objects.create(days=days, set_by=by, set_at=clock.now(), note=cleaned(note))

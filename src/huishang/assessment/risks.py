"""Labour-field risk screening (风险隐患排查): a risk is a matter of kind risk, followed through the
cases lifecycle, with its level and the unit responsible kept here."""

from django.db import transaction
from django.db.models import QuerySet
from django.utils.translation import gettext as _

from huishang.assessment.models import Risk
from huishang.cases import services as matter_services
from huishang.cases.models import Matter
from huishang.cases.selectors import can_view, visible_matters
from huishang.core import clock
from huishang.core.errors import NotAllowed, NotFound, ValidationError
from huishang.directory.jurisdiction import jurisdiction_of
from huishang.directory.models import Organization, Role

SCREENING_ROLES = {Role.OFFICE, Role.ADMIN}


def _checked(by, level, responsible_unit) -> None:
    if not (by.is_authenticated and (by.is_superuser or by.role in SCREENING_ROLES)):
        raise NotAllowed(_("Only the service office records risks."))
    if level not in Risk.Level.values:
        raise ValidationError(_("Choose a risk level."), field="level")
    if not isinstance(responsible_unit, Organization) or responsible_unit.kind != Organization.Kind.UNIT:
        raise ValidationError(_("Choose the responsible unit."), field="responsible_unit")
    jurisdiction_of(by).check_organization(responsible_unit, field="responsible_unit")


@transaction.atomic
def record_risk(*, by, title, description, category, level, responsible_unit, enterprise=None, region=None) -> Risk:
    """A risk found in screening is taken in as a matter of kind risk, with its level and responsible unit; the
    unit, the enterprise and the region lie in the office's jurisdiction."""
    _checked(by, level, responsible_unit)
    jurisdiction_of(by).check_organization(enterprise, field="enterprise")
    if region is not None:
        jurisdiction_of(by).check(region, field="region")
    matter = matter_services.submit_matter(
        by=by, title=title, description=description, category=category, kind=Matter.Kind.RISK,
        source=Matter.Source.OFFICE, enterprise=enterprise, region=region,
    )
    return Risk.objects.create(matter=matter, level=level, responsible_unit=responsible_unit,
                               screened_on=clock.today(), screened_by=by)


@transaction.atomic
def grade_risk(*, by, matter: Matter, level, responsible_unit) -> Risk:
    """A risk matter already taken in gets (or changes) its level and responsible unit."""
    _checked(by, level, responsible_unit)
    if matter.kind != Matter.Kind.RISK:
        raise ValidationError(_("Only a matter of kind risk has a risk level."), field="matter")
    if not can_view(by, matter):
        raise NotAllowed(_("You cannot act on a matter outside your scope."))
    risk, _created = Risk.objects.update_or_create(matter=matter, defaults={
        "level": level, "responsible_unit": responsible_unit, "screened_on": matter.submitted_at.date(),
        "screened_by": by})
    return risk


def visible_risks(user) -> QuerySet[Risk]:
    """Risks whose matter the user may see (the cases rule)."""
    return Risk.objects.filter(matter__in=visible_matters(user).values("pk")).select_related(
        "matter", "responsible_unit", "matter__enterprise")


def risk_for(user, pk) -> Risk:
    risk = visible_risks(user).filter(pk=pk).first()
    if risk is None:
        raise NotFound(_("This risk was not found."))
    return risk

"""Labour-field risk screening (风险隐患排查): a risk is a matter of kind risk, followed through the
cases lifecycle, with its level and the unit responsible kept here. A screening campaign names the enterprises to
screen and who screens each; a risk's level is re-graded over time with the reason (each grading kept), and a major
or serious risk gets a 稳控 plan."""

import datetime

from django.db import transaction
from django.db.models import Count, Q, QuerySet
from django.utils.translation import gettext as _

from huishang.assessment.models import Risk, RiskGrading, ScreeningCampaign, ScreeningTarget, StabilityPlan
from huishang.cases import services as matter_services
from huishang.cases.models import Matter
from huishang.cases.selectors import can_view, visible_matters
from huishang.core import clock
from huishang.cases.states import DONE
from huishang.core.errors import ConcurrentChange, InvalidTransition, NotAllowed, NotFound, ValidationError
from huishang.core.text import cleaned
from huishang.directory.jurisdiction import Jurisdiction, jurisdiction_of
from huishang.directory.models import Organization, Role, User
from huishang.figures.selectors import percent

SCREENING_ROLES = {Role.OFFICE, Role.ADMIN}
# Who may be named to screen enterprises: the office and the union's officers.
SCREENER_ROLES = {Role.OFFICE, Role.UNION, Role.ADMIN}
# The levels that need a 稳控 plan.
HIGH_LEVELS = {Risk.Level.MAJOR, Risk.Level.SERIOUS}


def _screening_office(by) -> None:
    if not (by.is_authenticated and by.is_active and (by.is_superuser or by.role in SCREENING_ROLES)):
        raise NotAllowed(_("Only the service office runs risk screening."))


def _required(value, field: str) -> str:
    value = cleaned(value or "")
    if not value:
        raise ValidationError(_("This field is required."), field=field)
    return value


def _checked(by, level, responsible_unit) -> None:
    if not (by.is_authenticated and (by.is_superuser or by.role in SCREENING_ROLES)):
        raise NotAllowed(_("Only the service office records risks."))
    if level not in Risk.Level.values:
        raise ValidationError(_("Choose a risk level."), field="level")
    if not isinstance(responsible_unit, Organization) or responsible_unit.kind != Organization.Kind.UNIT:
        raise ValidationError(_("Choose the responsible unit."), field="responsible_unit")
    jurisdiction_of(by).check_organization(responsible_unit, field="responsible_unit")


def _check_campaign(by, campaign, enterprise) -> None:
    """A risk found in a campaign's screening belongs to an enterprise the campaign screens."""
    if campaign is None:
        return
    if not isinstance(campaign, ScreeningCampaign) or not jurisdiction_of(by).covers(campaign.region):
        raise ValidationError(_("Choose a screening campaign of your jurisdiction."), field="campaign")
    if enterprise is None or not campaign.targets.filter(enterprise=enterprise).exists():
        raise ValidationError(_("The enterprise is not one this campaign screens."), field="enterprise")


def _graded(risk: Risk, *, by, from_level: str, reason: str = "") -> None:
    RiskGrading.objects.create(risk=risk, from_level=from_level, to_level=risk.level, at=clock.now(), by=by,
                               reason=reason)


@transaction.atomic
def record_risk(*, by, title, description, category, level, responsible_unit, enterprise=None, region=None,
                campaign=None) -> Risk:
    """A risk found in screening is taken in as a matter of kind risk, with its level and responsible unit; the
    unit, the enterprise and the region lie in the office's jurisdiction, and a campaign's risk belongs to an
    enterprise it screens. The first grading is kept."""
    _checked(by, level, responsible_unit)
    jurisdiction_of(by).check_organization(enterprise, field="enterprise")
    if region is not None:
        jurisdiction_of(by).check(region, field="region")
    _check_campaign(by, campaign, enterprise)
    matter = matter_services.submit_matter(
        by=by, title=title, description=description, category=category, kind=Matter.Kind.RISK,
        source=Matter.Source.OFFICE, enterprise=enterprise, region=region,
    )
    risk = Risk.objects.create(matter=matter, level=level, responsible_unit=responsible_unit,
                               screened_on=clock.today(), screened_by=by, campaign=campaign)
    _graded(risk, by=by, from_level="")
    return risk


@transaction.atomic
def grade_risk(*, by, matter: Matter, level, responsible_unit, campaign=None) -> Risk:
    """A risk matter already taken in gets (or changes) its level and responsible unit; each grading is kept."""
    _checked(by, level, responsible_unit)
    if matter.kind != Matter.Kind.RISK:
        raise ValidationError(_("Only a matter of kind risk has a risk level."), field="matter")
    if not can_view(by, matter):
        raise NotAllowed(_("You cannot act on a matter outside your scope."))
    _check_campaign(by, campaign, matter.enterprise)
    before = Risk.objects.filter(matter=matter).values_list("level", flat=True).first() or ""
    risk, _created = Risk.objects.update_or_create(matter=matter, defaults={
        "level": level, "responsible_unit": responsible_unit, "screened_on": matter.submitted_at.date(),
        "screened_by": by, **({"campaign": campaign} if campaign else {})})
    if before != level:
        _graded(risk, by=by, from_level=before)
    return risk


@transaction.atomic
def regrade(*, by, risk: Risk, level, reason: str) -> Risk:
    """The office moves an open risk to another level with the reason (调整风险等级); every grading is kept."""
    _screening_office(by)
    if not can_view(by, risk.matter):
        raise NotAllowed(_("You cannot act on a matter outside your scope."))
    if level not in Risk.Level.values:
        raise ValidationError(_("Choose a risk level."), field="level")
    if level == risk.level:
        raise ValidationError(_("The risk already has this level."), field="level")
    reason = _required(reason, "reason")
    if risk.matter.state in DONE:
        raise InvalidTransition(_("A resolved risk keeps its last level."), field="level")
    before = risk.level
    if not Risk.objects.filter(pk=risk.pk, level=before).update(level=level):
        raise ConcurrentChange()
    risk.level = level
    _graded(risk, by=by, from_level=before, reason=reason)
    return risk


@transaction.atomic
def record_stability_plan(*, by, risk: Risk, measures: str, person_in_charge: str,
                          review_on: datetime.date) -> StabilityPlan:
    """A major or serious risk gets its 稳控 plan: measures, the person in charge, a review day not in the past; a
    later plan replaces the earlier as the one in force, both kept."""
    _screening_office(by)
    if not can_view(by, risk.matter):
        raise NotAllowed(_("You cannot act on a matter outside your scope."))
    if risk.level not in HIGH_LEVELS:
        raise ValidationError(_("Only a major or serious risk needs a stability plan."), field="risk")
    measures = _required(measures, "measures")
    person = _required(person_in_charge, "person_in_charge")
    if review_on is None:
        raise ValidationError(_("This field is required."), field="review_on")
    if review_on < clock.today():
        raise ValidationError(_("The review day cannot be in the past."), field="review_on")
    return StabilityPlan.objects.create(risk=risk, measures=measures, person_in_charge=person[:64],
                                        review_on=review_on, recorded_by=by, recorded_at=clock.now())


@transaction.atomic
def open_campaign(*, by, title: str, scope: str, region, starts_on: datetime.date,
                  ends_on: datetime.date) -> ScreeningCampaign:
    """The office opens a screening campaign over a region of its jurisdiction, for a span of days."""
    _screening_office(by)
    title, scope = _required(title, "title"), _required(scope, "scope")
    if region is None:
        raise ValidationError(_("This field is required."), field="region")
    jurisdiction_of(by).check(region, field="region")
    if starts_on is None:
        raise ValidationError(_("This field is required."), field="starts_on")
    if ends_on is None or ends_on < starts_on:
        raise ValidationError(_("The campaign ends after it starts."), field="ends_on")
    return ScreeningCampaign.objects.create(title=title[:200], scope=scope, region=region, starts_on=starts_on,
                                            ends_on=ends_on, created_by=by, created_at=clock.now())


@transaction.atomic
def add_target(*, by, campaign: ScreeningCampaign, enterprise, screener) -> ScreeningTarget:
    """The office adds an enterprise of the campaign's region to screen and names who screens it: an officer of the
    office or the union whose jurisdiction holds the enterprise."""
    _screening_office(by)
    jurisdiction_of(by).check(campaign.region, field="campaign")
    if not isinstance(enterprise, Organization) or enterprise.kind != Organization.Kind.ENTERPRISE:
        raise ValidationError(_("Choose an enterprise."), field="enterprise")
    if not (jurisdiction_of(by).covers_organization(enterprise)
            and Jurisdiction(region=campaign.region).covers_organization(enterprise)):
        raise NotAllowed(_("The enterprise lies outside the campaign's region."), field="enterprise")
    if not isinstance(screener, User) or not screener.is_active or not (
            screener.is_superuser or screener.role in SCREENER_ROLES):
        raise ValidationError(_("Choose an officer of the office or the union to screen."), field="screener")
    if not jurisdiction_of(screener).covers_organization(enterprise):
        raise ValidationError(_("The screener's jurisdiction does not hold this enterprise."), field="screener")
    if campaign.targets.filter(enterprise=enterprise).exists():
        raise ValidationError(_("The campaign already screens this enterprise."), field="enterprise")
    return ScreeningTarget.objects.create(campaign=campaign, enterprise=enterprise, screener=screener)


def may_screen(user, target: ScreeningTarget) -> bool:
    """The named screener, or the office whose jurisdiction holds the campaign."""
    if not (user.is_authenticated and user.is_active):
        return False
    if user.pk == target.screener_id:
        return True
    return (user.is_superuser or user.role in SCREENING_ROLES) and jurisdiction_of(user).covers(
        target.campaign.region)


@transaction.atomic
def record_screening(*, by, target: ScreeningTarget, screened_on: datetime.date, finding: str = "") -> ScreeningTarget:
    """An enterprise is marked screened once, on a day of the campaign no later than today, by its screener or the
    office; the finding is kept (risks found are recorded with ``record_risk``)."""
    if not may_screen(by, target):
        raise NotAllowed(_("Only the named screener or the office records this screening."))
    if target.screened_on is not None:
        raise InvalidTransition(_("This enterprise was already screened."), field="screened_on")
    if screened_on is None:
        raise ValidationError(_("This field is required."), field="screened_on")
    campaign = target.campaign
    if screened_on < campaign.starts_on or screened_on > min(campaign.ends_on, clock.today()):
        raise ValidationError(_("The screening day lies within the campaign and not after today."),
                              field="screened_on")
    if not ScreeningTarget.objects.filter(pk=target.pk, screened_on=None).update(
            screened_on=screened_on, screened_by=by, finding=cleaned(finding)):
        raise ConcurrentChange()
    target.refresh_from_db()
    return target


def coverage(campaign: ScreeningCampaign) -> dict:
    """The campaign's enterprises to screen, those screened, and the share in % (screened ÷ to screen); read from
    the counts ``visible_campaigns`` annotates."""
    to_screen, screened = campaign.to_screen, campaign.screened
    return {"to_screen": to_screen, "screened": screened, "coverage": percent(screened, to_screen)}


def may_read_campaigns(user) -> bool:
    return user.is_authenticated and user.is_active and (user.is_superuser or user.role in {
        Role.OFFICE, Role.SUPERVISOR, Role.LEADER, Role.UNION, Role.ADMIN})


def visible_campaigns(user) -> QuerySet[ScreeningCampaign]:
    """The campaigns of the reader's jurisdiction."""
    if not may_read_campaigns(user):
        return ScreeningCampaign.objects.none()
    return ScreeningCampaign.objects.filter(jurisdiction_of(user).within("region")).select_related("region").annotate(
        to_screen=Count("targets"), screened=Count("targets", filter=Q(targets__screened_on__isnull=False)))


def campaign_for(user, pk) -> ScreeningCampaign:
    campaign = visible_campaigns(user).filter(pk=pk).first()
    if campaign is None:
        raise NotFound(_("This screening campaign was not found."))
    return campaign


def needs_plan(risk: Risk) -> bool:
    """A major or serious risk still open without a 稳控 plan."""
    return risk.level in HIGH_LEVELS and risk.matter.state not in DONE and not risk.stability_plans.exists()


def visible_risks(user) -> QuerySet[Risk]:
    """Risks whose matter the user may see (the cases rule)."""
    return Risk.objects.filter(matter__in=visible_matters(user).values("pk")).select_related(
        "matter", "responsible_unit", "matter__enterprise")


def risk_for(user, pk) -> Risk:
    risk = visible_risks(user).filter(pk=pk).first()
    if risk is None:
        raise NotFound(_("This risk was not found."))
    return risk

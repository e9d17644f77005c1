"""Every change to an assessment. Each checks who may do it and in which state, and writes in one transaction."""

from decimal import Decimal, InvalidOperation

from django.db import transaction
from django.utils.translation import gettext as _, pgettext

from huishang.assessment import permissions
from huishang.assessment.models import Assessment, AssessmentRole, Indicator, Participant, Score, SelfReport
from huishang.assessment.selectors import unscored
from huishang.core import clock
from huishang.core.errors import InvalidTransition, NotAllowed, ValidationError
from huishang.core.text import cleaned
from huishang.directory.jurisdiction import jurisdiction_of
from huishang.directory.models import Organization, Role

State = Assessment.State


def _text(value, field: str, label: str, max_length: int | None = None) -> str:
    text = cleaned(value)
    if not text:
        raise ValidationError(_("%(label)s is required.") % {"label": label}, field=field)
    if max_length and len(text) > max_length:
        raise ValidationError(_("%(label)s must be at most %(n)s characters.") % {"label": label, "n": max_length},
                              field=field)
    return text


def _score(value, field: str) -> Decimal:
    try:
        number = Decimal(str(value))
    except (InvalidOperation, ValueError):
        number = Decimal(-1)
    if not number.is_finite() or not Decimal(0) <= number <= Decimal(100):
        raise ValidationError(_("A score lies between 0 and 100."), field=field)
    return number.quantize(Decimal("0.1"))


def _require_state(assessment: Assessment, *states: str) -> None:
    if assessment.state not in states:
        raise InvalidTransition(_("Not possible while the assessment is %(state)s.") % {
            "state": assessment.get_state_display()})


def _require_organiser(user, assessment: Assessment) -> None:
    if not permissions.organises(user, assessment):
        raise NotAllowed(_("Only the organisers of this assessment can do this."))


def _check_person_within(by, person, *, field: str) -> None:
    """A person named on an assessment works inside the acting account's jurisdiction."""
    place = jurisdiction_of(person)
    if not place.wide:
        jurisdiction_of(by).check(place.region, field=field)


def _move(assessment: Assessment, to_state: str, **changes) -> Assessment:
    updated = Assessment.objects.filter(pk=assessment.pk, state=assessment.state).update(state=to_state, **changes)
    if not updated:
        raise InvalidTransition(_("The assessment was changed meanwhile; reload and try again."))
    assessment.refresh_from_db()
    return assessment


@transaction.atomic
def create_assessment(*, by, title, year, organiser: Organization) -> Assessment:
    """A union federation's officer (or the admin) opens a year's assessment of a union in their jurisdiction and
    becomes its organiser."""
    if not isinstance(organiser, Organization) or organiser.kind != Organization.Kind.UNION:
        raise ValidationError(_("Choose the union that runs the assessment."), field="organiser")
    admin = by.is_superuser or by.role == Role.ADMIN
    if not admin and not (by.role == Role.UNION and by.organization_id == organiser.pk):
        raise NotAllowed(_("Only the union's own officers can run its assessment."))
    jurisdiction_of(by).check_organization(organiser, field="organiser")
    if not isinstance(year, int) or not 2000 <= year <= 2100:
        raise ValidationError(_("Give the year assessed."), field="year")
    assessment = Assessment.objects.create(
        title=_text(title, "title", pgettext("assessment", "Title"), 200), year=year, organiser=organiser, region=organiser.region,
        created_at=clock.now(),
    )
    AssessmentRole.objects.create(assessment=assessment, user=by, role=AssessmentRole.Role.ORGANISER)
    return assessment


@transaction.atomic
def add_indicator(*, by, assessment: Assessment, name, weight, rule) -> Indicator:
    """An indicator with its weight and scoring rule is added while the assessment is a draft; weights stay ≤ 100."""
    _require_organiser(by, assessment)
    _require_state(assessment, State.DRAFT)
    name = _text(name, "name", _("Indicator"), 100)
    if not isinstance(weight, int) or weight < 1:
        raise ValidationError(_("The weight is a whole number of points, at least 1."), field="weight")
    used = sum(assessment.indicators.values_list("weight", flat=True))
    if used + weight > 100:
        raise ValidationError(_("The weights would add up to more than 100 (now %(used)s).") % {"used": used},
                              field="weight")
    if assessment.indicators.filter(name=name).exists():
        raise ValidationError(_("This indicator is already there."), field="name")
    return Indicator.objects.create(assessment=assessment, name=name, weight=weight,
                                    rule=_text(rule, "rule", _("Scoring rule")), order=assessment.indicators.count())


@transaction.atomic
def add_participant(*, by, assessment: Assessment, union: Organization) -> Participant:
    """A grassroots union of the organiser's jurisdiction is included while the assessment is a draft."""
    _require_organiser(by, assessment)
    _require_state(assessment, State.DRAFT)
    if not isinstance(union, Organization) or union.kind != Organization.Kind.UNION or union.pk == assessment.organiser_id:
        raise ValidationError(_("Choose a grassroots union."), field="union")
    jurisdiction_of(by).check_organization(union, field="union")
    participant, _created = Participant.objects.get_or_create(assessment=assessment, union=union)
    return participant


@transaction.atomic
def appoint_reviewer(*, by, assessment: Assessment, reviewer) -> AssessmentRole:
    """An organiser names a reviewer of their jurisdiction; the officers of an assessed union cannot review."""
    _require_organiser(by, assessment)
    _require_state(assessment, State.DRAFT, State.OPEN, State.REVIEWING)
    _check_person_within(by, reviewer, field="reviewer")
    if reviewer.role == Role.UNION and assessment.participants.filter(union=reviewer.organization_id).exists():
        raise ValidationError(_("An officer of an assessed union cannot review."), field="reviewer")
    role, _created = AssessmentRole.objects.get_or_create(assessment=assessment, user=reviewer,
                                                          role=AssessmentRole.Role.REVIEWER)
    return role


@transaction.atomic
def open_for_reports(*, by, assessment: Assessment) -> Assessment:
    """The unions may report once the weights add up to exactly 100 and someone is assessed."""
    _require_organiser(by, assessment)
    _require_state(assessment, State.DRAFT)
    total = sum(assessment.indicators.values_list("weight", flat=True))
    if total != 100:
        raise ValidationError(_("The weights add up to %(total)s, not 100.") % {"total": total}, field="weight")
    if not assessment.participants.exists():
        raise ValidationError(_("Add the unions to be assessed first."), field="union")
    return _move(assessment, State.OPEN)


@transaction.atomic
def submit_self_report(*, by, assessment: Assessment, indicator: Indicator, self_score, evidence) -> SelfReport:
    """A grassroots union reports its own score with evidence on each indicator, while reports are open."""
    participant = permissions.own_participant(by, assessment)
    if participant is None:
        raise NotAllowed(_("Only the officers of an assessed union report for it."))
    _require_state(assessment, State.OPEN)
    if indicator.assessment_id != assessment.pk:
        raise ValidationError(_("Choose an indicator of this assessment."), field="indicator")
    report, _created = SelfReport.objects.update_or_create(
        participant=participant, indicator=indicator,
        defaults={"self_score": _score(self_score, "self_score"), "evidence": _text(evidence, "evidence", _("Evidence")),
                  "submitted_by": by, "submitted_at": clock.now()},
    )
    return report


@transaction.atomic
def start_review(*, by, assessment: Assessment) -> Assessment:
    """Self-reports close and the reviewers score."""
    _require_organiser(by, assessment)
    _require_state(assessment, State.OPEN)
    return _move(assessment, State.REVIEWING)


@transaction.atomic
def score(*, by, participant: Participant, indicator: Indicator, value, note="") -> Score:
    """A reviewer scores a union on an indicator (0–100) while the assessment is being reviewed."""
    assessment = participant.assessment
    if not permissions.reviews(by, assessment):
        raise NotAllowed(_("Only the reviewers of this assessment can score."))
    _require_state(assessment, State.REVIEWING)
    if indicator.assessment_id != assessment.pk:
        raise ValidationError(_("Choose an indicator of this assessment."), field="indicator")
    row, _created = Score.objects.update_or_create(
        participant=participant, indicator=indicator, reviewer=by,
        defaults={"score": _score(value, "score"), "note": cleaned(note)[:200], "scored_at": clock.now()},
    )
    return row


@transaction.atomic
def publish(*, by, assessment: Assessment) -> Assessment:
    """The result is published once every union is scored on every indicator; then it is final."""
    _require_organiser(by, assessment)
    _require_state(assessment, State.REVIEWING)
    missing = unscored(assessment)
    if missing:
        raise ValidationError(_("%(n)s scores are still missing.") % {"n": missing}, field="score")
    return _move(assessment, State.PUBLISHED, published_at=clock.now())

"""Every change of a hiring round: creating it, an anonymous application, review, scores, publishing the result."""

import datetime
import re
from decimal import Decimal, InvalidOperation

from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from huishang.core import clock
from huishang.core.errors import ConcurrentChange, InvalidTransition, NotAllowed, NotFound, ValidationError
from huishang.core.text import cleaned
from huishang.recruitment import checks, codes, eligibility, identity
from huishang.recruitment.models import Application, Education, PreferenceRule, Resubmission, Round
from huishang.recruitment.permissions import check_places_in, may_manage
from huishang.suggestions import limits
from huishang.vault.crypto import lookup_hash

PHONE = re.compile(r"^1\d{10}$")


def _text(value, field: str, *, required: bool = True) -> str:
    value = cleaned(value)
    if required and not value:
        raise ValidationError(_("This field is required."), field=field)
    return value


@transaction.atomic
def create_round(*, by, title: str, employer: str, post: str, head_count: int, region, announced_on: datetime.date,
                 deadline: datetime.date, min_education: int, full_time_required: bool = True,
                 born_on_or_after: datetime.date | None = None, conditions_to_confirm: str = "",
                 preferences: str = "", duties: str = "", written_weight: int = 50, interview_weight: int = 50,
                 preference_rule: str = PreferenceRule.NONE, preference_bonus=0,
                 conditions_to_verify: str = "") -> Round:
    """The office announces a round in its region; the two weights add up to 100, the deadline is not before the
    announcement, and the rule by which preferences count in the ranking is stated (a bonus rule with its points)."""
    if not may_manage(by):
        raise NotAllowed(_("Only the service office of the region announces recruitment rounds."))
    if region is None:
        raise ValidationError(_("This field is required."), field="region")
    check_places_in(by, region)
    if not head_count or head_count < 1:
        raise ValidationError(_("The head count must be at least 1."), field="head_count")
    if min_education not in Education.values:
        raise ValidationError(_("Choose an education level."), field="min_education")
    if deadline < announced_on:
        raise ValidationError(_("The deadline cannot be before the announcement."), field="deadline")
    if written_weight + interview_weight != 100:
        raise ValidationError(_("The written test and interview weights must add up to 100."), field="written_weight")
    if preference_rule not in PreferenceRule.values:
        raise ValidationError(_("Choose how the preferences count."), field="preference_rule")
    bonus = _bonus(preference_bonus) if preference_rule == PreferenceRule.BONUS else Decimal(0)
    return Round.objects.create(
        title=_text(title, "title"), employer=_text(employer, "employer"), post=_text(post, "post"),
        head_count=head_count, region=region, announced_on=announced_on, deadline=deadline,
        min_education=min_education, full_time_required=full_time_required, born_on_or_after=born_on_or_after,
        conditions_to_confirm=cleaned(conditions_to_confirm), preferences=cleaned(preferences),
        duties=cleaned(duties), written_weight=written_weight, interview_weight=interview_weight,
        preference_rule=preference_rule, preference_bonus=bonus, conditions_to_verify=cleaned(conditions_to_verify),
    )


def _bonus(value) -> Decimal:
    """The points a preference adds under the bonus rule: more than 0, at most 10, to two decimals."""
    try:
        bonus = Decimal(str(value)).quantize(Decimal("0.01"))
    except (InvalidOperation, ValueError):
        bonus = None
    if bonus is None or not Decimal(0) < bonus <= Decimal(10):
        raise ValidationError(_("Under the bonus rule a preference adds more than 0 and at most 10 points."),
                              field="preference_bonus")
    return bonus


def accepting_applications(round_) -> bool:
    return round_.announced_on <= clock.today() <= round_.deadline and round_.published_at is None


@transaction.atomic
def apply(*, round_: Round, name: str, id_number: str, phone: str, education: int, full_time: bool, school: str,
          major: str = "", has_qualification: bool = False, has_experience: bool = False, resume: str = "",
          confirms_conditions: bool = False) -> tuple[Application | Resubmission, str]:
    """Anyone may apply, without an account, from the announcement to the deadline, once per ID number; the
    conditions are checked at once and the applicant gets a tracking number and a follow-up code.

    Sending the form again with an ID number that already applied gets the same kind of receipt and stores
    no second application (the first one stands): the form must not tell a stranger who types someone's ID
    number whether that person applied.
    """
    if not accepting_applications(round_):
        raise InvalidTransition(_("This round does not accept applications now (deadline %(day)s).") % {
            "day": round_.deadline.strftime("%Y-%m-%d")})
    name = _text(name, "name")
    id_number = _text(id_number, "id_number").upper()
    born_on = identity.birth_date(id_number)
    if born_on is None:
        raise ValidationError(_("This is not a valid resident ID number."), field="id_number")
    phone = _text(phone, "phone")
    if not PHONE.match(phone):
        raise ValidationError(_("Enter an 11-digit mobile number."), field="phone")
    if education not in Education.values:
        raise ValidationError(_("Choose an education level."), field="education")
    school = _text(school, "school")
    if round_.conditions_to_confirm and not confirms_conditions:
        raise ValidationError(_("Confirm that you meet the other conditions."), field="confirms_conditions")
    failed = eligibility.failures(round_, education=education, full_time=full_time, born_on=born_on)
    follow_up_code = codes.new_follow_up_code()
    receipt = {"follow_up_code_hash": codes.hash_code(follow_up_code), "submitted_at": clock.now(),
               "eligible": not failed, "failed_conditions": failed}
    original = _application_of(round_, id_number)
    if original is None:
        try:
            with transaction.atomic():
                return Application.objects.create(
                    round=round_, tracking_number=_next_tracking_number(round_), name=name, id_number=id_number,
                    born_on=born_on, phone=phone, education=education, full_time=bool(full_time), school=school,
                    major=cleaned(major), has_qualification=bool(has_qualification),
                    has_experience=bool(has_experience), resume=cleaned(resume), **receipt,
                ), follow_up_code
        except IntegrityError:
            original = _application_of(round_, id_number)
            if original is None:  # another application took the same tracking number at the same moment
                raise ConcurrentChange()
    # Sent again with the same ID number: the first application stands, the receipt looks the same.
    try:
        with transaction.atomic():
            return Resubmission.objects.create(
                round=round_, original=original, tracking_number=_next_tracking_number(round_), **receipt,
            ), follow_up_code
    except IntegrityError:
        raise ConcurrentChange()


def _application_of(round_: Round, id_number: str) -> Application | None:
    return round_.applications.filter(id_number_hash=lookup_hash(id_number)).first()


def _next_tracking_number(round_: Round) -> str:
    # Applications and resubmissions share one sequence, so neither shows which one a receipt is.
    return codes.tracking_number(round_, round_.applications.count() + round_.resubmissions.count() + 1)


def track(*, tracking_number: str, follow_up_code: str, sender_address: str = "") -> Application | Resubmission:
    """An applicant sees their application only with both the tracking number and the follow-up code; one
    address may look up only so often (limits' "job_track"), so that codes cannot be guessed."""
    with transaction.atomic():
        limits.count_attempt("job_track", sender_address)
    number = (tracking_number or "").strip().upper()
    for model in (Application, Resubmission):
        found = model.objects.select_related("round").filter(tracking_number=number).first()
        if found is not None and codes.code_matches(follow_up_code, found.follow_up_code_hash):
            return found
    raise NotFound(_("No application matches this tracking number and follow-up code."), field="follow_up_code")


def _unpublished(round_: Round) -> None:
    if round_.published_at is not None:
        raise InvalidTransition(_("The result of this round is published; nothing can change any more."))


@transaction.atomic
def review_application(application: Application, *, by, approve: bool, note: str = "") -> Application:
    """The office reviews each application once: it may pass only one that met the automatic check, and
    a failure needs a reason (kept for the office: the applicant reads Application.note_for_applicant)."""
    round_ = application.round
    if not may_manage(by, round_.region):
        raise NotAllowed(_("Only the service office of the region reviews applications."))
    _unpublished(round_)
    if application.review != Application.Review.PENDING:
        raise InvalidTransition(_("This application was already reviewed."))
    if approve and not application.eligible:
        raise InvalidTransition(_("This application does not meet the conditions: %(reasons)s") % {
            "reasons": " ".join(application.reasons)})
    note = cleaned(note)
    if not approve and not note:
        raise ValidationError(_("Give the reason the application fails review."), field="note")
    changed = Application.objects.filter(pk=application.pk, review=Application.Review.PENDING).update(
        review=Application.Review.APPROVED if approve else Application.Review.REJECTED, review_note=note,
        reviewed_at=clock.now(), reviewed_by=by,
    )
    if not changed:
        raise InvalidTransition(_("This application was already reviewed."))
    application.refresh_from_db()
    return application


def _score(value, field: str) -> Decimal:
    try:
        score = Decimal(str(value)).quantize(Decimal("0.01"))
    except (InvalidOperation, ValueError):
        raise ValidationError(_("Enter a score from 0 to 100."), field=field)
    if not Decimal(0) <= score <= Decimal(100):
        raise ValidationError(_("Enter a score from 0 to 100."), field=field)
    return score


@transaction.atomic
def record_scores(application: Application, *, by, written, interview) -> Application:
    """After the deadline the office records the written test and interview scores (0–100) of an
    application that passed review, until the result is published."""
    round_ = application.round
    if not may_manage(by, round_.region):
        raise NotAllowed(_("Only the service office of the region records scores."))
    _unpublished(round_)
    if clock.today() <= round_.deadline:
        raise InvalidTransition(_("Scores are recorded after the application deadline."))
    if application.review != Application.Review.APPROVED:
        raise InvalidTransition(_("Only an application that passed review is scored."))
    Application.objects.filter(pk=application.pk).update(
        written_score=_score(written, "written_score"), interview_score=_score(interview, "interview_score"),
        scored_at=clock.now(), scored_by=by,
    )
    application.refresh_from_db()
    return application


@transaction.atomic
def publish_result(round_: Round, *, by) -> Round:
    """The office publishes the ranking (公示) once every application is reviewed, every one that passed is scored
    and every condition staff verify (checks.required) is checked; a refusal names the applicants not checked."""
    if not may_manage(by, round_.region):
        raise NotAllowed(_("Only the service office of the region publishes the result."))
    _unpublished(round_)
    if clock.today() <= round_.deadline:
        raise InvalidTransition(_("The result is published after the application deadline."))
    applications = round_.applications.all()
    if applications.filter(review=Application.Review.PENDING).exists():
        raise InvalidTransition(_("Some applications still await review."))
    approved = applications.filter(review=Application.Review.APPROVED)
    if not approved.exists():
        raise InvalidTransition(_("No application passed review; there is nothing to publish."))
    if approved.filter(written_score=None).exists() or approved.filter(interview_score=None).exists():
        raise InvalidTransition(_("Some applications that passed review have no scores yet."))
    missing = checks.unchecked(round_)
    if missing:
        raise InvalidTransition(_("Conditions not checked yet: %(applicants)s.") % {"applicants": _("; ").join(
            _("%(number)s %(name)s (%(conditions)s)") % {
                "number": application.tracking_number, "name": application.name,
                "conditions": _(", ").join(checks.label(condition) for condition in left)}
            for application, left in missing)})
    if not Round.objects.filter(pk=round_.pk, published_at=None).update(published_at=clock.now(), published_by=by):
        raise InvalidTransition(_("The result of this round is published; nothing can change any more."))
    round_.refresh_from_db()
    return round_

"""Every change at a job station: registering seekers, posting jobs, matching, outcomes, training."""

from django.db import transaction
from django.utils.translation import gettext as _, pgettext

from huishang.core import clock
from huishang.core.errors import InvalidTransition, ValidationError
from huishang.core.text import cleaned
from huishang.directory.models import Region
from huishang.employment import checks, matcher
from huishang.employment.models import Course, Enrolment, Job, Placement, Seeker
from huishang.employment.permissions import check_region, check_runs_station


def _region(region) -> Region:
    if not isinstance(region, Region):
        raise ValidationError(_("Choose a region."), field="region")
    return region


@transaction.atomic
def register_seeker(
    *, by, station, name, phone, region, skills, available_from, available_to, expected_wage, community="",
    birth_year=None, resident=None,
) -> Seeker:
    """A resident registers at a station (登记) with skills, area, hours and wage expected; staff record it, in an
    area of their jurisdiction."""
    check_runs_station(by, station)
    check_region(by, _region(region))
    name = checks.required_text(name, "name", _("Name"), 64)
    phone = checks.phone_number(phone)
    skills = checks.required_text(skills, "skills", _("Skills"))
    start, end = checks.hours(available_from, available_to, start_field="available_from", end_field="available_to")
    wage = checks.positive_number(expected_wage, "expected_wage", _("Expected wage"))
    return Seeker.objects.create(
        station=station, name=name, phone=phone, region=_region(region), community=cleaned(community),
        skills=skills, available_from=start, available_to=end, expected_wage=wage, birth_year=birth_year,
        resident=resident, registered_at=clock.now(), registered_by=by,
    )


@transaction.atomic
def post_job(
    *, by, station, title, employer, region, skills, starts_at, ends_at, wage, kind=Job.Kind.POSITION, openings=1,
    community="",
) -> Job:
    """An employer's odd job or position is posted at the station by its staff, in an area of their jurisdiction."""
    check_runs_station(by, station)
    check_region(by, _region(region))
    if kind not in Job.Kind.values:
        raise ValidationError(_("Unknown kind of job."), field="kind")
    title = checks.required_text(title, "title", pgettext("employment", "Title"), 100)
    employer = checks.required_text(employer, "employer", pgettext("employment", "Employer"), 128)
    skills = checks.required_text(skills, "skills", _("Skills needed"))
    start, end = checks.hours(starts_at, ends_at, start_field="starts_at", end_field="ends_at")
    wage = checks.positive_number(wage, "wage", _("Wage"))
    openings = checks.positive_number(openings, "openings", _("Openings"))
    return Job.objects.create(
        station=station, kind=kind, title=title, employer=employer, region=_region(region),
        community=cleaned(community), skills=skills, starts_at=start, ends_at=end, wage=wage,
        openings=openings, posted_at=clock.now(), posted_by=by,
    )


@transaction.atomic
def match(*, by, seeker: Seeker, job: Job) -> Placement:
    """Put a seeker forward for an open job of the same station (对接), keeping the matcher's score."""
    check_runs_station(by, job.station)
    if seeker.station_id != job.station_id:
        raise ValidationError(_("The seeker is registered at another station."), field="seeker")
    job = Job.objects.select_for_update().get(pk=job.pk)
    if job.state != Job.State.OPEN:
        raise InvalidTransition(_("This job is already filled."))
    if Placement.objects.filter(seeker=seeker, outcome=Placement.Outcome.HIRED).exists():
        raise InvalidTransition(_("This seeker has already been hired."))
    if Placement.objects.filter(seeker=seeker, job=job).exists():
        raise InvalidTransition(_("This seeker was already put forward for this job."))
    return Placement.objects.create(
        seeker=seeker, job=job, matched_at=clock.now(), matched_by=by, score=matcher.score(job, seeker).score
    )


@transaction.atomic
def record_outcome(*, by, placement: Placement, outcome: str) -> Placement:
    """Record whether the seeker was hired; a job is filled when its openings are all taken."""
    check_runs_station(by, placement.job.station)
    if outcome not in (Placement.Outcome.HIRED, Placement.Outcome.DECLINED):
        raise ValidationError(_("Say whether the seeker was hired."), field="outcome")
    updated = Placement.objects.filter(pk=placement.pk, outcome=Placement.Outcome.PENDING).update(
        outcome=outcome, outcome_at=clock.now()
    )
    if not updated:
        raise InvalidTransition(_("The outcome of this placement is already recorded."))
    placement.refresh_from_db()
    job = placement.job
    if job.placements.filter(outcome=Placement.Outcome.HIRED).count() >= job.openings:
        Job.objects.filter(pk=job.pk).update(state=Job.State.FILLED)
    return placement


@transaction.atomic
def create_course(*, by, station, title, starts_on, ends_on) -> Course:
    """A station schedules a training course."""
    check_runs_station(by, station)
    title = checks.required_text(title, "title", pgettext("employment", "Title"), 100)
    if ends_on < starts_on:
        raise ValidationError(_("The course ends before it starts."), field="ends_on")
    return Course.objects.create(station=station, title=title, starts_on=starts_on, ends_on=ends_on)


@transaction.atomic
def enrol(*, by, course: Course, seeker: Seeker) -> Enrolment:
    """A seeker of the same station enrols on a course, once."""
    check_runs_station(by, course.station)
    if seeker.station_id != course.station_id:
        raise ValidationError(_("The seeker is registered at another station."), field="seeker")
    if Enrolment.objects.filter(course=course, seeker=seeker).exists():
        raise InvalidTransition(_("This seeker is already enrolled."))
    return Enrolment.objects.create(course=course, seeker=seeker, enrolled_at=clock.now())


@transaction.atomic
def complete(*, by, enrolment: Enrolment) -> Enrolment:
    """A trainee completes the course, not before its last day."""
    check_runs_station(by, enrolment.course.station)
    today = clock.today()
    if today < enrolment.course.ends_on:
        raise InvalidTransition(_("The course has not ended yet."))
    if not Enrolment.objects.filter(pk=enrolment.pk, completed_on=None).update(completed_on=today):
        raise InvalidTransition(_("This enrolment is already completed."))
    enrolment.refresh_from_db()
    return enrolment


@transaction.atomic
def record_work_after_training(*, by, enrolment: Enrolment, found_work: bool) -> Enrolment:
    """Once a trainee has completed the course, the station records whether they found work afterwards; a later
    record replaces the earlier one."""
    check_runs_station(by, enrolment.course.station)
    if enrolment.completed_on is None:
        raise InvalidTransition(_("Record the completion of the course first."))
    if not isinstance(found_work, bool):
        raise ValidationError(_("Say whether the trainee found work."), field="found_work")
    Enrolment.objects.filter(pk=enrolment.pk).update(reported_found_work=found_work, reported_at=clock.now())
    enrolment.refresh_from_db()
    return enrolment


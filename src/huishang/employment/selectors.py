"""Reading the job station and the ledger: lookups that honour who may read what, and overviews."""

from django.db.models import BooleanField, Count, Exists, ExpressionWrapper, OuterRef, Q
from django.utils.translation import gettext as _

from huishang.core.errors import NotFound
from huishang.employment.models import (
    Cooperation, Course, EmploymentCentre, Enrolment, Household, Intern, InternshipBase, Job, JobStation, Placement,
    Seeker, Subsidy, TrainingBase,
)
from huishang.employment.permissions import (
    reads_base, reads_centre, reads_station, visible_bases, visible_centres, visible_cooperations, visible_households,
    visible_stations, visible_subsidies, visible_training_bases,
)
from huishang.figures.selectors import Scope


def station_for(user, pk) -> JobStation:
    """A station the user may read; NotFound otherwise, so that others' stations stay unseen."""
    station = visible_stations(user).filter(pk=pk).first()
    if station is None or not reads_station(user, station):
        raise NotFound(_("This job station was not found."))
    return station


def job_for(user, pk) -> Job:
    job = Job.objects.select_related("station", "region").filter(pk=pk).first()
    if job is None or not reads_station(user, job.station):
        raise NotFound(_("This job was not found."))
    return job


def seeker_for(user, pk) -> Seeker:
    seeker = Seeker.objects.select_related("station", "region").filter(pk=pk).first()
    if seeker is None or not reads_station(user, seeker.station):
        raise NotFound(_("This job seeker was not found."))
    return seeker


def placement_for(user, pk) -> Placement:
    placement = Placement.objects.select_related("job__station", "seeker").filter(pk=pk).first()
    if placement is None or not reads_station(user, placement.job.station):
        raise NotFound(_("This placement was not found."))
    return placement


def course_for(user, pk) -> Course:
    course = Course.objects.select_related("station").filter(pk=pk).first()
    if course is None or not reads_station(user, course.station):
        raise NotFound(_("This course was not found."))
    return course


def enrolment_for(user, pk) -> Enrolment:
    enrolment = Enrolment.objects.select_related("course__station", "seeker").filter(pk=pk).first()
    if enrolment is None or not reads_station(user, enrolment.course.station):
        raise NotFound(_("This enrolment was not found."))
    return enrolment


def household_for(user, pk) -> Household:
    household = visible_households(user).filter(pk=pk).first()
    if household is None:
        raise NotFound(_("This household was not found."))
    return household


def filter_households(households, *, q=None, status=None):
    if q:
        q = q.strip()
        households = households.filter(
            Q(number__icontains=q) | Q(community__icontains=q) | Q(members__name__icontains=q)
            | Q(members__skills__icontains=q)
        ).distinct()
    if status:
        households = households.filter(members__status=status).distinct()
    return households.annotate(member_count=Count("members", distinct=True))


def found_work_after(enrolments):
    """Enrolments annotated with ``found_work``: the trainee was hired through a match made once the course began,
    or the station recorded that they found work."""
    hired = Exists(Placement.objects.filter(
        seeker=OuterRef("seeker"), outcome=Placement.Outcome.HIRED, matched_at__date__gte=OuterRef("course__starts_on")))
    # isnull=False keeps SQL's NULL (nothing reported) from turning the whole answer NULL instead of false.
    reported = Q(reported_found_work__isnull=False, reported_found_work=True)
    return enrolments.annotate(found_work=ExpressionWrapper(Q(hired) | reported, output_field=BooleanField()))


def base_for(user, pk) -> InternshipBase:
    """An internship base the user may read; NotFound otherwise."""
    base = visible_bases(user).filter(pk=pk).first()
    if base is None or not reads_base(user, base):
        raise NotFound(_("This internship base was not found."))
    return base


def intern_for(user, pk) -> Intern:
    intern = Intern.objects.select_related("base__enterprise", "base__region", "post").filter(pk=pk).first()
    if intern is None or not visible_bases(user).filter(pk=intern.base_id).exists():
        raise NotFound(_("This intern was not found."))
    return intern


def subsidy_for(user, pk) -> Subsidy:
    subsidy = visible_subsidies(user).filter(pk=pk).first()
    if subsidy is None:
        raise NotFound(_("This subsidy was not found."))
    return subsidy


def bases_with_counts(bases):
    """Bases with how many interns they took and how many of those were hired afterwards."""
    return bases.annotate(intern_count=Count("interns", distinct=True),
                          hired_count=Count("interns", filter=Q(interns__hired_after=True), distinct=True))


def filter_subsidies(subsidies, *, kind=None, date_from=None, date_to=None):
    """Subsidies of a kind, approved from one day to another (both included)."""
    if kind:
        subsidies = subsidies.filter(kind=kind)
    return subsidies.filter(Scope(date_from=date_from, date_to=date_to).moment_range("approved_at"))


def centre_for(user, pk) -> EmploymentCentre:
    """An employment service centre the user may read; NotFound otherwise."""
    centre = visible_centres(user).filter(pk=pk).first()
    if centre is None or not reads_centre(user, centre):
        raise NotFound(_("This employment service centre was not found."))
    return centre


def training_base_for(user, pk) -> TrainingBase:
    base = visible_training_bases(user).filter(pk=pk).first()
    if base is None:
        raise NotFound(_("This training base was not found."))
    return base


def cooperation_for(user, pk) -> Cooperation:
    cooperation = visible_cooperations(user).filter(pk=pk).first()
    if cooperation is None:
        raise NotFound(_("This school–enterprise cooperation was not found."))
    return cooperation


def cooperations_with_counts(cooperations):
    """Cooperations with how many trainees joined them."""
    return cooperations.annotate(trainee_count=Count("trainees"))

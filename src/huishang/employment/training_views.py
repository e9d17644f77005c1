"""Training at a job station: scheduling a course, enrolling seekers, completion and whether work was found."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from huishang.core.errors import DomainError
from huishang.employment import selectors, services
from huishang.employment.forms import CourseForm, EnrolmentForm, WorkAfterTrainingForm
from huishang.employment.views import found, station_page
from huishang.web.errors import show_on_form


@login_required
@require_POST
def course_add(request, pk):
    station = found(selectors.station_for, request.user, pk)
    form = CourseForm(request.POST, prefix="course")
    status = 422
    if form.is_valid():
        try:
            course = services.create_course(by=request.user, station=station, **form.cleaned_data)
        except DomainError as error:
            show_on_form(form, error)
            status = error.http_status
        else:
            messages.success(request, _("The course %(title)s was scheduled.") % {"title": course.title})
            return redirect("employment:station-detail", station.pk)
    return station_page(request, station, course_form=form, status=status)


def _after(request, call, success: str) -> None:
    """Run a service; its refusal is shown on the station page the user returns to."""
    try:
        call()
    except DomainError as error:
        messages.error(request, str(error.message))
    else:
        messages.success(request, success)


@login_required
@require_POST
def enrolment_add(request, pk):
    course = found(selectors.course_for, request.user, pk)
    form = EnrolmentForm(request.POST, prefix=f"enrol{course.pk}", station=course.station)
    if form.is_valid():
        seeker = form.cleaned_data["seeker"]
        _after(request, lambda: services.enrol(by=request.user, course=course, seeker=seeker),
               _("%(name)s was enrolled.") % {"name": seeker.name})
    else:
        messages.error(request, _("Choose a job seeker registered at this station."))
    return redirect("employment:station-detail", course.station_id)


@login_required
@require_POST
def enrolment_complete(request, pk):
    enrolment = found(selectors.enrolment_for, request.user, pk)
    _after(request, lambda: services.complete(by=request.user, enrolment=enrolment),
           _("%(name)s completed the course.") % {"name": enrolment.seeker.name})
    return redirect("employment:station-detail", enrolment.course.station_id)


@login_required
@require_POST
def enrolment_work(request, pk):
    enrolment = found(selectors.enrolment_for, request.user, pk)
    form = WorkAfterTrainingForm(request.POST)
    if form.is_valid():
        _after(request, lambda: services.record_work_after_training(
            by=request.user, enrolment=enrolment, found_work=form.cleaned_data["found_work"]),
            _("Whether %(name)s found work was recorded.") % {"name": enrolment.seeker.name})
    else:
        messages.error(request, _("Say whether the trainee found work."))
    return redirect("employment:station-detail", enrolment.course.station_id)

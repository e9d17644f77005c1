"""Pages of the job station and the household ledger. Views parse input and call the services."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _, pgettext
from django.views.decorators.http import require_POST

from huishang.audit.log import record_event
from huishang.core import clock
from huishang.core.errors import DomainError, NotFound
from huishang.employment import ledger, matcher, selectors, services
from huishang.employment.forms import (
    CourseForm, EnrolmentForm, JobForm, LedgerFilterForm, LedgerImportForm, OutcomeForm, SeekerForm, VisitForm,
)
from huishang.employment.ledger_excel import LedgerRefused, export_ledger, import_ledger
from huishang.employment.models import Enrolment, Placement
from huishang.employment.permissions import keeps_ledger, reaches_employment, runs_station, visible_households, visible_stations
from huishang.employment.selectors import found_work_after
from huishang.web.errors import show_on_form
from huishang.web.listing import Listing

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
LEDGER_PAGE_SIZE = 30
# The household ledger's sortable columns (members: the count filter_households adds).
LEDGER_COLUMNS = {"number": ("number",), "community": ("community",), "members": ("member_count",)}


def found(selector, user, pk):
    try:
        return selector(user, pk)
    except NotFound:
        raise Http404


@login_required
def station_list(request):
    if not reaches_employment(request.user):
        raise PermissionDenied
    return render(request, "employment/station_list.html", {"stations": visible_stations(request.user)})


def station_page(request, station, *, seeker_form=None, job_form=None, course_form=None, status=200):
    runs = runs_station(request.user, station)
    enrolments = Prefetch("enrolments", queryset=found_work_after(Enrolment.objects.select_related("seeker")))
    listed = list(station.courses.prefetch_related(enrolments))
    seeker_choices = list(EnrolmentForm(station=station).fields["seeker"].choices) if runs and listed else None
    courses = [{"course": course, "enrolments": course.enrolments.all(),
                "enrolment_form": EnrolmentForm(prefix=f"enrol{course.pk}", station=station,
                                                seeker_choices=seeker_choices) if runs else None}
               for course in listed]
    context = {
        "station": station, "runs": runs, "courses": courses,
        "seekers": station.seekers.select_related("region")[:50],
        "jobs": station.jobs.select_related("region")[:50],
        "seeker_form": seeker_form or (
            SeekerForm(prefix="seeker", initial={"region": station.region}, user=request.user) if runs else None),
        "job_form": job_form or (
            JobForm(prefix="job", initial={"region": station.region}, user=request.user) if runs else None),
        "course_form": course_form or (CourseForm(prefix="course") if runs else None),
        "today": clock.today(),
    }
    return render(request, "employment/station_detail.html", context, status=status)


@login_required
def station_detail(request, pk):
    return station_page(request, found(selectors.station_for, request.user, pk))


def _posted(request, station, form_class, service, redirect_to, form_key):
    form = form_class(request.POST, prefix=form_key, user=request.user)
    status = 422
    if form.is_valid():
        try:
            created = service(by=request.user, station=station, **form.cleaned_data)
        except DomainError as error:
            show_on_form(form, error)
            status = error.http_status
        else:
            messages.success(request, _("%(name)s was recorded.") % {"name": created})
            return redirect(redirect_to, created.pk)
    return station_page(request, station, status=status, **{f"{form_key}_form": form})


@login_required
@require_POST
def seeker_add(request, pk):
    station = found(selectors.station_for, request.user, pk)
    return _posted(request, station, SeekerForm, services.register_seeker, "employment:seeker-detail", "seeker")


@login_required
@require_POST
def job_add(request, pk):
    station = found(selectors.station_for, request.user, pk)
    return _posted(request, station, JobForm, services.post_job, "employment:job-detail", "job")


@login_required
def job_detail(request, pk):
    job = found(selectors.job_for, request.user, pk)
    context = {"job": job, "runs": runs_station(request.user, job.station), "matches": matcher.seekers_for(job),
               "placements": job.placements.select_related("seeker"), "outcome_form": OutcomeForm()}
    return render(request, "employment/job_detail.html", context)


@login_required
def seeker_detail(request, pk):
    seeker = found(selectors.seeker_for, request.user, pk)
    context = {"seeker": seeker, "runs": runs_station(request.user, seeker.station),
               "matches": matcher.jobs_for(seeker), "placements": seeker.placements.select_related("job"),
               "outcome_form": OutcomeForm()}
    return render(request, "employment/seeker_detail.html", context)


@login_required
@require_POST
def placement_add(request):
    seeker = found(selectors.seeker_for, request.user, request.POST.get("seeker", "0"))
    job = found(selectors.job_for, request.user, request.POST.get("job", "0"))
    try:
        services.match(by=request.user, seeker=seeker, job=job)
    except DomainError as error:
        messages.error(request, str(error.message))
    else:
        messages.success(request, _("%(seeker)s was put forward for %(job)s.") % {"seeker": seeker.name, "job": job})
    if request.POST.get("back") == "seeker":
        return redirect("employment:seeker-detail", seeker.pk)
    return redirect("employment:job-detail", job.pk)


@login_required
@require_POST
def placement_outcome(request, pk):
    placement: Placement = found(selectors.placement_for, request.user, pk)
    form = OutcomeForm(request.POST)
    try:
        if not form.is_valid():
            raise DomainError(_("Say whether the seeker was hired."), field="outcome")
        services.record_outcome(by=request.user, placement=placement, outcome=form.cleaned_data["outcome"])
    except DomainError as error:
        messages.error(request, str(error.message))
    else:
        messages.success(request, _("The outcome was recorded."))
    return redirect("employment:job-detail", placement.job_id)


@login_required
def ledger_list(request):
    if not reaches_employment(request.user):
        raise PermissionDenied
    listing = Listing(request, "households", columns=LEDGER_COLUMNS, default="number", page_size=LEDGER_PAGE_SIZE)
    if listing.redirect:
        return listing.redirect
    households = visible_households(request.user)
    filters = LedgerFilterForm(request.GET or None)
    criteria = filters.cleaned_data if filters.is_valid() else {}
    households = selectors.filter_households(households, q=criteria.get("q"), status=criteria.get("status"))
    page = listing.page(households.order_by("number"))
    return render(request, "employment/ledger_list.html", {
        "page": page, "filters": filters, "listing": listing, "import_form": LedgerImportForm(user=request.user)})


@login_required
@require_POST
def ledger_import(request):
    form = LedgerImportForm(request.POST, request.FILES, user=request.user)
    row_errors, status = [], 422
    if form.is_valid():
        try:
            counts = import_ledger(by=request.user, region=form.cleaned_data["region"],
                                   upload=form.cleaned_data["file"])
        except LedgerRefused as refused:
            row_errors = refused.errors
            form.add_error(None, _("The sheet was not imported; nothing was changed."))
        except DomainError as error:
            show_on_form(form, error, {"number": "file"})
            status = error.http_status
        else:
            messages.success(request, _("%(households)s households with %(members)s members were imported.") % counts)
            return redirect("employment:ledger")
    households = selectors.filter_households(visible_households(request.user)).order_by("number")
    return render(request, "employment/ledger_list.html", {
        "page": Paginator(households, LEDGER_PAGE_SIZE).get_page(1), "filters": LedgerFilterForm(), "import_form": form,
        "row_errors": row_errors}, status=status)


@login_required
def ledger_export(request):
    record_event("export", request=request, subject="employment.ledger", detail={"format": "xlsx"})
    response = HttpResponse(export_ledger(visible_households(request.user)), content_type=XLSX)
    response["Content-Disposition"] = 'attachment; filename="minqing-taizhang.xlsx"'
    return response


def _household_page(request, household, form=None, status=200):
    return render(request, "employment/household_detail.html", {
        "household": household, "members": household.members.all(), "visits": household.visits.select_related("by"),
        "visit_form": form or (VisitForm() if keeps_ledger(request.user, household.region) else None),
    }, status=status)


@login_required
def household_detail(request, pk):
    return _household_page(request, found(selectors.household_for, request.user, pk))


@login_required
@require_POST
def visit_add(request, pk):
    household = found(selectors.household_for, request.user, pk)
    form = VisitForm(request.POST)
    status = 422
    if form.is_valid():
        try:
            ledger.record_visit(by=request.user, household=household, **form.cleaned_data)
        except DomainError as error:
            show_on_form(form, error)
            status = error.http_status
        else:
            messages.success(request, pgettext("employment", "The visit was recorded."))
            return redirect("employment:household-detail", household.pk)
    return _household_page(request, household, form, status)

"""The alliance pages for people who take part: dashboard, studios, resource calendars, agreements, report."""

import datetime

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from huishang.alliances import permissions, selectors, services
from huishang.alliances.charts import dashboard_charts
from huishang.alliances.figures import alliance_figures
from huishang.alliances.forms import BookingForm, DecisionForm
from huishang.alliances.models import ActivityPhoto, Alliance
from huishang.alliances.report import yearly_report
from huishang.alliances.report_pdf import yearly_report_pdf
from huishang.cases.selectors import visible_matters
from huishang.core import clock, parsing
from huishang.core.errors import DomainError
from huishang.figures.selectors import Scope
from huishang.web.access import require
from huishang.web.errors import show_on_form

CALENDAR_DAYS = 28


def _visible_alliance(request, pk) -> Alliance:
    """The alliance, for someone who takes part in alliances and whose jurisdiction it reaches (else 404)."""
    require(permissions.takes_part(request.user))
    return get_object_or_404(selectors.visible_alliances(request.user), pk=pk)


@login_required
def alliance_list(request):
    require(permissions.takes_part(request.user))
    today = clock.today()
    rows = [{"alliance": alliance, "studios": alliance.studios_on_day}
            for alliance in selectors.alliances(members_on=today, user=request.user)]
    figures = alliance_figures(Scope(date_to=today), among=selectors.visible_alliances(request.user), members_on=today)
    return render(request, "alliances/list.html", {"rows": rows, "figures": figures})


@login_required
def dashboard(request, pk):
    alliance = _visible_alliance(request, pk)
    today = clock.today()
    return render(request, "alliances/dashboard.html", {
        "alliance": alliance,
        "figures": alliance_figures(Scope(date_to=today), alliance, members_on=today),
        "members": alliance.memberships.select_related("studio", "studio__region").order_by("studio__region__code"),
        "seats": alliance.seats.all(),
        "terms": alliance.rotation_terms.select_related("host", "handover"),
        "resources": alliance.resources.select_related("owner"),
        "agreements": selectors.agreements_of(alliance, request.user),
        "achievements": selectors.visible_achievements(request.user, alliance).prefetch_related("studios"),
        "activities": alliance.activities.select_related("meeting").prefetch_related("photos")[:30],
        "experts": alliance.experts.select_related("studio", "organization"),
        "matters": visible_matters(request.user).filter(alliance_link__alliance=alliance),
        "joint_meetings": alliance.joint_meetings.select_related("meeting"),
        "manages": permissions.manages(request.user, alliance),
        "leads_a_member": alliance.memberships.filter(studio__leader=request.user, left_on__isnull=True).exists(),
        "progress_reporter_of": set(
            alliance.agreements.filter(parties__leader=request.user).values_list("pk", flat=True)),
        "years": range(today.year, alliance.founded_on.year - 1, -1),
        "charts": dashboard_charts(alliance),
    })


@login_required
def report(request, pk, year):
    alliance = _visible_alliance(request, pk)
    if not parsing.FIRST_YEAR <= year <= parsing.LAST_YEAR:
        raise Http404  # the calendar has no such year
    if request.GET.get("format") == "pdf":
        body, content_type, suffix = yearly_report_pdf(alliance, year, user=request.user), "application/pdf", "pdf"
    else:
        body, suffix = yearly_report(alliance, year, user=request.user), "docx"
        content_type = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    response = HttpResponse(body, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="alliance-{alliance.pk}-{year}.{suffix}"'
    return response


@login_required
def studio_detail(request, pk):
    require(permissions.takes_part(request.user))
    studio = get_object_or_404(selectors.visible_studios(request.user).select_related("host", "region"), pk=pk)
    return render(request, "alliances/studio.html", {
        "studio": studio, "may_edit": permissions.leads(request.user, studio),
        "memberships": studio.memberships.filter(alliance__in=selectors.visible_alliance_ids(request.user))
        .select_related("alliance"),
        "achievements": selectors.visible_achievements(request.user).filter(studios=studio),
        "agreements": selectors.visible_agreements(request.user).filter(parties=studio),
    })


@login_required
def resource_detail(request, pk):
    require(permissions.takes_part(request.user))
    resource = get_object_or_404(
        selectors.visible_resources(request.user).select_related("alliance", "owner", "keeper"), pk=pk)
    form = BookingForm(request.POST or None, user=request.user)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                services.book_resource(resource, by=request.user, **form.cleaned_data)
            except DomainError as error:
                show_on_form(form, error)
                status = error.http_status
            else:
                messages.success(request, _("The booking was sent to the owner for approval."))
                return redirect("alliances:resource", resource.pk)
        else:
            status = 422
    try:
        first = datetime.date.fromisoformat(request.GET.get("from", ""))
    except ValueError:
        first = clock.today()
    return render(request, "alliances/resource.html", {
        "resource": resource, "form": form, "may_book": form.fields["studio"].queryset.exists(),
        "calendar": selectors.calendar(resource, first, CALENDAR_DAYS),
        "bookings": resource.bookings.select_related("studio").order_by("-starts_on")[:50],
        "keeps": permissions.keeps(request.user, resource),
        "manages": permissions.manages(request.user, resource.alliance),
        "earlier": first - datetime.timedelta(days=CALENDAR_DAYS), "later": first + datetime.timedelta(days=CALENDAR_DAYS),
    }, status=status)


@login_required
@require_POST
def booking_decide(request, pk):
    booking = get_object_or_404(selectors.visible_bookings(request.user), pk=pk)
    require(permissions.keeps(request.user, booking.resource))
    form = DecisionForm(request.POST)
    if form.is_valid():
        decide = services.approve_booking if form.cleaned_data["decision"] == "approve" else services.refuse_booking
        try:
            decide(booking, by=request.user, note=form.cleaned_data["note"])
        except DomainError as error:
            messages.error(request, str(error.message))
        else:
            messages.success(request, _("The booking was decided."))
    return redirect("alliances:resource", booking.resource_id)


def _file_response(field_file):
    if not field_file:
        raise Http404
    return FileResponse(field_file.open("rb"), as_attachment=True, filename=field_file.name.rsplit("/", 1)[-1])


@login_required
def agreement_attachment(request, pk):
    require(permissions.takes_part(request.user))
    return _file_response(get_object_or_404(selectors.visible_agreements(request.user), pk=pk).attachment)


@login_required
def charter(request, pk):
    return _file_response(_visible_alliance(request, pk).charter)


@login_required
def activity_photo(request, pk):
    require(permissions.takes_part(request.user))
    photos = ActivityPhoto.objects.filter(activity__alliance__in=selectors.visible_alliance_ids(request.user))
    return _file_response(get_object_or_404(photos, pk=pk).image)

"""Pages of the "1+N" system: the employment service centres, and a centre comparing its stations' figures for a
period. Views parse input and call the services in ``centres``."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from huishang.core.errors import DomainError
from huishang.directory.jurisdiction import jurisdiction_of
from huishang.employment import centres, selectors
from huishang.employment.cooperation_forms import CentreForm, PeriodForm, PlaceStationForm
from huishang.employment.figures import station_figures, station_totals
from huishang.employment.permissions import (
    may_open_centres, opens_centres, reaches_employment, stations_of_centre, visible_centres,
)
from huishang.employment.views import found
from huishang.figures.selectors import Scope
from huishang.web.errors import show_on_form


def _list_page(request, form=None, status=200):
    return render(request, "employment/centre_list.html", {
        "centres": visible_centres(request.user).annotate(station_count=Count("stations")),
        "form": form or (CentreForm(user=request.user) if may_open_centres(request.user) else None),
    }, status=status)


@login_required
def centre_list(request):
    if not reaches_employment(request.user):
        raise PermissionDenied
    return _list_page(request)


@login_required
@require_POST
def centre_add(request):
    if not may_open_centres(request.user):
        raise PermissionDenied
    form = CentreForm(request.POST, user=request.user)
    status = 422
    if form.is_valid():
        try:
            centre = centres.open_centre(by=request.user, **form.cleaned_data)
        except DomainError as error:
            show_on_form(form, error)
            status = error.http_status
        else:
            messages.success(request, _("%(name)s was opened.") % {"name": centre.name})
            return redirect("employment:centre-detail", centre.pk)
    return _list_page(request, form, status)


def _centre_page(request, centre, place_form=None, status=200):
    period = PeriodForm(request.GET or None)
    criteria = period.cleaned_data if period.is_valid() else {}
    rows = station_figures(Scope(date_from=criteria.get("date_from"), date_to=criteria.get("date_to")),
                           stations_of_centre(request.user, centre))
    totals = station_totals(rows)
    acts = opens_centres(request.user, centre.region)
    return render(request, "employment/centre_detail.html", {
        "centre": centre, "rows": rows, "totals": totals, "period": period,
        # Stations of the centre outside the reader's jurisdiction are left out of the comparison, and said so.
        "hidden": centre.stations.exclude(jurisdiction_of(request.user).within("region")).count(),
        "place_form": place_form or (PlaceStationForm(user=request.user, centre=centre) if acts else None),
    }, status=status)


@login_required
def centre_detail(request, pk):
    return _centre_page(request, found(selectors.centre_for, request.user, pk))


@login_required
@require_POST
def centre_station(request, pk):
    centre = found(selectors.centre_for, request.user, pk)
    if not opens_centres(request.user, centre.region):
        raise PermissionDenied
    form = PlaceStationForm(request.POST, user=request.user, centre=centre)
    status = 422
    if form.is_valid():
        try:
            station = centres.place_station(by=request.user, station=form.cleaned_data["station"], centre=centre)
        except DomainError as error:
            show_on_form(form, error, {"centre": "station"})
            status = error.http_status
        else:
            messages.success(request, _("%(station)s now belongs to %(centre)s.") % {
                "station": station.name, "centre": centre.name})
            return redirect("employment:centre-detail", centre.pk)
    return _centre_page(request, centre, form, status)

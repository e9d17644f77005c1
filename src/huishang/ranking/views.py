"""Pages of the monthly unit ranking: a month's table per kind of unit (publish and correct it, download its
通报), and the office's scheme."""

import datetime

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from huishang.core import clock
from huishang.core.errors import DomainError, NotAllowed, NotFound, ValidationError
from huishang.directory.jurisdiction import jurisdiction_of, served_regions
from huishang.ranking import bulletin, permissions, selectors, services
from huishang.ranking.forms import SchemeForm
from huishang.ranking.models import Rate, UnitKind
from huishang.web.errors import show_on_form

DOCUMENTS = {"docx": ("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                      bulletin.bulletin_docx),
             "pdf": ("application/pdf", bulletin.bulletin_pdf)}


def _region(request):
    try:
        code = request.GET.get("region") or request.POST.get("region")
        return selectors.region_named(code) if code else selectors.default_region(request.user)
    except NotFound:
        raise Http404 from None


def _month(text: str) -> datetime.date:
    try:
        return selectors.parse_month(text)
    except ValidationError:
        raise Http404 from None


def _month_url(month: datetime.date, region) -> str:
    url = reverse("ranking:month", kwargs={"month": f"{month:%Y-%m}"})
    return f"{url}?region={region.code}" if region is not None else url


@login_required
@require_GET
def index(request):
    """The last month whose period has ended; for a reader of published months only (a unit handler), the last
    month published, so that the menu does not lead it to a month it may not read yet."""
    region = _region(request)
    if not permissions.reads_published(request.user, region):
        raise PermissionDenied
    month = selectors.previous_month(clock.today().replace(day=1))
    if not permissions.reads_live(request.user, region):
        latest = selectors.published_months(request.user, region=region).first()
        month = latest.month if latest is not None else month
    return redirect(_month_url(month, region))


def _tables(ranking: dict) -> list[dict]:
    rates = [rate for rate in Rate.values if rate in ranking["scheme"]["weights"]]
    tables = []
    for kind in UnitKind.values:
        of_kind = [line for line in ranking["units"] if line["kind"] == kind]
        if of_kind:
            tables.append({"kind": kind, "label": UnitKind(kind).label, "lines": [
                {**line, "cells": [(rate, line["rates"][rate]) for rate in rates]} for line in of_kind]})
    return tables


@login_required
@require_GET
def month_page(request, month):
    first_day, region = _month(month), _region(request)
    try:
        ranking = selectors.month_ranking(request.user, month=first_day, region=region)
    except NotAllowed as refusal:
        if permissions.own_unit_ranked(request.user, region) is None:
            raise PermissionDenied from None
        return render(request, "ranking/month.html", {"refusal": refusal.message, "month": first_day,
                                                      "region": region, **_chooser(first_day)}, status=403)
    manages = permissions.manages(request.user, region)
    period_over = datetime.date.fromisoformat(ranking["period"]["to"]) < clock.today()
    return render(request, "ranking/month.html", {
        "ranking": ranking, "month": first_day, "region": region, "tables": _tables(ranking),
        "rates": [Rate(rate) for rate in Rate.values if rate in ranking["scheme"]["weights"]],
        "may_publish": manages and not ranking["published"] and period_over,
        "may_correct": manages and ranking["published"], "manages": manages, **_chooser(first_day, request.user),
        "drills": permissions.reads_live(request.user, region),
    })


def _chooser(month: datetime.date, user=None) -> dict:
    """The month chooser's steps; for a deployment-wide account, the served places it may rank apart."""
    places = list(served_regions()) if user is not None and jurisdiction_of(user).wide else []
    return {"previous": selectors.previous_month(month), "next": (month + datetime.timedelta(days=32)).replace(day=1),
            "month_value": f"{month:%Y-%m}", "places": places}


@login_required
@require_GET
def choose_month(request):
    """The month chooser's form: go to the month typed (YYYY-MM), without one to the latest closed month."""
    region = _region(request)
    if not permissions.reads_published(request.user, region):
        raise PermissionDenied
    try:
        month = selectors.parse_month(request.GET.get("month", ""))
    except ValidationError:
        month = selectors.previous_month(clock.today().replace(day=1))
    return redirect(_month_url(month, region))


@login_required
@require_GET
def drill(request, month, unit_id, rate):
    """The matters behind one unit's rate in a month, as the records give them now: for those who read the
    region's live ranking, and for a unit handler its own unit's."""
    first_day, region = _month(month), _region(request)
    own = permissions.own_unit_ranked(request.user, region)
    if not (permissions.reads_live(request.user, region) or (own is not None and own.pk == unit_id)):
        raise PermissionDenied
    unit = selectors.ranked_units(region).filter(pk=unit_id).first()
    if unit is None or rate not in Rate.values:
        raise Http404
    records = selectors.counted_records(month=first_day, region=region, unit=unit, rate=rate)
    return render(request, "ranking/drill.html", {
        "month": first_day, "month_value": month, "region": region, "unit": unit, "rate": Rate(rate),
        "records": records, "counted": sum(record["counted"] for record in records)})


@login_required
@require_POST
def publish(request, month):
    """Publish the month, or with a reason publish its corrected version (the office only)."""
    first_day, region = _month(month), _region(request)
    if not permissions.manages(request.user, region):
        raise PermissionDenied
    try:
        if request.POST.get("reason") is not None:
            published = services.correct(by=request.user, month=first_day, region=region,
                                         reason=request.POST.get("reason", ""))
        else:
            published = services.publish(by=request.user, month=first_day, region=region,
                                         summary=request.POST.get("summary", ""))
    except DomainError as error:
        messages.error(request, str(error.message))
    else:
        messages.success(request, _("Published as %(number)s.") % {"number": published.document_number})
    return redirect(_month_url(first_day, region))


@login_required
@require_GET
def document(request, month, version, fmt):
    """The 通报 of a published version, as Word or PDF, made from its frozen record."""
    first_day, region = _month(month), _region(request)
    if not permissions.reads_published(request.user, region):
        raise PermissionDenied
    published = selectors.published_versions(month=first_day, region=region).filter(version=version).first()
    if published is None or fmt not in DOCUMENTS:
        raise Http404
    content_type, write = DOCUMENTS[fmt]
    response = HttpResponse(write(selectors.bulletin_of(published)), content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="ranking-{month}-v{version}.{fmt}"'
    return response


@login_required
def scheme_page(request):
    """The office edits its region's scheme of a year; others who read the ranking see it."""
    region = _region(request)
    if not permissions.reads_published(request.user, region):
        raise PermissionDenied
    try:
        year = int(request.GET.get("year") or clock.today().year)
    except ValueError:
        raise Http404 from None
    scheme = selectors.scheme_for(region=region, year=year)
    manages = permissions.manages(request.user, region)
    form = SchemeForm.of(scheme, request.POST if request.method == "POST" and manages else None)
    status = 200
    if request.method == "POST":
        if not manages:
            raise PermissionDenied
        if form.is_valid():
            try:
                services.update_scheme(by=request.user, region=region, year=year, **form.scheme_values())
            except DomainError as error:
                show_on_form(form, error, {"weights": None})
            else:
                messages.success(request, _("The scheme is saved."))
                url = reverse("ranking:scheme") + f"?year={year}"
                return redirect(url + (f"&region={region.code}" if region is not None else ""))
        status = 400
    return render(request, "ranking/scheme.html", {"form": form, "scheme": scheme, "year": year, "region": region,
                                                   "manages": manages, "saved": scheme.pk is not None}, status=status)

"""Pages of the subsidy ledger: the list with totals by kind and the entry form, a subsidy with its payment, the
.xlsx export. Views parse input and call the services in ``subsidies``."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from huishang.audit.log import record_event
from huishang.core.errors import DomainError
from huishang.employment import selectors, subsidies
from huishang.employment.internship_forms import PaymentForm, SubsidyFilterForm, SubsidyForm
from huishang.employment.models import SubsidyKind
from huishang.employment.permissions import enters_subsidies, keeps_subsidy_ledger, reads_subsidies, visible_subsidies
from huishang.employment.subsidy_excel import export_subsidies
from huishang.employment.views import XLSX, found
from huishang.web.errors import show_on_form

PAGE_SIZE = 30
# The service's names of fields the form names otherwise.
FORM_FIELDS = {"amount_fen": "amount_yuan"}


def _initial_from_intern(request) -> dict:
    """An internship subsidy started from an intern's row: the intern, the base and the internship's days."""
    if not request.GET.get("intern", "").isdigit():
        return {}
    try:
        intern = selectors.intern_for(request.user, request.GET["intern"])
    except DomainError:
        return {}
    return {"kind": SubsidyKind.INTERNSHIP, "intern": intern.pk, "beneficiary": "enterprise",
            "enterprise": intern.base.enterprise_id, "period_from": intern.starts_on, "period_to": intern.last_day}


def _filtered(request):
    # Its own ids: the entry form on the same page has fields of the same names.
    filters = SubsidyFilterForm(request.GET or None, auto_id="filter_%s")
    criteria = filters.cleaned_data if filters.is_valid() else {}
    rows = selectors.filter_subsidies(visible_subsidies(request.user), kind=criteria.get("kind"),
                                      date_from=criteria.get("date_from"), date_to=criteria.get("date_to"))
    return filters, criteria, rows


def _list_page(request, form=None, status=200):
    filters, _criteria, rows = _filtered(request)
    page = Paginator(rows, PAGE_SIZE).get_page(request.GET.get("page"))
    totals = subsidies.totals_by_kind(rows)
    if form is None and enters_subsidies(request.user):
        form = SubsidyForm(user=request.user, initial=_initial_from_intern(request))
    return render(request, "employment/subsidy_list.html", {
        "page": page, "filters": filters, "totals": totals, "form": form,
        "query": request.GET.urlencode(),
    }, status=status)


@login_required
def subsidy_list(request):
    if not reads_subsidies(request.user):
        raise PermissionDenied
    return _list_page(request)


@login_required
@require_POST
def subsidy_add(request):
    if not enters_subsidies(request.user):
        raise PermissionDenied
    form = SubsidyForm(request.POST, user=request.user)
    status = 422
    if form.is_valid():
        try:
            subsidy = subsidies.record_subsidy(by=request.user, **form.service_arguments())
        except DomainError as error:
            show_on_form(form, error, FORM_FIELDS)
            status = error.http_status
        else:
            messages.success(request, _("The subsidy was entered in the ledger."))
            return redirect("employment:subsidy-detail", subsidy.pk)
    return _list_page(request, form, status)


def _detail_page(request, subsidy, form=None, status=200):
    may_pay = subsidy.paid_on is None and keeps_subsidy_ledger(request.user, subsidy.region)
    return render(request, "employment/subsidy_detail.html", {
        "subsidy": subsidy, "amount": subsidies.yuan(subsidy.amount_fen),
        "payment_form": form or (PaymentForm() if may_pay else None),
    }, status=status)


@login_required
def subsidy_detail(request, pk):
    return _detail_page(request, found(selectors.subsidy_for, request.user, pk))


@login_required
@require_POST
def subsidy_pay(request, pk):
    subsidy = found(selectors.subsidy_for, request.user, pk)
    if not keeps_subsidy_ledger(request.user, subsidy.region):
        raise PermissionDenied
    form = PaymentForm(request.POST)
    status = 422
    if form.is_valid():
        try:
            subsidies.record_payment(subsidy, by=request.user, paid_on=form.cleaned_data["paid_on"])
        except DomainError as error:
            show_on_form(form, error)
            status = error.http_status
        else:
            messages.success(request, _("The payment was recorded."))
            return redirect("employment:subsidy-detail", subsidy.pk)
    return _detail_page(request, subsidy, form, status)


def _period(criteria) -> str:
    start, end = criteria.get("date_from"), criteria.get("date_to")
    return f"{start or '—'} 至 {end or '—'}" if start or end else "全部"


@login_required
def subsidy_export(request):
    if not reads_subsidies(request.user):
        raise PermissionDenied
    _filters, criteria, rows = _filtered(request)
    record_event("export", request=request, subject="employment.subsidies", detail={"format": "xlsx"})
    filed_by = request.user.organization.name if request.user.organization_id else str(request.user)
    response = HttpResponse(export_subsidies(rows, filed_by=filed_by, period=_period(criteria)), content_type=XLSX)
    response["Content-Disposition"] = 'attachment; filename="butie-taizhang.xlsx"'
    return response

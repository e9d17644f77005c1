"""The pipeline board with its funnel, a lead's page (move it on, drop it, change its owner, log visits) and
opening a lead."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Case, Value, When
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _, pgettext
from django.views.decorators.http import require_POST

from huishang.core import clock
from huishang.core.errors import DomainError
from huishang.promotion import landed, selectors, services
from huishang.promotion.forms import (
    AdvanceForm, BusinessLineForm, DropForm, EnterpriseLinkForm, LeadFilterForm, LeadForm, OperationReportForm, OwnerForm,
    SeatPlanForm, VisitForm,
)
from huishang.promotion.models import Stage
from huishang.promotion.permissions import may_manage_lead, may_manage_pipeline, may_read_pipeline, reports_as
from huishang.promotion.services import DROPPABLE_STAGES, NEXT_STAGE
from huishang.web.access import require
from huishang.web.errors import show_on_form
from huishang.web.listing import Listing


def _visible_lead(user, pk):
    lead = selectors.visible_leads(user).filter(pk=pk).first()
    if lead is None:
        raise Http404
    return lead


def _readable_lead(user, pk):
    """A lead of the pipeline the user reads, or a landed project of the user's own enterprise."""
    lead = selectors.readable_leads(user).filter(pk=pk).first()
    if lead is None:
        raise Http404
    return lead


@login_required
def board(request):
    require(may_read_pipeline(request.user))
    leads = selectors.visible_leads(request.user)
    funnel = selectors.funnel(leads)
    context = {
        "columns": selectors.board(leads), "funnel": funnel, "stale_count": selectors.stale_leads(leads).count(),
        "dropped_count": selectors.dropped_count(leads), "stale_after": selectors.stale_after_days(),
        "may_manage": may_manage_pipeline(request.user),
        "chart": {"rows": funnel, "title": _("Investment-promotion funnel")},
    }
    return render(request, "promotion/board.html", context)


LEAD_PAGE_SIZE = 20
# The lead list's sortable columns; a stage sorts in the order a lead goes through them.
LEAD_COLUMNS = {
    "enterprise": ("enterprise_name",),
    "stage": (Case(*(When(stage=stage, then=Value(order)) for order, stage in enumerate(Stage.values))),),
    "seats": ("planned_seats",),
    "activity": ("last_activity_on",),
    "due": ("next_step_due",),
}


@login_required
def lead_list(request):
    require(may_read_pipeline(request.user))
    listing = Listing(request, "leads", columns=LEAD_COLUMNS, default="-activity", page_size=LEAD_PAGE_SIZE)
    if listing.redirect:
        return listing.redirect
    form = LeadFilterForm(request.GET or None)
    page = listing.page(form.filtered(selectors.visible_leads(request.user), user=request.user))
    stale = {lead.pk for lead in page.object_list if selectors.is_stale(lead)}
    return render(request, "promotion/leads.html", {
        "form": form, "page": page, "listing": listing, "stale": stale,
        "may_manage": may_manage_pipeline(request.user)})


@login_required
def lead_new(request):
    require(may_manage_pipeline(request.user))
    form = LeadForm(request.POST or None, user=request.user)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            data = form.cleaned_data
            try:
                lead = services.open_lead(by=request.user, **{**data, "planned_seats": data["planned_seats"] or 0})
            except DomainError as error:
                show_on_form(form, error)
                status = error.http_status
            else:
                messages.success(request, _("The lead %(name)s was recorded.") % {"name": lead.enterprise_name})
                return redirect("promotion:lead", lead.pk)
        else:
            status = 422
    return render(request, "promotion/new.html", {"form": form}, status=status)


def _landed_forms(request, lead, failed: dict) -> dict:
    """The forms of a landed project's page: reports and business lines for its reporters, the seat plan and the
    enterprise link for the office."""
    if lead.stage != Stage.LANDED:
        return {"operation": None}
    reporter = reports_as(request.user, lead) is not None
    office = may_manage_lead(request.user, lead)
    forms = {
        "report_form": failed.get("report") or (OperationReportForm() if reporter else None),
        "line_form": failed.get("line") or (BusinessLineForm(initial={"started_on": clock.today()})
                                            if reporter else None),
        "seat_plan_form": failed.get("seat_plan") or (SeatPlanForm(initial={"version": lead.version})
                                                      if office else None),
        "enterprise_form": failed.get("enterprise") or (EnterpriseLinkForm(user=request.user) if office else None),
    }
    link = getattr(lead, "landed_enterprise", None)
    return {"operation": selectors.operation(lead), "linked_enterprise": link.enterprise if link else None, **forms}


def _lead_page(request, lead, *, advance_form=None, visit_form=None, drop_form=None, owner_form=None, status=200,
               failed=None):
    may_manage = may_manage_lead(request.user, lead)
    next_stage = NEXT_STAGE.get(Stage(lead.stage))
    droppable = lead.stage in DROPPABLE_STAGES
    if may_manage and next_stage and advance_form is None:
        advance_form = AdvanceForm(initial={"to": next_stage, "version": lead.version,
                                            "planned_seats": lead.planned_seats or None})
    if may_manage and visit_form is None:
        visit_form = VisitForm(initial={"visited_on": clock.today()})
    if may_manage and droppable and drop_form is None:
        drop_form = DropForm(initial={"version": lead.version})
    if may_manage and owner_form is None:
        owner_form = OwnerForm(lead=lead, initial={"version": lead.version})
    context = {
        "lead": lead, "stale": selectors.is_stale(lead), "stale_after": selectors.stale_after_days(),
        "next_stage": Stage(next_stage).label if next_stage else None, "signing": next_stage == Stage.SIGNED,
        "advance_form": advance_form if may_manage and next_stage else None,
        "visit_form": visit_form if may_manage else None,
        "drop_form": drop_form if may_manage and droppable else None,
        "owner_form": owner_form if may_manage else None,
        "transitions": lead.transitions.select_related("by"), "visits": lead.visits.select_related("by"),
        "owner_changes": lead.owner_changes.select_related("by", "from_owner", "to_owner"),
        **_landed_forms(request, lead, failed or {}),
    }
    return render(request, "promotion/lead.html", context, status=status)


@login_required
def lead_detail(request, pk):
    return _lead_page(request, _readable_lead(request.user, pk))


@login_required
@require_POST
def lead_advance(request, pk):
    require(may_read_pipeline(request.user))
    lead = _visible_lead(request.user, pk)
    form = AdvanceForm(request.POST)
    if not form.is_valid():
        return _lead_page(request, lead, advance_form=form, status=422)
    lead.version = form.cleaned_data["version"]
    try:
        services.advance(lead, by=request.user, to=form.cleaned_data["to"], note=form.cleaned_data["note"],
                         planned_seats=form.cleaned_data["planned_seats"])
    except DomainError as error:
        show_on_form(form, error)
        return _lead_page(request, _visible_lead(request.user, pk), advance_form=form, status=error.http_status)
    messages.success(request, _("The lead moved on to %(stage)s.") % {"stage": Stage(form.cleaned_data["to"]).label})
    return redirect("promotion:lead", pk)


@login_required
@require_POST
def lead_visit(request, pk):
    require(may_read_pipeline(request.user))
    lead = _visible_lead(request.user, pk)
    form = VisitForm(request.POST)
    if not form.is_valid():
        return _lead_page(request, lead, visit_form=form, status=422)
    try:
        services.record_visit(lead, by=request.user, **form.cleaned_data)
    except DomainError as error:
        show_on_form(form, error)
        return _lead_page(request, _visible_lead(request.user, pk), visit_form=form, status=error.http_status)
    messages.success(request, pgettext("promotion", "The visit was recorded."))
    return redirect("promotion:lead", pk)


def _refused(request, lead, form, error: DomainError) -> None:
    """Put the refusal on the form, or above the page when the user may not see the form at all."""
    show_on_form(form, error)
    if not may_manage_lead(request.user, lead):
        messages.error(request, str(error.message))


@login_required
@require_POST
def lead_drop(request, pk):
    require(may_read_pipeline(request.user))
    lead = _visible_lead(request.user, pk)
    form = DropForm(request.POST)
    if not form.is_valid():
        return _lead_page(request, lead, drop_form=form, status=422)
    lead.version = form.cleaned_data["version"]
    try:
        services.drop(lead, by=request.user, reason=form.cleaned_data["reason"])
    except DomainError as error:
        _refused(request, lead, form, error)
        return _lead_page(request, _visible_lead(request.user, pk), drop_form=form, status=error.http_status)
    messages.success(request, _("The lead was dropped."))
    return redirect("promotion:lead", pk)


@login_required
@require_POST
def lead_owner(request, pk):
    require(may_read_pipeline(request.user))
    lead = _visible_lead(request.user, pk)
    form = OwnerForm(request.POST, lead=lead)
    if not form.is_valid():
        return _lead_page(request, lead, owner_form=form, status=422)
    lead.version = form.cleaned_data["version"]
    try:
        lead = services.change_owner(lead, by=request.user, owner=form.cleaned_data["owner"],
                                     note=form.cleaned_data["note"])
    except DomainError as error:
        _refused(request, lead, form, error)
        return _lead_page(request, _visible_lead(request.user, pk), owner_form=form, status=error.http_status)
    messages.success(request, _("The lead now belongs to %(name)s.") % {"name": lead.owner.get_full_name()})
    return redirect("promotion:lead", pk)


def _landed_step(request, pk, *, form_class, key, call, success, form_kwargs=None):
    """A landed project's page step: the form, the service, the page again with the errors or a redirect."""
    lead = _readable_lead(request.user, pk)
    form = form_class(request.POST, **(form_kwargs or {}))
    if not form.is_valid():
        return _lead_page(request, lead, failed={key: form}, status=422)
    try:
        call(lead, form.cleaned_data)
    except DomainError as error:
        show_on_form(form, error)
        if reports_as(request.user, lead) is None:
            messages.error(request, str(error.message))
        return _lead_page(request, _readable_lead(request.user, pk), failed={key: form}, status=error.http_status)
    messages.success(request, success)
    return redirect("promotion:lead", pk)


@login_required
@require_POST
def lead_report(request, pk):
    return _landed_step(
        request, pk, form_class=OperationReportForm, key="report", success=_("The report was recorded."),
        call=lambda lead, data: landed.report_operation(lead, by=request.user, **data))


@login_required
@require_POST
def lead_business_line(request, pk):
    return _landed_step(
        request, pk, form_class=BusinessLineForm, key="line", success=_("The business line was recorded."),
        call=lambda lead, data: landed.add_business_line(lead, by=request.user, **data))


def _revise(lead, user, data):
    lead.version = data["version"]
    landed.revise_seat_plan(lead, by=user, planned_seats=data["planned_seats"], reason=data["reason"])


@login_required
@require_POST
def lead_seat_plan(request, pk):
    return _landed_step(
        request, pk, form_class=SeatPlanForm, key="seat_plan", success=_("The planned seats were revised."),
        call=lambda lead, data: _revise(lead, request.user, data))


@login_required
@require_POST
def lead_enterprise(request, pk):
    return _landed_step(
        request, pk, form_class=EnterpriseLinkForm, key="enterprise", form_kwargs={"user": request.user},
        success=_("The project is linked to its enterprise record."),
        call=lambda lead, data: landed.link_enterprise(lead, by=request.user, enterprise=data["enterprise"]))

"""The staff pages: the office's list and handling of suggestions, keepers' paper entry."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from huishang.cases.selectors import in_state_order
from huishang.core.errors import DomainError
from huishang.meetings import services as meeting_services
from huishang.meetings.models import AgendaItem, Meeting
from huishang.suggestions import services
from huishang.suggestions.forms import (
    AgendaForm, DecisionForm, ImplementationForm, SuggestionFilterForm, SuggestionForm,
)
from huishang.suggestions.permissions import reads_suggestions
from huishang.core.masking import mask_email, mask_name, mask_phone
from huishang.suggestions.places import regions_of_points
from huishang.suggestions.selectors import agenda_meetings, kept_points, public_stage, visible_suggestions
from huishang.suggestions.web_helpers import client_address
from huishang.web.access import require, role_of
from huishang.web.errors import show_on_form
from huishang.web.listing import Listing

STAFF_LIST_PAGE_SIZE = 20
# The staff list's sortable columns.
STAFF_LIST_COLUMNS = {
    "number": ("matter__number",),
    "channel": ("channel",),
    "point": ("point__name",),
    "state": (in_state_order("matter__state"),),
}


@login_required
def staff_list(request):
    require(reads_suggestions(request.user))
    listing = Listing(request, "suggestions", columns=STAFF_LIST_COLUMNS, page_size=STAFF_LIST_PAGE_SIZE)
    if listing.redirect:
        return listing.redirect
    form = SuggestionFilterForm(request.GET or None)
    page = listing.page(form.filtered(visible_suggestions(request.user)))
    return render(request, "suggestions/staff_list.html", {"form": form, "page": page, "listing": listing})


def _pending_item(suggestion):
    return AgendaItem.objects.filter(matter=suggestion.matter, outcome=AgendaItem.Outcome.PENDING).select_related("meeting").first()


def _detail_page(request, suggestion, forms=None, status=200):
    forms = forms or {}
    upcoming = agenda_meetings(request.user, suggestion.matter)[:20]
    return render(request, "suggestions/staff_detail.html", {
        "suggestion": suggestion, "matter": suggestion.matter, "stage": public_stage(suggestion),
        "contact": {"name": mask_name(suggestion.contact_name), "phone": mask_phone(suggestion.contact_phone),
                    "email": mask_email(suggestion.contact_email)},
        "decision": getattr(suggestion, "decision", None), "implementation": getattr(suggestion, "implementation", None),
        "pending_item": _pending_item(suggestion), "may_handle": role_of(request.user) in services.STAFF_ROLES,
        "agenda_form": forms.get("agenda") or AgendaForm(meetings=Meeting.objects.filter(pk__in=[m.pk for m in upcoming])),
        "decision_form": forms.get("decision") or DecisionForm(user=request.user, matter=suggestion.matter),
        "implementation_form": forms.get("implementation") or ImplementationForm(),
    }, status=status)


def _visible(request, number):
    require(reads_suggestions(request.user))
    return get_object_or_404(visible_suggestions(request.user), matter__number=number)


@login_required
def staff_detail(request, number):
    return _detail_page(request, _visible(request, number))


@login_required
@require_POST
def release(request, number):
    suggestion = _visible(request, number)
    try:
        services.release_held(suggestion, by=request.user)
        messages.success(request, _("Released for publication."))
    except DomainError as refused:
        messages.error(request, str(refused.message))
    return redirect("suggestions:staff-detail", number=number)


@login_required
@require_POST
def put_on_agenda(request, number):
    suggestion = _visible(request, number)
    form = AgendaForm(request.POST, meetings=agenda_meetings(request.user, suggestion.matter))
    if form.is_valid():
        try:
            meeting_services.add_to_agenda(form.cleaned_data["meeting"], suggestion.matter, by=request.user)
            messages.success(request, _("Put on the meeting's agenda."))
            return redirect("suggestions:staff-detail", number=number)
        except DomainError as refused:
            show_on_form(form, refused)
    return _detail_page(request, suggestion, {"agenda": form}, status=422)


@login_required
@require_POST
def decide(request, number):
    suggestion = _visible(request, number)
    form = DecisionForm(request.POST, user=request.user, matter=suggestion.matter)
    item = _pending_item(suggestion)
    if form.is_valid():
        if item is None:
            form.add_error(None, _("Put the suggestion on a meeting's agenda first."))
        else:
            try:
                services.decide_suggestion(item, by=request.user, **form.cleaned_data)
                messages.success(request, _("The meeting's decision is recorded."))
                return redirect("suggestions:staff-detail", number=number)
            except DomainError as refused:
                show_on_form(form, refused)
    return _detail_page(request, suggestion, {"decision": form}, status=422)


@login_required
@require_POST
def publish(request, number):
    suggestion = _visible(request, number)
    form = ImplementationForm(request.POST)
    if form.is_valid():
        try:
            services.publish_implementation(suggestion, by=request.user, text=form.cleaned_data["text"])
            messages.success(request, _("The implementation is published."))
            return redirect("suggestions:staff-detail", number=number)
        except DomainError as refused:
            show_on_form(form, refused)
    return _detail_page(request, suggestion, {"implementation": form}, status=422)


@login_required
def paper_entry(request):
    """A keeper types in a suggestion a visitor left on paper at their collection point."""
    points = kept_points(request.user)
    require(points.exists())
    form = SuggestionForm(request.POST or None, request.FILES or None, regions=regions_of_points(points), points=points)
    form.fields["point"].required = True
    if request.method == "POST" and form.is_valid():
        cleaned = form.cleaned_data
        try:
            receipt = services.submit_suggestion(
                title=cleaned["title"], text=cleaned["text"], category=cleaned["category"], region=cleaned["region"],
                channel="paper", point=cleaned["point"], address=cleaned["address"], latitude=cleaned["latitude"],
                longitude=cleaned["longitude"], contact_name=cleaned["contact_name"],
                contact_phone=cleaned["contact_phone"], contact_email=cleaned["contact_email"],
                photos=cleaned["photos"], sender_address=client_address(request), entered_by=request.user,
            )
            return render(request, "suggestions/paper_receipt.html", {"receipt": receipt})
        except DomainError as refused:
            show_on_form(form, refused)
    return render(request, "suggestions/paper_entry.html", {"form": form}, status=422 if form.errors else 200)

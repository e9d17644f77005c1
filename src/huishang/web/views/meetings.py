"""Meetings: the list, scheduling one, and its page where the agenda is built and decided."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import Count
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from huishang.cases.selectors import visible_matters
from huishang.core.errors import DomainError
from huishang.meetings import services
from huishang.meetings.models import AgendaItem
from huishang.meetings.selectors import agenda_of, visible_meetings
from huishang.web.access import may_organise_meetings, require
from huishang.web.errors import messages_of, show_on_form
from huishang.web.forms.meetings import AgendaAddForm, DecisionForm, NewMeetingForm, decision_unit_choices
from huishang.web.views.lookups import meeting_or_404

PAGE_SIZE = 20


@login_required
def meeting_list(request):
    meetings = visible_meetings(request.user).annotate(items=Count("agenda_items")).order_by("-held_on", "-id")
    page = Paginator(meetings, PAGE_SIZE).get_page(request.GET.get("page"))
    context = {"page": page, "may_organise": may_organise_meetings(request.user)}
    return render(request, "web/meetings/list.html", context)


@login_required
def meeting_new(request):
    require(may_organise_meetings(request.user))
    form = NewMeetingForm(request.POST or None, user=request.user)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                meeting = services.create_meeting(by=request.user, **form.cleaned_data)
            except DomainError as error:
                show_on_form(form, error)
                status = error.http_status
            else:
                messages.success(request, _("%(title)s was scheduled.") % {"title": meeting.title})
                return redirect("web:meeting-detail", meeting.pk)
        else:
            status = 422
    return render(request, "web/meetings/new.html", {"form": form}, status=status)


def render_meeting_page(request, meeting, *, add_form=None, failed_item=None, failed_form=None, status=200):
    """The agenda, with a decision form on each undecided item; a refused form comes back with its message."""
    may_organise = may_organise_meetings(request.user)
    # Staff see the whole agenda; an enterprise or unit sees only the items about its own matters.
    items = agenda_of(meeting).filter(matter__in=visible_matters(request.user).values("pk"))
    rows = []
    unit_choices = None
    for item in items:
        form = None
        if may_organise and item.outcome == AgendaItem.Outcome.PENDING:
            unit_choices = unit_choices or decision_unit_choices(request.user, meeting)
            form = failed_form if item.pk == failed_item else DecisionForm(
                prefix=f"item{item.pk}", user=request.user, meeting=meeting, unit_choices=unit_choices)
        rows.append({"item": item, "form": form})
    shown = any(row["form"] is failed_form for row in rows) if failed_form is not None else True
    context = {
        "meeting": meeting,
        "rows": rows,
        "may_organise": may_organise,
        "add_form": add_form or (AgendaAddForm(user=request.user, meeting=meeting) if may_organise else None),
        "refusal": [] if shown else messages_of(failed_form),
    }
    return render(request, "web/meetings/detail.html", context, status=status)


@login_required
def meeting_detail(request, pk):
    return render_meeting_page(request, meeting_or_404(request.user, pk))


@login_required
@require_POST
def agenda_add(request, pk):
    meeting = meeting_or_404(request.user, pk)
    form = AgendaAddForm(request.POST, user=request.user, meeting=meeting)
    if not form.is_valid():
        return render_meeting_page(request, meeting, add_form=form, status=422)
    try:
        services.add_to_agenda(meeting, form.cleaned_data["matter"], by=request.user)
    except DomainError as error:
        show_on_form(form, error)
        return render_meeting_page(request, meeting, add_form=form, status=error.http_status)
    messages.success(request, _("The matter was put on the agenda."))
    return redirect("web:meeting-detail", meeting.pk)


def _item_or_404(meeting, item_pk, user) -> AgendaItem:
    item = agenda_of(meeting).filter(pk=item_pk, matter__in=visible_matters(user).values("pk")).first()
    if item is None:
        raise Http404
    return item


@login_required
@require_POST
def agenda_remove(request, pk, item_pk):
    meeting = meeting_or_404(request.user, pk)
    item = _item_or_404(meeting, item_pk, request.user)
    try:
        services.remove_from_agenda(item, by=request.user)
    except DomainError as error:
        messages.error(request, str(error.message))
    else:
        messages.success(request, _("%(number)s was taken off the agenda.") % {"number": item.matter.number})
    return redirect("web:meeting-detail", meeting.pk)


@login_required
@require_POST
def agenda_decide(request, pk, item_pk):
    meeting = meeting_or_404(request.user, pk)
    item = _item_or_404(meeting, item_pk, request.user)
    form = DecisionForm(request.POST, prefix=f"item{item.pk}", user=request.user, meeting=meeting)
    status = 422
    if form.is_valid():
        try:
            data = form.cleaned_data
            services.decide(
                item, by=request.user, outcome=data["outcome"], decision=data["decision"],
                lead_unit=data["lead_unit"], supporting_units=data["supporting_units"], due=data["due"],
            )
        except DomainError as error:
            show_on_form(form, error)
            status = error.http_status
        else:
            messages.success(request, _("The decision on %(number)s was recorded.") % {"number": item.matter.number})
            return redirect("web:meeting-detail", meeting.pk)
    return render_meeting_page(request, meeting, failed_item=item.pk, failed_form=form, status=status)

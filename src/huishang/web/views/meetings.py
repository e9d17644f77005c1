"""Meetings: the list, scheduling one, and its page where the agenda is built and decided."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import Count
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from huishang.audit.log import record_event
from huishang.cases.selectors import visible_matters
from huishang.core import clock
from huishang.core.errors import DomainError, NotAllowed, NotFound
from huishang.meetings import services, sheets
from huishang.meetings.documents import FORMATS
from huishang.meetings.models import AgendaItem
from huishang.meetings.selectors import agenda_of, visible_meetings
from huishang.web.access import may_organise_meetings, require
from huishang.web.errors import messages_of, show_on_form
from huishang.web.forms.meetings import (
    AgendaAddForm, DecisionForm, MinutesForm, NewMeetingForm, NoticeForm, decision_unit_choices,
)
from huishang.web.views.lookups import matter_or_404, meeting_or_404

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


def render_meeting_page(request, meeting, *, add_form=None, failed_item=None, failed_form=None, notice_form=None,
                        minutes_form=None, status=200):
    """The notice, the minutes and the agenda, with a decision form on each undecided item once the meeting has
    taken place; a refused form comes back with its message."""
    may_organise = may_organise_meetings(request.user)
    taken_place = services.has_taken_place(meeting)
    # Staff see the whole agenda; an enterprise or unit sees only the items about its own matters.
    items = agenda_of(meeting).filter(matter__in=visible_matters(request.user).values("pk"))
    rows = []
    unit_choices = None
    for item in items:
        form = None
        if may_organise and taken_place and item.outcome == AgendaItem.Outcome.PENDING:
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
        "taken_place": taken_place,
        "notice_form": notice_form or (NoticeForm(user=request.user, initial={
            "chair": meeting.chair_id, "location": meeting.location, "attendees": meeting.attendees,
        }) if may_organise and meeting.held_on >= clock.today() else None),
        "minutes_form": minutes_form or (MinutesForm(initial={"minutes": meeting.minutes})
                                         if may_organise and taken_place else None),
        "sheet_units": sheets.assigned_units(meeting, reader=request.user),
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


@login_required
@require_POST
def meeting_notice(request, pk):
    """The organiser changes the notice (chair, place, attendees) until the meeting's day."""
    meeting = meeting_or_404(request.user, pk)
    require(may_organise_meetings(request.user))
    form = NoticeForm(request.POST, user=request.user)
    if not form.is_valid():
        return render_meeting_page(request, meeting, notice_form=form, status=422)
    try:
        services.update_notice(meeting, by=request.user, **form.cleaned_data)
    except DomainError as error:
        show_on_form(form, error)
        return render_meeting_page(request, meeting, notice_form=form, status=error.http_status)
    messages.success(request, _("The notice was updated."))
    return redirect("web:meeting-detail", meeting.pk)


@login_required
@require_POST
def meeting_minutes(request, pk):
    """The organiser writes the minutes (会议纪要) once the meeting has taken place."""
    meeting = meeting_or_404(request.user, pk)
    require(may_organise_meetings(request.user))
    form = MinutesForm(request.POST)
    if not form.is_valid():
        return render_meeting_page(request, meeting, minutes_form=form, status=422)
    try:
        services.record_minutes(meeting, by=request.user, minutes=form.cleaned_data["minutes"])
    except DomainError as error:
        show_on_form(form, error)
        return render_meeting_page(request, meeting, minutes_form=form, status=error.http_status)
    messages.success(request, _("The minutes were saved."))
    return redirect("web:meeting-detail", meeting.pk)


def _download(request, paper, fmt: str, filename: str, *, subject: str, detail: dict) -> HttpResponse:
    record_event("export", request=request, subject=subject, detail={**detail, "format": fmt})
    content_type, write = FORMATS[fmt]
    response = HttpResponse(write(paper), content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}.{fmt}"'
    return response


def _paper_or_refusal(build, *args, **kwargs):
    try:
        return build(*args, **kwargs)
    except NotFound:
        raise Http404 from None
    except NotAllowed:
        raise PermissionDenied from None


@login_required
@require_GET
def minutes_document(request, pk, fmt):
    """The 会议纪要 as Word or PDF, for whoever may read the meeting."""
    meeting = meeting_or_404(request.user, pk)
    if fmt not in FORMATS:
        raise Http404
    return _download(request, sheets.minutes_paper(meeting, reader=request.user), fmt, f"minutes-{meeting.pk}",
                     subject=f"meetings.Meeting:{meeting.pk}", detail={"action": "打印会议纪要"})


@login_required
@require_GET
def assignment_sheet(request, pk, unit_pk, fmt):
    """A unit's 交办单 of a decided meeting, for the unit itself and the staff."""
    meeting = meeting_or_404(request.user, pk)
    if fmt not in FORMATS:
        raise Http404
    paper = _paper_or_refusal(sheets.assignment_paper, meeting, unit_pk, reader=request.user)
    return _download(request, paper, fmt, f"assignment-sheet-{meeting.pk}-{unit_pk}",
                     subject=f"meetings.Meeting:{meeting.pk}", detail={"action": f"打印交办单 {paper.number}"})


@login_required
@require_GET
def supervision_sheet(request, number, fmt):
    """The 督办单 of a carded matter, for its units and the staff."""
    matter = matter_or_404(request.user, number)
    if fmt not in FORMATS:
        raise Http404
    paper = _paper_or_refusal(sheets.supervision_paper, matter, reader=request.user)
    return _download(request, paper, fmt, f"supervision-sheet-{matter.number}",
                     subject=f"cases.Matter:{matter.pk}", detail={"action": f"打印督办单 {paper.number}"})

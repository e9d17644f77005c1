"""The office's exam pages of a round: sessions with rooms and seats, issuing admission tickets, and the staff
checks of the conditions; the applicant's ticket download is in public_views."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from huishang.core import masking
from huishang.core.errors import DomainError
from huishang.recruitment import checks, tickets
from huishang.recruitment.exam_forms import CheckForm, IssueTicketsForm, SessionForm
from huishang.recruitment.models import AdmissionTicket, Application
from huishang.recruitment.permissions import may_manage, may_read
from huishang.recruitment.sessions import schedule_session
from huishang.recruitment.views import _visible_round
from huishang.web.access import require
from huishang.web.errors import messages_of, show_on_form


def _exams_page(request, round_, *, session_form=None, issue_form=None, status=200):
    manage = may_manage(request.user, round_.region) and round_.published_at is None
    issued = (AdmissionTicket.objects.filter(application__round=round_)
              .select_related("application", "session", "room").order_by("kind", "session__starts_at", "room", "seat"))
    context = {
        "round": round_, "sessions": tickets.sessions_of(round_), "may_manage": manage,
        "tickets": [{"ticket": ticket, "name": masking.mask_name_for_public_list(ticket.application.name)}
                    for ticket in issued],
        "session_form": session_form or SessionForm(), "issue_form": issue_form or IssueTicketsForm(prefix="issue"),
    }
    return render(request, "recruitment/exams.html", context, status=status)


@login_required
def exams(request, pk):
    require(may_read(request.user))
    return _exams_page(request, _visible_round(request.user, pk))


@login_required
@require_POST
def session_new(request, pk):
    require(may_read(request.user))
    round_ = _visible_round(request.user, pk)
    form = SessionForm(request.POST)
    if not form.is_valid():
        return _exams_page(request, round_, session_form=form, status=422)
    try:
        session = schedule_session(round_, by=request.user, **form.cleaned_data)
    except DomainError as error:
        show_on_form(form, error)
        return _exams_page(request, round_, session_form=form, status=error.http_status)
    messages.success(request, _("The %(kind)s session was scheduled.") % {"kind": session.get_kind_display()})
    return redirect("recruitment:exams", pk)


@login_required
@require_POST
def tickets_issue(request, pk):
    require(may_read(request.user))
    round_ = _visible_round(request.user, pk)
    form = IssueTicketsForm(request.POST, prefix="issue")
    if not form.is_valid():
        return _exams_page(request, round_, issue_form=form, status=422)
    try:
        issued = tickets.issue_tickets(round_, by=request.user, kind=form.cleaned_data["kind"])
    except DomainError as error:
        show_on_form(form, error)
        return _exams_page(request, round_, issue_form=form, status=error.http_status)
    messages.success(request, _("%(count)d admission tickets were issued and their holders told.") % {
        "count": len(issued)})
    return redirect("recruitment:exams", pk)


def _checks_page(request, round_, *, failed=None, status=200):
    manage = may_manage(request.user, round_.region) and round_.published_at is None
    rows, placed = [], False
    approved = (round_.applications.filter(review=Application.Review.APPROVED)
                .prefetch_related("checks__checked_by"))
    for application in approved:
        application.round = round_
        done = {check.condition: check for check in application.checks.all()}
        items = []
        for index, condition in enumerate(checks.required(application)):
            form = None
            if manage and condition not in done:
                form = CheckForm(prefix=f"c{application.pk}", initial={"condition": condition})
                if failed is not None and failed[0] == application.pk and failed[1].data.get(
                        f"c{application.pk}-condition") == condition:
                    form, placed = failed[1], True
                # One applicant's forms share the prefix the POST reads; their fields' ids must differ.
                form.auto_id = f"id_{application.pk}_{index}_%s"
            items.append({"condition": condition, "label": checks.label(condition), "check": done.get(condition),
                          "form": form})
        rows.append({"application": application, "items": items})
    # A refusal whose form has no place on the page (the condition was not one to check) is shown above it.
    refusal = messages_of(failed[1]) if failed is not None and not placed else []
    context = {"round": round_, "rows": rows, "may_manage": manage, "unchecked": len(checks.unchecked(round_)),
               "refusal": refusal}
    return render(request, "recruitment/checks.html", context, status=status)


@login_required
def checks_page(request, pk):
    require(may_read(request.user))
    return _checks_page(request, _visible_round(request.user, pk))


@login_required
@require_POST
def condition_check(request, round_pk, pk):
    require(may_read(request.user))
    round_ = _visible_round(request.user, round_pk)
    application = round_.applications.filter(pk=pk).first()
    if application is None:
        raise Http404
    form = CheckForm(request.POST, prefix=f"c{pk}")
    if not form.is_valid():
        return _checks_page(request, round_, failed=(pk, form), status=422)
    try:
        checks.record_check(application, by=request.user, **form.cleaned_data)
    except DomainError as error:
        show_on_form(form, error)
        return _checks_page(request, round_, failed=(pk, form), status=error.http_status)
    messages.success(request, _("The check of %(number)s was recorded.") % {"number": application.tracking_number})
    return redirect("recruitment:checks", round_pk)

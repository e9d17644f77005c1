"""Supervision pages: the board and its Excel export, the actions of the matter page's supervision panel,
and the notifications under the bell. Views parse input and call the services."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from huishang.audit.log import record_event
from huishang.core.errors import DomainError
from huishang.figures.permissions import figures_scope_for
from huishang.supervision import services
from huishang.supervision.export import board_workbook
from huishang.supervision.forms import (
    ESCALATE_QUESTION, SEND_BACK_QUESTION, BoardFilterForm, EscalateForm, ExtensionDecisionForm, ExtensionRequestForm, FollowUpForm, RemindForm,
    SendBackDecisionForm, SendBackRequestForm, VisitForm,
)
from huishang.supervision.models import Card, ExtensionRequest, FollowUp, SendBackRequest
from huishang.supervision.permissions import SUPERVISING_ROLES, may_read_board, role_of
from huishang.supervision.selectors import carded, overdue_matters, pending_send_backs, unit_ranking
from huishang.web.access import require
from huishang.web.confirmation import confirmation_page, is_confirmed, would_succeed
from huishang.web.views.lookups import matter_or_404


def _board_data(request):
    form = BoardFilterForm(request.GET or None)
    data = form.cleaned_data if form.is_valid() else {}
    # The figures default to the reader's jurisdiction (figures.permissions).
    scope = figures_scope_for(request.user, date_from=data.get("date_from"), date_to=data.get("date_to"))
    return form, unit_ranking(scope), overdue_matters(request.user), carded(request.user)


@login_required
def board(request):
    require(may_read_board(request.user))
    form, ranking, overdue, cards = _board_data(request)
    chart = {
        "units": [row["unit"] for row in ranking],
        "series": [
            {"name": _("Resolution rate (%)"), "values": [row["resolution_rate"] for row in ranking]},
            {"name": _("On-time rate (%)"), "values": [row["on_time_rate"] for row in ranking]},
            {"name": _("Satisfaction rate (%)"), "values": [row["satisfaction_rate"] for row in ranking]},
        ],
        "cards": [
            {"name": str(label), "value": sum(1 for card in cards if card.level == level)}
            for level, label in Card.Level.choices
        ],
        "empty": _("No matter was assigned in this period."),
    }
    context = {"form": form, "ranking": ranking, "overdue": overdue[:50], "overdue_count": overdue.count(),
               "cards": cards, "chart": chart, "query": request.GET.urlencode(),
               # One decision form per request, each with its own element ids.
               "send_backs": [(send_back, SendBackDecisionForm(auto_id=f"send-back-{send_back.pk}-%s"))
                              for send_back in pending_send_backs(request.user)],
               # Leaders read the board; only the supervision group decides.
               "may_decide": role_of(request.user) in SUPERVISING_ROLES, "send_back_question": SEND_BACK_QUESTION}
    return render(request, "supervision/board.html", context)


@login_required
def board_export(request):
    require(may_read_board(request.user))
    _form, ranking, overdue, cards = _board_data(request)
    record_event("export", request=request, subject="supervision.board", detail={"format": "xlsx",
                                                                                 "filters": request.GET.dict()})
    response = HttpResponse(
        board_workbook(ranking=ranking, overdue=overdue, cards=cards),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    response["Content-Disposition"] = 'attachment; filename="supervision-board.xlsx"'
    return response


def _act(request, matter, form, perform, success, back_to=None, confirm=None):
    """Call the service with the form's data; a refusal comes back as a message on the matter page
    (or on the page named by ``back_to``). An irreversible step asks ``confirm(data)`` first, when that gives
    a question, once a trial run shows nothing would refuse it (web/confirmation.py)."""
    if form.is_valid():
        question = confirm(form.cleaned_data) if confirm else None
        try:
            if question and not is_confirmed(request):
                would_succeed(lambda: perform(form.cleaned_data))
                return confirmation_page(request, question=question, form=form,
                                         subject=f"{matter.number} {matter.title}",
                                         back_url=reverse("web:matter-detail", args=[matter.number]))
            perform(form.cleaned_data)
        except DomainError as error:
            messages.error(request, str(error.message))
        else:
            messages.success(request, success)
    else:
        for errors in form.errors.values():
            for message in errors:
                messages.error(request, message)
    return redirect(back_to) if back_to else redirect("web:matter-detail", matter.number)


@login_required
@require_POST
def remind(request, number):
    matter = matter_or_404(request.user, number)
    return _act(request, matter, RemindForm(request.POST),
                lambda data: services.remind(matter, by=request.user, note=data["note"]), _("The unit was reminded."))


@login_required
@require_POST
def escalate(request, number):
    matter = matter_or_404(request.user, number)
    return _act(request, matter, EscalateForm(request.POST), lambda data: services.escalate(
        matter, by=request.user, leader=data["leader"], reason=data["reason"]), _("The matter was escalated."),
        confirm=lambda data: ESCALATE_QUESTION)


@login_required
@require_POST
def visit(request, number):
    matter = matter_or_404(request.user, number)
    photos = request.FILES.getlist("photos")
    return _act(request, matter, VisitForm(request.POST), lambda data: services.record_visit(
        matter, by=request.user, method=data["method"], findings=data["findings"], photos=photos),
        _("The supervision review was recorded."))


@login_required
@require_POST
def request_extension(request, number):
    matter = matter_or_404(request.user, number)
    return _act(request, matter, ExtensionRequestForm(request.POST), lambda data: services.request_extension(
        matter, by=request.user, requested_due=data["requested_due"], reason=data["reason"]),
        _("The extension request was sent to the supervision group."))


@login_required
@require_POST
def decide_extension(request, pk):
    extension = get_object_or_404(ExtensionRequest, pk=pk)
    matter = matter_or_404(request.user, extension.matter.number)
    return _act(request, matter, ExtensionDecisionForm(request.POST), lambda data: services.decide_extension(
        extension, by=request.user, approve=data["approve"], note=data["note"]), _("The decision was recorded."))


@login_required
@require_POST
def request_send_back(request, number):
    matter = matter_or_404(request.user, number)
    return _act(request, matter, SendBackRequestForm(request.POST), lambda data: services.request_send_back(
        matter, by=request.user, reason=data["reason"]), _("The send-back request was sent to the supervision group."))


@login_required
@require_POST
def decide_send_back(request, pk):
    send_back = get_object_or_404(SendBackRequest, pk=pk)
    matter = matter_or_404(request.user, send_back.matter.number)
    # Decided on the board, the supervisor stays on the board.
    back_to = "supervision:board" if request.POST.get("from") == "board" else None
    return _act(request, matter, SendBackDecisionForm(request.POST), lambda data: services.decide_send_back(
        send_back, by=request.user, approve=data["approve"], note=data["note"]), _("The decision was recorded."),
        back_to=back_to,
        confirm=lambda data: SEND_BACK_QUESTION if data["approve"] else None)


@login_required
@require_POST
def follow_up(request, pk):
    row = get_object_or_404(FollowUp, pk=pk)
    matter = matter_or_404(request.user, row.matter.number)
    return _act(request, matter, FollowUpForm(request.POST), lambda data: services.record_follow_up(
        row, by=request.user, satisfaction=data["satisfaction"], solved=data["solved"], note=data["note"]),
        _("The follow-up was recorded."))


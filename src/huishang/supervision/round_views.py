"""Review round pages (回访督查): the rounds of the reader's jurisdiction and the form to open one, a round with
its matters, the finding forms of its members, and its report. Views parse input and call supervision/rounds.py."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from huishang.audit.log import record_event
from huishang.core.errors import DomainError
from huishang.directory.jurisdiction import jurisdiction_of
from huishang.supervision import permissions, rounds
from huishang.supervision.forms import FindingForm, FinishForm, RoundForm, RoundMatterForm
from huishang.supervision.models import ReviewRound, RoundMatter
from huishang.supervision.round_report import DOCX, round_report, round_report_pdf
from huishang.web.access import require
from huishang.web.errors import messages_of
from huishang.web.views.lookups import matter_or_404

RULE_CHOICES = [(str(rule), RoundMatter.Reason(rule).label) for rule in rounds.ROUND_RULES]


def _round_form(request, data=None):
    return RoundForm(data, regions=jurisdiction_of(request.user).regions(),
                     members=rounds.members_choice(by=request.user), rules=RULE_CHOICES,
                     initial={"rules": [choice for choice, _label in RULE_CHOICES]})


def _finding_form(data=None, *, entry=None):
    return FindingForm(data, checklist=rounds.CHECKLIST, verdicts=RoundMatter.Verdict.choices,
                       auto_id=f"finding-{entry.pk}-%s" if entry else "id_%s")


@login_required
def round_list(request):
    require(permissions.may_read_rounds(request.user))
    may_run = permissions.may_run_rounds(request.user)
    form, status = (_round_form(request) if may_run else None), 200
    if request.method == "POST":
        require(may_run)
        form = _round_form(request, request.POST)
        if form.is_valid():
            data = form.cleaned_data
            try:
                review_round = rounds.create_round(
                    by=request.user, title=data["title"], period_start=data["period_start"],
                    period_end=data["period_end"], region=data["region"], members=list(data["members"]),
                    rules=data["rules"])
            except DomainError as error:
                form.add_error(None, str(error.message))
            else:
                messages.success(request, _("The review round was opened with %(n)s matters.") % {
                    "n": review_round.entries.count()})
                return redirect("supervision:round", review_round.pk)
        status = 422
    rows = [(row, rounds.figures_of(row)) for row in rounds.visible_rounds(request.user)[:100]]
    return render(request, "supervision/rounds.html", {"rows": rows, "form": form,
                                                       "form_errors": messages_of(form) if form else []},
                  status=status)


def _round_or_404(request, pk) -> ReviewRound:
    review_round = rounds.visible_rounds(request.user).filter(pk=pk).first()
    if review_round is None:
        raise Http404
    return review_round


@login_required
def round_detail(request, pk):
    review_round = _round_or_404(request, pk)
    member = permissions.allowed(permissions.check_round_member, request.user, review_round)
    is_open = review_round.status == ReviewRound.Status.OPEN
    manager = is_open and permissions.allowed(permissions.check_round_manager, request.user, review_round)
    entries = [{"entry": entry, "form": _finding_form(entry=entry) if member and is_open and entry.at is None else None}
               for entry in rounds.entries_of(review_round)]
    return render(request, "supervision/round.html", {
        "round": review_round, "entries": entries, "figures": rounds.figures_of(review_round),
        "members": review_round.members.all(), "checklist": rounds.CHECKLIST,
        "may_adjust": manager, "may_finish": member and is_open,
        "add_form": RoundMatterForm(), "finish_form": FinishForm(),
        "rules": [RoundMatter.Reason(rule).label for rule in review_round.rules],
    })


def _done(request, review_round, perform, success):
    try:
        perform()
    except DomainError as error:
        messages.error(request, str(error.message))
    else:
        messages.success(request, success)
    return redirect("supervision:round", review_round.pk)


def _form_refused(request, review_round, form):
    for message in messages_of(form):
        messages.error(request, message)
    return redirect("supervision:round", review_round.pk)


@login_required
@require_POST
def add_matter(request, pk):
    review_round = _round_or_404(request, pk)
    form = RoundMatterForm(request.POST)
    if not form.is_valid() or not form.cleaned_data["matter"]:
        form.add_error("matter", _("Give the matter's number."))
        return _form_refused(request, review_round, form)
    matter = matter_or_404(request.user, form.cleaned_data["matter"].strip())
    return _done(request, review_round, lambda: rounds.add_matter(review_round, by=request.user, matter=matter),
                 _("The matter was added to the round."))


@login_required
@require_POST
def remove_matter(request, pk, number):
    review_round = _round_or_404(request, pk)
    matter = matter_or_404(request.user, number)
    return _done(request, review_round, lambda: rounds.remove_matter(review_round, by=request.user, matter=matter),
                 _("The matter was taken off the round."))


@login_required
@require_POST
def finding(request, pk, number):
    review_round = _round_or_404(request, pk)
    matter = matter_or_404(request.user, number)
    entry = review_round.entries.filter(matter=matter).select_related("round").first()
    if entry is None:
        raise Http404
    form = _finding_form(request.POST, entry=entry)
    if not form.is_valid():
        return _form_refused(request, review_round, form)
    data = form.cleaned_data
    return _done(request, review_round, lambda: rounds.record_finding(
        entry, by=request.user, method=data["method"], verdict=data["verdict"], checklist=form.checklist(),
        note=data["note"], plan_required=data["plan_required"], satisfaction=data["satisfaction"] or None),
        _("The finding was recorded."))


@login_required
@require_POST
def finish(request, pk):
    review_round = _round_or_404(request, pk)
    form = FinishForm(request.POST)
    summary = form.cleaned_data["summary"] if form.is_valid() else ""
    return _done(request, review_round, lambda: rounds.finish_round(review_round, by=request.user, summary=summary),
                 _("The review round was finished."))


@login_required
def report(request, pk, fmt):
    review_round = _round_or_404(request, pk)
    if fmt not in ("docx", "pdf"):
        raise Http404
    record_event("export", request=request, subject="supervision.round_report",
                 detail={"round": review_round.pk, "format": fmt})
    body = round_report_pdf(review_round) if fmt == "pdf" else round_report(review_round)
    response = HttpResponse(body, content_type="application/pdf" if fmt == "pdf" else DOCX)
    response["Content-Disposition"] = f'attachment; filename="review-round-{review_round.pk}.{fmt}"'
    return response

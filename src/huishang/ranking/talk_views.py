"""The talk (约谈) pages: the talks a reader may see with the bottom units still awaiting one, recording a
talk with its commitments, a talk with its commitments and the unit's rank the month after, and a
commitment marked done. Views parse input and call ranking.talks."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from huishang.core import clock
from huishang.core.errors import DomainError, NotFound
from huishang.directory.jurisdiction import jurisdiction_of
from huishang.ranking import permissions, talks
from huishang.ranking.selectors import parse_month, region_named
from huishang.ranking.talk_forms import CommitmentFormSet, DoneForm, TalkForm
from huishang.web.access import require
from huishang.web.errors import messages_of, show_on_form


def _talk_or_404(user, pk):
    try:
        return talks.talk_of(user, pk)
    except NotFound:
        raise Http404 from None


@require_GET
@login_required
def talk_list(request):
    user = request.user
    require(permissions.reads_talks(user) or permissions.own_talks_unit(user) is not None)
    rows = list(talks.visible_talks(user).order_by("-month", "unit__name")[:200])
    ranks = talks.ranks_beside_each(rows)
    today = clock.today()
    cards = talks.commitment_cards([c for talk in rows for c in talk.commitments.all()], today=today)
    return render(request, "ranking/talks.html", {
        "talks": [{"talk": talk, "ranks": ranks[talk.pk],
                   "open": sum(1 for c in talk.commitments.all() if c.done_at is None),
                   "overdue": sum(1 for c in talk.commitments.all() if c.overdue_on(today)),
                   "card": talks.worst_card(cards[c.pk] for c in talk.commitments.all())} for talk in rows],
        "awaiting": talks.awaiting_talks(user),
    })


def _subject(request):
    """The month, region and flagged unit a new talk is about, from the query; 404 for a unit outside the
    reader's jurisdiction."""
    try:
        month = parse_month(request.GET.get("month", ""))
        region = region_named(request.GET.get("region"))
    except DomainError:
        raise Http404 from None
    require(permissions.records_talks(request.user, region))
    unit = jurisdiction_of(request.user).units().filter(pk=request.GET.get("unit") or 0).first()
    if unit is None:
        raise Http404
    return month, region, unit


def _promises_and_errors(commitments, error: DomainError | None = None):
    """The rows' commitments; a refusal naming commitments.N.field goes beside that row's field."""
    rows = [form for form in commitments if form.promise() is not None]
    if error is not None and error.field and error.field.startswith("commitments."):
        _name, number, field = error.field.split(".")
        rows[int(number)].add_error(field, str(error.message))
    return [form.promise() for form in rows]


@require_http_methods(["GET", "POST"])
@login_required
def talk_new(request):
    month, region, unit = _subject(request)
    line = talks.line_of(talks.latest_publication(month=month, region=region), unit.pk)
    data = request.POST if request.method == "POST" else None
    form = TalkForm(data, initial={"held_on": clock.today()})
    commitments = CommitmentFormSet(data, prefix="commitments")
    status = 200
    if request.method == "POST":
        status = 422
        if form.is_valid() and commitments.is_valid():
            try:
                talk = talks.record_talk(by=request.user, unit=unit, month=month, region=region,
                                         commitments=_promises_and_errors(commitments), **form.cleaned_data)
            except DomainError as error:
                if error.field and error.field.startswith("commitments."):
                    _promises_and_errors(commitments, error)
                else:
                    show_on_form(form, error)
                status = error.http_status
            else:
                messages.success(request, _("The talk with %(unit)s was recorded.") % {"unit": unit.name})
                return redirect("ranking:talk", talk.pk)
    return render(request, "ranking/talk_new.html", {
        "form": form, "commitments": commitments, "unit": unit, "month": month, "region": region, "line": line,
    }, status=status)


@require_GET
@login_required
def talk_detail(request, pk):
    talk = _talk_or_404(request.user, pk)
    today = clock.today()
    keeps = permissions.keeps_commitments(request.user, talk)
    cards = talks.commitment_cards(talk.commitments.all(), today=today)
    return render(request, "ranking/talk_detail.html", {
        "talk": talk, "ranks": talks.ranks_beside(talk), "keeps": keeps, "today": today,
        "commitments": [{"commitment": c, "overdue": c.overdue_on(today), "card": cards[c.pk],
                         "form": DoneForm(auto_id=f"done-{c.pk}-%s") if keeps and c.done_at is None else None}
                        for c in talk.commitments.all()],
    })


@require_POST
@login_required
def commitment_done(request, pk, commitment_pk):
    try:
        commitment = talks.commitment_of(request.user, pk, commitment_pk)
    except NotFound:
        raise Http404 from None
    form = DoneForm(request.POST)
    if not form.is_valid():
        for message in messages_of(form):
            messages.error(request, message)
        return redirect("ranking:talk", pk)
    try:
        talks.mark_done(commitment, by=request.user, note=form.cleaned_data["note"])
    except DomainError as error:
        messages.error(request, str(error.message))
    else:
        messages.success(request, _("The commitment is marked done."))
    return redirect("ranking:talk", pk)

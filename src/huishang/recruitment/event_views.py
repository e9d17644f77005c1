"""The office's pages for one recruitment event: recording it, the employers and positions it brought, the
employment intentions reached there."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from huishang.core.errors import DomainError
from huishang.recruitment import events, selectors
from huishang.recruitment.event_forms import EmployerForm, EventForm, IntentionsForm
from huishang.recruitment.permissions import may_manage, may_read
from huishang.web.access import require
from huishang.web.errors import messages_of, show_on_form


def _visible_event(user, pk):
    event = selectors.visible_events(user).filter(pk=pk).first()
    if event is None:
        raise Http404
    return event


@login_required
def event_new(request):
    require(may_manage(request.user))
    form = EventForm(request.POST or None, user=request.user)
    status = 200
    if request.method == "POST":
        status = 422
        if form.is_valid():
            data = form.cleaned_data
            try:
                # A university named for a refused event is not kept.
                with transaction.atomic():
                    university = data["university"] or events.university_named(data["new_university"])
                    event = events.hold_event(by=request.user, kind=data["kind"], title=data["title"],
                                              held_on=data["held_on"], region=data["region"], venue=data["venue"],
                                              university=university)
            except DomainError as error:
                show_on_form(form, error)
                status = error.http_status
            else:
                messages.success(request, _("The event %(title)s was recorded.") % {"title": event.title})
                return redirect("recruitment:event", event.pk)
    return render(request, "recruitment/event_new.html", {"form": form}, status=status)


def _event_page(request, event, *, employer_form=None, failed=None, intentions_form=None, status=200):
    manage = may_manage(request.user, event.region)
    participations = []
    for participation in event.participations.prefetch_related("positions", "intentions"):
        form = None
        if manage:
            form = intentions_form if participation.pk == failed else IntentionsForm(prefix=f"i{participation.pk}")
        participations.append({"participation": participation, "intentions_form": form})
    refused = employer_form or intentions_form
    context = {"event": event, "participations": participations, "may_manage": manage,
               "employer_form": (employer_form or EmployerForm(prefix="employer")) if manage else None,
               # Someone who may not use the forms still learns why the request was refused.
               "refusal": messages_of(refused) if refused is not None and not manage else []}
    return render(request, "recruitment/event.html", context, status=status)


@login_required
def event_detail(request, pk):
    require(may_read(request.user))
    return _event_page(request, _visible_event(request.user, pk))


@login_required
@require_POST
def event_employer(request, pk):
    require(may_read(request.user))
    event = _visible_event(request.user, pk)
    form = EmployerForm(request.POST, prefix="employer")
    if not form.is_valid():
        return _event_page(request, event, employer_form=form, status=422)
    try:
        events.add_employer(event, by=request.user, **form.cleaned_data)
    except DomainError as error:
        show_on_form(form, error)
        return _event_page(request, event, employer_form=form, status=error.http_status)
    messages.success(request, _("%(employer)s was added to the event.") % {"employer": form.cleaned_data["employer"]})
    return redirect("recruitment:event", pk)


@login_required
@require_POST
def event_intentions(request, pk, participation_pk):
    require(may_read(request.user))
    event = _visible_event(request.user, pk)
    participation = event.participations.filter(pk=participation_pk).first()
    if participation is None:
        raise Http404
    form = IntentionsForm(request.POST, prefix=f"i{participation_pk}")
    if not form.is_valid():
        return _event_page(request, event, failed=participation_pk, intentions_form=form, status=422)
    try:
        count = events.record_intentions(participation, by=request.user, candidates=form.cleaned_data["candidates"])
    except DomainError as error:
        show_on_form(form, error)
        return _event_page(request, event, failed=participation_pk, intentions_form=form, status=error.http_status)
    messages.success(request, _("%(count)s intentions with %(employer)s were recorded.") % {
        "count": count, "employer": participation.employer})
    return redirect("recruitment:event", pk)

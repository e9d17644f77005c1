"""The pages anyone may open without an account: open rounds, the application form, tracking, the admission
ticket download, the published result."""

from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, render

from huishang.audit.log import client_address, record_event
from huishang.core.errors import DomainError
from huishang.recruitment import selectors, services, tickets
from huishang.recruitment.exam_forms import TicketForm
from huishang.recruitment.forms import ApplicationForm, TrackForm
from huishang.recruitment.models import Application, Education, Round
from huishang.recruitment.ranking import ranking, rules
from huishang.recruitment.ticket_pdf import admission_ticket_pdf
from huishang.web.errors import show_on_form


def public_index(request):
    context = {"open_rounds": selectors.open_rounds(), "published_rounds": selectors.published_rounds()}
    return render(request, "recruitment/public_index.html", context)


def apply(request, pk):
    round_ = get_object_or_404(Round, pk=pk)
    form = ApplicationForm(request.POST or None, round_=round_)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                application, code = services.apply(round_=round_, **form.service_arguments())
            except DomainError as error:
                show_on_form(form, error)
                status = error.http_status
            else:
                # The code is shown once, on this page; it is never put in a URL. A form sent again with
                # the same ID number gets this same page (services.apply).
                return render(request, "recruitment/receipt.html", {
                    "round": round_, "application": application, "follow_up_code": code}, status=201)
        else:
            status = 422
    context = {"round": round_, "form": form, "open": services.accepting_applications(round_),
               "min_education": Education(round_.min_education).label}
    return render(request, "recruitment/apply.html", context, status=status)


def track(request):
    form = TrackForm(request.POST or None)
    application, row, status, issued, notices = None, None, 200, [], []
    if request.method == "POST" and form.is_valid():
        try:
            application = services.track(**form.cleaned_data, sender_address=client_address(request))
        except DomainError as error:
            show_on_form(form, error)
            status = error.http_status
        else:
            # A resubmission is never ranked, holds no ticket and is told nothing (and its pk may be an application's).
            if isinstance(application, Application):
                issued = application.tickets.select_related("session", "room")
                notices = application.notices.all()
                if application.round.published_at is not None:
                    row = next((row for row in ranking(application.round)
                                if row["application"].pk == application.pk), None)
    elif request.method == "POST":
        status = 422
    context = {"form": form, "application": application, "row": row, "tickets": issued, "notices": notices}
    return render(request, "recruitment/track.html", context, status=status)


def ticket(request):
    """The admission ticket as PDF, for the holder of the application's tracking number and follow-up code: they
    are posted, never put in a URL, and nothing else is asked."""
    form = TicketForm(request.POST or None)
    status = 200
    if request.method == "POST":
        status = 422
        if form.is_valid():
            try:
                found = tickets.ticket_of(**form.cleaned_data, sender_address=client_address(request))
            except DomainError as error:
                show_on_form(form, error)
                status = error.http_status
            else:
                record_event("export", request=request, subject=f"recruitment.AdmissionTicket:{found.pk}",
                             detail={"format": "pdf"})
                response = HttpResponse(admission_ticket_pdf(found), content_type="application/pdf")
                response["Content-Disposition"] = f'attachment; filename="admission-ticket-{found.number}.pdf"'
                return response
    return render(request, "recruitment/ticket.html", {"form": form}, status=status)


def result(request, pk):
    round_ = selectors.published_rounds().filter(pk=pk).first()
    if round_ is None:
        raise Http404
    context = {"round": round_, "rows": selectors.public_result(round_), "tie_breaks": rules(round_)}
    return render(request, "recruitment/result.html", context)

"""The office's recruitment pages: events, rounds, a round's applications with review, scores, ranking and exports."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from huishang.audit.log import record_event
from huishang.core import masking
from huishang.core.errors import DomainError
from huishang.figures.scopes import scope_from
from huishang.recruitment import selectors, services
from huishang.recruitment.export import STAGES, stage_workbook
from huishang.recruitment.figures import recruitment_figures
from huishang.recruitment.forms import ApplicationFilterForm, EventFilterForm, ReviewForm, RoundForm, ScoresForm
from huishang.recruitment.models import Application
from huishang.recruitment.permissions import may_manage, may_read
from huishang.recruitment.ranking import ranking, rules
from huishang.web.access import require
from huishang.web.errors import messages_of, show_on_form
from huishang.web.listing import Listing

PAGE_SIZE = 30
APPLICATION_PAGE_SIZE = 20
# A round's applications may be sorted by these.
APPLICATION_COLUMNS = {"number": ("tracking_number",), "name": ("name",), "review": ("review",)}
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@login_required
def event_list(request):
    require(may_read(request.user))
    form = EventFilterForm(request.GET or None)
    events = selectors.visible_events(request.user)
    year = None
    if form.is_valid():
        if form.cleaned_data["kind"]:
            events = events.filter(kind=form.cleaned_data["kind"])
        year = form.cleaned_data["year"]
        if year:
            events = events.filter(held_on__year=year)
    scope = scope_from(date_from=f"{year}-01-01", date_to=f"{year}-12-31") if year else scope_from()
    context = {"form": form, "page": Paginator(events, PAGE_SIZE).get_page(request.GET.get("page")),
               "figures": recruitment_figures(scope), "year": year, "may_manage": may_manage(request.user)}
    return render(request, "recruitment/events.html", context)


@login_required
def round_list(request):
    require(may_read(request.user))
    return render(request, "recruitment/rounds.html", {"rounds": selectors.visible_rounds(request.user),
                                                       "may_manage": may_manage(request.user)})


@login_required
def round_new(request):
    """The office announces a round; it is open to the public from its announcement day to its deadline."""
    require(may_manage(request.user))
    form = RoundForm(request.POST or None, user=request.user)
    status = 200
    if request.method == "POST":
        status = 422
        if form.is_valid():
            try:
                round_ = services.create_round(by=request.user, **form.service_arguments())
            except DomainError as error:
                show_on_form(form, error)
                status = error.http_status
            else:
                messages.success(request, _("The round %(title)s was announced.") % {"title": round_.title})
                return redirect("recruitment:round", round_.pk)
    return render(request, "recruitment/round_new.html", {"form": form}, status=status)


def _visible_round(user, pk):
    round_ = selectors.visible_rounds(user).filter(pk=pk).first()
    if round_ is None:
        raise Http404
    return round_


def _round_page(request, round_, *, failed=None, failed_form=None, status=200, listing=None, filters=None):
    """The round's page; with a listing its applications are filtered, sorted and paged, else all shown (the
    answer to a refused review or score, which names the application the refusal is about)."""
    manage = may_manage(request.user, round_.region) and round_.published_at is None
    rows = []
    page = listing.page(filters.filtered(round_.applications.all())) if listing else None
    for application in page.object_list if page else round_.applications.all():
        review_form = scores_form = None
        if manage and application.review == Application.Review.PENDING:
            review_form = ReviewForm(prefix=f"r{application.pk}")
        if manage and application.review == Application.Review.APPROVED:
            scores_form = ScoresForm(prefix=f"s{application.pk}", initial={
                "written_score": application.written_score, "interview_score": application.interview_score})
        if application.pk == failed:
            review_form = failed_form if isinstance(failed_form, ReviewForm) else review_form
            scores_form = failed_form if isinstance(failed_form, ScoresForm) else scores_form
        rows.append({"application": application, "id_number": masking.mask_id_number(application.id_number),
                     "phone": masking.mask_phone(application.phone), "review_form": review_form,
                     "scores_form": scores_form})
    context = {
        "round": round_, "rows": rows, "ranking": ranking(round_), "counts": selectors.review_counts(round_),
        "may_manage": manage, "stages": STAGES, "tie_breaks": rules(round_),
        "refusal": messages_of(failed_form) if failed_form is not None else [],
        "page": page, "listing": listing, "filters": filters,
    }
    return render(request, "recruitment/round.html", context, status=status)


@login_required
def round_detail(request, pk):
    require(may_read(request.user))
    round_ = _visible_round(request.user, pk)
    listing = Listing(request, f"round-{round_.pk}-applications", columns=APPLICATION_COLUMNS,
                      page_size=APPLICATION_PAGE_SIZE)
    if listing.redirect:
        return listing.redirect
    return _round_page(request, round_, listing=listing, filters=ApplicationFilterForm(request.GET or None))


def _application(user, round_pk, pk):
    round_ = _visible_round(user, round_pk)
    application = round_.applications.filter(pk=pk).first()
    if application is None:
        raise Http404
    return round_, application


@login_required
@require_POST
def review(request, round_pk, pk):
    require(may_read(request.user))
    round_, application = _application(request.user, round_pk, pk)
    form = ReviewForm(request.POST, prefix=f"r{pk}")
    if form.is_valid():
        try:
            services.review_application(application, by=request.user,
                                        approve=form.cleaned_data["decision"] == "approve", note=form.cleaned_data["note"])
        except DomainError as error:
            form.add_error(None, str(error.message))
            return _round_page(request, round_, failed=pk, failed_form=form, status=error.http_status)
        messages.success(request, _("%(number)s was reviewed.") % {"number": application.tracking_number})
        return redirect("recruitment:round", round_pk)
    return _round_page(request, round_, failed=pk, failed_form=form, status=422)


@login_required
@require_POST
def scores(request, round_pk, pk):
    require(may_read(request.user))
    round_, application = _application(request.user, round_pk, pk)
    form = ScoresForm(request.POST, prefix=f"s{pk}")
    if form.is_valid():
        try:
            services.record_scores(application, by=request.user, written=form.cleaned_data["written_score"],
                                   interview=form.cleaned_data["interview_score"])
        except DomainError as error:
            form.add_error(None, str(error.message))
            return _round_page(request, round_, failed=pk, failed_form=form, status=error.http_status)
        messages.success(request, _("The scores of %(number)s were recorded.") % {"number": application.tracking_number})
        return redirect("recruitment:round", round_pk)
    return _round_page(request, round_, failed=pk, failed_form=form, status=422)


@login_required
@require_POST
def publish(request, pk):
    require(may_read(request.user))
    round_ = _visible_round(request.user, pk)
    try:
        services.publish_result(round_, by=request.user)
    except DomainError as error:
        messages.error(request, str(error.message))
    else:
        messages.success(request, _("The result was published."))
    return redirect("recruitment:round", pk)


@login_required
def export(request, pk, stage):
    require(may_read(request.user))
    round_ = _visible_round(request.user, pk)
    if stage not in STAGES:
        raise Http404
    record_event("export", request=request, subject=f"recruitment.Round:{round_.pk}",
                 detail={"format": "xlsx", "stage": stage})
    response = HttpResponse(stage_workbook(round_, stage), content_type=XLSX)
    response["Content-Disposition"] = f'attachment; filename="round-{round_.pk}-{stage}.xlsx"'
    return response

"""The butler pages: a butler's workbench and visits, the office's assignments and training records, figures."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from huishang.butlers import services
from huishang.butlers.figures import butler_figures
from huishang.butlers.forms import (
    AssignButlerForm, ProblemFormSet, TrainingForm, VisitFilterForm, VisitForm, VisitFrequencyForm,
)
from huishang.butlers.permissions import MANAGING_ROLES, is_butler, may_read_all, may_read_visits, role_of
from huishang.butlers.plan import visit_interval_days
from huishang.butlers.selectors import (
    open_matters_in_care, visible_cares, visible_trainings, visible_visits, visit_plan_for, workbench,
)
from huishang.core.errors import DomainError
from huishang.figures.permissions import figures_scope_for, may_read_figures
from huishang.web.access import require
from huishang.web.errors import show_on_form
from huishang.web.listing import Listing


@login_required
def butler_workbench(request):
    require(is_butler(request.user))
    return render(request, "butlers/workbench.html", {
        "rows": workbench(request.user), "interval": visit_interval_days(),
        "matters": open_matters_in_care(request.user)[:50],
        "visits": visible_visits(request.user)[:10], "trainings": visible_trainings(request.user),
    })


VISIT_PAGE_SIZE = 20
# The visit list's sortable columns.
VISIT_COLUMNS = {"visited": ("visited_on",), "enterprise": ("enterprise__name",), "butler": ("butler__name",)}


@login_required
def visit_list(request):
    require(may_read_visits(request.user))
    listing = Listing(request, "visits", columns=VISIT_COLUMNS, default="-visited", page_size=VISIT_PAGE_SIZE)
    if listing.redirect:
        return listing.redirect
    reads_all = may_read_all(request.user)
    form = VisitFilterForm(request.GET or None, user=request.user, reads_all=reads_all)
    page = listing.page(form.filtered(visible_visits(request.user)))
    return render(request, "butlers/visit_list.html", {
        "visits": page.object_list, "page": page, "form": form, "listing": listing, "reads_plan": reads_all})


@login_required
def visit_detail(request, pk):
    visit = get_object_or_404(visible_visits(request.user), pk=pk)
    return render(request, "butlers/visit_detail.html", {"visit": visit})


@login_required
def visit_new(request):
    require(is_butler(request.user))
    data = request.POST if request.method == "POST" else None
    form = VisitForm(data, request.FILES or None, butler=request.user, initial={"enterprise": request.GET.get("enterprise")})
    problems = ProblemFormSet(data, prefix="problem")
    status = 200
    if request.method == "POST":
        if form.is_valid() and problems.is_valid():
            cleaned = form.cleaned_data
            try:
                visit = services.record_visit(
                    by=request.user, enterprise=cleaned["enterprise"], visited_on=cleaned["visited_on"],
                    people_met=cleaned["people_met"], areas=cleaned["areas"], notes=cleaned["notes"],
                    problems=[p for p in (problem_form.problem() for problem_form in problems) if p],
                    photos=cleaned["photos"],
                )
            except DomainError as error:
                show_on_form(form, error, {"title": None, "description": None, "category": None})
                status = error.http_status
            else:
                messages.success(request, _("The visit was recorded."))
                return redirect("butlers:visit-detail", visit.pk)
        else:
            status = 422
    return render(request, "butlers/visit_new.html", {"form": form, "problems": problems}, status=status)


@login_required
def assignments(request):
    require(may_read_all(request.user))
    may_manage = role_of(request.user) in MANAGING_ROLES
    form = AssignButlerForm(request.POST or None, user=request.user) if may_manage else None
    status = 200
    if request.method == "POST":
        require(may_manage)
        if form.is_valid():
            try:
                services.assign_butler(by=request.user, **form.cleaned_data)
            except DomainError as error:
                show_on_form(form, error)
                status = error.http_status
            else:
                messages.success(request, _("The butler was assigned."))
                return redirect("butlers:assignments")
        else:
            status = 422
    cares = visible_cares(request.user).order_by("enterprise__name", "-started_at")
    return render(request, "butlers/assignments.html", {"form": form, "cares": cares}, status=status)


@login_required
def plan(request):
    """The visit plan of every butler of the jurisdiction, the overdue marked; the office sets the frequency."""
    user = request.user
    require(may_read_all(user))
    may_manage = role_of(user) in MANAGING_ROLES
    form = VisitFrequencyForm(request.POST or None, initial={"days": visit_interval_days()}) if may_manage else None
    status = 200
    if request.method == "POST":
        require(may_manage)
        if form.is_valid():
            try:
                services.set_visit_frequency(by=user, **form.cleaned_data)
            except DomainError as error:
                show_on_form(form, error)
                status = error.http_status
            else:
                messages.success(request, _("The visit frequency was set."))
                return redirect("butlers:plan")
        else:
            status = 422
    overdue_only = request.GET.get("overdue") == "1"
    return render(request, "butlers/plan.html", {
        "form": form, "rows": visit_plan_for(user, overdue_only=overdue_only), "interval": visit_interval_days(),
        "overdue_only": overdue_only,
    }, status=status)


@login_required
def trainings(request):
    user = request.user
    require(may_read_all(user) or is_butler(user))
    may_manage = role_of(user) in MANAGING_ROLES
    form = TrainingForm(request.POST or None, user=user) if may_manage else None
    status = 200
    if request.method == "POST":
        require(may_manage)
        if form.is_valid():
            try:
                services.record_training(by=user, **form.cleaned_data)
            except DomainError as error:
                show_on_form(form, error)
                status = error.http_status
            else:
                messages.success(request, _("The training was recorded."))
                return redirect("butlers:trainings")
        else:
            status = 422
    return render(request, "butlers/trainings.html", {"form": form, "trainings": visible_trainings(user)},
                  status=status)


@login_required
def figures(request):
    require(may_read_figures(request.user))
    try:
        scope = figures_scope_for(request.user, date_from=request.GET.get("from"), date_to=request.GET.get("to"))
    except DomainError as error:
        messages.error(request, str(error.message))
        scope = figures_scope_for(request.user)
    return render(request, "butlers/figures.html", {"figures": butler_figures(scope)["butlers"], "scope": scope})

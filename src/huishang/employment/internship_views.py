"""Pages of the internship bases: the list with an application form, a base with its review, posts and interns.
Views parse input and call the services in ``internships``."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from huishang.core.errors import DomainError
from huishang.employment import internships, selectors
from huishang.employment.internship_forms import (
    ApplicationForm, HiredForm, InternForm, LeaveEarlyForm, PostForm, RecogniseForm, RefuseForm,
)
from huishang.employment.models import Intern, InternshipBase
from huishang.employment.permissions import (
    applies_for_bases, keeps_base, keeps_subsidy_ledger, reaches_internships, reviews_bases, visible_bases,
)
from huishang.employment.views import found
from huishang.web.errors import show_on_form


def _list_page(request, form=None, status=200):
    bases = selectors.bases_with_counts(visible_bases(request.user))
    return render(request, "employment/internship_base_list.html", {
        "bases": bases,
        "form": form or (ApplicationForm(user=request.user) if applies_for_bases(request.user) else None),
    }, status=status)


@login_required
def base_list(request):
    if not reaches_internships(request.user):
        raise PermissionDenied
    return _list_page(request)


@login_required
@require_POST
def base_apply(request):
    if not reaches_internships(request.user):
        raise PermissionDenied
    form = ApplicationForm(request.POST, user=request.user)
    status = 422
    if form.is_valid():
        try:
            base = internships.apply_for_base(by=request.user, **form.cleaned_data)
        except DomainError as error:
            show_on_form(form, error)
            status = error.http_status
        else:
            messages.success(request, _("The application of %(name)s was recorded.") % {"name": base.enterprise})
            return redirect("employment:internship-base-detail", base.pk)
    return _list_page(request, form, status)


def _base_page(request, base, status=200, **forms):
    keeps = keeps_base(request.user, base)
    under_review = base.state == InternshipBase.State.APPLIED and reviews_bases(request.user, base.region)
    recognised = base.state == InternshipBase.State.RECOGNISED
    context = {
        "base": base, "keeps": keeps and recognised,
        "posts": base.posts.all(), "interns": base.interns.select_related("post"),
        "recognise_form": forms.get("recognise_form") or (RecogniseForm() if under_review else None),
        "refuse_form": forms.get("refuse_form") or (RefuseForm() if under_review else None),
        "post_form": forms.get("post_form") or (PostForm(prefix="post") if keeps and recognised else None),
        "intern_form": forms.get("intern_form") or (
            InternForm(prefix="intern", base=base) if keeps and recognised else None),
        "under_way": Intern.Outcome.UNDER_WAY,
        "ledger_keeper": keeps_subsidy_ledger(request.user, base.region),
    }
    return render(request, "employment/internship_base_detail.html", context, status=status)


@login_required
def base_detail(request, pk):
    return _base_page(request, found(selectors.base_for, request.user, pk))


def _kept(request, pk):
    """The base, for a user who keeps its posts and interns; others may not even send the form."""
    base = found(selectors.base_for, request.user, pk)
    if not keeps_base(request.user, base):
        raise PermissionDenied
    return base


def _decide(request, pk, form_class, form_key, call, success):
    base = found(selectors.base_for, request.user, pk)
    if not reviews_bases(request.user, base.region):
        raise PermissionDenied
    form = form_class(request.POST)
    status = 422
    if form.is_valid():
        try:
            call(base, form.cleaned_data)
        except DomainError as error:
            show_on_form(form, error)
            status = error.http_status
        else:
            messages.success(request, success)
            return redirect("employment:internship-base-detail", base.pk)
    return _base_page(request, base, status, **{form_key: form})


@login_required
@require_POST
def base_recognise(request, pk):
    return _decide(request, pk, RecogniseForm, "recognise_form",
                   lambda base, data: internships.recognise_base(base, by=request.user, **data),
                   _("The base was recognised."))


@login_required
@require_POST
def base_refuse(request, pk):
    return _decide(request, pk, RefuseForm, "refuse_form",
                   lambda base, data: internships.refuse_base(base, by=request.user, **data),
                   _("The application was refused."))


@login_required
@require_POST
def post_add(request, pk):
    base = _kept(request, pk)
    form = PostForm(request.POST, prefix="post")
    status = 422
    if form.is_valid():
        try:
            post = internships.add_post(by=request.user, base=base, **form.cleaned_data)
        except DomainError as error:
            show_on_form(form, error)
            status = error.http_status
        else:
            messages.success(request, _("The post %(title)s was added.") % {"title": post.title})
            return redirect("employment:internship-base-detail", base.pk)
    return _base_page(request, base, status, post_form=form)


@login_required
@require_POST
def intern_add(request, pk):
    base = _kept(request, pk)
    form = InternForm(request.POST, prefix="intern", base=base)
    status = 422
    if form.is_valid():
        try:
            intern = internships.record_intern(by=request.user, base=base, **form.cleaned_data)
        except DomainError as error:
            show_on_form(form, error)
            status = error.http_status
        else:
            messages.success(request, _("%(name)s was recorded.") % {"name": intern.name})
            return redirect("employment:internship-base-detail", base.pk)
    return _base_page(request, base, status, intern_form=form)


def _intern_kept(request, pk):
    intern = found(selectors.intern_for, request.user, pk)
    if not keeps_base(request.user, intern.base):
        raise PermissionDenied
    return intern


def _on_intern(request, pk, call, success):
    """Run a service on an intern; its refusal is shown on the base page the user returns to."""
    intern = _intern_kept(request, pk)
    try:
        call(intern)
    except DomainError as error:
        messages.error(request, str(error.message))
    else:
        messages.success(request, success % {"name": intern.name})
    return redirect("employment:internship-base-detail", intern.base_id)


@login_required
@require_POST
def intern_complete(request, pk):
    return _on_intern(request, pk, lambda intern: internships.complete_internship(intern, by=request.user),
                      _("%(name)s completed the internship."))


@login_required
@require_POST
def intern_leave(request, pk):
    form = LeaveEarlyForm(request.POST)
    if not form.is_valid():
        intern = _intern_kept(request, pk)
        messages.error(request, _("Left on: give a date written YYYY-MM-DD."))
        return redirect("employment:internship-base-detail", intern.base_id)
    return _on_intern(request, pk, lambda intern: internships.leave_early(
        intern, by=request.user, left_on=form.cleaned_data["left_on"]), _("%(name)s left the internship early."))


@login_required
@require_POST
def intern_hired(request, pk):
    form = HiredForm(request.POST)
    if not form.is_valid():
        intern = _intern_kept(request, pk)
        messages.error(request, _("Say whether the intern was hired."))
        return redirect("employment:internship-base-detail", intern.base_id)
    return _on_intern(request, pk, lambda intern: internships.record_hired_after(
        intern, by=request.user, hired=form.cleaned_data["hired"]), _("Whether %(name)s was hired was recorded."))

"""Setting up a year's assessment from the web: the assessment itself, then, while it is a draft, its
indicators with weights and scoring rules, the unions assessed and the reviewers."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from huishang.assessment import services
from huishang.assessment.forms import AssessmentForm, setup_form, shows_setup, unions_run_by
from huishang.assessment.views import assessment_or_404, detail_page
from huishang.core.errors import DomainError
from huishang.web.errors import show_on_form


@login_required
def assessment_new(request):
    if not unions_run_by(request.user).exists():
        raise PermissionDenied
    form = AssessmentForm(request.POST or None, user=request.user)
    status = 200
    if request.method == "POST":
        status = 422
        if form.is_valid():
            try:
                assessment = services.create_assessment(by=request.user, **form.cleaned_data)
            except DomainError as error:
                show_on_form(form, error)
                status = error.http_status
            else:
                messages.success(request, _("The assessment %(title)s was set up.") % {"title": assessment.title})
                return redirect("assessment:detail", assessment.pk)
    return render(request, "assessment/new.html", {"form": form}, status=status)


def _add(request, pk, key, call):
    """Parse the setup form ``key`` and hand its values to ``call``; errors go back onto the page."""
    assessment = assessment_or_404(request.user, pk)
    form = setup_form(key, assessment, request.POST, user=request.user)
    if not form.is_valid():
        return detail_page(request, assessment, failed_forms={key: form}, status=422)
    try:
        call(assessment, **form.cleaned_data)
    except DomainError as error:
        show_on_form(form, error)
        if not shows_setup(request.user, assessment):
            # The page will not show the form, so the refusal is told above it.
            messages.error(request, str(error.message))
        return detail_page(request, assessment, failed_forms={key: form}, status=error.http_status)
    messages.success(request, _("Saved."))
    return redirect("assessment:detail", assessment.pk)


@login_required
@require_POST
def indicator_add(request, pk):
    return _add(request, pk, "indicator", lambda assessment, **values: services.add_indicator(
        by=request.user, assessment=assessment, **values))


@login_required
@require_POST
def participant_add(request, pk):
    return _add(request, pk, "participant", lambda assessment, **values: services.add_participant(
        by=request.user, assessment=assessment, **values))


@login_required
@require_POST
def reviewer_add(request, pk):
    return _add(request, pk, "reviewer", lambda assessment, **values: services.appoint_reviewer(
        by=request.user, assessment=assessment, **values))

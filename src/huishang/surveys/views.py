"""Pages of surveys: the list, recording a survey, and one survey with its visits, questions, answers and
problems; the office records an enterprise's answers and raises a problem found as a matter from its page."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from huishang.core.errors import DomainError, NotFound
from huishang.surveys import selectors, services
from huishang.surveys.forms import AnswersForm, ProblemForm, SurveyForm
from huishang.surveys.permissions import records_surveys, runs_surveys_in, visible_surveys
from huishang.web.errors import messages_of, show_on_form


@login_required
def survey_list(request):
    return render(request, "surveys/list.html", {"surveys": visible_surveys(request.user),
                                                 "records": records_surveys(request.user)})


@login_required
def survey_new(request):
    if not records_surveys(request.user):
        raise PermissionDenied
    form = SurveyForm(request.POST or None, user=request.user)
    status = 200
    if request.method == "POST":
        status = 422
        if form.is_valid():
            try:
                survey = services.record_survey(by=request.user, **form.cleaned_data)
            except DomainError as error:
                show_on_form(form, error)
                status = error.http_status
            else:
                messages.success(request, _("The survey %(title)s was recorded.") % {"title": survey.title})
                return redirect("surveys:detail", survey.pk)
    return render(request, "surveys/new.html", {"form": form}, status=status)


def _survey_or_404(user, pk):
    try:
        return selectors.survey_for(user, pk)
    except NotFound:
        raise Http404


def _survey_page(request, survey, *, answers_form=None, problem_form=None, status=200):
    answers = selectors.answers_for(request.user, survey)
    questions = [{"question": question, "answers": [a for a in answers if a.question_id == question.pk]}
                 for question in survey.questions.all()]
    runs = runs_surveys_in(request.user, survey.region)
    refused = answers_form or problem_form
    return render(request, "surveys/detail.html", {
        "survey": survey, "questions": questions, "enterprises": survey.enterprises.all(),
        "matters": selectors.matters_for(request.user, survey),
        "answers_form": (answers_form or AnswersForm(prefix="answers", survey=survey)) if runs else None,
        "problem_form": (problem_form or ProblemForm(prefix="problem", survey=survey)) if runs else None,
        # Someone who may not use the forms still learns why the request was refused.
        "refusal": messages_of(refused) if refused is not None and not runs else [],
    }, status=status)


@login_required
def survey_detail(request, pk):
    return _survey_page(request, _survey_or_404(request.user, pk))


@login_required
@require_POST
def answers_add(request, pk):
    survey = _survey_or_404(request.user, pk)
    form = AnswersForm(request.POST, prefix="answers", survey=survey)
    if not form.is_valid():
        return _survey_page(request, survey, answers_form=form, status=422)
    try:
        services.record_answers(by=request.user, survey=survey, enterprise=form.cleaned_data["enterprise"],
                                answers=form.answers())
    except DomainError as error:
        show_on_form(form, error)
        return _survey_page(request, survey, answers_form=form, status=error.http_status)
    messages.success(request, _("The answers of %(name)s were recorded.") % {
        "name": form.cleaned_data["enterprise"].name})
    return redirect("surveys:detail", survey.pk)


@login_required
@require_POST
def problem_add(request, pk):
    survey = _survey_or_404(request.user, pk)
    form = ProblemForm(request.POST, prefix="problem", survey=survey)
    if not form.is_valid():
        return _survey_page(request, survey, problem_form=form, status=422)
    try:
        matter = services.raise_problem(by=request.user, survey=survey, **form.cleaned_data)
    except DomainError as error:
        show_on_form(form, error)
        return _survey_page(request, survey, problem_form=form, status=error.http_status)
    messages.success(request, _("The problem became matter %(number)s, with this survey as its source.") % {
        "number": matter.number})
    return redirect("surveys:detail", survey.pk)

"""Pages of surveys: the list, recording a survey, and one survey with its visits, questions, answers and
problems, who took part, its symposium, opinions and proposals; the office records each from the survey's page,
and the staff download its report."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from huishang.core.errors import DomainError, NotFound
from huishang.surveys import selectors, services
from huishang.surveys.forms import (
    AnswersForm, OpinionForm, ParticipantForm, ProblemForm, ProposalForm, SurveyForm, SymposiumForm,
)
from huishang.surveys.permissions import records_surveys, runs_surveys_in, sees_all_answers, visible_surveys
from huishang.surveys.report import report_file
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


# The forms of a survey's page: name -> (form class, prefix, whether it takes the survey or the user).
FORMS = {
    "answers_form": (AnswersForm, "answers", "survey"),
    "problem_form": (ProblemForm, "problem", "survey"),
    "participant_form": (ParticipantForm, "participant", None),
    "symposium_form": (SymposiumForm, "symposium", "user"),
    "opinion_form": (OpinionForm, "opinion", "survey"),
    "proposal_form": (ProposalForm, "proposal", "survey"),
}


def _form(name, request, survey, data=None):
    form_class, prefix, takes = FORMS[name]
    extra = {"survey": survey} if takes == "survey" else {"user": request.user} if takes == "user" else {}
    return form_class(data, prefix=prefix, **extra)


def _survey_page(request, survey, *, refused=None, status=200):
    """The survey's page; ``refused`` is the name and the bound form of a request that was refused."""
    answers = selectors.answers_for(request.user, survey)
    questions = [{"question": question, "answers": [a for a in answers if a.question_id == question.pk]}
                 for question in survey.questions.all()]
    runs = runs_surveys_in(request.user, survey.region)
    staff = sees_all_answers(request.user, survey)
    forms = {name: (refused[1] if refused and refused[0] == name else _form(name, request, survey)) if runs else None
             for name in FORMS}
    survey = selectors.with_records(survey)
    return render(request, "surveys/detail.html", {
        "survey": survey, "questions": questions, "enterprises": survey.enterprises.all(),
        "matters": selectors.matters_for(request.user, survey), "staff": staff,
        "participants": survey.participants.all() if staff else [],
        "opinions": selectors.opinions_for(request.user, survey) if staff else [],
        "proposals": selectors.proposals_for(request.user, survey) if staff else [],
        **forms,
        # Someone who may not use the forms still learns why the request was refused.
        "refusal": messages_of(refused[1]) if refused is not None and not runs else [],
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
        return _survey_page(request, survey, refused=("answers_form", form), status=422)
    try:
        services.record_answers(by=request.user, survey=survey, enterprise=form.cleaned_data["enterprise"],
                                answers=form.answers())
    except DomainError as error:
        show_on_form(form, error)
        return _survey_page(request, survey, refused=("answers_form", form), status=error.http_status)
    messages.success(request, _("The answers of %(name)s were recorded.") % {
        "name": form.cleaned_data["enterprise"].name})
    return redirect("surveys:detail", survey.pk)


@login_required
@require_POST
def problem_add(request, pk):
    survey = _survey_or_404(request.user, pk)
    form = ProblemForm(request.POST, prefix="problem", survey=survey)
    if not form.is_valid():
        return _survey_page(request, survey, refused=("problem_form", form), status=422)
    try:
        matter = services.raise_problem(by=request.user, survey=survey, **form.cleaned_data)
    except DomainError as error:
        show_on_form(form, error)
        return _survey_page(request, survey, refused=("problem_form", form), status=error.http_status)
    messages.success(request, _("The problem became matter %(number)s, with this survey as its source.") % {
        "number": matter.number})
    return redirect("surveys:detail", survey.pk)


def _record(request, pk, name, record, done):
    """Bind the named form, call ``record(survey, cleaned_data)`` and go back to the survey, or show why not."""
    survey = _survey_or_404(request.user, pk)
    form = _form(name, request, survey, request.POST)
    if not form.is_valid():
        return _survey_page(request, survey, refused=(name, form), status=422)
    try:
        record(survey, form.cleaned_data)
    except DomainError as error:
        show_on_form(form, error)
        return _survey_page(request, survey, refused=(name, form), status=error.http_status)
    messages.success(request, done)
    return redirect("surveys:detail", survey.pk)


@login_required
@require_POST
def participant_add(request, pk):
    return _record(request, pk, "participant_form", lambda survey, data: services.add_participant(
        by=request.user, survey=survey, **data), _("The participant was recorded."))


@login_required
@require_POST
def symposium_link(request, pk):
    return _record(request, pk, "symposium_form", lambda survey, data: services.link_symposium(
        by=request.user, survey=survey, meeting=data["meeting"]), _("The symposium was linked to the survey."))


@login_required
@require_POST
def opinion_add(request, pk):
    return _record(request, pk, "opinion_form", lambda survey, data: services.record_opinion(
        by=request.user, survey=survey, **data), _("The opinion was recorded."))


@login_required
@require_POST
def proposal_add(request, pk):
    return _record(request, pk, "proposal_form", lambda survey, data: services.record_proposal(
        by=request.user, survey=survey, **data), _("The proposal was recorded."))


@login_required
def report(request, pk):
    survey = _survey_or_404(request.user, pk)
    try:
        body, content_type, filename = report_file(survey, user=request.user, fmt=request.GET.get("format", "docx"),
                                                   request=request)
    except DomainError as error:
        if error.http_status == 403:
            raise PermissionDenied
        raise Http404
    response = HttpResponse(body, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response

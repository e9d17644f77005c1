"""Pages of surveys: the list and one survey with its visits, questions, answers and problems."""

from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import render

from huishang.core.errors import NotFound
from huishang.surveys import selectors
from huishang.surveys.permissions import visible_surveys


@login_required
def survey_list(request):
    return render(request, "surveys/list.html", {"surveys": visible_surveys(request.user)})


@login_required
def survey_detail(request, pk):
    try:
        survey = selectors.survey_for(request.user, pk)
    except NotFound:
        raise Http404
    answers = selectors.answers_for(request.user, survey)
    questions = [{"question": question, "answers": [a for a in answers if a.question_id == question.pk]}
                 for question in survey.questions.all()]
    return render(request, "surveys/detail.html", {
        "survey": survey, "questions": questions, "enterprises": survey.enterprises.all(),
        "matters": selectors.matters_for(request.user, survey)})

"""Surveys API: surveys with the enterprises visited, questions, answers and the problems found."""

from django.utils.translation import gettext as _
from ninja import Router, Status

from huishang.api.errors import ErrorOut
from huishang.api.lookups import organization_by_id, organizations_by_id, region_by_code
from huishang.core.errors import ValidationError
from huishang.surveys import selectors, services
from huishang.surveys.permissions import visible_surveys
from huishang.surveys.schemas import (
    AnswerIn, AnswerOut, SurveyDetail, SurveyIn, SurveyMatterRef, SurveyOut, SurveyProblemIn,
)

router = Router(tags=["surveys"])
REFUSALS = {403: ErrorOut, 404: ErrorOut, 409: ErrorOut, 422: ErrorOut}


def _detail(user, survey) -> dict:
    return {**SurveyOut.from_orm(survey).dict(), "summary": survey.summary,
            "enterprises": list(survey.enterprises.all()), "questions": list(survey.questions.all()),
            "answers": list(selectors.answers_for(user, survey)), "matters": list(selectors.matters_for(user, survey))}


@router.get("", response=list[SurveyOut], summary="调研 / Surveys")
def list_surveys(request):
    return list(visible_surveys(request.auth)[:500])


@router.post("", response={201: SurveyDetail, **REFUSALS}, summary="登记调研 / Record a survey")
def record_survey(request, payload: SurveyIn):
    survey = services.record_survey(
        by=request.auth, title=payload.title, held_on=payload.held_on, region=region_by_code(payload.region),
        organiser=payload.organiser, enterprises=organizations_by_id(payload.enterprises, "enterprises"),
        summary=payload.summary, questions=payload.questions,
    )
    return Status(201, _detail(request.auth, survey))


@router.get("/{pk}", response={200: SurveyDetail, 404: ErrorOut}, summary="调研详情 / A survey")
def read_survey(request, pk: int):
    return _detail(request.auth, selectors.survey_for(request.auth, pk))


@router.post("/{pk}/answers", response={201: AnswerOut, **REFUSALS}, summary="记录回答 / Record an answer")
def record_answer(request, pk: int, payload: AnswerIn):
    survey = selectors.survey_for(request.auth, pk)
    question = survey.questions.filter(pk=payload.question).first()
    if question is None:
        raise ValidationError(_("Choose a question of this survey."), field="question")
    return Status(201, services.record_answer(by=request.auth, question=question,
                                              enterprise=organization_by_id(payload.enterprise, "enterprise"),
                                              text=payload.text))


@router.post("/{pk}/problems", response={201: SurveyMatterRef, **REFUSALS},
             summary="调研发现问题转事项 / Raise a problem found as a matter")
def raise_problem(request, pk: int, payload: SurveyProblemIn):
    survey = selectors.survey_for(request.auth, pk)
    return Status(201, services.raise_problem(
        by=request.auth, survey=survey, enterprise=organization_by_id(payload.enterprise, "enterprise"),
        title=payload.title, description=payload.description, category=payload.category))

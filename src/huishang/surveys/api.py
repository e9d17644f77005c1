"""Surveys API: surveys with the enterprises visited, questions, answers and the problems found; who took part,
the symposium, opinions, proposals and the survey report."""

from django.http import HttpResponse
from django.utils.translation import gettext as _
from ninja import Query, Router, Status

from huishang.api.errors import ErrorOut
from huishang.api.lookups import organization_by_id, organizations_by_id, region_by_code
from huishang.core.errors import ValidationError
from huishang.meetings.models import Meeting
from huishang.surveys import selectors, services
from huishang.surveys.models import Opinion, Participant
from huishang.surveys.permissions import visible_surveys
from huishang.surveys.report import report_file
from huishang.surveys.schemas import (
    AnswerIn, AnswerOut, SurveyDetail, SurveyIn, SurveyMatterRef, SurveyOpinionIn, SurveyOpinionOut, SurveyOut,
    SurveyParticipantIn, SurveyParticipantOut, SurveyProblemIn, SurveyProposalIn, SurveyProposalOut,
    SurveyReportFormat, SurveySymposiumIn,
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


def _participant_of(survey, pk: int, field: str) -> Participant:
    participant = survey.participants.filter(pk=pk).first()
    if participant is None:
        raise ValidationError(_("Choose someone who took part in this survey."), field=field)
    return participant


@router.get("/{pk}/participants", response={200: list[SurveyParticipantOut], 403: ErrorOut, 404: ErrorOut},
            summary="调研参加人员 / Participants")
def list_participants(request, pk: int):
    return list(selectors.participants_for(request.auth, selectors.survey_for(request.auth, pk)))


@router.post("/{pk}/participants", response={201: SurveyParticipantOut, **REFUSALS},
             summary="登记参加人员 / Add a participant",
             description="A CPPCC member (with their 界别), an invited expert, or committee or department staff.")
def add_participant(request, pk: int, payload: SurveyParticipantIn):
    survey = selectors.survey_for(request.auth, pk)
    return Status(201, services.add_participant(by=request.auth, survey=survey, name=payload.name, role=payload.role,
                                                sector=payload.sector, affiliation=payload.affiliation))


@router.post("/{pk}/symposium", response={200: SurveyOut, **REFUSALS}, summary="关联座谈会 / Link the symposium",
             description="The survey's symposium (调研座谈会): a symposium meeting of the caller's jurisdiction.")
def link_symposium(request, pk: int, payload: SurveySymposiumIn):
    survey = selectors.survey_for(request.auth, pk)
    meeting = Meeting.objects.filter(pk=payload.meeting).first()
    if meeting is None:
        raise ValidationError(_("Choose a symposium."), field="meeting")
    return services.link_symposium(by=request.auth, survey=survey, meeting=meeting)


@router.get("/{pk}/opinions", response={200: list[SurveyOpinionOut], 403: ErrorOut, 404: ErrorOut},
            summary="委员意见建议 / Opinions")
def list_opinions(request, pk: int):
    return list(selectors.opinions_for(request.auth, selectors.survey_for(request.auth, pk)))


@router.post("/{pk}/opinions", response={201: SurveyOpinionOut, **REFUSALS}, summary="记录意见建议 / Record an opinion")
def record_opinion(request, pk: int, payload: SurveyOpinionIn):
    survey = selectors.survey_for(request.auth, pk)
    return Status(201, services.record_opinion(
        by=request.auth, survey=survey, participant=_participant_of(survey, payload.participant, "participant"),
        text=payload.text))


@router.get("/{pk}/proposals", response={200: list[SurveyProposalOut], 403: ErrorOut, 404: ErrorOut},
            summary="提案 / Proposals")
def list_proposals(request, pk: int):
    return list(selectors.proposals_for(request.auth, selectors.survey_for(request.auth, pk)))


@router.post("/{pk}/proposals", response={201: SurveyProposalOut, **REFUSALS}, summary="登记提案 / Record a proposal",
             description="A proposal (提案) members made from the survey, drawing on its opinions.")
def record_proposal(request, pk: int, payload: SurveyProposalIn):
    survey = selectors.survey_for(request.auth, pk)
    opinions = list(Opinion.objects.filter(survey=survey, pk__in=payload.opinions))
    if len(opinions) != len(set(payload.opinions)):
        raise ValidationError(_("Choose opinions of this survey."), field="opinions")
    return Status(201, services.record_proposal(
        by=request.auth, survey=survey, title=payload.title, body=payload.body,
        proposers=[_participant_of(survey, person, "proposers") for person in payload.proposers],
        opinions=opinions, submitted_on=payload.submitted_on))


@router.get("/{pk}/report", response={200: None, 403: ErrorOut, 404: ErrorOut, 422: ErrorOut},
            summary="调研报告 / Survey report (.docx or .pdf)")
def report(request, pk: int, query: Query[SurveyReportFormat]):
    survey = selectors.survey_for(request.auth, pk)
    body, content_type, filename = report_file(survey, user=request.auth, fmt=query.format, request=request)
    response = HttpResponse(body, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response

"""Union-work API: the target assessment (self-reports, scores, ranking, publication) and risk screening."""

from django.utils.translation import gettext as _
from ninja import Router, Status

from huishang.api.errors import ErrorOut
from huishang.api.schemas import Text
from huishang.api.lookups import organization_by_id, region_by_code
from huishang.assessment import risks, selectors, services
from huishang.assessment.models import Indicator, Participant
from huishang.assessment.permissions import sees_everything, visible_assessments
from huishang.assessment.schemas import (
    AssessmentDetail, AssessmentOut, RiskIn, RiskOut, ScoreIn, ScoreOut, SelfReportIn, SelfReportOut,
)
from huishang.core.errors import ValidationError

router = Router(tags=["assessment"])
REFUSALS = {403: ErrorOut, 404: ErrorOut, 409: ErrorOut, 422: ErrorOut}


def _standings(user, assessment):
    if assessment.state != assessment.State.PUBLISHED and not sees_everything(user, assessment):
        return None
    return [{"rank": row.rank, "union": row.participant.union, "participant": row.participant.pk,
             "total": float(row.total), "by_indicator": {k: (float(v) if v is not None else None)
                                                          for k, v in row.by_indicator.items()}}
            for row in selectors.standings(assessment)]


def _of(model, assessment, pk, field):
    row = model.objects.filter(assessment=assessment, pk=pk).first()
    if row is None:
        message = _("Choose an indicator of this assessment.") if field == "indicator" else _(
            "Choose a union assessed in this assessment.")
        raise ValidationError(message, field=field)
    return row


@router.get("/assessments", response=list[AssessmentOut], summary="目标考核 / Assessments")
def list_assessments(request):
    return list(visible_assessments(request.auth))


@router.get("/assessments/{pk}", response={200: AssessmentDetail, 404: ErrorOut},
            summary="考核详情与排名 / An assessment with its ranking")
def read_assessment(request, pk: int):
    assessment = selectors.assessment_for(request.auth, pk)
    return {**AssessmentOut.from_orm(assessment).dict(), "indicators": list(assessment.indicators.all()),
            "standings": _standings(request.auth, assessment)}


@router.post("/assessments/{pk}/self-reports", response={201: SelfReportOut, **REFUSALS},
             summary="基层工会自评 / Self-report of the caller's union")
def self_report(request, pk: int, payload: SelfReportIn):
    assessment = selectors.assessment_for(request.auth, pk)
    indicator = _of(Indicator, assessment, payload.indicator, "indicator")
    return Status(201, services.submit_self_report(by=request.auth, assessment=assessment, indicator=indicator,
                                                   self_score=payload.self_score, evidence=payload.evidence))


@router.post("/assessments/{pk}/scores", response={201: ScoreOut, **REFUSALS}, summary="评审打分 / Score a union")
def score(request, pk: int, payload: ScoreIn):
    assessment = selectors.assessment_for(request.auth, pk)
    participant = _of(Participant, assessment, payload.participant, "participant")
    indicator = _of(Indicator, assessment, payload.indicator, "indicator")
    return Status(201, services.score(by=request.auth, participant=participant, indicator=indicator,
                                      value=payload.score, note=payload.note))


@router.post("/assessments/{pk}/publish", response={200: AssessmentOut, **REFUSALS}, summary="公布结果 / Publish")
def publish(request, pk: int):
    return services.publish(by=request.auth, assessment=selectors.assessment_for(request.auth, pk))


@router.get("/risks", response=list[RiskOut], summary="风险隐患 / Risks")
def list_risks(request, level: Text(16) = ""):
    found = risks.visible_risks(request.auth)
    return list(found.filter(level=level) if level else found[:500])


@router.post("/risks", response={201: RiskOut, **REFUSALS}, summary="登记风险隐患 / Record a risk")
def record_risk(request, payload: RiskIn):
    return Status(201, risks.record_risk(
        by=request.auth, title=payload.title, description=payload.description, category=payload.category,
        level=payload.level, responsible_unit=organization_by_id(payload.responsible_unit, "responsible_unit"),
        enterprise=organization_by_id(payload.enterprise, "enterprise"), region=region_by_code(payload.region),
    ))

"""Union-work API: the target assessment (self-reports, scores, ranking, publication) and risk screening."""

from django.utils.translation import gettext as _
from ninja import Router, Status

from huishang.api.errors import ErrorOut
from huishang.api.schemas import Text
from huishang.api.lookups import organization_by_id, region_by_code
from huishang.api.schemas import Id
from huishang.assessment import risks, selectors, services
from huishang.assessment.models import Indicator, Participant
from huishang.assessment.permissions import may_read_risks, sees_everything, visible_assessments
from huishang.assessment.schemas import (
    AssessmentDetail, AssessmentOut, CampaignDetail, CampaignIn, CampaignOut, RegradeIn, RiskDetail, RiskIn, RiskOut,
    ScoreIn, ScoreOut, ScreeningIn, SelfReportIn, SelfReportOut, StabilityPlanIn, StabilityPlanOut, TargetIn, TargetOut,
)
from huishang.core.errors import NotAllowed, NotFound, ValidationError
from huishang.directory.models import User

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
    campaign = None
    if payload.campaign is not None:
        campaign = risks.visible_campaigns(request.auth).filter(pk=payload.campaign).first()
        if campaign is None:
            raise ValidationError(_("Choose a screening campaign of your jurisdiction."), field="campaign")
    return Status(201, risks.record_risk(
        by=request.auth, title=payload.title, description=payload.description, category=payload.category,
        level=payload.level, responsible_unit=organization_by_id(payload.responsible_unit, "responsible_unit"),
        enterprise=organization_by_id(payload.enterprise, "enterprise"), region=region_by_code(payload.region),
        campaign=campaign,
    ))


def _risk(user, pk: int):
    if not may_read_risks(user):
        raise NotAllowed(_("Your role does not follow risk screening."))
    return risks.risk_for(user, pk)


@router.get("/risks/{pk}", response={200: RiskDetail, 403: ErrorOut, 404: ErrorOut},
            summary="风险隐患详情 / A risk with its gradings and plans")
def read_risk(request, pk: Id):
    return _risk(request.auth, pk)


@router.post("/risks/{pk}/grading", response={200: RiskDetail, **REFUSALS}, summary="调整风险等级 / Re-grade a risk",
             description="The office moves an open risk to another level with the reason; every grading is kept. "
                         "调整风险等级并说明理由。")
def regrade(request, pk: Id, payload: RegradeIn):
    risks.regrade(by=request.auth, risk=_risk(request.auth, pk), level=payload.level, reason=payload.reason)
    return _risk(request.auth, pk)


@router.post("/risks/{pk}/stability-plans", response={201: StabilityPlanOut, **REFUSALS},
             summary="稳控方案 / Record a stability plan", description="For a major or serious risk only.")
def stability_plan(request, pk: Id, payload: StabilityPlanIn):
    return Status(201, risks.record_stability_plan(
        by=request.auth, risk=_risk(request.auth, pk), measures=payload.measures,
        person_in_charge=payload.person_in_charge, review_on=payload.review_on))


def _with_coverage(campaign):
    for key, value in risks.coverage(campaign).items():
        setattr(campaign, key, value)
    return campaign


def _campaign(user, pk: int):
    if not risks.may_read_campaigns(user):
        raise NotAllowed(_("Your role does not follow risk screening."))
    return _with_coverage(risks.campaign_for(user, pk))


@router.get("/campaigns", response={200: list[CampaignOut], 403: ErrorOut}, summary="排查专项行动 / Screening campaigns",
            description="The campaigns of the caller's jurisdiction with their coverage (screened ÷ to screen, %). "
                        "本辖区的风险排查专项行动及覆盖率。")
def list_campaigns(request):
    if not risks.may_read_campaigns(request.auth):
        raise NotAllowed(_("Your role does not follow risk screening."))
    return [_with_coverage(campaign) for campaign in risks.visible_campaigns(request.auth)]


@router.post("/campaigns", response={201: CampaignDetail, **REFUSALS}, summary="开展排查 / Open a campaign")
def open_campaign(request, payload: CampaignIn):
    region = region_by_code(payload.region)
    if region is None:
        raise ValidationError(_("This field is required."), field="region")
    campaign = risks.open_campaign(by=request.auth, title=payload.title, scope=payload.scope, region=region,
                                   starts_on=payload.starts_on, ends_on=payload.ends_on)
    return Status(201, _campaign(request.auth, campaign.pk))


@router.get("/campaigns/{pk}", response={200: CampaignDetail, 403: ErrorOut, 404: ErrorOut},
            summary="排查专项行动详情 / A campaign with its list and risks")
def read_campaign(request, pk: Id):
    return _campaign(request.auth, pk)


@router.post("/campaigns/{pk}/targets", response={201: TargetOut, **REFUSALS},
             summary="列入排查名单 / Add an enterprise to screen")
def add_target(request, pk: Id, payload: TargetIn):
    campaign = _campaign(request.auth, pk)
    screener = User.objects.filter(pk=payload.screener).first()
    if screener is None:
        raise ValidationError(_("Unknown user."), field="screener")
    return Status(201, risks.add_target(by=request.auth, campaign=campaign,
                                        enterprise=organization_by_id(payload.enterprise, "enterprise"),
                                        screener=screener))


@router.post("/campaigns/{pk}/targets/{target_id}/screened", response={200: TargetOut, **REFUSALS},
             summary="登记排查 / Mark an enterprise screened")
def record_screening(request, pk: Id, target_id: Id, payload: ScreeningIn):
    target = _campaign(request.auth, pk).targets.filter(pk=target_id).first()
    if target is None:
        raise NotFound(_("This enterprise is not on the campaign's list."))
    return risks.record_screening(by=request.auth, target=target, screened_on=payload.screened_on,
                                  finding=payload.finding)

"""Union-work API: plans and their plenary, the reform's group, member units and tasks, progress, campaigns,
competitions with scores and ranking, cooperation agreements. Every operation calls the services."""

from django.utils.translation import gettext as _
from ninja import Router, Status

from huishang.api.errors import ErrorOut
from huishang.api.lookups import organization_by_id, organizations_by_id, region_by_code
from huishang.core.errors import ValidationError
from huishang.unionwork import selectors, services
from huishang.unionwork.schemas import (
    UnionWorkAdoptIn, UnionWorkCampaignDetail, UnionWorkCampaignIn, UnionWorkCampaignOut, UnionWorkCompetitionDetail,
    UnionWorkCompetitionIn, UnionWorkCompetitionOut, UnionWorkCooperationDetail, UnionWorkCooperationIn, UnionWorkCooperationProgressOut,
    UnionWorkCooperationOut, UnionWorkEntryIn, UnionWorkEntryOut, UnionWorkGroupDetail, UnionWorkGroupIn,
    UnionWorkGroupOut, UnionWorkMemberIn, UnionWorkMemberOut, UnionWorkNoteIn, UnionWorkParticipantIn, UnionWorkParticipantOut,
    UnionWorkPlanDetail, UnionWorkPlanIn, UnionWorkPlanOut, UnionWorkProgressIn, UnionWorkProgressOut,
    UnionWorkReformTaskIn, UnionWorkResultIn, UnionWorkScoreIn, UnionWorkTaskIn, UnionWorkTaskOut,
)

router = Router(tags=["unionwork"])
REFUSALS = {403: ErrorOut, 404: ErrorOut, 409: ErrorOut, 422: ErrorOut}
LIST_LIMIT = 500


def _row(rows, pk, field: str, message: str):
    row = rows.filter(pk=pk).first()
    if row is None:
        raise ValidationError(message, field=field)
    return row


# --- plans --------------------------------------------------------------------------------------------------

def _plan_detail(plan):
    return {**UnionWorkPlanOut.from_orm(plan).dict(), "report": plan.report,
            "tasks": list(selectors.with_progress(plan.tasks.all())), "progress": selectors.plan_progress(plan)}


@router.get("/plans", response=list[UnionWorkPlanOut], summary="年度工作计划 / Work plans")
def list_plans(request):
    return list(selectors.visible_plans(request.auth)[:LIST_LIMIT])


@router.get("/plans/{pk}", response={200: UnionWorkPlanDetail, 404: ErrorOut},
            summary="计划、任务与进展 / A plan with its tasks and progress")
def read_plan(request, pk: int):
    return _plan_detail(selectors.one_of(selectors.visible_plans(request.auth), pk))


@router.post("/plans", response={201: UnionWorkPlanOut, **REFUSALS}, summary="起草年度工作计划 / Draft a plan")
def create_plan(request, payload: UnionWorkPlanIn):
    return Status(201, services.create_plan(by=request.auth, organiser=organization_by_id(payload.organiser, "organiser"),
                                            year=payload.year, title=payload.title, report=payload.report))


@router.post("/plans/{pk}/tasks", response={201: UnionWorkTaskOut, **REFUSALS}, summary="添加重点任务 / Add a task")
def add_plan_task(request, pk: int, payload: UnionWorkTaskIn):
    plan = selectors.one_of(selectors.visible_plans(request.auth), pk)
    return Status(201, services.add_plan_task(
        by=request.auth, plan=plan, title=payload.title, goal=payload.goal,
        responsible=organization_by_id(payload.responsible, "responsible"), deadline=payload.deadline))


@router.post("/plans/{pk}/adopt", response={200: UnionWorkPlanOut, **REFUSALS},
             summary="全委会审议通过 / Adopted at a plenary")
def adopt_plan(request, pk: int, payload: UnionWorkAdoptIn):
    plan = selectors.one_of(selectors.visible_plans(request.auth), pk)
    plenary = _row(selectors.plenaries_for(request.auth), payload.plenary, "plenary", _("Choose the plenary that adopted the plan."))
    return services.adopt_plan(by=request.auth, plan=plan, plenary=plenary)


@router.post("/tasks/{pk}/progress", response={201: UnionWorkProgressOut, **REFUSALS},
             summary="报告任务进展 / Report a task's progress")
def report_progress(request, pk: int, payload: UnionWorkProgressIn):
    task = selectors.visible_task(request.auth, pk)
    return Status(201, services.report_progress(by=request.auth, task=task, percent=payload.percent, note=payload.note))


# --- the reform's leading group ----------------------------------------------------------------------------------

def _group_detail(group):
    members = [{"id": member.pk, "organization": member.organization, "tasks": tasks}
               for member, tasks in selectors.member_rows(group)]
    return {**UnionWorkGroupOut.from_orm(group).dict(), "members": members, "progress": selectors.group_progress(group)}


@router.get("/reform-groups", response=list[UnionWorkGroupOut], summary="产改领导小组 / Reform leading groups")
def list_groups(request):
    return list(selectors.visible_groups(request.auth)[:LIST_LIMIT])


@router.get("/reform-groups/{pk}", response={200: UnionWorkGroupDetail, 404: ErrorOut},
            summary="成员单位与任务清单 / Member units and their tasks")
def read_group(request, pk: int):
    return _group_detail(selectors.one_of(selectors.visible_groups(request.auth), pk))


@router.post("/reform-groups", response={201: UnionWorkGroupOut, **REFUSALS}, summary="成立领导小组 / Record the group")
def create_group(request, payload: UnionWorkGroupIn):
    return Status(201, services.create_reform_group(
        by=request.auth, organiser=organization_by_id(payload.organiser, "organiser"), year=payload.year,
        title=payload.title, leader=payload.leader, deputy_leader=payload.deputy_leader))


@router.post("/reform-groups/{pk}/members", response={201: UnionWorkMemberOut, **REFUSALS},
             summary="增加成员单位 / Add a member unit")
def add_member(request, pk: int, payload: UnionWorkMemberIn):
    group = selectors.one_of(selectors.visible_groups(request.auth), pk)
    member = services.add_member(by=request.auth, group=group,
                                 organization=organization_by_id(payload.organization, "organization"))
    return Status(201, {"id": member.pk, "organization": member.organization, "tasks": []})


@router.post("/reform-groups/{pk}/tasks", response={201: UnionWorkTaskOut, **REFUSALS},
             summary="成员单位任务 / Add a member unit's task")
def add_reform_task(request, pk: int, payload: UnionWorkReformTaskIn):
    group = selectors.one_of(selectors.visible_groups(request.auth), pk)
    member = _row(group.members.all(), payload.member, "member", _("Choose a member unit of this group."))
    return Status(201, services.add_reform_task(by=request.auth, member=member, title=payload.title,
                                                goal=payload.goal, deadline=payload.deadline))


# --- campaigns -----------------------------------------------------------------------------------------------

@router.get("/campaigns", response=list[UnionWorkCampaignOut], summary="渝工五大行动 / Campaigns")
def list_campaigns(request):
    return list(selectors.visible_campaigns(request.auth)[:LIST_LIMIT])


@router.get("/campaigns/{pk}", response={200: UnionWorkCampaignDetail, 404: ErrorOut},
            summary="行动与参与单位 / A campaign with its participants")
def read_campaign(request, pk: int):
    campaign = selectors.one_of(selectors.visible_campaigns(request.auth), pk)
    return {**UnionWorkCampaignOut.from_orm(campaign).dict(),
            "participants": list(campaign.participants.select_related("organization"))}


@router.post("/campaigns", response={201: UnionWorkCampaignOut, **REFUSALS}, summary="发起行动 / Record a campaign")
def create_campaign(request, payload: UnionWorkCampaignIn):
    return Status(201, services.create_campaign(
        by=request.auth, organiser=organization_by_id(payload.organiser, "organiser"), year=payload.year,
        title=payload.title, aims=payload.aims))


@router.post("/campaigns/{pk}/participants", response={201: UnionWorkParticipantOut, **REFUSALS},
             summary="参与单位 / Add a participant")
def add_participant(request, pk: int, payload: UnionWorkParticipantIn):
    campaign = selectors.one_of(selectors.visible_campaigns(request.auth), pk)
    return Status(201, services.add_campaign_participant(
        by=request.auth, campaign=campaign, organization=organization_by_id(payload.organization, "organization")))


@router.post("/campaigns/{pk}/results", response={200: UnionWorkParticipantOut, **REFUSALS},
             summary="记录成果 / Record a participant's result")
def record_result(request, pk: int, payload: UnionWorkResultIn):
    campaign = selectors.one_of(selectors.visible_campaigns(request.auth), pk)
    participant = _row(campaign.participants.all(), payload.participant, "participant",
                       _("Choose a participant of this campaign."))
    return services.record_campaign_result(by=request.auth, participant=participant, result=payload.result)


# --- competitions -----------------------------------------------------------------------------------------------

def _competition_detail(competition):
    entries = [{"id": entry.pk, "competitor": entry.competitor, "organization": entry.organization,
                "score": float(entry.score) if entry.score is not None else None, "rank": rank, "award": entry.award}
               for rank, entry in selectors.entry_rows(competition)]
    return {**UnionWorkCompetitionOut.from_orm(competition).dict(), "entries": entries}


@router.get("/competitions", response=list[UnionWorkCompetitionOut], summary="劳动和技能竞赛 / Skills competitions")
def list_competitions(request):
    return list(selectors.visible_competitions(request.auth)[:LIST_LIMIT])


@router.get("/competitions/{pk}", response={200: UnionWorkCompetitionDetail, 404: ErrorOut},
            summary="参赛、成绩与名次 / Entries, scores and ranking")
def read_competition(request, pk: int):
    return _competition_detail(selectors.one_of(selectors.visible_competitions(request.auth), pk))


@router.post("/competitions", response={201: UnionWorkCompetitionOut, **REFUSALS},
             summary="举办技能竞赛 / Set up a competition")
def create_competition(request, payload: UnionWorkCompetitionIn):
    campaign = None
    if payload.campaign is not None:
        campaign = _row(selectors.visible_campaigns(request.auth), payload.campaign, "campaign",
                        _("Choose a campaign of the same union."))
    return Status(201, services.create_competition(
        by=request.auth, organiser=organization_by_id(payload.organiser, "organiser"), title=payload.title,
        trade=payload.trade, held_on=payload.held_on, campaign=campaign, first_prizes=payload.first_prizes,
        second_prizes=payload.second_prizes, third_prizes=payload.third_prizes))


@router.post("/competitions/{pk}/entries", response={201: UnionWorkEntryOut, **REFUSALS}, summary="报名参赛 / Enter")
def add_entry(request, pk: int, payload: UnionWorkEntryIn):
    competition = selectors.one_of(selectors.visible_competitions(request.auth), pk)
    entry = services.add_entry(by=request.auth, competition=competition, competitor=payload.competitor,
                               organization=organization_by_id(payload.organization, "organization"))
    return Status(201, {"id": entry.pk, "competitor": entry.competitor, "organization": entry.organization,
                        "score": None, "rank": None, "award": ""})


@router.post("/competitions/{pk}/scores", response={200: UnionWorkCompetitionDetail, **REFUSALS},
             summary="评分 / Score an entry")
def score_entry(request, pk: int, payload: UnionWorkScoreIn):
    competition = selectors.one_of(selectors.visible_competitions(request.auth), pk)
    entry = _row(competition.entries.all(), payload.entry, "entry", _("Choose an entry of this competition."))
    services.score_entry(by=request.auth, entry=entry, score=payload.score)
    return _competition_detail(competition)


@router.post("/competitions/{pk}/publish", response={200: UnionWorkCompetitionDetail, **REFUSALS},
             summary="公布名次与奖项 / Publish the ranking and awards")
def publish_results(request, pk: int):
    competition = selectors.one_of(selectors.visible_competitions(request.auth), pk)
    return _competition_detail(services.publish_results(by=request.auth, competition=competition))


# --- cooperation ------------------------------------------------------------------------------------------------

def _cooperation_detail(cooperation):
    return {**UnionWorkCooperationOut.from_orm(cooperation).dict(),
            "parties": list(cooperation.parties.select_related("region", "organization")),
            "progress": list(cooperation.progress.all())}


@router.get("/cooperations", response=list[UnionWorkCooperationOut], summary="合作协议 / Cooperation agreements")
def list_cooperations(request):
    return list(selectors.visible_cooperations(request.auth)[:LIST_LIMIT])


@router.get("/cooperations/{pk}", response={200: UnionWorkCooperationDetail, 404: ErrorOut},
            summary="协议与合作进度 / An agreement with its progress")
def read_cooperation(request, pk: int):
    return _cooperation_detail(selectors.one_of(selectors.visible_cooperations(request.auth), pk))


@router.post("/cooperations", response={201: UnionWorkCooperationOut, **REFUSALS},
             summary="登记合作协议 / Record an agreement")
def record_cooperation(request, payload: UnionWorkCooperationIn):
    regions = [region_by_code(code, "regions") for code in payload.regions]
    return Status(201, services.record_cooperation(
        by=request.auth, title=payload.title, region=region_by_code(payload.region), signed_on=payload.signed_on,
        aims=payload.aims, regions=[region for region in regions if region is not None],
        organizations=organizations_by_id(payload.organizations, "organizations")))


@router.post("/cooperations/{pk}/progress", response={201: UnionWorkCooperationProgressOut, **REFUSALS},
             summary="报告合作进度 / Report progress")
def report_cooperation_progress(request, pk: int, payload: UnionWorkNoteIn):
    cooperation = selectors.one_of(selectors.visible_cooperations(request.auth), pk)
    return Status(201, services.report_cooperation_progress(by=request.auth, cooperation=cooperation,
                                                            note=payload.note))

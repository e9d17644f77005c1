"""Supervision in the Neijiang demo: card rules, reminders, an escalation, extension requests, a supervision
review and follow-ups on the seed's matters, and the joint supervision group's review round of the third quarter
(回访督查: its findings close the resolved matters it confirms and ask the long-running ones for work plans), each
recorded through the services after the matter's last step and before the article's day, then the cards of
today. Nothing resolves or reopens a matter, and an approved extension stays within 90 days of the meeting, so the
seed's figures and history stay as they are. Last, the matters still with a unit get deadlines around the day the
demo is built, for a realistic mix of cards, and one long-running matter a work plan (细化工作措施) whose second
milestone was missed a week ago."""

import datetime

from django.db.models import Max
from django.utils import timezone

from huishang.cases import services as matter_services
from huishang.cases.models import Category, Matter
from huishang.cases.states import AWAITING_UNIT, State
from huishang.core import clock
from huishang.demo.seed_neijiang import ARTICLE_DAY
from huishang.directory.models import Role, User
from huishang.supervision import jobs, plans, rounds, services
from huishang.supervision.cards import compute_cards
from huishang.supervision.limits import DEFAULTS
from huishang.supervision.models import CardRule, FollowUp, RoundMatter, StepLimit
from huishang.workdays.calendar import add_working_days, working_days_between

DEMO_USERNAMES: set[str] = set()

NEIJIANG = "5110"
EXTENSIONS = [
    (True, "企业用地手续需省级部门审批，申请延期20个工作日。", "同意延期，请按新期限办结。"),
    (False, "涉及多个部门协调，申请延期。", "协调事项已明确，不同意延期，请按原期限办结。"),
    (None, "设备招标程序尚未完成，申请延期。", ""),
]
REMINDER_NOTE = "该事项已临近或超过办理时限，请抓紧办理并及时反馈办理进展。"
FOLLOW_UP_NOTES = ["企业表示问题已解决，对办理结果满意。", "企业基本满意，希望后续继续关注。"]
REPLANNED_NOTE = "督查组根据季度督办安排，重新核定办理时限。"
# Working days from today to each replanned deadline, negative when overdue: per fifteen matters two red
# cards (over 15 working days late), three yellow, three warnings (due within 3) and seven on time.
DEADLINE_MIX = [-22, -17, -7, -4, -1, 1, 2, 3, 8, 12, 15, 20, 25, 30, 40]


# Every supervision step of the demo happened before the article that reports the figures.
LAST_MOMENT = datetime.datetime.combine(ARTICLE_DAY - datetime.timedelta(days=1), datetime.time(9, 0))
LONGEST_DEADLINE = datetime.timedelta(days=90)


def _last_step(matter: Matter) -> datetime.datetime:
    return matter.trail.aggregate(last=Max("at"))["last"]


def _after_last_step(matter: Matter, days: int = 1) -> datetime.datetime:
    return _last_step(matter) + datetime.timedelta(days=days)


def _quiet_before_the_article(matters, days: int = 3) -> list[Matter]:
    """Matters whose last step leaves ``days`` days before the article for the supervision steps."""
    return [matter for matter in matters
            if _after_last_step(matter, days) < timezone.make_aware(LAST_MOMENT)]


def _latest_allowed_due(matter: Matter) -> datetime.date:
    """A meeting sets deadlines of at most 90 days; an extension keeps within that."""
    held = matter.agenda_items.aggregate(last=Max("meeting__held_on"))["last"]
    return held + LONGEST_DEADLINE if held else matter.due + datetime.timedelta(days=28)


def _requested_due(matter: Matter) -> datetime.date:
    return min(matter.due + datetime.timedelta(days=28), _latest_allowed_due(matter))


def _handler(matter: Matter) -> User:
    return User.objects.filter(role=Role.UNIT, organization=matter.lead_unit_id).order_by("pk").first()


def _rules() -> None:
    CardRule.objects.create(category=None, warning_days=3, red_after_days=10, red_reopenings=2)
    first = Category.objects.order_by("order", "code").first()
    if first:
        CardRule.objects.create(category=first, warning_days=5, red_after_days=15, red_reopenings=2)
    # 时限: the table as the demo's assignments were given it (the built-in defaults, supervision.limits), so
    # that the admin shows the rows an office edits.
    for urgency, limits in DEFAULTS.items():
        StepLimit.objects.create(category=None, urgency=urgency, **limits)


def _extensions(matters, supervisor) -> list[Matter]:
    """Three extension requests: one approved, one refused, one waiting; returns their matters."""
    candidates = [
        matter for matter in matters
        if _handler(matter) and _requested_due(matter) > matter.due
    ][:len(EXTENSIONS)]
    for matter, (approve, reason, decision) in zip(candidates, EXTENSIONS):
        with clock.frozen_at(_after_last_step(matter)):
            request = services.request_extension(
                matter, by=_handler(matter), requested_due=_requested_due(matter), reason=reason
            )
        if approve is not None:
            with clock.frozen_at(_after_last_step(matter, 2)):
                services.decide_extension(request, by=supervisor, approve=approve, note=decision)
    return candidates


def _follow_ups(office) -> None:
    jobs.schedule_follow_ups()
    rows = FollowUp.objects.select_related("matter").order_by("resolved_at", "pk")[:12]
    quiet = {matter.pk for matter in _quiet_before_the_article(row.matter for row in rows)}
    for index, row in enumerate([row for row in rows if row.matter_id in quiet][:6]):
        satisfaction = FollowUp.Satisfaction.SATISFIED if index % 3 else FollowUp.Satisfaction.FAIRLY
        with clock.frozen_at(_after_last_step(row.matter, 3)):
            services.record_follow_up(row, by=office, satisfaction=satisfaction, note=FOLLOW_UP_NOTES[index % 2])


def _working_days_from(today: datetime.date, days: int) -> datetime.date:
    """The day ``days`` working days after ``today``, or before it when ``days`` is negative."""
    if days >= 0:
        return add_working_days(today, days)
    day = today
    while working_days_between(day, today) < -days:
        day -= datetime.timedelta(days=1)
    return day


def _deadlines_for_today(rng) -> None:
    """The demo is served today, years after the seed's meetings: each matter still with a unit gets a
    deadline around today, set by the supervision group through the lifecycle service (trail written), so
    that the board shows what a working office sees. A matter whose extension request waits keeps its own."""
    today = clock.today()
    replanned_at = timezone.make_aware(datetime.datetime.combine(today - datetime.timedelta(days=60),
                                                                 datetime.time(9, 0)))
    admin = User.objects.filter(role=Role.ADMIN, is_active=True).order_by("pk").first()
    waiting = (Matter.objects.filter(state__in=AWAITING_UNIT).exclude(extension_requests__status="pending")
               .select_related("region").order_by("pk"))
    mix = list(DEADLINE_MIX)
    for position, matter in enumerate(waiting):
        if position % len(mix) == 0:
            rng.shuffle(mix)
        by = next(iter(services.supervisors_of(matter)), admin)
        with clock.frozen_at(max(replanned_at, _after_last_step(matter))):
            matter_services.extend_deadline(matter, by=by, due=_working_days_from(today, mix[position % len(mix)]),
                                            note=REPLANNED_NOTE)


# 定期回访督查: the joint group's rounds over each quarter of 2023 before the article, opened after the quarter.
ROUNDS = [
    ("2023年第一季度企业问题办理落实情况回访督查", datetime.date(2023, 1, 1), datetime.date(2023, 3, 31),
     datetime.datetime(2023, 4, 10, 9, 0)),
    ("2023年第二季度企业问题办理落实情况回访督查", datetime.date(2023, 4, 1), datetime.date(2023, 6, 30),
     datetime.datetime(2023, 7, 10, 9, 0)),
    ("2023年第三季度企业问题办理落实情况回访督查", datetime.date(2023, 7, 1), datetime.date(2023, 9, 30),
     datetime.datetime(2023, 10, 9, 9, 0)),
]
ROUND_DAYS = 14
ROUND_SUMMARY = ("市委目标绩效办、市经济和信息化局联合督查组对本季度办结、重办和长期未办结问题开展回访督查，"
                 "结合企业现场复核和责任单位反馈调整办理状态；对仍需持续推进的问题，要求责任单位细化工作措施。")
SOLVED_NOTES = ["企业确认问题已解决，现场查看整改到位。", "电话回访企业负责人，反映问题已解决，无反弹。"]
UNDER_WAY_NOTE = "问题涉及多个部门协调，尚未办结，请牵头单位细化工作措施、明确时间节点。"
ANSWERED_NOTE = "责任单位已答复，待企业现场复核确认。"
PLAN_MEASURES = ("一是会同自然资源、住建部门开展现场踏勘，论证解决方案；二是按程序办理审批手续；"
                 "三是督促施工单位按期完成整改，并请企业现场确认。每半月向专班报告一次进展。")


def _at(moment: datetime.datetime) -> datetime.datetime:
    return timezone.make_aware(moment)


def _finding(matter: Matter, index: int) -> dict:
    """What the group found: a resolved matter solved (followed up and closed), a matter the unit still handles
    under way and asked for a work plan, an answered one waiting for the enterprise's review."""
    if matter.state in (State.RESOLVED, State.CLOSED):
        return {"verdict": RoundMatter.Verdict.SOLVED, "note": SOLVED_NOTES[index % 2],
                "satisfaction": FollowUp.Satisfaction.FAIRLY if index % 4 == 3 else None,
                "checklist": dict.fromkeys(rounds.CHECKLIST, True)}
    if matter.state in AWAITING_UNIT:
        return {"verdict": RoundMatter.Verdict.UNDER_WAY, "note": UNDER_WAY_NOTE, "plan_required": True,
                "checklist": {"measures": False, "enterprise_confirms": False}}
    return {"verdict": RoundMatter.Verdict.UNDER_WAY, "note": ANSWERED_NOTE,
            "checklist": {"measures": True, "enterprise_confirms": False}}


def _review_round(supervisor, title, period_start, period_end, opened) -> None:
    """One quarter's round over 内江: the matters its rules choose are checked in the fortnight after it opens; a
    matter whose handling moved on since is taken off by hand, as the group would."""
    opened = _at(opened)
    with clock.frozen_at(opened):
        review_round = rounds.create_round(
            by=supervisor, title=title, period_start=period_start, period_end=period_end, region=supervisor.region,
            members=list(rounds.members_choice(supervisor.region, by=supervisor)),
        )
        entries = list(rounds.entries_of(review_round).order_by("matter__number"))
        for entry in entries:
            if _last_step(entry.matter) >= opened:
                rounds.remove_matter(review_round, by=supervisor, matter=entry.matter)
    checked = [entry for entry in entries if _last_step(entry.matter) < opened]
    for index, entry in enumerate(checked):
        with clock.frozen_at(opened + datetime.timedelta(days=1 + index * (ROUND_DAYS - 2) // max(len(checked), 1),
                                                          hours=index % 8)):
            rounds.record_finding(entry, by=supervisor, method=("on_site", "phone")[index % 2],
                                  **_finding(entry.matter, index))
    with clock.frozen_at(opened + datetime.timedelta(days=ROUND_DAYS)):
        rounds.finish_round(review_round, by=supervisor, summary=ROUND_SUMMARY)


def _work_plan(office, supervisor) -> None:
    """A long-running matter a review round asked for a work plan: its lead unit's plan, approved by the office (the
    supervision group sets the deadline to the plan's last milestone), reached its first milestone and missed its
    second a week ago, so the matter is carded yellow for it."""
    today = clock.today()
    asked = (Matter.objects.filter(state=State.IN_PROGRESS, round_entries__plan_required=True)
             .exclude(extension_requests__status="pending").select_related("lead_unit").distinct().order_by("-due", "pk"))
    matter = next((row for row in asked if _handler(row)), None)
    if matter is None:
        return
    handler = _handler(matter)

    def days_ago(days: int, hour: int = 10) -> datetime.datetime:
        return _at(datetime.datetime.combine(today - datetime.timedelta(days=days), datetime.time(hour)))

    last = _working_days_from(today, 25)
    with clock.frozen_at(days_ago(40)):
        plan = plans.submit_plan(matter, by=handler, measures=PLAN_MEASURES, milestones=[
            (today - datetime.timedelta(days=25), "完成现场踏勘和方案论证"),
            (today - datetime.timedelta(days=7), "完成审批手续"),
            (last, "完成整改并经企业现场确认"),
        ])
    with clock.frozen_at(days_ago(39, 15)):
        plan = plans.decide_plan(plan, by=office, approve=True, note="方案可行，请按节点推进并及时报告进展。")
        if matter.due < last:
            matter_services.extend_deadline(matter, by=supervisor, due=last, note=REPLANNED_NOTE)
    first, second = list(plan.milestones.all())[:2]
    with clock.frozen_at(days_ago(24)):
        plans.report_progress(plan, by=handler, content="已完成现场踏勘，解决方案经专题会论证通过。",
                              milestone=first, reached=True)
    with clock.frozen_at(days_ago(12)):
        plans.report_progress(plan, by=handler, content="审批材料已报送，等待上级部门批复。", milestone=second)


def build_demo(accounts, rng) -> None:
    del accounts
    supervisor = User.objects.get(username="supervisor")
    leader = User.objects.get(username="leader")
    office = User.objects.get(username="office")
    _rules()
    neijiang = Matter.objects.filter(region__code__startswith=NEIJIANG).select_related("lead_unit")
    in_progress = _quiet_before_the_article(neijiang.filter(state=State.IN_PROGRESS).order_by("due", "pk"))
    extended = _extensions(in_progress[::-1], supervisor)
    others = [matter for matter in in_progress if matter not in extended]
    for matter in rng.sample(others, k=min(4, len(others))):
        with clock.frozen_at(_after_last_step(matter)):
            services.remind(matter, by=supervisor, note=REMINDER_NOTE)
    if in_progress:
        oldest = in_progress[0]
        with clock.frozen_at(_after_last_step(oldest, 2)):
            services.escalate(oldest, by=supervisor, leader=leader,
                              reason="该事项超期较长，牵头单位多次催办仍未办结，提请领导协调。")
    responded = _quiet_before_the_article(neijiang.filter(state=State.RESPONDED).order_by("pk"))
    if responded:
        with clock.frozen_at(_after_last_step(responded[0])):
            services.record_visit(responded[0], by=supervisor, method="on_site",
                                  findings="现场查看企业反映问题的整改情况，设备已到位，待企业确认。")
    _follow_ups(office)
    for title, period_start, period_end, opened in ROUNDS:
        _review_round(supervisor, title, period_start, period_end, opened)
    _deadlines_for_today(rng)
    _work_plan(office, supervisor)
    compute_cards()

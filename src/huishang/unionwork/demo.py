"""Yongchuan's union work as seed 000 reports it, built through the services.

From the page: the plenary 十四届五次全委（扩大）会 of 18 April 2024 that reported on 2023 and set the 2024 work;
the afternoon's 2024 industrial-worker reform meeting, its leading group (leader 蔡焘, deputy leader 孔萍) and
member units; the areas of work it names (职工思想政治引领, 产业工人队伍建设改革, 劳动领域政治安全, 劳动和技能竞赛,
职工维权服务, 工会改革和建设) and 渝工五大行动; the 17 April exchange of 宝峰镇, 来苏镇 and 泸县毗卢镇.
Invented: the tasks, their deadlines and progress, the member units' task lists, the campaign's participants and
results, the competition's trade, competitors and scores, the towns' statistical codes, the later progress of the
three towns' cooperation. One reform task is left past its deadline, and the worker's reminder of it is sent.
"""

import datetime

from huishang.core import clock
from huishang.demo import organisations
from huishang.directory.models import Organization, Region, User
from huishang.meetings import services as meeting_services
from huishang.meetings.models import Meeting
from huishang.unionwork import jobs, services

FEDERATION = "重庆市永川区总工会"
ORGANISER = "union"  # 聂红, the federation's officer (assessment.demo)
OFFICE = "office_yc"
DEMO_USERNAMES: set[str] = set()
PLENARY_DAY = datetime.date(2024, 4, 18)

REPORT_2023 = (
    "2023年，区总工会团结引领动员全区各级工会组织和广大职工群众，聚焦永川“一三五”总体发展思路，在职工思想政治"
    "引领、产业工人队伍建设改革、劳动领域政治安全、劳动和技能竞赛、职工维权服务、工会改革和建设等方面主动作为，"
    "工会组织力进一步提升，工会引领力进一步释放，工会服务力进一步增强。")

# (task, goal, responsible body, deadline, progress reports as (day, percent, note))
PLAN_TASKS = [
    ("深化职工思想政治引领", "开展理论宣讲进企业、进车间60场，覆盖职工1万人次", FEDERATION, datetime.date(2024, 9, 30), [
        (datetime.date(2024, 6, 28), 55, "开展理论宣讲33场，覆盖职工5600人次"),
        (datetime.date(2024, 9, 26), 100, "开展理论宣讲64场，覆盖职工1.1万人次")]),
    ("深化产业工人队伍建设改革", "完成2024年产改任务清单，新增高技能人才500人", "重庆市永川区人力资源和社会保障局",
     datetime.date(2024, 12, 31), [(datetime.date(2024, 7, 5), 45, "任务清单过半，新增高技能人才230人")]),
    ("维护劳动领域政治安全", "风险隐患排查覆盖规上企业，重大风险化解率100%", "重庆市永川区人力资源和社会保障局",
     datetime.date(2024, 11, 30), [(datetime.date(2024, 6, 20), 40, "完成上半年风险排查，登记风险隐患4条")]),
    ("组织劳动和技能竞赛", "举办区级职业技能竞赛不少于5个工种", "重庆永川高新技术产业开发区总工会",
     datetime.date(2024, 10, 31), [(datetime.date(2024, 9, 25), 100, "举办数控车工等6个工种区级竞赛")]),
    ("做实职工维权服务", "困难职工帮扶、法律援助和集体协商建制率达标", "重庆市永川区宝峰镇总工会",
     datetime.date(2024, 12, 31), [(datetime.date(2024, 8, 30), 60, "法律援助案件办结28件，集体协商建制率92%")]),
    ("推进工会改革和建设", "新建基层工会30家，发展会员3000人", "重庆市永川区来苏镇总工会",
     datetime.date(2024, 12, 31), []),
]

GROUP_TITLE = "永川区推进产业工人队伍建设改革领导小组"
# member unit -> its tasks: (task, goal, deadline, reports)
REFORM_TASKS = {
    "重庆市永川区人力资源和社会保障局": [
        ("开展技能人才自主评价", "支持30家企业开展技能人才自主评价", datetime.date(2024, 6, 30), [
            (datetime.date(2024, 6, 14), 60, "已备案企业18家，评价技能人才1260人")]),  # left overdue
        ("实施职业技能提升行动", "全年补贴性职业技能培训1.2万人次", datetime.date(2024, 12, 31), [
            (datetime.date(2024, 9, 10), 70, "完成培训8400人次")]),
    ],
    "重庆市永川区经济和信息化委员会": [
        ("推动产业工人参与企业技术创新", "规上工业企业职工技术创新项目200项", datetime.date(2024, 11, 30), [
            (datetime.date(2024, 5, 31), 30, "征集职工技术创新项目61项"),
            (datetime.date(2024, 10, 30), 100, "完成职工技术创新项目214项")]),
    ],
    "重庆市永川区科学技术局": [
        ("建设劳模和工匠人才创新工作室", "新认定区级创新工作室10个", datetime.date(2024, 10, 31), [
            (datetime.date(2024, 10, 15), 100, "新认定区级劳模和工匠人才创新工作室11个")]),
    ],
    "重庆永川高新技术产业开发区管理委员会": [
        ("建设产业工人服务阵地", "园区建成产业工人服务站3个", datetime.date(2024, 12, 31), [
            (datetime.date(2024, 8, 20), 35, "1个服务站已投用")]),
    ],
    FEDERATION: [
        ("通报产改工作推进情况", "每季度通报成员单位任务进展", datetime.date(2024, 12, 31), [
            (datetime.date(2024, 7, 10), 50, "已印发两期推进情况通报")]),
    ],
}
REMINDED_AT = datetime.datetime(2024, 7, 1, 8, 10)  # the worker's morning run after the 30 June deadline

CAMPAIGN = ("2024年“渝工五大行动”·劳动和技能竞赛", "以劳动和技能竞赛为载体，组织全区职工岗位练兵、技能比武、技术创新。")
CAMPAIGN_RESULTS = {
    "重庆磐谷动力技术有限公司": "开展岗位练兵12场，参与职工420人，提出合理化建议56条",
    "重庆良工科技公司": "组织技能比武3次，8名职工晋升技师",
    "重庆太平洋精工公司": "开展质量攻关竞赛，产品一次合格率提高2.1个百分点",
    "重庆永川鑫宇精密模具有限公司": None,
}
COMPETITION = ("2024年永川区数控车工职业技能竞赛", "数控车工", datetime.date(2024, 9, 20))
# competitor, employer, score: 杨帆 and 何俊 tie for second place
ENTRIES = [
    ("刘志强", "重庆良工科技公司", "94.50"), ("杨帆", "重庆太平洋精工公司", "92.00"),
    ("何俊", "重庆磐谷动力技术有限公司", "92.00"), ("邓伟", "重庆永荣机械有限公司", "89.75"),
    ("谢敏", "重庆凤凰湖智能装备有限公司", "88.00"), ("曾涛", "重庆良工科技公司", "86.25"),
    ("蒋磊", "重庆永川鑫宇精密模具有限公司", "81.50"), ("黄静", "重庆太平洋精工公司", "78.00"),
]

TOWNS = [("500118107", "宝峰镇"), ("500118108", "来苏镇")]
PILU = ("510521109", "毗卢镇")
LUXIAN = [("510500", "泸州市"), ("510521", "泸县")]
COOPERATION = ("成渝双城经济圈特色产业集群三镇合作", datetime.date(2024, 4, 17),
               "围绕成渝双城经济圈特色产业集群发展，加强宝峰镇、来苏镇、毗卢镇之间的合作与交流，共建渝西南示范片特色产业集群，"
               "互学澳洲茶树种植、稻虾共养、稻鱼养殖模式。")
COOPERATION_PROGRESS = [
    (datetime.datetime(2024, 4, 17, 17, 0), "三镇机关干部观摩宝峰镇天星桥村澳洲茶树产业区、来苏镇观音井村稻虾养殖基地和"
                                            "毗卢镇稻鱼养殖基地，并在宝峰镇座谈交流。"),
    (datetime.datetime(2024, 6, 12, 10, 0), "毗卢镇到宝峰镇学习澳洲茶树种植、加工技术，签订种苗供应意向。"),
]


def _at(day: datetime.date, hour: int = 10):
    return clock.frozen_at(datetime.datetime.combine(day, datetime.time(hour, 0)))


def _organisation(name: str) -> Organization:
    return Organization.objects.get(name=name)


def _progress(by_of, task, reports) -> None:
    for day, percent, note in reports:
        with _at(day):
            services.report_progress(by=by_of(task), task=task, percent=percent, note=note)


def _reporter(organiser):
    """Who reports a task: an account of its responsible body, else the federation's organiser."""
    def of(task):
        accounts = User.objects.filter(is_active=True, role__in=jobs.RECIPIENT_ROLES, organization=task.responsible_id)
        return accounts.order_by("pk").first() or organiser
    return of


def _plan(organiser, federation) -> None:
    with _at(datetime.date(2024, 4, 8)):
        plan = services.create_plan(by=organiser, organiser=federation, year=2024, title="永川区总工会2024年重点工作",
                                    report=REPORT_2023)
        tasks = [(services.add_plan_task(by=organiser, plan=plan, title=title, goal=goal, responsible=_organisation(body),
                                         deadline=deadline), reports)
                 for title, goal, body, deadline, reports in PLAN_TASKS]
    with _at(PLENARY_DAY, 9):
        plenary = meeting_services.create_meeting(
            by=organiser, kind=Meeting.Kind.PLENARY, held_on=PLENARY_DAY, region=federation.region,
            title="永川区总工会十四届五次全委（扩大）会", attendees="区党委副书记蔡焘，区总工会主席孔萍，区总工会班子全体成员")
        services.adopt_plan(by=organiser, plan=plan, plenary=plenary)
    for task, reports in tasks:
        _progress(_reporter(organiser), task, reports)


def _reform(organiser, federation) -> None:
    with _at(PLENARY_DAY, 15):
        group = services.create_reform_group(by=organiser, organiser=federation, year=2024, title=GROUP_TITLE,
                                             leader="蔡焘", deputy_leader="孔萍")
        members = {name: services.add_member(by=organiser, group=group, organization=_organisation(name))
                   for name in REFORM_TASKS}
        tasks = [(services.add_reform_task(by=organiser, member=members[name], title=title, goal=goal,
                                           deadline=deadline), reports)
                 for name, rows in REFORM_TASKS.items() for title, goal, deadline, reports in rows]
    for task, reports in tasks:
        _progress(_reporter(organiser), task, reports)
    with clock.frozen_at(REMINDED_AT):
        jobs.remind_overdue()


def _campaign(organiser, federation) -> None:
    title, aims = CAMPAIGN
    with _at(datetime.date(2024, 4, 25)):
        campaign = services.create_campaign(by=organiser, organiser=federation, year=2024, title=title, aims=aims)
        participants = {name: services.add_campaign_participant(by=organiser, campaign=campaign,
                                                                organization=_organisation(name))
                        for name in CAMPAIGN_RESULTS}
    title, trade, held_on = COMPETITION
    with _at(datetime.date(2024, 8, 30)):
        competition = services.create_competition(by=organiser, organiser=federation, title=title, trade=trade,
                                                  held_on=held_on, campaign=campaign)
        entries = [(services.add_entry(by=organiser, competition=competition, competitor=name,
                                       organization=_organisation(employer)), score)
                   for name, employer, score in ENTRIES]
    with _at(held_on, 17):
        for entry, score in entries:
            services.score_entry(by=organiser, entry=entry, score=score)
    with _at(held_on + datetime.timedelta(days=3)):
        services.publish_results(by=organiser, competition=competition)
    with _at(datetime.date(2024, 11, 20)):
        for name, result in CAMPAIGN_RESULTS.items():
            if result:
                services.record_campaign_result(by=organiser, participant=participants[name], result=result)


def _place(code: str, name: str, parent: Region) -> Region:
    return Region.objects.filter(code=code).first() or organisations.region(code, name, parent=parent)


def _cooperation() -> None:
    office = User.objects.get(username=OFFICE)
    district = office.region
    baofeng, laisu = (_place(code, name, district) for code, name in TOWNS)
    parent = Region.objects.get(code="510000")
    for code, name in LUXIAN:
        parent = _place(code, name, parent)
    pilu = _place(*PILU, parent)
    title, signed_on, aims = COOPERATION
    with _at(signed_on, 16):
        cooperation = services.record_cooperation(by=office, title=title, region=baofeng, signed_on=signed_on,
                                                  aims=aims, regions=[baofeng, laisu, pilu])
    for moment, note in COOPERATION_PROGRESS:
        with clock.frozen_at(moment):
            services.report_cooperation_progress(by=office, cooperation=cooperation, note=note)


def build_demo(accounts, rng) -> None:
    """The 2024 plan adopted at the plenary, the reform's leading group and task lists (one task overdue and
    reminded), the campaign and its competition, the three towns' cooperation."""
    organiser = User.objects.get(username=ORGANISER)
    federation = _organisation(FEDERATION)
    _plan(organiser, federation)
    _reform(organiser, federation)
    _campaign(organiser, federation)
    _cooperation()

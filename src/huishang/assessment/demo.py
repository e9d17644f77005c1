"""Yongchuan's union work as seed 000 reports it: the 2023 grassroots union target assessment whose
result the plenary of 18 April 2024 announced, and the labour-field risk screening. The indicators
follow the areas the page lists; the unions below the district federation, the officers and the
scores are invented.

The page reports 2023's "劳动领域政治安全风险排查和化解" and deploys 2024's. So 2023's screening campaign is built
as done: every enterprise on its list screened, the risks found graded, one re-graded, the serious one under a 稳控
plan. The 2024 campaign, opened after the plenary, holds the April risks of the seed world. Three worker-rights
cases (职工维权) of 2023 were taken in. The enterprises screened, the risks' details and the people are invented.

None of Yongchuan's matters is assigned here: an assigned matter counts in the whole deployment's figures, which
the acceptance check ``seed-figures`` holds at seed 004's (``huishang stats --json`` over every place). Risks
carried to resolution and worker-rights cases counted from the loop are proven on hand-built histories
(tests/assessment).
"""

import datetime

from huishang.assessment import risks, services
from huishang.assessment.models import Risk
from huishang.assessment.rights import worker_rights_category
from huishang.cases import services as matter_services
from huishang.cases.models import Category, Matter
from huishang.core import clock
from huishang.demo import people, seed_yongchuan
from huishang.directory.models import Organization, Region, Role, User

FEDERATION = "重庆市永川区总工会"
ORGANISER = ("union", "聂红")
REVIEWERS = [("union_review", "周建华"), ("union_review2", "秦雪")]
GRASSROOTS = [
    ("重庆市永川区宝峰镇总工会", "union_bf", "曾丽"), ("重庆市永川区来苏镇总工会", None, None),
    ("重庆市永川区卫星湖街道总工会", None, None), ("重庆市永川区茶山竹海街道总工会", None, None),
    ("重庆市永川区大安街道总工会", None, None), ("重庆市永川区朱沱镇总工会", None, None),
    ("重庆永川高新技术产业开发区总工会", None, None), ("重庆市永川区教育工会", None, None),
    ("重庆市永川区卫生健康工会", None, None), ("重庆磐谷动力技术有限公司工会", None, None),
]
INDICATORS = [
    ("职工思想政治引领", 15, "开展理论宣讲、主题教育，按活动次数和覆盖职工比例评分；缺少记录的扣分。"),
    ("产业工人队伍建设改革", 20, "按产改任务清单完成情况评分，每项未完成扣2分。"),
    ("维护劳动领域政治安全", 15, "风险隐患排查覆盖率、化解率达标得满分；发生重大风险事件不得分。"),
    ("劳动和技能竞赛", 15, "组织竞赛场次、参赛职工人数和获奖情况综合评分。"),
    ("职工维权服务", 20, "困难职工帮扶、法律援助、集体协商建制率综合评分。"),
    ("工会改革和建设", 15, "组织建设、会员发展、经费管理和基层工会规范化建设情况评分。"),
]
CREATED = datetime.datetime(2024, 1, 5, 9, 0)
OPENED = datetime.datetime(2024, 1, 10, 9, 0)
REPORTED = datetime.datetime(2024, 1, 25, 10, 0)
REVIEW_STARTS = datetime.datetime(2024, 2, 20, 9, 0)
SCORED = datetime.datetime(2024, 3, 15, 10, 0)
PUBLISHED = datetime.datetime(2024, 4, 18, 9, 30)  # the plenary (全委会) that announced the result

RISK_GRADES = {  # risk matter title (seed_yongchuan) -> level, responsible unit
    "订单下滑拟缩减产线，存在集中裁员风险": Risk.Level.SERIOUS,
    "季节性用工工资支付不及时，存在欠薪隐患": Risk.Level.GENERAL,
    "劳务派遣人员社保缴纳不规范": Risk.Level.GENERAL,
}
RESPONSIBLE_UNIT = "重庆市永川区人力资源和社会保障局"
NEW_RISK = ("重庆永川鑫宇精密模具有限公司", "夜班连续加班时长超标，职工反映强烈",
            "区总工会劳动领域风险排查发现：企业为赶订单安排夜班连续加班，部分职工月加班时长超过法定上限，职工反映强烈。",
            Risk.Level.LOW, datetime.datetime(2024, 4, 26, 15, 0))
DEMO_USERNAMES = {ORGANISER[0], GRASSROOTS[0][1]} | {username for username, _name in REVIEWERS}


def _assessment(accounts, rng, federation) -> None:
    district = federation.region
    organiser = accounts.demo(ORGANISER[0], role=Role.UNION, name=ORGANISER[1], organization=federation,
                              region=district, phone=people.mobile_number(rng))
    reviewers = [accounts.demo(username, role=Role.UNION, name=name, organization=federation, region=district,
                               phone=people.mobile_number(rng)) for username, name in REVIEWERS]
    unions = {}
    for name, username, officer in GRASSROOTS:
        unions[name] = Organization.objects.create(kind=Organization.Kind.UNION, name=name, region=district,
                                                   parent=federation)
        if username:
            accounts.demo(username, role=Role.UNION, name=officer, organization=unions[name], region=district,
                          phone=people.mobile_number(rng))
    with clock.frozen_at(CREATED):
        assessment = services.create_assessment(by=organiser, title="2023年度基层工会工作综合目标考核", year=2023,
                                                organiser=federation)
        indicators = [services.add_indicator(by=organiser, assessment=assessment, name=name, weight=weight, rule=rule)
                      for name, weight, rule in INDICATORS]
        participants = [services.add_participant(by=organiser, assessment=assessment, union=union)
                        for union in unions.values()]
        for reviewer in reviewers:
            services.appoint_reviewer(by=organiser, assessment=assessment, reviewer=reviewer)
    with clock.frozen_at(OPENED):
        services.open_for_reports(by=organiser, assessment=assessment)
    officer = User.objects.get(username=GRASSROOTS[0][1])
    with clock.frozen_at(REPORTED):
        for indicator in indicators:
            services.submit_self_report(by=officer, assessment=assessment, indicator=indicator,
                                        self_score=rng.choice([92, 95, 98]),
                                        evidence=f"{indicator.name}：工作台账、活动照片及总结材料已上传。")
    with clock.frozen_at(REVIEW_STARTS):
        services.start_review(by=organiser, assessment=assessment)
    with clock.frozen_at(SCORED):
        for participant in participants:
            level = rng.uniform(78, 96)
            for indicator in indicators:
                for reviewer in reviewers:
                    value = round(min(100.0, max(60.0, level + rng.uniform(-6, 6))))
                    services.score(by=reviewer, participant=participant, indicator=indicator, value=value)
    with clock.frozen_at(PUBLISHED):
        services.publish(by=organiser, assessment=assessment)


CAMPAIGN_2023 = ("2023年劳动领域政治安全风险隐患排查", "全区规模以上工业企业及劳动密集型企业，重点排查欠薪、裁员、社保缴纳和劳务派遣",
                 datetime.date(2023, 3, 1), datetime.date(2023, 11, 30))
CAMPAIGN_2024 = ("2024年劳动领域政治安全风险排查和化解专项行动", "区总工会全委会部署：全区规模以上企业，重点排查裁员、欠薪、超时加班和劳务派遣",
                 datetime.date(2024, 4, 19), datetime.date(2024, 6, 30))
SCREENED_2023 = [  # enterprise, day screened, risk found (title, description, level) or None
    ("重庆磐谷动力技术有限公司", datetime.date(2023, 3, 14), None),
    ("重庆太平洋精工公司", datetime.date(2023, 3, 21), (
        "外包工程款拖欠导致农民工工资支付风险", "排查发现：企业厂房扩建工程的分包单位拖欠农民工工资约40万元，存在集体讨薪风险。",
        Risk.Level.SERIOUS)),
    ("重庆良工科技公司", datetime.date(2023, 4, 6), None),
    ("重庆永川智联电子有限公司", datetime.date(2023, 4, 18), (
        "加班工资计算基数偏低，职工意见较大", "排查发现：企业以最低工资为基数计算加班工资，一线职工意见较大。",
        Risk.Level.GENERAL)),
    ("重庆卫星湖食品有限公司", datetime.date(2023, 5, 9), None),
    ("重庆永荣机械有限公司", datetime.date(2023, 5, 23), None),
]
REGRADED = ("外包工程款拖欠导致农民工工资支付风险", Risk.Level.GENERAL, datetime.datetime(2023, 4, 20, 16, 0),
            "分包单位已支付首笔工资款，剩余部分签订还款计划，集体讨薪风险下降。")
STABILITY_PLAN = ("每周到企业和工地走访，掌握农民工情绪；区人力社保局督促总包单位落实工资专用账户和代发制度。", "聂红（区总工会）")
RIGHTS_CASES = [  # title, description, enterprise, day received
    ("职工反映被拖欠两个月工资", "职工到区总工会职工服务中心反映，企业拖欠其2023年5、6月工资共计9800元。", "重庆卫星湖食品有限公司",
     datetime.date(2023, 7, 5)),
    ("工伤认定材料企业不予配合", "职工在车间受伤后申请工伤认定，企业不提供劳动关系证明材料。", "重庆永荣机械有限公司",
     datetime.date(2023, 8, 14)),
    ("未签订书面劳动合同要求补签", "三名职工入职半年未签订书面劳动合同，请求工会协调补签。", "重庆良工科技公司",
     datetime.date(2023, 9, 18)),
]


def _at(moment: datetime.datetime):
    return clock.frozen_at(moment)


def _day(day: datetime.date, hour: int = 10):
    return clock.frozen_at(datetime.datetime.combine(day, datetime.time(hour, 0)))



def _campaign(office, union, details, screened) -> object:
    title, scope, starts_on, ends_on = details
    with _day(starts_on, 9):
        campaign = risks.open_campaign(by=office, title=title, scope=scope, region=office.region,
                                       starts_on=starts_on, ends_on=ends_on)
        for number, name in enumerate(screened):
            risks.add_target(by=office, campaign=campaign, enterprise=Organization.objects.get(name=name),
                             screener=union if number % 2 else office)
    return campaign


def _campaign_2023(office, union, unit) -> None:
    campaign = _campaign(office, union, CAMPAIGN_2023, [name for name, _day_, _risk in SCREENED_2023])
    other = Category.objects.get(code="other")
    for target, (name, day, found) in zip(campaign.targets.order_by("pk"), SCREENED_2023):
        with _day(day, 11):
            risks.record_screening(by=target.screener, target=target, screened_on=day,
                                   finding="发现风险隐患，已登记。" if found else "未发现劳动领域风险隐患。")
        if not found:
            continue
        title, description, level = found
        with _day(day, 14):
            risk = risks.record_risk(by=office, title=title, description=description, category=other, level=level,
                                     responsible_unit=unit, enterprise=target.enterprise, campaign=campaign)
        if level in risks.HIGH_LEVELS:
            with _day(day, 16):
                risks.record_stability_plan(by=office, risk=risk, measures=STABILITY_PLAN[0],
                                            person_in_charge=STABILITY_PLAN[1], review_on=day + datetime.timedelta(days=14))
        if title == REGRADED[0]:
            with _at(REGRADED[2]):
                risks.regrade(by=office, risk=risk, level=REGRADED[1], reason=REGRADED[3])
    rights = worker_rights_category()
    for title, description, name, day in RIGHTS_CASES:
        with _day(day, 10):
            matter_services.submit_matter(
                by=office, title=title, description=description, category=rights, source=Matter.Source.HOTLINE,
                enterprise=Organization.objects.get(name=name))


def _campaign_2024(office, union) -> object:
    """Opened after the plenary: the enterprises of April's risks are screened, three more still to screen."""
    screened = [raised.enterprise for raised in seed_yongchuan.RISK_MATTERS] + [NEW_RISK[0]]
    waiting = ["重庆磐谷动力技术有限公司", "重庆太平洋精工公司", "重庆良工科技公司"]
    campaign = _campaign(office, union, CAMPAIGN_2024, screened + waiting)
    days = {raised.enterprise: raised.day for raised in seed_yongchuan.RISK_MATTERS} | {
        NEW_RISK[0]: NEW_RISK[4].date()}
    for target in campaign.targets.filter(enterprise__name__in=screened):
        day = days[target.enterprise.name]
        with _day(day, 9):
            risks.record_screening(by=target.screener, target=target, screened_on=day, finding="发现风险隐患，已登记。")
    return campaign


def _risks_2024(campaign) -> None:
    office = User.objects.get(username="office_yc")
    unit = Organization.objects.get(name=RESPONSIBLE_UNIT)
    for title, level in RISK_GRADES.items():
        matter = Matter.objects.get(kind=Matter.Kind.RISK, title=title)
        with clock.frozen_at(matter.submitted_at):
            risk = risks.grade_risk(by=office, matter=matter, level=level, responsible_unit=unit, campaign=campaign)
            if level in risks.HIGH_LEVELS:
                risks.record_stability_plan(
                    by=office, risk=risk, measures="区总工会、区人力社保局联合驻企，指导企业依法制定职工分流安置方案，逐一做好职工思想工作。",
                    person_in_charge="蒋文静（区工作专班）", review_on=matter.submitted_at.date() + datetime.timedelta(days=14))
    enterprise_name, title, description, level, moment = NEW_RISK
    with clock.frozen_at(moment):
        risks.record_risk(by=office, title=title, description=description, category=Category.objects.get(code="other"),
                          level=level, responsible_unit=unit, enterprise=Organization.objects.get(name=enterprise_name),
                          campaign=campaign)


def build_demo(accounts, rng) -> None:
    """The 2023 assessment of Yongchuan's grassroots unions, published on 18 April 2024; the 2023 screening campaign
    done and its worker-rights cases taken in; the 2024 campaign with April's graded risks."""
    _assessment(accounts, rng, Organization.objects.get(name=FEDERATION))
    office = User.objects.get(username="office_yc")
    union = User.objects.get(username=ORGANISER[0])
    unit = Organization.objects.get(name=RESPONSIBLE_UNIT)
    _campaign_2023(office, union, unit)
    _risks_2024(_campaign_2024(office, union))

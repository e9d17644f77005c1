"""Yongchuan's union work as seed 000 reports it: the 2023 grassroots union target assessment whose
result the plenary of 18 April 2024 announced, and the labour-field risk screening. The indicators
follow the areas the page lists; the unions below the district federation, the officers and the
scores are invented. Risks stay short of assignment so that the consultation figures remain seed 004's.
"""

import datetime

from huishang.assessment import risks, services
from huishang.assessment.models import Risk
from huishang.cases.models import Category, Matter
from huishang.core import clock
from huishang.demo import people
from huishang.directory.models import Organization, Role, User

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


def _risks() -> None:
    office = User.objects.get(username="office_yc")
    unit = Organization.objects.get(name=RESPONSIBLE_UNIT)
    for title, level in RISK_GRADES.items():
        matter = Matter.objects.get(kind=Matter.Kind.RISK, title=title)
        with clock.frozen_at(matter.submitted_at):
            risks.grade_risk(by=office, matter=matter, level=level, responsible_unit=unit)
    enterprise_name, title, description, level, moment = NEW_RISK
    with clock.frozen_at(moment):
        risks.record_risk(by=office, title=title, description=description, category=Category.objects.get(code="other"),
                          level=level, responsible_unit=unit, enterprise=Organization.objects.get(name=enterprise_name))


def build_demo(accounts, rng) -> None:
    """The 2023 assessment of Yongchuan's grassroots unions, published on 18 April 2024, and the graded risks."""
    _assessment(accounts, rng, Organization.objects.get(name=FEDERATION))
    _risks()

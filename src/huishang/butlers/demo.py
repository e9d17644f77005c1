"""The butler service in the Yongchuan demo: who has looked after which enterprise since 2023, the visits
that found the problems butlers raised in April 2024, the butlers' training of 19 April 2024, and those problems
carried to the units of the seed and, most of them, solved (解决企业问题).

Builds on the butler accounts and enterprises of ``demo.seed_yongchuan``; raises no new matter and puts none on
a consultation meeting's agenda, so the seed's consultation figures stay as they are.
"""

import datetime
import random

from huishang.butlers import services
from huishang.butlers.models import ServiceArea, Training
from huishang.cases.models import Matter
from huishang.core import clock
from huishang.demo import seed_yongchuan as seed
from huishang.demo.carry import Handling, carry, contact_of
from huishang.directory.models import Organization, User

DEMO_USERNAMES: set[str] = set()

CARE_SINCE = datetime.datetime(2023, 3, 1, 9, 0)
# Every enterprise is visited about once a quarter from spring 2023, as the office's visit plan asks.
VISIT_DAYS = 90
VISIT_MONTHS = [(2023, 4), (2023, 7), (2023, 10), (2024, 1)]
CONTACT_TITLES = ["总经理", "副总经理", "办公室主任", "人力资源经理", "财务负责人", "生产厂长"]
SURNAMES = "王李张刘陈杨黄赵周吴徐孙马朱胡郭何高林罗"
QUARTERLY_NOTES = {
    ServiceArea.NEEDS: "了解企业生产经营、订单和用工情况，宣传惠企政策。",
    ServiceArea.PROBLEMS: "跟进企业此前反映问题的办理进展，向企业反馈责任单位答复。",
    ServiceArea.GROWTH: "介绍产业链对接、技改补助和“专精特新”培育政策，帮助企业谋划发展。",
}
# The problems butlers raised (seed.BUTLER_VISIT_MATTERS, by title), carried to the seed's units.
HANDLING = {
    "新建厂房消防验收排期较久": Handling(
        "yc_gxq", datetime.date(2024, 4, 29), datetime.date(2024, 5, 20),
        "高新区管委会协调区消防救援支队提前安排现场验收，5月10日企业新建厂房通过消防验收，设备已进场安装。",
        datetime.date(2024, 5, 10), datetime.date(2024, 5, 13)),
    "首台（套）重大技术装备认定政策咨询": Handling(
        "yc_jxw", datetime.date(2024, 4, 29), datetime.date(2024, 5, 31),
        "区经信委上门讲解首台（套）重大技术装备认定条件和保险补偿政策，指导企业准备申报材料，已纳入今年申报计划。",
        datetime.date(2024, 5, 16), datetime.date(2024, 5, 20)),
    "稻虾基地机耕道年久失修，运输车辆进出困难": Handling(
        "yc_gxq", datetime.date(2024, 4, 29), datetime.date(2024, 6, 28)),
    "澳洲茶树精油产品缺少销售渠道": Handling(
        "yc_jxw", datetime.date(2024, 4, 29), datetime.date(2024, 5, 31),
        "区经信委推荐企业参加西部消费品博览会，并对接区电商产业园两家直播电商企业，已签订代销协议。",
        datetime.date(2024, 5, 24), datetime.date(2024, 5, 28)),
}
TRAININGS = [
    (Training.Topic.SAFETY, "民营企业管家服务动员培训班：安全生产", 2),
    (Training.Topic.SOCIAL_INSURANCE, "民营企业管家服务动员培训班：社保政策", 1.5),
    (Training.Topic.WORK_INJURY, "民营企业管家服务动员培训班：工伤政策", 1.5),
    (Training.Topic.PROBLEM_HANDLING, "民营企业管家服务动员培训班：问题办理", 2),
]


def _people(rng) -> str:
    return "、".join(
        f"{rng.choice(SURNAMES)}{title}" for title in rng.sample(CONTACT_TITLES, rng.randint(1, 2))
    )


def _record_cares(office, butlers) -> None:
    with clock.frozen_at(CARE_SINCE):
        services.set_visit_frequency(by=office, days=VISIT_DAYS, note="结对企业每季度至少走访一次")
        for butler in butlers:
            for enterprise in list(butler.enterprises_in_care.order_by("name")):
                butler.enterprises_in_care.remove(enterprise)
                services.assign_butler(by=office, enterprise=enterprise, butler=butler,
                                       note="民营企业管家服务首批结对")


def _quarterly_visits(butlers, rng) -> None:
    for butler in butlers:
        for enterprise in butler.enterprises_in_care.order_by("name"):
            for year, month in VISIT_MONTHS:
                day = datetime.date(year, month, rng.randint(5, 25))
                areas = [ServiceArea.NEEDS] + rng.sample([ServiceArea.PROBLEMS, ServiceArea.GROWTH], rng.randint(0, 2))
                with clock.frozen_at(datetime.datetime.combine(day, datetime.time(17, rng.randint(0, 59)))):
                    services.record_visit(
                        by=butler, enterprise=enterprise, visited_on=day, people_met=_people(rng), areas=areas,
                        notes="".join(QUARTERLY_NOTES[area] for area in areas),
                    )


def _visits_that_found_problems(butlers_by_username, rng) -> None:
    """The April 2024 visits whose problems the seed's butlers raised (BUTLER_VISIT_MATTERS)."""
    for raised in seed.BUTLER_VISIT_MATTERS:
        butler = butlers_by_username[raised.raised_by]
        enterprise = Organization.objects.get(name=raised.enterprise)
        matter = Matter.objects.get(enterprise=enterprise, title=raised.title, source=Matter.Source.BUTLER)
        visited_on = raised.day - datetime.timedelta(days=1)
        with clock.frozen_at(datetime.datetime.combine(raised.day, datetime.time(8, 30))):
            visit = services.record_visit(
                by=butler, enterprise=enterprise, visited_on=visited_on, people_met=_people(rng),
                areas=[ServiceArea.NEEDS, ServiceArea.PROBLEMS],
                notes=f"走访中企业反映：{raised.description.removeprefix('企业管家走访了解到，')}",
            )
            services.link_matter(visit, by=butler, matter=matter)


def _trainings(office, butlers) -> None:
    with clock.frozen_at(datetime.datetime.combine(seed.BUTLER_TRAINING_DAY, datetime.time(17, 30))):
        for butler in butlers:
            for topic, title, hours in TRAININGS:
                services.record_training(by=office, butler=butler, topic=topic, title=title,
                                         held_on=seed.BUTLER_TRAINING_DAY, hours=hours)


def _problems_handled(office, accounts) -> None:
    """Each problem butlers raised goes to a unit of the seed; most are answered and the enterprise is satisfied."""
    # Its own random numbers (contacts' names), so that the parts of the demo built later stay as they were.
    rng = random.Random("butlers.handling")
    handlers = {unit.key: User.objects.get(username=unit.handler_username) for unit in seed.UNITS}
    for raised in seed.BUTLER_VISIT_MATTERS:
        matter = Matter.objects.get(title=raised.title, source=Matter.Source.BUTLER)
        handling = HANDLING[raised.title]
        carry(matter, handling, office=office, handler=handlers[handling.unit],
              reviewer=contact_of(matter.enterprise, accounts, rng) if handling.reviewed_on else None)


def build_demo(accounts, rng) -> None:
    """Care history, visits, training and the handling of the problems raised, for the Yongchuan butlers."""
    office = User.objects.get(username=seed.OFFICE_ACCOUNT[0])
    butlers_by_username = {
        butler.username: User.objects.get(username=butler.username) for butler in seed.BUTLERS
    }
    butlers = list(butlers_by_username.values())
    _record_cares(office, butlers)
    _quarterly_visits(butlers, rng)
    _visits_that_found_problems(butlers_by_username, rng)
    _trainings(office, butlers)
    _problems_handled(office, accounts)

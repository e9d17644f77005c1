"""The butler service in the Yongchuan demo: who has looked after which enterprise since 2023, the visits
that found the problems butlers raised in April 2024, and the butlers' training of 19 April 2024.

Builds on the butler accounts and enterprises of ``demo.seed_yongchuan``; raises no new matter and assigns none,
so the whole deployment's figures stay seed 004's (the acceptance check ``seed-figures`` reads ``huishang stats
--json`` over every place): the problems wait for Yongchuan's office.
"""

import datetime

from huishang.butlers import services
from huishang.butlers.models import ServiceArea, Training
from huishang.cases.models import Matter
from huishang.core import clock
from huishang.demo import seed_yongchuan as seed
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



def build_demo(accounts, rng) -> None:
    """Care history, visits and training of the Yongchuan butlers."""
    office = User.objects.get(username=seed.OFFICE_ACCOUNT[0])
    butlers_by_username = {
        butler.username: User.objects.get(username=butler.username) for butler in seed.BUTLERS
    }
    butlers = list(butlers_by_username.values())
    _record_cares(office, butlers)
    _quarterly_visits(butlers, rng)
    _visits_that_found_problems(butlers_by_username, rng)
    _trainings(office, butlers)

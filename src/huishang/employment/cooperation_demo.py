"""Seed 004's school–enterprise cooperation in Neijiang, 2023: "强化校企合作，组织企业对接内江师院、重庆师院等高校20余所
……积极探索搭建实训基地、'校中厂、厂中校'等校企合作模式". The schools are those the page names (and 内江职业技术学院), the
enterprises the internship demo's service-outsourcing bases; the bases, forms, periods, places and trainees are
invented. Everything goes through the services, on its day, with its own random numbers.
"""

import datetime
import random

from huishang.core import clock
from huishang.demo import people, seed_neijiang as seed
from huishang.demo.organisations import organisation
from huishang.directory.models import Organization, Region, User
from huishang.employment import cooperation
from huishang.employment.checks import id_check_character

DEMO_USERNAMES: set[str] = set()

# (school, region code, region name)
SCHOOLS = [("内江师范学院", "511011", None), ("内江职业技术学院", "511011", None), ("重庆师范大学", "500000", "重庆市")]
# (name, host, trades, work places, opened on)
BASES = [
    ("内江职院软件测试实训基地", "内江职业技术学院", "软件测试、IT运维", 60, datetime.date(2023, 3, 15)),
    ("抖音内江服务中心内容审核实训基地", "抖音内江服务中心", "内容审核、客户服务", 80, datetime.date(2023, 2, 20)),
    ("华道数据标注实训基地", "华道数据内江数据标注基地", "数据标注、数据质检", 30, datetime.date(2023, 5, 8)),
]
# (school, enterprise, form, base, starts, ends, places, trainees)
COOPERATIONS = [
    ("内江职业技术学院", "软通动力内江交付中心", "factory_in_school", "内江职院软件测试实训基地",
     datetime.date(2023, 9, 1), datetime.date(2026, 6, 30), 40, 32),
    ("内江师范学院", "抖音内江服务中心", "school_in_factory", "抖音内江服务中心内容审核实训基地",
     datetime.date(2023, 3, 1), datetime.date(2025, 2, 28), 50, 45),
    ("重庆师范大学", "同程旅行内江客服中心", "order_class", None,
     datetime.date(2023, 9, 1), datetime.date(2024, 7, 31), 30, 28),
    ("内江职业技术学院", "华道数据内江数据标注基地", "shared_base", "华道数据标注实训基地",
     datetime.date(2023, 5, 15), datetime.date(2025, 5, 14), 30, 20),
]
DESCRIPTION = {
    "factory_in_school": "企业在学院内建设生产性实训车间，承接真实测试项目，学生在校完成岗位实训。",
    "school_in_factory": "学院在企业设立教学点，企业导师与学院教师共同授课，学生在岗学习。",
    "order_class": "按企业用工需求定向培养客服人才，毕业后优先录用。",
    "shared_base": "校企共建实训基地，共同开发课程、共享设备。",
}


def _at(day: datetime.date, hour: int = 10):
    return clock.frozen_at(datetime.datetime.combine(day, datetime.time(hour, 0)))


def _id_number(rng, district: str) -> str:
    born = datetime.date(rng.randint(2002, 2005), rng.randint(1, 12), rng.randint(1, 28))
    first17 = f"{district}{born:%Y%m%d}{rng.randrange(100, 999)}"
    return first17 + id_check_character(first17)


def _school(name, code, region_name) -> Organization:
    region = Region.objects.filter(code=code).first() or Region.objects.create(code=code, name=region_name)
    return organisation(Organization.Kind.SCHOOL, name, in_region=region)


def build_demo(accounts, rng) -> None:
    """Three training bases and four cooperations of 内江's office, with their trainees."""
    rng = random.Random("cooperation:neijiang")
    office = User.objects.get(username=seed.OFFICE_ACCOUNT[0])
    parties = {name: _school(name, code, region_name) for name, code, region_name in SCHOOLS}
    parties.update(Organization.objects.filter(
        kind=Organization.Kind.ENTERPRISE, name__in={row[1] for row in COOPERATIONS} | {row[1] for row in BASES})
        .in_bulk(field_name="name"))
    bases = {}
    for name, host, trades, places, opened_on in BASES:
        with _at(opened_on):
            bases[name] = cooperation.record_training_base(by=office, name=name, host=parties[host], trades=trades,
                                                           places=places, opened_on=opened_on)
    for school, enterprise, form, base, starts_on, ends_on, places, trainees in COOPERATIONS:
        with _at(starts_on - datetime.timedelta(days=10)):
            record = cooperation.record_cooperation(
                by=office, school=parties[school], enterprise=parties[enterprise], form=form,
                training_base=bases.get(base), starts_on=starts_on, ends_on=ends_on, places=places,
                description=DESCRIPTION[form])
        for number in range(trainees):
            joined_on = starts_on + datetime.timedelta(days=number % 5)
            with _at(joined_on, 15):
                cooperation.record_trainee(by=office, cooperation=record, name=people.person_name(rng),
                                           id_number=_id_number(rng, parties[enterprise].region.code),
                                           joined_on=joined_on)

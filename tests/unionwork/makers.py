"""Small functions that make the union-work records a test needs (永川 and its towns, 内江 as elsewhere)."""

import datetime
import itertools

from huishang.core import clock
from huishang.directory.models import Organization, Region, Role
from huishang.meetings import services as meeting_services
from huishang.meetings.models import Meeting
from huishang.unionwork import services
from tests import factories as f

_serial = itertools.count(1)


def yongchuan():
    return f.region("500118", "永川区")


def union(name=None, *, region=None):
    return Organization.objects.create(kind=Organization.Kind.UNION, name=name or f"测试工会{next(_serial)}",
                                       region=region or yongchuan())


def officer(of):
    return f.user(Role.UNION, organization=of, scope=of.region)


def unit(name=None):
    return f.unit(name, in_region=yongchuan())


def federation():
    """永川区总工会 and one of its officers."""
    body = union("重庆市永川区总工会")
    return body, officer(body)


def plenary(by, held_on=datetime.date(2024, 4, 18)) -> Meeting:
    return meeting_services.create_meeting(by=by, kind=Meeting.Kind.PLENARY, held_on=held_on, region=by.region,
                                           title="十四届五次全委（扩大）会")


def adopted_plan(by, body, tasks):
    """A 2024 plan adopted at a plenary; ``tasks`` is a list of (title, responsible, deadline)."""
    plan = services.create_plan(by=by, organiser=body, year=2024, title="2024年工会重点工作",
                                report="2023年全区工会工作情况通报")
    made = [services.add_plan_task(by=by, plan=plan, title=title, goal="", responsible=responsible, deadline=deadline)
            for title, responsible, deadline in tasks]
    services.adopt_plan(by=by, plan=plan, plenary=plenary(by))
    return plan, made


def reform_group(by, body):
    return services.create_reform_group(by=by, organiser=body, year=2024, title="永川区推进产业工人队伍建设改革领导小组",
                                        leader="蔡焘", deputy_leader="孔萍")


def competition(by, body, *, prizes=(1, 1, 1)):
    first, second, third = prizes
    return services.create_competition(by=by, organiser=body, title="2024年永川区数控车工职业技能竞赛", trade="数控车工",
                                       held_on=datetime.date(2024, 6, 20), first_prizes=first, second_prizes=second,
                                       third_prizes=third)


def at(year, month, day, hour=9):
    return clock.frozen_at(datetime.datetime(year, month, day, hour, 0))


def three_towns():
    """宝峰镇 and 来苏镇 of 永川, 毗卢镇 of 泸县 (Sichuan, outside every served place), and 内江's 市中区 (served):
    (宝峰镇, 来苏镇, 毗卢镇, 市中区)."""
    _neijiang, shizhong, district = f.two_served_places()
    baofeng = f.region("500118107", "宝峰镇", parent=district)
    laisu = f.region("500118108", "来苏镇", parent=district)
    luxian = f.region("510521", "泸县", parent=f.region("510500", "泸州市", parent=Region.objects.get(code="510000")))
    return baofeng, laisu, f.region("510521109", "毗卢镇", parent=luxian), shizhong

"""Rongdong (容东片区, Xiong'an) as seed 004 tells it, autumn 2023: the household ledger kept from door-to-door
visits, the "1+N" system of the 容东就业服务中心 and its job stations, and 钟爱敏, 54, who registered at the 南文营社区
station and got a cleaner's job at the community's elderly-care station the same evening. Everyone else, the other
stations' people and jobs, and the courses are invented.
"""

import datetime
import random

from django.utils import timezone

from huishang.core import clock
from huishang.demo import people
from huishang.directory.models import Organization, Region, Role
from huishang.employment import centres, ledger, services
from huishang.employment.matcher import seekers_for
from huishang.employment.checks import id_check_character
from huishang.employment.models import EmploymentStatus, Placement

PROVINCE = ("130000", "河北省")
NEW_AREA = ("133100", "雄安新区")
# Rongdong has no published division code of its own: a 9-digit town code within 雄安新区.
RONGDONG = ("133100100", "容东片区")
# Residents moved from 容城县 villages: their ID numbers start with its code.
ID_PREFIX = "130629"
CENTRE = "雄安新区容东片区就业服务中心"
STATION = "南文营社区零工驿站"
STAFF = ("station", "刘晓静")
COMMUNITIES = ["南文营社区", "北文营社区", "东西渠社区", "小王营社区"]
ZHONG = {"name": "钟爱敏", "born": datetime.date(1969, 5, 12), "community": "南文营社区", "address": "弘文花园6号楼2单元"}
REGISTERED = datetime.datetime(2023, 10, 9, 9, 40)
CLEANER_POSTED = datetime.datetime(2023, 10, 9, 17, 20)
CLEANER_MATCHED = datetime.datetime(2023, 10, 9, 19, 5)
HIRED = datetime.datetime(2023, 10, 11, 10, 0)
EMPLOYER = "南文营社区养老服务驿站"

SKILLS = ["保洁", "家政", "育婴", "餐饮服务", "保安", "绿化养护", "仓储搬运", "电工", "驾驶", "收银", "缝纫", "手工"]
WISHES = ["家门口就业", "灵活打零工", "想学一门技术", "希望全职工作", "照顾家庭为主"]
TRAININGS = ["家政服务", "育婴员", "电工证", "面点制作", "电商直播", ""]
JOBS = [
    ("绿化养护工", "容东片区物业服务公司", "绿化养护", 7, 0, 16, 0, 2800, 3),
    ("超市收银员", "容东万家便民超市", "收银", 8, 0, 17, 0, 3000, 2),
    ("小区保安", "容东片区物业服务公司", "保安", 8, 0, 20, 0, 3200, 2),
    ("快递分拣（零工）", "雄安速达快递站", "仓储搬运", 18, 0, 22, 0, 2000, 4),
    ("社区食堂帮厨", "南文营社区长者食堂", "餐饮服务", 9, 0, 14, 0, 2600, 1),
    ("育婴师", "容东母婴服务中心", "育婴", 8, 30, 17, 30, 4500, 1),
]
COURSES = [("家政服务员培训班", datetime.date(2023, 9, 11), datetime.date(2023, 9, 22)),
           ("育婴员培训班", datetime.date(2023, 10, 16), datetime.date(2023, 10, 27))]
# The centre's other stations ("N"): (station, community, people registered, jobs posted) in October–November 2023.
OTHER_STATIONS = [("北文营社区零工驿站", "北文营社区", 9, 3), ("东西渠社区零工驿站", "东西渠社区", 6, 2),
                  ("小王营社区零工驿站", "小王营社区", 4, 2)]
DEMO_USERNAMES = {STAFF[0]}


def _region(code: str, name: str, parent=None) -> Region:
    return Region.objects.get_or_create(code=code, defaults={"name": name, "parent": parent})[0]


def _id_number(rng, born: datetime.date) -> str:
    first17 = f"{ID_PREFIX}{born:%Y%m%d}{rng.randrange(100, 999)}"
    return first17 + id_check_character(first17)


def _birthday(rng, year: int) -> datetime.date:
    return datetime.date(year, rng.randint(1, 12), rng.randint(1, 28))


def _ledger(rng, staff, rongdong) -> dict:
    """About forty households visited in August and September 2023; returns the members looking for work."""
    looking, zhong = [], None
    for n in range(1, 41):
        community = ZHONG["community"] if n == 1 else COMMUNITIES[n % len(COMMUNITIES)]
        with clock.frozen_at(datetime.datetime(2023, 8, 1, 9, 0) + datetime.timedelta(hours=n * 7)):
            household = ledger.record_household(
                by=staff, number=f"RD-{n:04d}", region=rongdong, community=community,
                address=ZHONG["address"] if n == 1 else f"{community[:3]}家园{rng.randint(1, 30)}号楼",
            )
            members = [(ZHONG["name"], ZHONG["born"])] if n == 1 else []
            members += [(people.person_name(rng), _birthday(rng, rng.randint(1955, 2002)))
                        for _ in range(rng.randint(1, 3))]
            for name, born in members:
                status = EmploymentStatus.UNEMPLOYED if name == ZHONG["name"] else rng.choice(EmploymentStatus.values)
                member = ledger.add_member(
                    by=staff, household=household, name=name, id_number=_id_number(rng, born),
                    phone=people.mobile_number(rng), status=status, wish=rng.choice(WISHES),
                    training_need=rng.choice(TRAININGS), skills="、".join(rng.sample(SKILLS, 2)),
                )
                if name == ZHONG["name"]:
                    zhong = member
                elif status == EmploymentStatus.UNEMPLOYED:
                    looking.append(member)
        visited = datetime.date(2023, 9, 1) + datetime.timedelta(days=n % 25)
        with clock.frozen_at(datetime.datetime.combine(visited, datetime.time(15, 0))):
            ledger.record_visit(by=staff, household=household, visited_on=visited,
                                note="入户走访，核实家庭成员就业状况、就业意向和培训需求。")
    return {"looking": looking, "zhong": zhong}


def _register(staff, station, rongdong, member, moment, rng, skills=None):
    with clock.frozen_at(moment):
        return services.register_seeker(
            by=staff, station=station, name=member.name, phone=member.phone, region=rongdong,
            community=member.household.community, skills=skills or member.skills,
            available_from=datetime.time(rng.choice([7, 8, 9]), 0), available_to=datetime.time(rng.choice([17, 18, 21]), 0),
            expected_wage=rng.choice([2200, 2500, 2800, 3000, 3500]), birth_year=int(member.id_number[6:10]),
            resident=member,
        )


def _zhong_story(staff, station, rongdong, zhong):
    with clock.frozen_at(REGISTERED):
        seeker = services.register_seeker(
            by=staff, station=station, name=zhong.name, phone=zhong.phone, region=rongdong,
            community=ZHONG["community"], skills="保洁、家政", available_from=datetime.time(8, 30),
            available_to=datetime.time(17, 30), expected_wage=2500, birth_year=ZHONG["born"].year, resident=zhong,
        )
    with clock.frozen_at(CLEANER_POSTED):
        job = services.post_job(
            by=staff, station=station, title="保洁员", employer=EMPLOYER, region=rongdong, community=ZHONG["community"],
            skills="保洁", starts_at=datetime.time(9, 0), ends_at=datetime.time(17, 0), wage=2600, openings=1,
        )
    with clock.frozen_at(CLEANER_MATCHED):
        placement = services.match(by=staff, seeker=seeker, job=job)
    with clock.frozen_at(HIRED):
        services.record_outcome(by=staff, placement=placement, outcome=Placement.Outcome.HIRED)
        ledger.update_member(by=staff, member=zhong, status=EmploymentStatus.EMPLOYED, wish="家门口就业",
                             training_need=zhong.training_need, skills="保洁、家政")
    return seeker


def _station_history(rng, staff, station, rongdong, looking):
    """The other registrations of September–October 2023, the jobs posted and who was matched."""
    seekers = []
    for position, member in enumerate(looking):
        day = datetime.date(2023, 9, 4) + datetime.timedelta(days=position * 2)
        seekers.append(_register(staff, station, rongdong, member,
                                 datetime.datetime.combine(day, datetime.time(9, 0)) + datetime.timedelta(minutes=position), rng))
    for position, (title, employer, skill, h1, m1, h2, m2, wage, openings) in enumerate(JOBS):
        posted = datetime.datetime(2023, 9, 5, 10, 0) + datetime.timedelta(days=position * 5)
        with clock.frozen_at(posted) as posted:
            job = services.post_job(
                by=staff, station=station, title=title, employer=employer, region=rongdong, skills=skill,
                starts_at=datetime.time(h1, m1), ends_at=datetime.time(h2, m2), wage=wage, openings=openings,
                community=rng.choice(COMMUNITIES), kind="odd_job" if "零工" in title else "position",
            )
        placements = []
        for rank, candidate in enumerate(seekers_for(job, limit=openings + 1)):
            if candidate.seeker.registered_at > posted:
                continue
            same_day = timezone.localdate(posted) == timezone.localdate(candidate.seeker.registered_at)
            with clock.frozen_at(posted + datetime.timedelta(hours=3 if same_day else 26 + rank)):
                placements.append(services.match(by=staff, seeker=candidate.seeker, job=job))
        for rank, placement in enumerate(placements):
            with clock.frozen_at(posted + datetime.timedelta(days=3, hours=rank)):
                outcome = Placement.Outcome.HIRED if rank < openings else Placement.Outcome.DECLINED
                services.record_outcome(by=staff, placement=placement, outcome=outcome)
    return seekers


def _training(rng, staff, station, seekers):
    for position, (title, starts, ends) in enumerate(COURSES):
        with clock.frozen_at(datetime.datetime.combine(starts - datetime.timedelta(days=7), datetime.time(9, 0))):
            course = services.create_course(by=staff, station=station, title=title, starts_on=starts, ends_on=ends)
        trainees = seekers[position::2][:8]
        for seeker in trainees:
            with clock.frozen_at(datetime.datetime.combine(starts - datetime.timedelta(days=1), datetime.time(10, 0))):
                enrolment = services.enrol(by=staff, course=course, seeker=seeker)
            if rng.random() < 0.8:
                with clock.frozen_at(datetime.datetime.combine(ends, datetime.time(16, 0))):
                    services.complete(by=staff, enrolment=enrolment)


def _other_station(staff, centre, rongdong, name, community, registered, posted):
    """A station of the centre with its own registrations, jobs and matches; its own random numbers leave the rest
    of the demo as it was."""
    rng = random.Random(f"station:{name}")
    station = centres.open_station(by=staff, name=name, region=rongdong, community=community, centre=centre)
    station.staff.add(staff)
    for number in range(registered):
        moment = datetime.datetime(2023, 10, 9, 9, 0) + datetime.timedelta(days=number * 4, minutes=number)
        with clock.frozen_at(moment):
            services.register_seeker(
                by=staff, station=station, name=people.person_name(rng), phone=people.mobile_number(rng),
                region=rongdong, community=community, skills="、".join(rng.sample(SKILLS, 2)),
                available_from=datetime.time(8, 0), available_to=datetime.time(18, 0),
                expected_wage=rng.choice([2200, 2500, 2800]), birth_year=rng.randint(1965, 2000))
    for number, (title, employer, skill, h1, m1, h2, m2, wage, openings) in enumerate(rng.sample(JOBS, posted)):
        with clock.frozen_at(datetime.datetime(2023, 10, 20, 10, 0) + datetime.timedelta(days=number * 6)) as moment:
            job = services.post_job(
                by=staff, station=station, title=title, employer=employer, region=rongdong, skills=skill,
                starts_at=datetime.time(h1, m1), ends_at=datetime.time(h2, m2), wage=wage, openings=openings,
                community=community)
        for rank, candidate in enumerate(seekers_for(job, limit=openings)):
            if candidate.seeker.registered_at > moment:
                continue
            with clock.frozen_at(moment + datetime.timedelta(hours=2 + rank)):
                placement = services.match(by=staff, seeker=candidate.seeker, job=job)
            with clock.frozen_at(moment + datetime.timedelta(days=2, hours=rank)):
                services.record_outcome(by=staff, placement=placement, outcome=Placement.Outcome.HIRED
                                        if rank % 3 != 2 else Placement.Outcome.DECLINED)
    return station


def build_demo(accounts, rng) -> None:
    """The Rongdong ledger, the 容东 employment service centre with its four job stations (钟爱敏's same-day match at
    南文营), and two courses."""
    province = _region(*PROVINCE)
    new_area = _region(*NEW_AREA, parent=province)
    rongdong = _region(*RONGDONG, parent=new_area)
    centre = Organization.objects.create(kind=Organization.Kind.OFFICE, name=CENTRE, short_name="容东就业服务中心",
                                         region=rongdong)
    staff = accounts.demo(STAFF[0], role=Role.OFFICE, name=STAFF[1], organization=centre, region=rongdong,
                          phone=people.mobile_number(rng))
    with clock.frozen_at(datetime.datetime(2023, 7, 3, 9, 0)):
        service_centre = centres.open_centre(by=staff, name=CENTRE, region=rongdong)
        station = centres.open_station(by=staff, name=STATION, region=rongdong, community="南文营社区",
                                       centre=service_centre)
    station.staff.add(staff)
    found = _ledger(rng, staff, rongdong)
    seekers = _station_history(rng, staff, station, rongdong, found["looking"])
    _zhong_story(staff, station, rongdong, found["zhong"])
    _training(rng, staff, station, seekers)
    for name, community, registered, posted in OTHER_STATIONS:
        _other_station(staff, service_centre, rongdong, name, community, registered, posted)

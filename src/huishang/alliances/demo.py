"""The three studio alliances of seed 004 built through the alliance services, with their history.

Accounts: ``alliance_chair`` (赵小东, chair of the equipment alliance and leader of his studio),
``alliance_secretary`` (secretary-general of the equipment alliance), ``studio_leader`` (邓旭东, leader of a
power studio, who books shared resources) and ``resource_keeper`` (approves bookings of the Neijiang
power supply company's resources).
"""

import datetime

from django.contrib.auth.hashers import make_password

from huishang.alliances import demo_data as data
from huishang.alliances import services
from huishang.alliances.models import AllianceMembership, RegionPoint, Studio
from huishang.cases import services as matter_services
from huishang.core import clock
from huishang.demo.accounts import CONTACT_PREFIX
from huishang.demo.credit_codes import new_credit_code
from huishang.directory.models import Organization, Region, Role, User
from huishang.meetings import services as meeting_services
from huishang.meetings.models import Meeting

DEMO_USERNAMES = {"alliance_chair", "alliance_secretary", "studio_leader", "resource_keeper"}
ACCOUNT_OF = {"赵小东": "alliance_chair", "王蓉": "alliance_secretary", "邓旭东": "studio_leader"}
KEEPER = ("resource_keeper", "刘建", "国网四川省电力公司内江供电公司")


def _day(value) -> datetime.date:
    return value if isinstance(value, datetime.date) else datetime.date.fromisoformat(value)


def _at(day, hour=10) -> datetime.datetime:
    return datetime.datetime.combine(_day(day), datetime.time(hour, 0))


def _regions() -> dict[str, Region]:
    regions = {}
    for code, name, parent, longitude, latitude in data.REGIONS:
        region, _created = Region.objects.get_or_create(
            code=code, defaults={"name": name, "parent": Region.objects.filter(code=parent).first()})
        RegionPoint.objects.update_or_create(region=region, defaults={"longitude": longitude, "latitude": latitude})
        regions[code] = region
    return regions


def _organisation(name, kind, region, rng) -> Organization:
    found = Organization.objects.filter(name=name).first()
    if found:
        return found
    # Hosts are recorded as enterprises (the directory has no kind for public institutions); the credit
    # code's first characters tell them apart: 12 public institution, 93 co-operative, 91 company.
    prefix = "12" if kind == "institution" else "93" if "合作社" in name else "91"
    while True:
        code = new_credit_code(rng, region_code=region.code, prefix=prefix)
        if not Organization.objects.filter(credit_code=code).exists():
            break
    return Organization.objects.create(kind=Organization.Kind.ENTERPRISE, name=name, region=region, credit_code=code)


def _person(username, name, organization, accounts) -> User:
    """A demo account, or (for a username starting with the contact prefix) a person without a password."""
    if username in DEMO_USERNAMES:
        return accounts.demo(username, role=Role.UNION, name=name, organization=organization,
                             region=organization.region)
    user = User(username=username, name=name, role=Role.UNION, organization=organization,
                password=make_password(None))
    user.save()
    return user


def _studios(alliance_name, regions, accounts, rng, by) -> dict[str, Studio]:
    studios = {}
    for leader_name, suffix, host, kind, code, level, field, _joined in data.STUDIOS[alliance_name]:
        host_org = _organisation(host, kind, regions[code], rng)
        leader = None
        if leader_name in ACCOUNT_OF:
            leader = _person(ACCOUNT_OF[leader_name], leader_name, host_org, accounts)
        studios[leader_name] = services.register_studio(
            by=by, name=f"{leader_name}{suffix}", level=level, leader_name=leader_name, leader=leader,
            leader_honours=rng.choice(["全国劳动模范", "四川省劳动模范", "重庆市劳动模范", "巴渝工匠", "天府工匠",
                                       "全国五一劳动奖章获得者", "市级劳动模范"]),
            host=host_org, region=regions[code], field=field,
            recognised_on=datetime.date(rng.randint(2015, 2021), rng.randint(1, 12), rng.randint(1, 28)),
            members="、".join(rng.choice(data.SURNAMES) + rng.choice(data.GIVEN) for _ in range(rng.randint(5, 9))),
            introduction=f"工作室以{field}领域的技术攻关、技能传承和人才培养为重点，由{leader_name}领衔。",
        )
    return studios


def _alliance(name, short_name, field, union, regions, accounts, rng, admin):
    with clock.frozen_at(_at(data.FOUNDED, 9)):
        alliance = services.create_alliance(
            by=admin, name=name, short_name=short_name, field=field, founded_on=data.FOUNDED, organiser=union,
            introduction="内江市总工会会同川南渝西工会整合成渝地区劳模和工匠人才创新工作室资源成立，建设学习研讨、"
                         "技术交流、互联互通、成果共享“三平台，一机制”。",
        )
        studios = _studios(name, regions, accounts, rng, admin)
        for leader_name, *_rest, joined in data.STUDIOS[name]:
            joined_on = _day(joined) if joined else data.FOUNDED
            services.admit_studio(alliance, by=admin, studio=studios[leader_name], joined_on=joined_on)
        for seat_alliance, role, person, position in data.COUNCIL:
            if seat_alliance != name:
                continue
            studio = studios.get(person)
            user = studio.leader if studio else None
            organization = studio.host if studio else union
            if user is None and person in ACCOUNT_OF:
                user = _person(ACCOUNT_OF[person], person, union, accounts)
            services.appoint_council_seat(alliance, by=admin, role=role, person_name=person, position=position,
                                          user=user, organization=organization, starts_on=data.FOUNDED)
    return alliance, studios


def _experts(alliance, studios, rng, admin) -> None:
    studio_list = list(studios.values())
    for n in range(data.EXPERT_COUNTS[alliance.name]):
        studio = studio_list[n % len(studio_list)]
        joined = data.FOUNDED + datetime.timedelta(days=rng.randint(0, 300))
        expert = services.add_expert(
            alliance, by=admin, name=rng.choice(data.SURNAMES) + rng.choice(data.GIVEN),
            title=rng.choice(data.EXPERT_TITLES), fields=studio.field, studio=studio, joined_on=joined,
        )
        if n % 4 == 0:
            services.record_expert_service(expert, by=admin, kind=rng.choice(["consultation", "research", "training"]),
                                           served_on=joined + datetime.timedelta(days=60), note=f"{studio.field}技术支持")


def _activities(alliances, office, admin) -> tuple[dict, Meeting]:
    equipment, planting, power = (alliances[name] for name in (data.EQUIPMENT, data.PLANTING, data.POWER))
    with clock.frozen_at(_at(data.FOUNDED, 14)):
        first_council = meeting_services.create_meeting(
            by=office, kind=Meeting.Kind.COUNCIL, held_on=data.FOUNDED, location="内江",
            title=f"{data.EQUIPMENT}第一届理事会第一次全体会议")
    services.record_activity(equipment, by=admin, kind="meeting", title=first_council.title, held_on=data.FOUNDED,
                             location="内江", meeting=first_council, minutes="审议通过联盟章程，选举产生第一届理事会，赵小东当选理事长。")
    services.record_activity(equipment, by=admin, kind="exchange_visit", held_on=datetime.date(2023, 6, 15),
                             title="赴重庆渝硕重型机械有限公司、重庆潍柴发动机有限公司交流学习", location="重庆",
                             attendees="赵小东带队；徐显云劳模创新工作室、蹇宏劳模创新工作室团队",
                             minutes="围绕“攻关创新”“技能实训”和“能力培育”取经学习，初步明确联盟发展方向，达成交流、合作、攻关意愿。")
    services.record_activity(planting, by=admin, kind="exchange_visit", held_on=datetime.date(2023, 6, 20),
                             title="威远县无花果科学研究所基地交流", location="内江市威远县",
                             attendees="李金平；重庆市荣昌区秦兆华劳模创新工作室团队",
                             minutes="就种植业生产经营管理、农产品初加工销售、三产融合发展、助力乡村振兴等深入交流。")
    services.record_activity(power, by=admin, kind="exchange_visit", held_on=datetime.date(2023, 4, 18),
                             title="川南区域技术交流", location="内江", minutes="川南区域各会员工作室开展技术交流，达成联合攻关意向。")
    services.record_activity(power, by=admin, kind="exchange_visit", held_on=datetime.date(2023, 6, 6),
                             title="渝西区域技术交流", location="永川", minutes="渝西区域各会员工作室开展技术交流，达成联合攻关意向。")
    with clock.frozen_at(_at(data.JOINT_DAY, 8)):
        joint = services.hold_joint_meeting(
            alliances.values(), by=office, held_on=data.JOINT_DAY, location="内江",
            title="川南渝西工会助力成渝地区双城经济圈建设第一次联席会议暨劳模和工匠人才创新工作室联盟交流活动",
            attendees="川南四市、渝西六区工会及三个联盟会员单位代表")
        second_council = meeting_services.create_meeting(
            by=office, kind=Meeting.Kind.COUNCIL, held_on=data.JOINT_DAY, location="内江",
            title=f"{data.EQUIPMENT}第一届理事会第二次全体会议")
    for alliance in alliances.values():
        services.record_activity(alliance, by=admin, kind="meeting", title=joint.title, held_on=data.JOINT_DAY,
                                 location="内江", meeting=joint, minutes="交流发言、实地观摩，为会员单位代表授牌，举行轮值单位交接仪式，签订项目联合攻关协议。")
    services.record_activity(equipment, by=admin, kind="meeting", title=second_council.title, held_on=data.JOINT_DAY,
                             location="内江", meeting=second_council, attendees="主持：理事长赵小东",
                             minutes="总结一年来联盟组建和交流情况；下一步持续推进深交流、广合作、共发展，让联盟活起来、转起来、强起来。")
    services.record_activity(power, by=admin, kind="meeting", title="新型电力系统联盟座谈会", held_on=data.JOINT_DAY,
                             location="内江", minutes="联盟成立一年，汇聚50余名专家人才，达成9项联合攻关协议；梳理出产业单位3家、"
                             "工器具检测中心2个、实训基地4个、仿真系统2个。")
    services.record_activity(planting, by=admin, kind="meeting", title="种植业联盟座谈会", held_on=data.JOINT_DAY,
                             location="内江", minutes="来自川南渝西12个市（区）的代表围绕联盟发展谈感受、提建议。")
    services.record_activity(equipment, by=admin, kind="exchange_visit", title="在内江金鸿曲轴有限公司参观",
                             held_on=data.HANDOVER_DAY, location="内江金鸿曲轴有限公司")
    services.record_activity(planting, by=admin, kind="exchange_visit", title="在威远无花果博览中心考察",
                             held_on=data.HANDOVER_DAY, location="威远无花果博览中心")
    return {name: services.record_activity(alliance, by=admin, kind="handover", held_on=data.HANDOVER_DAY,
                                           title="轮值单位交接仪式暨会员单位授牌", location="内江")
            for name, alliance in alliances.items()}, joint


def _rotation_and_plaques(alliances, studios, handovers, admin) -> None:
    hosts = {data.EQUIPMENT: ("赵小东", "徐显云", "杨天林"), data.PLANTING: ("李金平", "秦兆华", "钟丽萍"),
             data.POWER: ("周竞峰", "邓旭东", "蒋立新")}
    for name, alliance in alliances.items():
        first, second, third = (studios[name][leader] for leader in hosts[name])
        services.start_rotation_term(alliance, by=admin, host=first, starts_on=data.FOUNDED,
                                     ends_on=datetime.date(2023, 10, 31), plaque="首届轮值单位")
        services.start_rotation_term(alliance, by=admin, host=second, starts_on=data.HANDOVER_DAY,
                                     ends_on=datetime.date(2024, 10, 31), handover=handovers[name], plaque="轮值单位")
        services.start_rotation_term(alliance, by=admin, host=third, starts_on=datetime.date(2024, 11, 1),
                                     ends_on=datetime.date(2025, 10, 31), plaque="轮值单位")
        for membership in alliance.memberships.filter(joined_on__lte=data.HANDOVER_DAY):
            services.award_plaque(membership, by=admin, on=data.HANDOVER_DAY)
    leaving_name, left_on = data.LEAVING
    membership = AllianceMembership.objects.get(alliance=alliances[data.EQUIPMENT], studio__leader_name=leaving_name)
    services.record_leaving(membership, by=admin, left_on=left_on)


def _agreements_and_achievements(alliances, studios, admin) -> None:
    power = alliances[data.POWER]
    for n, (subject, leaders, signed_on) in enumerate(data.AGREEMENTS):
        agreement = services.record_agreement(
            power, by=admin, subject=subject, parties=[studios[data.POWER][leader] for leader in leaders],
            signed_on=_day(signed_on), goals="明确攻关目标、分工和里程碑，成果在联盟内共享。",
            kind="co_training" if "培养" in subject or "课程" in subject else "joint_research",
        )
        services.report_progress(agreement, by=admin, progress=[100, 80, 60, 100, 70, 50, 100, 40, 60][n],
                                 note="按计划推进")
    for name, kind, title, leaders, on in data.ACHIEVEMENTS:
        services.record_achievement(alliances[name], by=admin, kind=kind, title=title,
                                    studios=[studios[name][leader] for leader in leaders], achieved_on=_day(on),
                                    description="成果已在联盟内共享推广。")


def _resources_and_bookings(alliances, studios, accounts, admin) -> None:
    power = alliances[data.POWER]
    username, keeper_name, keeper_org = KEEPER
    keeper = _person(username, keeper_name, Organization.objects.get(name=keeper_org), accounts)
    resources = {}
    for n, (kind, name, owner_leader, capacity) in enumerate(data.RESOURCES):
        owner = studios[data.POWER][owner_leader].host
        approver = keeper if owner.name == keeper_org else _person(f"{CONTACT_PREFIX}keeper_{n}",
                                                                   f"{owner_leader}工作室联络员", owner, accounts)
        resources[name] = services.list_resource(power, by=admin, kind=kind, name=name, owner=owner, keeper=approver,
                                                 capacity=capacity, listed_on=data.RESOURCES_LISTED,
                                                 description=f"由{owner.name}提供，供联盟会员工作室共享使用。")
    leader = User.objects.get(username="studio_leader")
    studio = studios[data.POWER]["邓旭东"]
    base = resources["内江配网不停电作业实训基地"]
    with clock.frozen_at(_at("2024-03-01")):
        booking = services.book_resource(base, by=leader, studio=studio, starts_on=datetime.date(2024, 3, 12),
                                         ends_on=datetime.date(2024, 3, 14), purpose="渝西区域带电作业技能实训")
        services.approve_booking(booking, by=keeper, note="同意，请提前一天报到")
    soon = clock.today() + datetime.timedelta(days=10)
    services.book_resource(resources["内江电力安全工器具检测中心"], by=leader, studio=studio, starts_on=soon,
                           ends_on=soon + datetime.timedelta(days=1), purpose="绝缘工器具送检")


def _alliance_matter(alliances, joint, office) -> None:
    enterprise = Organization.objects.get(name="内江金鸿曲轴有限公司")
    with clock.frozen_at(_at("2023-10-20")):
        link = services.raise_matter(
            alliances[data.EQUIPMENT], by=office, title="曲轴圆角滚压刀具寿命短，需联盟联合攻关",
            description="企业反映曲轴圆角滚压刀具平均寿命不足设计值的六成，换刀频繁影响产能，希望联盟组织工作室联合攻关。",
            category="other", enterprise=enterprise)
    with clock.frozen_at(_at("2023-10-23")):
        matter_services.accept(link.matter, by=office, note="转装备制造联盟研究")
    with clock.frozen_at(_at("2023-10-25")):
        services.put_before_joint_meeting(link, by=office, meeting=joint)


def build_demo(accounts, rng) -> None:
    """The three alliances, their 46 studios in 12 cities and districts, and their history to 2024."""
    admin = User.objects.get(username="admin")
    office = User.objects.get(username="office")
    union = Organization.objects.get(name="内江市总工会")
    regions = _regions()
    alliances, studios = {}, {}
    for name, short_name, field in data.ALLIANCES:
        alliances[name], studios[name] = _alliance(name, short_name, field, union, regions, accounts, rng, admin)
    for name, alliance in alliances.items():
        _experts(alliance, studios[name], rng, admin)
    handovers, joint = _activities(alliances, office, admin)
    _rotation_and_plaques(alliances, studios, handovers, admin)
    _agreements_and_achievements(alliances, studios, admin)
    _resources_and_bookings(alliances, studios, accounts, admin)
    _alliance_matter(alliances, joint, office)


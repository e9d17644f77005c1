"""People's suggestions along the Yangpu riverside (seed 004): "杨浦滨江的10个人民建议征集点，既可以是
健身补给站，也可以是公园休憩点、公共图书馆……". The ten points, their keepers, the district's monthly
suggestion meetings and a year of suggestions (May 2024 to April 2025) with believable outcomes:
all taken in, most adopted and carried out, some partly adopted, some answered with the reason they
were not. The suggestions, names and phones are invented; only the points' kinds come from the page.
Then the consultation topics of the same page (topic_demo.py): the 228街坊 renovation and a draft law.

Suggestions are counted by their own subject, so the consultation figures of seed 004 stay as they are.
It draws from its own random generator, leaving the shared one to the modules after it.
"""

import datetime
import random
from decimal import Decimal

from huishang.cases import services as matter_services
from huishang.cases.models import Category
from huishang.core import clock
from huishang.directory.models import Organization, Region, Role, User
from huishang.meetings import services as meeting_services
from huishang.meetings.models import Meeting
from huishang.suggestions import captcha, services
from huishang.suggestions.codes import follow_up_code
from huishang.suggestions.intake import INTAKE_USERNAME
from huishang.suggestions.models import Decision, SensitiveWord, Suggestion
from huishang.suggestions.points import open_point
from huishang.suggestions.topic_demo import build_topics

SEED = 20240418
YEAR_START = datetime.date(2024, 5, 1)
MONTHS = 12
PER_MONTH = (2, 4)

POINTS = [  # code, name, kind, address, latitude, longitude
    ("yp-01", "秦皇岛路健身补给站", "park", "杨浦滨江秦皇岛路码头旁", "31.253310", "121.507120"),
    ("yp-02", "渡口公园休憩点", "park", "杨浦滨江丹东路渡口", "31.255020", "121.515260"),
    ("yp-03", "杨浦滨江公共图书馆", "library", "杨树浦路670号", "31.256480", "121.521030"),
    ("yp-04", "杨树浦驿站", "community", "杨浦滨江安浦路口", "31.258050", "121.526610"),
    ("yp-05", "安浦路健身补给站", "park", "杨浦滨江安浦路段", "31.259620", "121.531780"),
    ("yp-06", "绿之丘休憩点", "park", "杨树浦路1500号绿之丘", "31.261370", "121.536820"),
    ("yp-07", "时尚中心职工服务站", "union_station", "杨树浦路2866号", "31.263940", "121.543370"),
    ("yp-08", "定海社区党群服务站", "community", "定海路街道滨江段", "31.266530", "121.549800"),
    ("yp-09", "大桥街道基层立法联系点", "legislative", "大桥街道长阳路", "31.262100", "121.528400"),
    ("yp-10", "复兴岛公园休憩点", "park", "复兴岛共青路", "31.270150", "121.556120"),
]
CATEGORIES = [
    ("riverside", "滨江管理"), ("greenery", "绿化市容"), ("transport", "交通出行"),
    ("elderly", "为老服务"), ("sports_culture", "文体设施"), ("public_safety", "公共安全"),
]
UNITS = {  # category -> responsible unit of Yangpu
    "riverside": "杨浦滨江综合开发管理指挥部", "greenery": "杨浦区绿化和市容管理局",
    "transport": "杨浦区建设和管理委员会", "elderly": "杨浦区民政局",
    "sports_culture": "杨浦区文化和旅游局", "public_safety": "杨浦区应急管理局",
}
IDEAS = {  # category -> (title, text, what was done when adopted)
    "riverside": [
        ("滨江步道增设饮水点", "夏天在滨江跑步的人很多，沿线只有少数饮水点，建议每隔一公里增设直饮水设施。",
         "已在滨江沿线新增直饮水点6处，并在导览图上标注位置。"),
        ("滨江夜间照明延长", "滨江步道晚上十点后灯光调暗，散步和夜跑不安全，建议延长照明时间。",
         "步道主照明延长至23时，重点路段加装感应照明。"),
        ("滨江增设自行车停放区", "周末骑车来滨江的人多，车辆乱停影响通行，建议在出入口设置停放区。",
         "在5个主要出入口划设非机动车停放区，配备管理员引导。"),
    ],
    "greenery": [
        ("绿之丘增加遮阴座椅", "绿之丘上座椅大多没有遮挡，夏天无法休息，建议增加树荫或遮阳棚。",
         "补种乔木12株，增设遮阳座椅8组。"),
        ("公园垃圾桶分类标识更醒目", "公园里垃圾桶分类标识太小，游客经常投错，建议加大标识并增加图示。",
         "更换分类标识牌40块，增加图示和双语说明。"),
    ],
    "transport": [
        ("滨江公交接驳加密", "从地铁站到滨江公交班次少，周末等车时间长，建议节假日加密班次。",
         "节假日接驳线发车间隔由20分钟缩短至10分钟。"),
        ("安浦路口增设过街信号灯", "安浦路口行人过街没有信号灯，老人孩子过马路很危险。",
         "路口已增设行人过街信号灯并施划斑马线。"),
    ],
    "elderly": [
        ("社区食堂增加送餐服务", "独居老人行动不便，建议社区长者食堂提供送餐上门。",
         "长者食堂开通送餐服务，覆盖辖区独居高龄老人。"),
        ("驿站设置老年人休息专座", "滨江驿站里座位少，老年人走累了没地方歇脚，建议设置专座。",
         "各驿站设置老年人休息专座并配备老花镜、急救包。"),
    ],
    "sports_culture": [
        ("图书馆延长周末开放时间", "滨江公共图书馆周末下午五点就关门，建议延长到晚上八点。",
         "周末开放时间延长至20时，试行三个月后固定。"),
        ("健身补给站增加储物柜", "来滨江锻炼的人没有地方放包，建议在健身补给站增加自助储物柜。",
         "在2个健身补给站增设自助储物柜共60格。"),
    ],
    "public_safety": [
        ("滨江亲水平台加装护栏", "部分亲水平台临水没有护栏，孩子玩耍有落水危险。",
         "对3处亲水平台加装护栏并设置警示标识。"),
        ("增设应急救生设施", "滨江沿线救生圈数量不足，建议增设并定期检查。",
         "沿线新增救生圈箱20处，纳入日常巡查。"),
    ],
}
NOT_ADOPTED_REASONS = [
    "该区域属于防汛墙保护范围，不宜设置固定设施，已改为在附近驿站提供相应服务。",
    "经现场踏勘，建议位置地下管线密集，暂不具备实施条件，将在后续改造中统筹考虑。",
    "相关事项已纳入明年市级专项计划，届时统一实施。",
]
# Every account this module makes: the two with the demo password, the people in the records, and the
# public intake account the suggestions are submitted by.
DEMO_USERNAMES = {"yangpu_office", "keeper", "yp_leader", "yp_supervisor", INTAKE_USERNAME} | {
    f"unit_yp_{code}" for code in UNITS
}
SURNAMES = "王李张刘陈杨黄赵周吴徐孙马朱胡郭何高林罗"
GIVEN = "建华秀英志强丽娟海燕德明晓东美玲国平文静"


def _moment(day: datetime.date, hour: int) -> datetime.datetime:
    return datetime.datetime.combine(day, datetime.time(hour, 0))


def _region() -> Region:
    shanghai, _ = Region.objects.get_or_create(code="310000", defaults={"name": "上海市"})
    yangpu, _ = Region.objects.get_or_create(code="310110", defaults={"name": "杨浦区", "parent": shanghai})
    return yangpu


def _record_only(username, *, name, role, **fields) -> User:
    user = User(username=username, name=name, role=role, **fields)
    user.set_unusable_password()
    user.save()
    return user


def _units(yangpu) -> dict:
    units = {}
    for code, name in UNITS.items():
        unit, _ = Organization.objects.get_or_create(name=name, defaults={"kind": Organization.Kind.UNIT, "region": yangpu})
        handler = User.objects.filter(organization=unit, role=Role.UNIT).first() or _record_only(
            f"unit_yp_{code}", name=f"{name[-6:]}经办人", role=Role.UNIT, organization=unit
        )
        units[code] = (unit, handler)
    return units


def build_demo(accounts, rng) -> None:
    local = random.Random(SEED)
    yangpu = _region()
    office = accounts.demo("yangpu_office", role=Role.OFFICE, name="杨浦区人民建议征集办", region=yangpu)
    keeper = accounts.demo("keeper", role=Role.UNION, name="滨江征集点管理员", region=yangpu)
    leader = _record_only("yp_leader", name="杨浦区委领导", role=Role.LEADER, region=yangpu)
    reviewer = _record_only("yp_supervisor", name="杨浦区督查室", role=Role.SUPERVISOR, region=yangpu)
    categories = {code: Category.objects.get_or_create(code=code, defaults={
        "name": name, "order": 50 + n, "audience": Category.Audience.RESIDENTS})[0]
        for n, (code, name) in enumerate(CATEGORIES)}
    units = _units(yangpu)
    SensitiveWord.objects.get_or_create(word="代开发票")
    with clock.frozen_at(_moment(YEAR_START - datetime.timedelta(days=30), 9)):
        points = [
            open_point(by=office, code=code, name=name, kind=kind, address=address, region=yangpu,
                       latitude=Decimal(lat), longitude=Decimal(lon), keeper=keeper if n < 2 else None)
            for n, (code, name, kind, address, lat, lon) in enumerate(POINTS)
        ]
    for month in range(MONTHS):
        first = _add_months(YEAR_START, month)
        received = [_submit(local, first, points, categories, keeper) for _ in range(local.randint(*PER_MONTH))]
        for suggestion in received:
            _accept(local, suggestion, office)
        accepted = received
        meeting_day = _add_months(first, 1) + datetime.timedelta(days=9)
        if accepted and meeting_day < datetime.date(2025, 5, 20):
            _meeting(local, meeting_day, accepted, office=office, leader=leader, units=units, reviewer=reviewer)
    with clock.frozen_at(datetime.datetime(2025, 4, 26, 21, 0)):
        question = captcha.challenge(6, 2)
        services.submit_suggestion(  # a sensitive word holds it for the office to read first
            title="滨江停车场加强巡查", text="晚上滨江停车场常有人兜售代开发票，建议加强巡查。", category=categories["public_safety"],
            region=yangpu, contact_phone="13661234567", captcha_token=question["token"], captcha_answer=8,
        )
    build_topics(office=office, yangpu=yangpu)


def _add_months(day: datetime.date, months: int) -> datetime.date:
    year, month = divmod(day.month - 1 + months, 12)
    return day.replace(year=day.year + year, month=month + 1, day=1)


def _submit(local, first, points, categories, keeper) -> Suggestion:
    code = local.choice(list(IDEAS))
    title, text, _done = local.choice(IDEAS[code])
    day = first + datetime.timedelta(days=local.randint(0, 27))
    point = local.choice(points + [None, None, None])
    phone = f"13{local.randint(0, 9)}{local.randint(10000000, 99999999)}"
    name = local.choice(SURNAMES) + local.choice(GIVEN[::2]) + local.choice(GIVEN[1::2])
    place = point.address if point else "杨浦滨江"
    with clock.frozen_at(_moment(day, local.randint(8, 20))):
        if point is not None and point.keeper_id and local.random() < 0.5:
            receipt = services.submit_suggestion(
                title=title, text=text, category=categories[code], region=point.region, channel="paper",
                point=point, address=place, contact_name=name, contact_phone=phone, entered_by=keeper,
            )
        else:
            question = captcha.challenge(3, 4)
            receipt = services.submit_suggestion(
                title=title, text=text, category=categories[code], region=points[0].region,
                channel="point" if point else "online", point=point, address=place,
                latitude=point.latitude if point else None, longitude=point.longitude if point else None,
                contact_name=name, contact_phone=phone, captcha_token=question["token"], captcha_answer=7,
            )
    return receipt.suggestion


def _accept(local, suggestion, office) -> None:
    """The office takes every demo suggestion in within a few days (the seed world keeps its one rejection)."""
    matter = suggestion.matter
    with clock.frozen_at(matter.submitted_at + datetime.timedelta(days=local.randint(1, 3))):
        matter_services.accept(matter, by=office, note="已受理，提交建议会商。")


def _meeting(local, day, accepted, *, office, leader, units, reviewer) -> None:
    with clock.frozen_at(_moment(day, 14)):
        meeting = meeting_services.create_meeting(
            by=office, kind=Meeting.Kind.SYMPOSIUM, held_on=day, region=office.region, chair=leader,
            title=f"{day.year}年{day.month}月人民建议会商会", location="杨浦滨江人民建议征集中心",
        )
        items = [meeting_services.add_to_agenda(meeting, suggestion.matter, by=office) for suggestion in accepted]
        for item, suggestion in zip(items, accepted):
            outcome = local.choices(Decision.Outcome.values, weights=[45, 20, 35])[0]
            code = suggestion.matter.category.code
            if outcome == Decision.Outcome.NOT_ADOPTED:
                reason = local.choice(NOT_ADOPTED_REASONS)
            else:
                reason = "建议切实可行，由责任单位限期落实。" if outcome == "adopted" else "部分采纳，先行在重点路段试点。"
            services.decide_suggestion(
                item, by=office, outcome=outcome, reason=reason, lead_unit=units[code][0],
                due=day + datetime.timedelta(days=45),
            )
    for suggestion in accepted:
        _carry_out(local, suggestion, day, office=office, units=units, reviewer=reviewer)


def _carry_out(local, suggestion, decided_on, *, office, units, reviewer) -> None:
    """The unit acknowledges, answers, the supervisor checks; adopted ones get their implementation published."""
    matter = suggestion.matter
    handler = units[matter.category.code][1]
    answered_on = decided_on + datetime.timedelta(days=local.randint(12, 40))
    if answered_on > datetime.date(2025, 5, 10):
        with clock.frozen_at(_moment(decided_on + datetime.timedelta(days=2), 10)):
            matter_services.acknowledge(matter, by=handler)
        return
    decision = Decision.objects.get(suggestion=suggestion)
    done = next(idea[2] for idea in IDEAS[matter.category.code] if idea[0] == matter.title)
    with clock.frozen_at(_moment(decided_on + datetime.timedelta(days=2), 10)):
        matter = matter_services.acknowledge(matter, by=handler)
    with clock.frozen_at(_moment(answered_on, 16)):
        answer = done if decision.is_adopted else f"已电话联系建议人说明情况：{decision.reason}"
        matter_services.respond(matter, by=handler, content=answer)
    with clock.frozen_at(_moment(answered_on + datetime.timedelta(days=3), 10)):
        matter.refresh_from_db()
        matter_services.review(matter, by=reviewer, satisfied=True, method="on_site", note="现场核实。")
        if decision.is_adopted:
            services.publish_implementation(suggestion, by=office, text=done)
    if local.random() < 0.6:
        with clock.frozen_at(_moment(answered_on + datetime.timedelta(days=5), 19)):
            code = follow_up_code(matter.number, suggestion.code_salt)
            services.rate_suggestion(suggestion, code=code, stars=local.choices([5, 4, 3, 2], weights=[55, 30, 10, 5])[0])

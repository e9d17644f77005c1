"""Seed 004's investment promotion of service outsourcing in Neijiang, January to October 2023: 80-odd
enterprises contacted (太平财险, 壹网壹创 …), 12 projects signed (同程旅行, 软通动力 …) planning over 2,700
seats, 30-odd still in negotiation; 抖音集团, landed in 2022, is the project already operating, with 贝塔斯曼 and 大宇宙
(landed earlier, days invented). After landing (promotion.landed): 贝塔斯曼 and 大宇宙 add 3 business lines each
(the third of each invented), 抖音集团 uses 650 seats and plans 1000 by the year's end, and the three report 14亿 of
output value for January–September 2023 and expect 20亿 for the year (the split between them is invented)."""

import datetime
from decimal import Decimal

from huishang.core import clock
from huishang.directory.models import Region, Role, User
from huishang.demo import seed_neijiang
from huishang.promotion import landed, services
from huishang.promotion.models import Stage

PROMOTER = ("investment", "周海涛（市商务局）")
DEMO_USERNAMES = {PROMOTER[0]}

# (enterprise, project, planned seats) of the 12 projects signed in 2023.
SIGNED = [
    ("同程旅行", "同程旅行内江客服中心", 500),
    ("软通动力", "软通动力内江交付中心", 420),
    ("中国平安", "平安内江远程服务中心", 300),
    ("京东", "京东内江客服外包中心", 260),
    ("中智", "中智内江人力资源共享中心", 200),
    ("华道数据", "华道数据内江数据标注基地", 180),
    ("博彦科技", "博彦科技内江软件测试中心", 170),
    ("海天瑞声", "海天瑞声内江语音数据中心", 160),
    ("文思海辉", "文思海辉内江金融服务中心", 150),
    ("中软国际", "中软国际内江应用运维中心", 140),
    ("佳都科技", "佳都科技内江智慧交通运营中心", 120),
    ("腾邦国际", "腾邦国际内江商旅服务中心", 110),
]
# The first signed projects started operating in the autumn.
LANDED = {"同程旅行", "软通动力", "华道数据"}
NAMED_CONTACTED = ["太平财险", "壹网壹创"]
NEGOTIATING = 32
CONTACTED_ONLY = 42
OUTSOURCING_FIRMS = [
    "电讯盈科", "神州数码", "东软集团", "浪潮", "易宝软件", "润和软件", "中电金信", "法本信息", "诚迈科技", "宇信科技",
    "长亮科技", "新致软件", "汉得信息", "普元信息", "银雁科技", "数据堂", "云测数据", "标贝科技", "倍赛科技", "曼孚科技",
    "中通服", "华拓数码", "凯盛融英", "泰盈科技", "讯飞外包", "品言科技", "科达外包", "仁和汇智", "智诚外包", "锐博服务",
    "信华信", "海隆软件", "华钦科技", "亿达信息", "开目软件", "云智服", "捷通华声", "天聚地合", "慧择保险", "众安在线",
    "携程", "去哪儿", "美团", "饿了么", "唯品会", "得物", "贝壳找房", "58同城", "汽车之家", "平安好医生",
    "蚂蚁集团", "网易", "小米", "新浪", "搜狐", "爱奇艺", "喜马拉雅", "B站", "知乎", "哈啰",
    "滴滴", "货拉拉", "满帮", "顺丰", "中通", "圆通", "韵达", "申通", "德邦", "极兔",
    "泰康保险", "新华保险", "人保财险", "国寿财险", "大地保险", "阳光保险", "华泰保险", "招商银行信用卡中心", "浦发银行",
]
PROJECT_KINDS = ["客服中心", "数据标注基地", "软件外包中心", "电商运营中心", "呼叫中心", "共享服务中心"]
VISIT_NOTES = [
    "介绍内江服务外包产业政策和场地条件，企业表示有意向在川南布局。",
    "陪同企业考察产业园区办公场地，了解人才供给和培训补贴政策。",
    "与企业商谈场地租金减免和人才实训合作，企业将内部评估。",
]
NEXT_STEPS = ["报送投资意向书", "组织实地考察", "商谈合作协议条款", "协调场地和人才培训方案"]


def _at(day: datetime.date, hour: int = 10):
    return clock.frozen_at(datetime.datetime.combine(day, datetime.time(hour, 0)))


def _day(rng, start: datetime.date, latest: datetime.date, span: int) -> datetime.date:
    return min(start + datetime.timedelta(days=rng.randint(7, span)), latest)


def _open(by, owner, city, rng, enterprise: str, project: str, day: datetime.date):
    with _at(day):
        return services.open_lead(by=by, enterprise_name=enterprise, project=project, region=city, owner=owner,
                                  industry="服务外包", next_step=rng.choice(NEXT_STEPS))


def _visit(lead, rng) -> None:
    """The latest follow-up visit, after the lead's last step."""
    day = _day(rng, lead.last_activity_on, datetime.date(2023, 10, 31), 20)
    with _at(day, 16):
        services.record_visit(lead, by=lead.owner, visited_on=day, notes=rng.choice(VISIT_NOTES),
                              next_step=rng.choice(NEXT_STEPS), next_step_due=day + datetime.timedelta(days=30))


def _move(lead, by, to, day, **extra):
    with _at(day, 15):
        return services.advance(lead, by=by, to=to, **extra)


# (enterprise, project, planned seats, contacted, landed, business lines added in 2023, seats in use at the end of
# September 2023, output value January–September 2023 and expected for 2023 in 亿元)
OPERATING = [
    ("贝塔斯曼", "贝塔斯曼内江客户联络中心", 1200, datetime.date(2020, 3, 2), datetime.date(2020, 11, 16),
     ["云厨", "北京现代", "保险理赔客服"], 1100, "5.6", "8.0"),
    ("大宇宙", "大宇宙内江电商服务中心", 1000, datetime.date(2020, 9, 7), datetime.date(2021, 6, 1),
     ["京东电商", "抖音电商", "直播电商运营"], 900, "4.8", "6.9"),
    ("抖音集团", "抖音内江服务中心", 650, datetime.date(2022, 3, 10), datetime.date(2022, 9, 1), [], 650, "3.6", "5.1"),
]
SEAT_GOAL = ("抖音集团", 1000, "抖音集团逐步扩大职场规模，目前席位已扩充到650席，力争年底扩充到1000席。")
REPORTED_ON = datetime.date(2023, 10, 10)


def _operating(office, owner, city):
    """The projects already operating, each followed after landing through promotion.landed."""
    for enterprise, project, seats, contacted, landed_on, lines, in_use, output, expected in OPERATING:
        with _at(contacted):
            lead = services.open_lead(by=office, enterprise_name=enterprise, project=project, region=city,
                                      owner=owner, industry="服务外包", planned_seats=seats)
        steps = ((Stage.NEGOTIATING, contacted + datetime.timedelta(days=30)),
                 (Stage.SIGNED, landed_on - datetime.timedelta(days=100)), (Stage.LANDED, landed_on))
        for to, day in steps:
            lead = _move(lead, owner, to, day)
        for number, line in enumerate(lines):
            started = datetime.date(2023, 3 + 2 * number, 1)
            with _at(started + datetime.timedelta(days=3)):
                landed.add_business_line(lead, by=owner, name=line, started_on=started)
        with _at(REPORTED_ON):
            landed.report_operation(
                lead, by=owner, period_start=datetime.date(2023, 1, 1), period_end=datetime.date(2023, 9, 30),
                seats_actual=in_use, output_value_yuan=Decimal(output) * 100_000_000,
                expected_year_output_yuan=Decimal(expected) * 100_000_000, note="据企业报送的1—9月运营数据。")
        if enterprise == SEAT_GOAL[0]:
            with _at(datetime.date(2023, 10, 20)):
                landed.revise_seat_plan(lead, by=owner, planned_seats=SEAT_GOAL[1], reason=SEAT_GOAL[2])


def build_demo(accounts, rng) -> None:
    """The pipeline of 2023 through the promotion services, each step on its day."""
    office = User.objects.get(username=seed_neijiang.OFFICE_ACCOUNT[0])
    city = Region.objects.get(code="511000")
    owner = accounts.demo(PROMOTER[0], role=Role.OFFICE, name=PROMOTER[1], region=city)
    owners = [owner, office]
    _operating(office, owner, city)
    firms = iter(OUTSOURCING_FIRMS)
    for number, (enterprise, project, seats) in enumerate(SIGNED):
        lead = _open(office, owners[number % 2], city, rng, enterprise, project,
                     datetime.date(2023, 1, 9) + datetime.timedelta(days=12 * number))
        negotiating_on = _day(rng, lead.contacted_on, datetime.date(2023, 8, 31), 40)
        lead = _move(lead, lead.owner, Stage.NEGOTIATING, negotiating_on, note="双方就项目落地条件开展洽谈。")
        signed_on = _day(rng, negotiating_on, datetime.date(2023, 9, 28), 45)
        lead = _move(lead, lead.owner, Stage.SIGNED, signed_on, planned_seats=seats,
                     note=f"签约服务外包项目，规划席位{seats}席。")
        if enterprise in LANDED:
            lead = _move(lead, lead.owner, Stage.LANDED, _day(rng, signed_on, datetime.date(2023, 10, 31), 30),
                         note="项目入驻园区，开始运营。")
        _visit(lead, rng)
    others = NAMED_CONTACTED + [next(firms) for _ in range(NEGOTIATING + CONTACTED_ONLY - len(NAMED_CONTACTED))]
    for number, enterprise in enumerate(others):
        contacted_on = datetime.date(2023, 1, 16) + datetime.timedelta(days=(number * 233) // len(others))
        lead = _open(office, owners[number % 2], city, rng, enterprise,
                     f"{enterprise}内江{rng.choice(PROJECT_KINDS)}", contacted_on)
        if number < NEGOTIATING:
            lead = _move(lead, lead.owner, Stage.NEGOTIATING,
                         _day(rng, contacted_on, datetime.date(2023, 10, 31), 50), note="企业有意向，进入洽谈。")
        _visit(lead, rng)

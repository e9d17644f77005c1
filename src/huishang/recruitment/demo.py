"""Seed 004's recruitment in Neijiang, 2023: 66 recruitment events (民营企业招聘周, 百日千万招聘, 招聘夜市 …)
with 4,500-odd employment intentions and 1,000-odd positions collected; 50-odd campus sessions at 20-odd
universities (内江师院, 重庆师院 …) with 3,000-odd intentions; and the Neijiang Daily proofreader round
announced on 1 November 2023, applied for and reviewed; its written test and interview ("时间地点另行通知")
scheduled with rooms and seats and an admission ticket issued to each applicant who passed review; the
criminal-record condition and the claimed preferences checked by the office; scored, ranked with the
preferences as the first tie-break, and published. A second round is open today so
that the public application page can be tried."""

import datetime

from django.utils import timezone

from huishang.core import clock
from huishang.demo import seed_neijiang
from huishang.directory.models import Region, User
from huishang.recruitment import checks, events, identity, services, sessions, tickets
from huishang.recruitment.models import Education, Event, ExamSession, PreferenceRule, University

DEMO_USERNAMES: set[str] = set()

UNIVERSITIES = [
    ("内江师范学院", "内江"), ("重庆师范大学", "重庆"), ("内江职业技术学院", "内江"), ("内江卫生与健康职业学院", "内江"),
    ("四川师范大学", "成都"), ("西华师范大学", "南充"), ("乐山师范学院", "乐山"), ("宜宾学院", "宜宾"),
    ("四川轻化工大学", "自贡"), ("成都大学", "成都"), ("西南石油大学", "成都"), ("成都信息工程大学", "成都"),
    ("四川文理学院", "达州"), ("绵阳师范学院", "绵阳"), ("重庆文理学院", "重庆"), ("重庆三峡学院", "重庆"),
    ("长江师范学院", "重庆"), ("重庆工商大学", "重庆"), ("四川外国语大学", "重庆"), ("西南科技大学", "绵阳"),
    ("成都工业学院", "成都"), ("四川工商职业技术学院", "成都"),
]
EVENT_KINDS = [
    (Event.Kind.PRIVATE_ENTERPRISE_WEEK, "民营企业招聘周", 14),
    (Event.Kind.HUNDRED_DAYS, "百日千万招聘专项行动", 20),
    (Event.Kind.NIGHT_MARKET, "招聘夜市", 16),
    (Event.Kind.JOB_FAIR, "服务外包企业专场招聘会", 16),
]
CAMPUS_SESSIONS = 52
EMPLOYERS = ["贝塔斯曼", "大宇宙", "抖音集团", "同程旅行", "软通动力", "华道数据", "中智", "京东", "博彦科技", "海天瑞声"]
POSITIONS = ["客服专员", "数据标注员", "电商运营", "质检专员", "班组长", "培训师", "内容审核员", "软件测试工程师",
             "语音转写员", "售后专员"]
SURNAMES = "王李张刘陈杨黄赵周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢"
GIVEN = "伟芳娜敏静丽强磊洋艳勇军杰娟涛明超秀霞平刚桂英华玉兰萍红鹏辉玲宇浩凯健俊帆雪琳晨欣怡梓涵子轩"
VENUES = ["内江市人力资源市场", "内江高新区服务外包产业园", "大千园广场", "甜城湖广场", "东兴区就业服务中心"]


def _name(rng) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.randint(1, 2)))


def _event(office, city, rng, *, kind, title, day, university=None, intentions_from=69, intentions_to=72):
    with clock.frozen_at(datetime.datetime.combine(day, datetime.time(9, 0))):
        event = events.hold_event(by=office, kind=kind, title=title, held_on=day, region=city,
                                  venue=university.name if university else rng.choice(VENUES), university=university)
    employers = rng.sample(EMPLOYERS, 4 if university is None else 3)
    intentions = rng.randint(intentions_from, intentions_to)
    with clock.frozen_at(datetime.datetime.combine(day, datetime.time(17, 0))):
        for number, employer in enumerate(employers):
            titles = rng.sample(POSITIONS, 4 if university is None else 2)
            participation = events.add_employer(event, by=office, employer=employer,
                                                positions=[(title, rng.randint(2, 30)) for title in titles])
            share = intentions // len(employers) + (1 if number < intentions % len(employers) else 0)
            events.record_intentions(participation, by=office,
                                     candidates=[(_name(rng), rng.choice(titles)) for _ in range(share)])


def _events(office, city, rng) -> None:
    number = 0
    for kind, label, count in EVENT_KINDS:
        for session in range(1, count + 1):
            day = datetime.date(2023, 1, 6) + datetime.timedelta(days=(number * 290) // 66)
            _event(office, city, rng, kind=kind, title=f"2023年{label}（第{session}场）", day=day)
            number += 1
    universities = [University.objects.create(name=name, city=town) for name, town in UNIVERSITIES]
    for session in range(CAMPUS_SESSIONS):
        university = universities[session % len(universities)]
        day = datetime.date(2023, 3, 1) + datetime.timedelta(days=(session * 240) // CAMPUS_SESSIONS)
        _event(office, city, rng, kind=Event.Kind.CAMPUS, title=f"{university.name}服务外包企业校园招聘会",
               day=day, university=university, intentions_from=60, intentions_to=64)


def _id_number(rng, born_on: datetime.date) -> str:
    first17 = f"511002{born_on:%Y%m%d}{rng.randint(100, 999)}"
    return first17 + identity.check_character(first17)


# name, born on, education, full time, (written, interview) or None when not scored, passes review
APPLICANTS = [
    ("李思雨", datetime.date(1996, 4, 12), Education.BACHELOR, True, (86, 88)),
    ("王晓婷", datetime.date(1994, 9, 3), Education.BACHELOR, True, (91, 84)),
    ("张宇航", datetime.date(1998, 1, 25), Education.JUNIOR_COLLEGE, True, (86, 86)),
    ("陈静", datetime.date(1990, 6, 30), Education.MASTER, True, (88, 85)),
    ("刘欣然", datetime.date(1999, 11, 8), Education.JUNIOR_COLLEGE, True, (79, 82)),
    ("杨帆", datetime.date(1983, 1, 1), Education.BACHELOR, True, (85, 87)),
    ("赵文博", datetime.date(1997, 7, 19), Education.BACHELOR, True, (72, 80)),
    ("周佳怡", datetime.date(2000, 3, 14), Education.JUNIOR_COLLEGE, True, (90, 79)),
    ("黄志强", datetime.date(1982, 12, 31), Education.BACHELOR, True, None),
    ("吴梦瑶", datetime.date(1995, 5, 5), Education.JUNIOR_COLLEGE, False, None),
    ("徐浩", datetime.date(1993, 8, 21), Education.HIGH_SCHOOL, True, None),
    ("孙悦", datetime.date(1992, 10, 2), Education.BACHELOR, True, None),
]
SCHOOLS = ["内江师范学院", "四川师范大学", "西华师范大学", "内江职业技术学院", "重庆师范大学"]
PROOFREADER_ROUND = dict(
    title="内江日报社招聘校对人员公告", employer="内江日报社", post="校对人员", head_count=3,
    duties="负责《内江日报》及报社移动端内容的校对工作。", min_education=Education.JUNIOR_COLLEGE,
    full_time_required=True, born_on_or_after=datetime.date(1983, 1, 1),
    conditions_to_confirm="政治立场坚定，具有良好的品行；热爱文字工作，具有较强的文字功底，知识面较广；身体健康，适应夜班工作；"
                          "未受过各类刑事处罚，无参加非法组织或活动及其他不良记录。",
    preferences="取得出版编辑校相关资格者优先；具有校对经验和媒体经验者优先。",
    preference_rule=PreferenceRule.TIE_BREAK,
    conditions_to_verify="未受过各类刑事处罚（无犯罪记录证明）",
    written_weight=50, interview_weight=50,
)
# The two sessions the notice announced "另行通知": kind, start, end, place, rooms and their seats.
SESSIONS = [
    (ExamSession.Kind.WRITTEN, datetime.datetime(2023, 11, 25, 9, 0), datetime.datetime(2023, 11, 25, 11, 0),
     "内江日报社（笔试）", [("第一考场", 6), ("第二考场", 6)]),
    (ExamSession.Kind.INTERVIEW, datetime.datetime(2023, 11, 26, 14, 0), datetime.datetime(2023, 11, 26, 17, 30),
     "内江日报社（面试）", [("面试室", 10)]),
]


def _exams(office, round_) -> None:
    """The sessions scheduled the day after review, the tickets issued at once and the conditions checked."""
    with clock.frozen_at(datetime.datetime(2023, 11, 18, 9, 0)):
        for kind, starts_at, ends_at, place, rooms in SESSIONS:
            sessions.schedule_session(round_, by=office, kind=kind, starts_at=timezone.make_aware(starts_at),
                                      ends_at=timezone.make_aware(ends_at), place=place, rooms=rooms)
            tickets.issue_tickets(round_, by=office, kind=kind)
    with clock.frozen_at(datetime.datetime(2023, 11, 20, 15, 0)):
        for application in round_.applications.filter(review="approved"):
            for condition in checks.required(application):
                checks.record_check(application, by=office, condition=condition, result="met",
                                    note="已核验原件" if condition in checks.PREFERENCES else "已核验无犯罪记录证明")


def _proofreader_round(office, city, rng) -> None:
    with clock.frozen_at(datetime.datetime(2023, 11, 1, 9, 0)):
        round_ = services.create_round(by=office, region=city, announced_on=datetime.date(2023, 11, 1),
                                       deadline=datetime.date(2023, 11, 15), **PROOFREADER_ROUND)
    applications = []
    for number, (name, born_on, education, full_time, scores) in enumerate(APPLICANTS):
        with clock.frozen_at(datetime.datetime(2023, 11, 2 + number, 20, 15)):
            application, _code = services.apply(
                round_=round_, name=name, id_number=_id_number(rng, born_on), phone=f"1388320{1000 + number:04d}",
                education=education, full_time=full_time, school=rng.choice(SCHOOLS), major="汉语言文学",
                has_qualification=number % 3 == 0, has_experience=number % 2 == 0, confirms_conditions=True)
        applications.append((application, scores))
    with clock.frozen_at(datetime.datetime(2023, 11, 17, 10, 0)):
        for application, scores in applications:
            passes = application.eligible and scores is not None
            services.review_application(application, by=office, approve=passes,
                                        note="" if passes else " ".join(application.reasons)
                                        or "未提供校对相关作品，资格复审不通过。")
    _exams(office, round_)
    with clock.frozen_at(datetime.datetime(2023, 11, 28, 16, 0)):
        for application, scores in applications:
            if application.eligible and scores is not None:
                services.record_scores(application, by=office, written=scores[0], interview=scores[1])
    with clock.frozen_at(datetime.datetime(2023, 12, 1, 9, 0)):
        services.publish_result(round_, by=office)


def _open_round(office, city) -> None:
    today = clock.today()
    services.create_round(
        by=office, region=city, announced_on=today, deadline=today + datetime.timedelta(days=30),
        **{**PROOFREADER_ROUND, "title": "内江日报社招聘校对人员公告（演示：正在报名）", "head_count": 2},
    )


def build_demo(accounts, rng) -> None:
    """Events, campus sessions and the proofreader round through the recruitment services."""
    office = User.objects.get(username=seed_neijiang.OFFICE_ACCOUNT[0])
    city = Region.objects.get(code="511000")
    _events(office, city, rng)
    _proofreader_round(office, city, rng)
    _open_round(office, city)

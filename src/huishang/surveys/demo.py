"""The CPPCC survey of 16 April 2024 (seed 000): three enterprises visited, the symposium that followed,
the questions put and what the enterprises said. Its problems were already taken in as matters with
source survey by the seed page; they are linked here, not raised again, and wait for Yongchuan's office (assigned,
they would add to the whole deployment's figures, which the acceptance check ``seed-figures`` holds at seed 004's).
Who took part (民革界别 members, the association's invited experts, committee and department staff), the opinions
they gave ("提出了许多意见建议", "作出指导") and the proposals members made from them; names are invented."""

import datetime

from huishang.cases.models import Matter
from huishang.core import clock
from huishang.demo import seed_yongchuan as seed
from huishang.directory.models import Organization, Region, User
from huishang.meetings.models import Meeting
from huishang.surveys import services
from huishang.surveys.models import Participant

VISITED = ["重庆磐谷动力技术有限公司", "重庆固高科技长江研究院", "文理学院新材料研究院"]
AT_SYMPOSIUM = ["重庆良工科技公司", "重庆太平洋精工公司"]
TITLE = "多方协同共促生产性服务业高质量发展专题调研"
ORGANISER = "永川区政协民革界别（特邀重庆市生产性服务业协会专家）"
QUESTIONS = [
    "企业生产经营中当前最突出的困难是什么？",
    "人才引进和留用方面有哪些需求？",
    "融资方面遇到哪些困难？",
    "水电气等要素成本变化对企业有何影响？",
]
ANSWERS = {  # enterprise -> answers, in the order of QUESTIONS (invented from what the page reports)
    "重庆磐谷动力技术有限公司": ["高端研发人才短缺，制约新产品开发。", "急需电控标定、系统仿真方向高级工程师。",
                         "研发投入大，希望获得科技信贷支持。", "试验台架用电量大，电价上涨增加成本。"],
    "重庆固高科技长江研究院": ["运动控制算法和工业软件人才缺口大。", "希望与本地高校联合培养。",
                        "暂无突出融资困难。", "影响较小。"],
    "文理学院新材料研究院": ["中试放大阶段资金缺口大。", "需要懂产业化的复合型人才。",
                       "缺少适合成果转化的融资渠道。", "中试线能耗较高，成本上升。"],
}
DEMO_USERNAMES: set[str] = set()

COUNCIL = "永川区政协"
ASSOCIATION = "重庆市生产性服务业协会"
# (name, role, sector, affiliation)
PARTICIPANTS = [
    ("周明远", Participant.Role.MEMBER, "民革", COUNCIL),
    ("谭晓梅", Participant.Role.MEMBER, "民革", COUNCIL),
    ("邓志强", Participant.Role.MEMBER, "民革", COUNCIL),
    ("黎建国", Participant.Role.MEMBER, "经济界", COUNCIL),
    ("郑华", Participant.Role.EXPERT, "", ASSOCIATION),
    ("蒋文博", Participant.Role.EXPERT, "", ASSOCIATION),
    ("蔡勇", Participant.Role.STAFF, "", "永川区政协经济委"),
    ("冉光辉", Participant.Role.STAFF, "", "区经信委"),
    ("田蕾", Participant.Role.STAFF, "", "区科技局"),
    ("骆家宏", Participant.Role.STAFF, "", "永川高新区管委会"),
]
# (who, opinion): the members' four themes and the experts' guidance, as the page reports them.
OPINIONS = [
    ("周明远", "提升工业设计能力和水平：支持企业设立工业设计中心，引进专业设计机构，推动设计服务与制造业深度融合。"),
    ("谭晓梅", "推动高校科技成果转化提质增效：建立文理学院等高校与园区企业的成果对接机制，完善中试平台和转化收益分配。"),
    ("邓志强", "强化生产性服务业人才队伍建设：在人才公寓、安家补贴、子女入学等方面加大支持，稳住引进的高端研发人才。"),
    ("黎建国", "立足企业真实需求出台帮扶政策：针对轻资产科技企业融资难、用能成本上升等问题，出台精准帮扶措施。"),
    ("郑华", "高度重视生产性服务业对制造业转型升级的支撑作用，把生产性服务业纳入全区产业规划统筹推进。"),
    ("蒋文博", "重视产品标准制定，加强校企合作，推动科研成果在本地实现转化；协会将对企业遇到的困难给予支持和帮助。"),
]
# (title, proposers, opinions drawn on (by who), submitted on, text)
PROPOSALS = [
    ("关于强化生产性服务业人才队伍建设的提案", ["周明远", "邓志强"], ["邓志强", "黎建国"], datetime.date(2024, 5, 15),
     "调研发现，我区生产性服务企业高端研发人才引进难、留住难。建议：一是完善人才公寓和安家补贴政策；二是支持企业与"
     "本地高校共建实训基地、联合培养；三是建立重点企业人才需求清单，常态化开展精准引才。"),
    ("关于推动高校科技成果在永川转化的提案", ["谭晓梅", "周明远"], ["谭晓梅", "蒋文博"], datetime.date(2024, 5, 15),
     "建议依托永川高新区建设中试熟化平台，设立科技成果转化引导基金，对接科技金融产品，推动文理学院等高校成果在本地"
     "落地转化。"),
]


def _people_and_outputs(office, survey) -> None:
    """Who took part, the symposium, the opinions given and the proposals made from them."""
    with clock.frozen_at(datetime.datetime.combine(seed.SURVEY_RECORDED, datetime.time(10, 0))):
        people = {name: services.add_participant(by=office, survey=survey, name=name, role=role, sector=sector,
                                                 affiliation=affiliation)
                  for name, role, sector, affiliation in PARTICIPANTS}
        symposium = Meeting.objects.get(kind=Meeting.Kind.SYMPOSIUM, title=seed.SURVEY_TITLE)
        services.link_symposium(by=office, survey=survey, meeting=symposium)
        opinions = {name: services.record_opinion(by=office, survey=survey, participant=people[name], text=text)
                    for name, text in OPINIONS}
    for title, proposers, drawn_on, submitted_on, text in PROPOSALS:
        with clock.frozen_at(datetime.datetime.combine(submitted_on, datetime.time(11, 0))):
            services.record_proposal(by=office, survey=survey, title=title, body=text,
                                     proposers=[people[name] for name in proposers],
                                     opinions=[opinions[name] for name in drawn_on], submitted_on=submitted_on)



def build_demo(accounts, rng) -> None:
    """The survey with its visits, questions, answers, the survey matters the seed page took in, who took part, the
    symposium, opinions and proposals."""
    office = User.objects.get(username=seed.OFFICE_ACCOUNT[0])
    district = Region.objects.get(code=seed.DISTRICT[0])
    enterprises = {name: Organization.objects.get(name=name) for name in VISITED + AT_SYMPOSIUM}
    with clock.frozen_at(datetime.datetime.combine(seed.SURVEY_RECORDED, datetime.time(8, 30))):
        survey = services.record_survey(
            by=office, title=TITLE, held_on=seed.SURVEY_DAY, region=district, organiser=ORGANISER,
            enterprises=list(enterprises.values()), summary=seed.SURVEY_MINUTES, questions=QUESTIONS,
        )
        questions = list(survey.questions.all())
        for name, answers in ANSWERS.items():
            for question, text in zip(questions, answers):
                services.record_answer(by=office, question=question, enterprise=enterprises[name], text=text)
    with clock.frozen_at(datetime.datetime.combine(seed.SURVEY_RECORDED, datetime.time(17, 0))):
        for matter in Matter.objects.filter(source=Matter.Source.SURVEY, region=district).order_by("submitted_at"):
            services.link_problem(by=office, survey=survey, matter=matter)
    _people_and_outputs(office, survey)

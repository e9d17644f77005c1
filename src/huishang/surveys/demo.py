"""The CPPCC survey of 16 April 2024 (seed 000): three enterprises visited, the symposium that followed,
the questions put and what the enterprises said. Its problems were already taken in as matters with
source survey by the seed page; they are linked here, not raised again."""

import datetime

from huishang.cases.models import Matter
from huishang.core import clock
from huishang.demo import seed_yongchuan as seed
from huishang.directory.models import Organization, Region, User
from huishang.surveys import services

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


def build_demo(accounts, rng) -> None:
    """The survey with its visits, questions, answers and the survey matters the seed page took in."""
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

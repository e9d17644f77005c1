"""Surveys: the enterprises visited, questions and answers, problems found become matters with source survey."""

import datetime

import pytest

from huishang.cases.models import Matter
from huishang.core.errors import NotAllowed, ValidationError
from huishang.surveys import services
from huishang.surveys.permissions import visible_surveys
from huishang.surveys.selectors import answers_for, matters_for
from tests import factories as f
from tests.api.client import as_user
from tests.web.pages import signed_in, text_of

pytestmark = pytest.mark.django_db
SURVEY_DAY = datetime.date(2024, 4, 16)


def survey(office, enterprises, region=None):
    return services.record_survey(
        by=office, title="生产性服务业专题调研", held_on=SURVEY_DAY, region=region or office.region,
        organiser="区政协民革界别", enterprises=enterprises, questions=["最突出的困难是什么？"])


def test_a_problem_found_becomes_a_matter_with_source_survey_linked_to_the_survey():
    office, visited = f.office(), f.enterprise()
    run = survey(office, [visited])
    matter = services.raise_problem(by=office, survey=run, enterprise=visited, title="高端人才短缺",
                                    description="急需系统仿真方向高级工程师。", category=f.category())
    assert matter.source == Matter.Source.SURVEY and list(run.matters.all()) == [matter]
    with pytest.raises(ValidationError) as refused:
        services.raise_problem(by=office, survey=run, enterprise=f.enterprise(), title="x", description="y",
                               category=f.category())
    assert refused.value.field == "enterprise"


def test_a_matter_already_taken_in_from_the_survey_is_linked_not_raised_again():
    office, visited = f.office(), f.enterprise()
    run = survey(office, [visited])
    existing = f.matter(by=office)
    with pytest.raises(ValidationError):
        services.link_problem(by=office, survey=run, matter=existing)
    Matter.objects.filter(pk=existing.pk).update(source=Matter.Source.SURVEY)
    existing.refresh_from_db()
    services.link_problem(by=office, survey=run, matter=existing)
    assert Matter.objects.count() == 1 and run.matters.get() == existing


def test_a_visited_enterprise_reads_the_survey_and_only_its_own_answers():
    office, visited, other = f.office(), f.enterprise(), f.enterprise()
    run = survey(office, [visited, other])
    question = run.questions.get()
    services.record_answer(by=office, question=question, enterprise=visited, text="融资困难")
    services.record_answer(by=office, question=question, enterprise=other, text="水电气成本上涨")
    contact = f.enterprise_contact(of=visited)
    assert run in visible_surveys(contact)
    assert [answer.text for answer in answers_for(contact, run)] == ["融资困难"]
    assert answers_for(office, run).count() == 2
    assert run not in visible_surveys(f.enterprise_contact())
    assert run not in visible_surveys(f.office(scope=f.region("500118", "永川区")))


def test_only_the_office_of_the_region_records_a_survey():
    visited = f.enterprise()
    for outsider in (f.supervisor(), f.enterprise_contact(of=visited), f.office(scope=f.region("500118", "永川区"))):
        with pytest.raises(NotAllowed):
            survey(outsider, [visited], region=f.region())
    with pytest.raises(ValidationError) as refused:
        services.record_survey(by=f.office(), title="x", held_on=SURVEY_DAY, region=f.region(), organiser="y",
                               enterprises=[])
    assert refused.value.field == "enterprises"


def test_the_survey_page_and_api_show_its_enterprises_answers_and_problems():
    office, visited = f.office(), f.enterprise("重庆磐谷动力技术有限公司")
    run = survey(office, [visited])
    services.raise_problem(by=office, survey=run, enterprise=visited, title="高端人才短缺", description="x",
                           category=f.category())
    page = signed_in(office).get(f"/surveys/{run.pk}/")
    assert "重庆磐谷动力技术有限公司" in text_of(page) and "高端人才短缺" in text_of(page)
    body = as_user(office).get(f"/surveys/{run.pk}").json()
    assert [matter["title"] for matter in body["matters"]] == ["高端人才短缺"]
    assert signed_in(f.enterprise_contact()).get(f"/surveys/{run.pk}/").status_code == 404
    assert matters_for(f.enterprise_contact(), run).count() == 0

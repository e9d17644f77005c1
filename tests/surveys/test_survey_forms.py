"""From a survey's page the office records what each visited enterprise answered and turns a problem found into
a matter whose source is the survey; others read the page without the forms."""

import datetime

import pytest

from huishang.cases.models import Matter
from huishang.surveys import services
from huishang.surveys.models import Answer, Survey
from tests import factories as f
from tests.web.pages import signed_in, text_of

pytestmark = pytest.mark.django_db


def survey(office, enterprises):
    return services.record_survey(
        by=office, title="生产性服务业专题调研", held_on=datetime.date(2024, 4, 16), region=office.region,
        organiser="区政协民革界别", enterprises=enterprises, questions=["最突出的困难是什么？", "希望政府做什么？"])


def test_the_office_records_one_enterprises_answers_to_several_questions():
    office, visited = f.office(), f.enterprise("重庆磐谷动力技术有限公司")
    run = survey(office, [visited])
    first, second = run.questions.all()
    answer = signed_in(office).post(f"/surveys/{run.pk}/answers/", {
        "answers-enterprise": visited.pk, f"answers-q{first.pk}": "高端人才短缺", f"answers-q{second.pk}": ""})
    assert answer.status_code == 302
    assert list(Answer.objects.values_list("question", "enterprise", "text")) == [
        (first.pk, visited.pk, "高端人才短缺")]
    assert "高端人才短缺" in text_of(signed_in(office).get(f"/surveys/{run.pk}/"))


def test_answers_without_any_text_are_refused_in_chinese():
    office, visited = f.office(), f.enterprise()
    run = survey(office, [visited])
    answer = signed_in(office).post(f"/surveys/{run.pk}/answers/", {"answers-enterprise": visited.pk})
    assert answer.status_code == 422 and "请至少填写一项回答。" in text_of(answer)
    assert not Answer.objects.exists()


def test_the_office_turns_a_problem_found_into_a_matter_with_source_survey():
    office, visited = f.office(), f.enterprise()
    run = survey(office, [visited])
    answer = signed_in(office).post(f"/surveys/{run.pk}/problems/", {
        "problem-enterprise": visited.pk, "problem-title": "高端人才短缺",
        "problem-description": "急需系统仿真方向高级工程师。", "problem-category": f.category().pk})
    matter = Matter.objects.get()
    assert answer.status_code == 302 and matter.source == Matter.Source.SURVEY and matter.enterprise == visited
    assert list(run.matters.all()) == [matter]


def test_a_problem_without_description_comes_back_named_in_chinese():
    office, visited = f.office(), f.enterprise()
    run = survey(office, [visited])
    answer = signed_in(office).post(f"/surveys/{run.pk}/problems/", {
        "problem-enterprise": visited.pk, "problem-title": "高端人才短缺", "problem-category": f.category().pk})
    assert answer.status_code == 422 and "企业诉求：此项为必填项。" in text_of(answer)
    assert not Matter.objects.exists()


def test_a_supervisor_reads_the_survey_without_forms_and_cannot_record_answers_or_raise_problems():
    office, visited = f.office(), f.enterprise()
    run = survey(office, [visited])
    supervisor = signed_in(f.supervisor())
    page = supervisor.get(f"/surveys/{run.pk}/").content.decode()
    assert 'data-form="answers"' not in page and 'data-form="problem"' not in page
    question = run.questions.first()
    answer = supervisor.post(f"/surveys/{run.pk}/answers/", {
        "answers-enterprise": visited.pk, f"answers-q{question.pk}": "融资困难"})
    assert answer.status_code == 403 and not Answer.objects.exists()
    raised = supervisor.post(f"/surveys/{run.pk}/problems/", {
        "problem-enterprise": visited.pk, "problem-title": "融资困难", "problem-description": "x",
        "problem-category": f.category().pk})
    assert raised.status_code == 403 and not Matter.objects.exists()
    assert 'data-form="answers"' in signed_in(office).get(f"/surveys/{run.pk}/").content.decode()


def test_the_office_records_a_survey_with_its_enterprises_and_questions_on_the_form():
    office, visited = f.office(), f.enterprise("重庆磐谷动力技术有限公司")
    client = signed_in(office)
    assert "登记调研" in text_of(client.get("/surveys/"))
    answer = client.post("/surveys/new/", {
        "title": "生产性服务业专题调研", "held_on": "2024-04-16", "region": office.region.pk, "organiser": "区政协民革界别",
        "enterprises": [visited.pk], "questions": "最突出的困难是什么？\n\n希望政府做什么？"})
    run = Survey.objects.get()
    assert answer.status_code == 302 and answer["Location"] == f"/surveys/{run.pk}/"
    assert list(run.enterprises.all()) == [visited]
    assert list(run.questions.values_list("text", flat=True)) == ["最突出的困难是什么？", "希望政府做什么？"]


def test_a_survey_without_enterprises_is_refused_in_chinese_and_only_the_office_records_one():
    office = f.office()
    answer = signed_in(office).post("/surveys/new/", {
        "title": "专题调研", "held_on": "2024-04-16", "region": office.region.pk, "organiser": "区政协"})
    assert answer.status_code == 422 and "请选择走访的企业。" in text_of(answer)
    assert signed_in(f.supervisor()).get("/surveys/new/").status_code == 403
    assert "登记调研" not in text_of(signed_in(f.supervisor()).get("/surveys/"))
    assert not Survey.objects.exists()

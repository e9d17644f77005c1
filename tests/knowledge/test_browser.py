"""In headless Chromium: a unit opens its assigned matter, sees the suggested answer wording, starts its answer
from it and answers; the answer shows the article it used."""

import pytest
from playwright.sync_api import expect

from huishang.cases.states import State
from huishang.knowledge.models import ArticleUse
from tests.cases.worlds import cast, matter_in
from tests.knowledge.library import published
from tests.web.test_browser import Visitor, browser  # noqa: F401 (the fixture)


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_a_unit_starts_its_answer_from_a_suggested_wording_and_the_answer_names_it(browser, live_server):  # noqa: F811
    wording = published(title="招工难问题答复口径", body="针对企业招工难、技工短缺，我局将组织专场招聘会并落实吸纳就业补贴。")
    published(title="道路施工噪音投诉答复口径", body="夜间施工噪音扰民的，由城管部门依法查处。")
    people = cast()
    matter = matter_in(State.IN_PROGRESS, people)
    foreign, errors = [], []

    unit = Visitor(browser, live_server.url, foreign, errors)
    page = unit.log_in(people.handler)
    page.goto(f"{live_server.url}/matters/{matter.number}/")
    suggestions = page.locator("[data-knowledge-suggestions]")
    expect(suggestions).to_contain_text("知识库推荐")
    expect(suggestions.locator("li").first).to_contain_text("招工难问题答复口径")
    suggestions.get_by_role("button", name="引用为答复开头").first.click()
    answer = page.locator('form[data-action="respond"] textarea')
    expect(answer).to_have_value(wording.body + "\n\n")
    answer.press("End")
    answer.type("本周已举办数控技工专场招聘会，达成就业意向42人。")
    unit.act("respond")
    expect(page.locator(".message").first).to_contain_text("答复")
    expect(page.locator("[data-articles-used]")).to_contain_text("引用的知识：")
    expect(page.locator("[data-articles-used] a")).to_have_text("招工难问题答复口径")

    matter.refresh_from_db()
    assert matter.state == State.RESPONDED
    response = matter.responses.get()
    assert response.content.startswith(wording.body) and response.content.endswith("达成就业意向42人。")
    assert list(ArticleUse.objects.values_list("article", "response")) == [(wording.pk, response.pk)]
    assert unit.questions and foreign == [] and errors == []
    unit.close()

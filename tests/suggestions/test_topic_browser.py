"""Consultation topics in headless Chromium: a resident on a phone gives an opinion and supports another with
a text-message code (a second support is refused, saying why); the office files, adopts and publishes."""

import datetime

import pytest
from playwright.sync_api import expect

from huishang.core import clock
from huishang.suggestions import topics
from huishang.suggestions.models import Opinion, Support, Topic
from tests import factories as f
from tests.suggestions import helpers, text_outbox
from tests.suggestions.test_browser import PHONE
from tests.suggestions.topic_worlds import opinion, renovation
from tests.web.test_browser import CHROMIUM_ARGS, Visitor, _note_if_foreign, browser  # noqa: F401

NUMBER = "13912345678"


@pytest.fixture(autouse=True)
def outbox(settings):
    settings.HUISHANG_SMS_BACKEND = "tests.suggestions.text_outbox.OutboxSmsBackend"
    text_outbox.SENT.clear()


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_a_resident_gives_an_opinion_and_supports_one_once_with_a_text_message_code(browser, live_server):  # noqa: F811
    office = f.office(scope=helpers.yangpu())
    topic = renovation(office)
    canteen = opinion(topic, text="街坊里老人多，希望建一个社区食堂。")
    foreign, errors = [], []
    context = browser.new_context(locale="zh-CN", **PHONE)
    context.set_default_timeout(15_000)
    page = context.new_page()
    page.on("request", lambda request: _note_if_foreign(request.url, foreign))
    page.on("pageerror", lambda error: errors.append(str(error)))

    page.goto(live_server.url + "/suggestions/topics/")
    page.get_by_role("link", name=topic.title).tap()
    expect(page.locator("[data-stage]")).to_have_text("征集中")
    page.fill("#id_text", "保留裁缝店、修鞋、修表这些老手艺。")
    page.fill("#id_author_name", "王阿姨")
    token = page.input_value('input[name="captcha_token"]')
    page.fill("#id_captcha_answer", str(helpers.answer_of(token)))
    page.get_by_role("button", name="提交意见").tap()
    expect(page.get_by_role("status")).to_contain_text("您的意见已在下方公开")
    expect(page.locator("article[data-opinion]")).to_have_count(2)
    expect(page.get_by_text("王*姨")).to_be_visible()

    page.locator(f'article[data-opinion="{canteen.pk}"]').get_by_role("link", name="支持").tap()
    page.fill("#id_phone", NUMBER)
    page.get_by_role("button", name="获取验证码").tap()
    expect(page.get_by_role("status")).to_contain_text("验证码已发送")
    page.fill("#id_code", text_outbox.last_code(NUMBER))
    page.get_by_role("button", name="确认支持").tap()
    expect(page.get_by_role("status")).to_contain_text("感谢您的支持")
    expect(page.locator(f'article[data-opinion="{canteen.pk}"] [data-supports]')).to_have_attribute("data-supports", "1")

    other = Opinion.objects.exclude(pk=canteen.pk).get()
    page.locator(f'article[data-opinion="{other.pk}"]').get_by_role("link", name="支持").tap()
    page.fill("#id_phone", NUMBER)
    page.get_by_role("button", name="获取验证码").tap()
    expect(page.locator(".pub-form")).to_contain_text("此手机号已经支持过本专题的一条意见")
    assert Support.objects.count() == 1 and len(text_outbox.SENT) == 1
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, f"the page is wider than the phone: {width}px"
    assert not foreign and not errors
    context.close()


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_the_office_reads_the_summary_files_and_adopts_opinions_and_publishes_the_result(browser, live_server):  # noqa: F811
    office = f.office(scope=helpers.yangpu())
    topic = renovation(office)
    canteen = opinion(topic, text="街坊里老人多，希望建一个社区食堂。")
    parking = opinion(topic, text="增加一些停车位。")
    for _ in range(3):
        topics.support_opinion(canteen, by=f.enterprise_contact())
    topics.support_opinion(parking, by=f.enterprise_contact())
    Topic.objects.filter(pk=topic.pk).update(closes_on=clock.today() - datetime.timedelta(days=1))
    foreign, errors = [], []
    visitor = Visitor(browser, live_server.url, foreign, errors)
    page = visitor.log_in(office)

    page.goto(live_server.url + "/suggestions/staff/topics/")
    page.get_by_role("link", name=topic.title).click()
    expect(page.locator("[data-stage]")).to_have_text("已截止，汇总中")
    first = page.locator("article[data-opinion]").first
    expect(first).to_have_attribute("data-opinion", str(canteen.pk))  # the most supported first
    for one, theme in ((canteen, "社区食堂"), (parking, "停车")):
        form = page.locator(f'article[data-opinion="{one.pk}"] form[data-action="theme"]')
        form.locator('input[name="theme"]').fill(theme)
        form.get_by_role("button", name="归类").click()
    expect(page.locator('[data-summary] tr[data-theme="社区食堂"]')).to_contain_text("3")
    decide = page.locator(f'article[data-opinion="{canteen.pk}"] form[data-action="decide"]')
    decide.locator('select[name="outcome"]').select_option("adopted")
    decide.locator('input[name="reason"]').fill("居民呼声最高，把最好的位置留给社区食堂。")
    decide.get_by_role("button", name="记录采纳情况").click()
    expect(page.locator(f'article[data-opinion="{canteen.pk}"] [data-outcome]')).to_have_text("采纳")
    result = page.locator('form[data-action="result"]')
    result.locator("textarea").fill("社区食堂办成了“熊猫饭堂”。")
    result.get_by_role("button", name="公布结果").click()
    expect(page.locator("[data-result]")).to_contain_text("熊猫饭堂")
    expect(page.locator("[data-stage]")).to_have_text("结果已公布")

    page.goto(live_server.url + f"/suggestions/topics/{topic.code}/")
    expect(page.locator("[data-result]")).to_contain_text("居民呼声最高")
    assert not foreign and not errors
    visitor.close()

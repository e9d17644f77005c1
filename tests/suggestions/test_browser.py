"""A resident on a phone: submits anonymously at a collection point, keeps the receipt, and after the
meeting adopts the suggestion follows it and rates the answer, in headless Chromium."""

import pytest
from playwright.sync_api import expect

from huishang.suggestions.models import Suggestion
from tests.suggestions import helpers, worlds
from tests.web.test_browser import CHROMIUM_ARGS, _note_if_foreign, browser  # noqa: F401

PHONE = {"viewport": {"width": 390, "height": 844}, "device_scale_factor": 3, "is_mobile": True, "has_touch": True}


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_a_resident_submits_on_a_phone_and_follows_the_suggestion_after_it_is_adopted(browser, live_server):  # noqa: F811
    helpers.riverside_category()
    helpers.point()
    cast = worlds.Cast()
    foreign, errors = [], []
    context = browser.new_context(locale="zh-CN", **PHONE)
    context.set_default_timeout(15_000)
    page = context.new_page()
    page.on("request", lambda request: _note_if_foreign(request.url, foreign))
    page.on("pageerror", lambda error: errors.append(str(error)))

    page.goto(live_server.url + "/suggestions/?point=yp-01")
    expect(page.locator("h1")).to_have_text("提个建议")
    page.fill("#id_title", "滨江步道增设饮水点")
    page.fill("#id_text", "夏天跑步的人多，建议每隔一公里增设直饮水设施。")
    page.select_option("#id_category", "riverside")
    assert page.input_value("#id_point") == "yp-01" and page.input_value("#id_region") == helpers.YANGPU
    page.locator("#place-map").tap(position={"x": 120, "y": 60})
    assert page.input_value("#id_latitude") and page.input_value("#id_longitude")
    page.fill("#id_contact_phone", "13812345678")
    token = page.input_value('input[name="captcha_token"]')
    page.fill("#id_captcha_answer", str(helpers.answer_of(token)))
    page.get_by_role("button", name="提交建议").tap()
    expect(page.locator("h1")).to_have_text("建议已收到")
    number = page.locator('[data-receipt="number"]').inner_text()
    code = page.locator('[data-receipt="code"]').inner_text()
    suggestion = Suggestion.objects.get(matter__number=number)
    assert suggestion.point.code == "yp-01" and suggestion.latitude is not None

    worlds.answered(cast, worlds.Receipt(suggestion, code, False), "adopted")

    visitor = browser.new_context(locale="zh-CN", **PHONE)
    other = visitor.new_page()
    other.goto(live_server.url + "/suggestions/follow/")
    other.fill("#id_number", number)
    other.fill("#id_code", code)
    other.get_by_role("button", name="查询").tap()
    expect(other.locator("[data-decision]")).to_contain_text("采纳")
    expect(other.locator("[data-stage]")).to_contain_text("落实中")
    expect(other.get_by_text("已新增直饮水点6处。")).to_be_visible()
    other.select_option("#id_stars", "5")
    other.get_by_role("button", name="提交评价").tap()
    expect(other.locator("[data-rating]")).to_have_attribute("data-rating", "5")
    width = other.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, f"the page is wider than the phone: {width}px"
    assert not foreign and not errors
    visitor.close()
    context.close()

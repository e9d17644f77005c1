"""The public form on a 390×844 phone in headless Chromium: every map label inside the screen, and a reload
of the receipt shows the receipt again."""

from decimal import Decimal

import pytest
from playwright.sync_api import expect

from huishang.suggestions.models import CollectionPoint, Suggestion
from tests.suggestions import helpers
from tests.web.test_browser import CHROMIUM_ARGS, browser  # noqa: F401

PHONE = {"viewport": {"width": 390, "height": 844}, "device_scale_factor": 3, "is_mobile": True, "has_touch": True}
# West to east across Yangpu, the last ones at the drawing's east edge with the longest names.
POINTS = [
    ("yp-01", "秦皇岛路健身补给站", "121.507120"), ("yp-05", "杨浦滨江人民城市建设规划展示馆", "121.520000"),
    ("yp-07", "时尚中心职工服务站", "121.543370"), ("yp-10", "复兴岛公园休憩点", "121.556120"),
]


def _points():
    region = helpers.yangpu()
    for n, (code, name, longitude) in enumerate(POINTS):
        CollectionPoint.objects.create(
            code=code, name=name, address="杨浦滨江", region=region, kind="park", latitude=Decimal("31.25") + Decimal(n) / 200,
            longitude=Decimal(longitude), opened_on="2024-04-01",
        )


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_on_a_phone_no_map_label_passes_the_screen_and_a_reloaded_receipt_keeps_number_and_code(browser, live_server):  # noqa: F811
    helpers.riverside_category()
    _points()
    context = browser.new_context(locale="zh-CN", **PHONE)
    context.set_default_timeout(15_000)
    page = context.new_page()
    page.goto(live_server.url + "/suggestions/?point=yp-01")

    labels = page.evaluate("""() => {
        const map = document.getElementById("place-map").getBoundingClientRect();
        return [...document.querySelectorAll(".map-mark text")].map(label => {
            const box = label.getBoundingClientRect();
            return {name: label.textContent, left: box.left, right: box.right, mapLeft: map.left, mapRight: map.right};
        });
    }""")
    assert len(labels) == len(POINTS)
    for label in labels:
        assert 0 <= label["left"] and label["right"] <= 390, label
        assert label["mapLeft"] <= label["left"] and label["right"] <= label["mapRight"], label

    page.fill("#id_title", "滨江步道增设饮水点")
    page.fill("#id_text", "夏天跑步的人多，建议每隔一公里增设直饮水设施。")
    page.select_option("#id_category", "riverside")
    token = page.input_value('input[name="captcha_token"]')
    page.fill("#id_captcha_answer", str(helpers.answer_of(token)))
    page.get_by_role("button", name="提交建议").tap()
    expect(page.locator("h1")).to_have_text("建议已收到")
    number = page.locator('[data-receipt="number"]').inner_text()
    code = page.locator('[data-receipt="code"]').inner_text()
    assert code not in page.url
    assert Suggestion.objects.get(matter__number=number).channel == "point"

    response = page.reload()
    assert response.status == 200
    expect(page.locator("h1")).to_have_text("建议已收到")
    expect(page.locator('[data-receipt="number"]')).to_have_text(number)
    expect(page.locator('[data-receipt="code"]')).to_have_text(code)
    assert Suggestion.objects.count() == 1

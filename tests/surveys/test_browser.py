"""A survey's opinions become its report, in headless Chromium: the office records who took part, what a
member said and the proposal made from it, then downloads the report (调研报告) that holds them."""

import datetime
import io

import pytest
from docx import Document
from playwright.sync_api import expect

from huishang.core import clock
from huishang.surveys import services
from tests import factories as f
from tests.web.test_browser import Visitor, browser  # noqa: F401  (the fixture that launches Debian's chromium)


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_the_office_records_participants_opinions_and_a_proposal_and_downloads_the_report(browser, live_server):  # noqa: F811
    office = f.office()
    survey = services.record_survey(
        by=office, title="生产性服务业专题调研", held_on=clock.today() - datetime.timedelta(days=3),
        region=office.region, organiser="区政协民革界别", enterprises=[f.enterprise("重庆磐谷动力技术有限公司")])
    foreign, errors = [], []
    visitor = Visitor(browser, live_server.url, foreign, errors)
    page = visitor.log_in(office)
    page.goto(live_server.url + f"/surveys/{survey.pk}/")

    participant = page.locator('[data-form="participant"]')
    participant.get_by_label("姓名", exact=True).fill("周明远")
    participant.get_by_label("身份", exact=True).select_option(label="政协委员")
    participant.get_by_label("界别", exact=True).fill("民革")
    participant.get_by_role("button", name="记录").click()
    expect(page.locator(".message-success")).to_have_text("参加人员已登记。")
    expect(page.locator('[data-section="participants"]')).to_contain_text("民革")

    opinion = page.locator('[data-form="opinion"]')
    opinion.get_by_label("提出人", exact=True).select_option(label="周明远（政协委员，民革）")
    opinion.get_by_label("意见", exact=True).fill("强化生产性服务业人才队伍建设。")
    opinion.get_by_role("button", name="记录").click()
    expect(page.locator('[data-section="opinions"]')).to_contain_text("强化生产性服务业人才队伍建设。")

    proposal = page.locator('[data-form="proposal"]')
    proposal.get_by_label("标题", exact=True).fill("关于强化生产性服务业人才队伍建设的提案")
    proposal.get_by_label("提案内容").fill("建议完善人才公寓和安家补贴政策。")
    proposal.get_by_label("周明远（民革）").check()
    proposal.get_by_label("周明远：强化生产性服务业人才队伍建设。").check()
    proposal.get_by_label("提交日期").fill(clock.today().isoformat())
    proposal.get_by_role("button", name="记录").click()
    expect(page.locator('[data-section="proposals"]')).to_contain_text("关于强化生产性服务业人才队伍建设的提案")

    with page.expect_download() as download:
        page.locator('[data-report="docx"]').click()
    document = Document(io.BytesIO(open(download.value.path(), "rb").read()))
    text = "\n".join(paragraph.text for paragraph in document.paragraphs)
    assert "强化生产性服务业人才队伍建设。" in text and "关于强化生产性服务业人才队伍建设的提案" in text
    visitor.close()
    assert not foreign, foreign
    assert not errors, errors

"""In a real browser: the office records a talk (约谈) with a unit its published month flagged, with two
commitments; once the first is past its date, the unit finds the reminder under its bell, opens the talk from it
and marks the commitment done."""

import datetime

import pytest
from playwright.sync_api import expect

from huishang.ranking import talks
from tests import factories as f
from tests.ranking.talks_world import published
from tests.web.test_browser import Visitor, browser  # noqa: F401 (a fixture)


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_the_office_records_a_talk_and_the_unit_is_reminded_in_its_bell(browser, live_server):  # noqa: F811
    # The server's clock is the real one: last month, published yesterday, talked about today.
    today = datetime.date.today()
    month = (today.replace(day=1) - datetime.timedelta(days=1)).replace(day=1)
    city = f.region()
    office = f.office(city)
    flagged, ranked = f.unit("内江市住建局", in_region=city), f.unit("内江市交通局", in_region=city)
    handler = f.unit_handler(flagged)
    published(month, city, [(ranked, 1, False), (flagged, 2, True)], by=office, on=today - datetime.timedelta(days=1))
    foreign, errors = [], []

    visitor = Visitor(browser, live_server.url, foreign, errors)
    page = visitor.log_in(office)
    page.goto(f"{live_server.url}/ranking/talks/")
    page.locator('[data-section="awaiting"] tr[data-unit="内江市住建局"]').get_by_role("link", name="记录约谈").click()
    form = page.locator('form[data-form="talk"]')
    expect(form.get_by_label("约谈日期")).to_have_value(today.isoformat())
    form.get_by_label("主持人").fill("市政务服务局 王副局长")
    form.get_by_label("参会人员").fill("内江市住建局 李局长、张科长")
    form.get_by_label("指出的问题").fill("响应率偏低，3件诉求超期未办结。")
    first, second = form.locator('[data-commitment="1"]'), form.locator('[data-commitment="2"]')
    first.get_by_label("整改承诺").fill("三个工作日内回复群众诉求")
    first.get_by_label("完成时限").fill(today.isoformat())
    second.get_by_label("整改承诺").fill("建立每日调度机制")
    second.get_by_label("完成时限").fill((today + datetime.timedelta(days=30)).isoformat())
    form.get_by_role("button", name="保存约谈记录").click()
    expect(page.locator(".message-success")).to_contain_text("与内江市住建局的约谈已记录")
    expect(page.locator('[data-section="commitments"] tbody tr')).to_have_count(2)
    expect(page.locator('[data-section="ranks"]')).to_contain_text("末位")
    # Due today, the first commitment holds a warning card, as a matter due soon does.
    due_today = page.locator('[data-section="commitments"] tr', has_text="三个工作日内回复群众诉求")
    expect(due_today.locator('[data-card="warning"]')).to_be_visible()
    visitor.close()

    # The next morning the first commitment is past its date: the job reminds the unit.
    assert talks.remind_overdue_commitments(today=today + datetime.timedelta(days=1)) == 1

    visitor = Visitor(browser, live_server.url, foreign, errors)
    page = visitor.log_in(handler)
    expect(page.locator(".bell .bell-count")).not_to_have_text("0")
    page.locator(".bell").click()
    reminder = page.locator("[data-notification]").filter(has_text="约谈整改承诺")
    expect(reminder).to_contain_text("三个工作日内回复群众诉求")
    reminder.get_by_role("link", name=f"约谈整改承诺已于{today.isoformat()}到期，尚未完成").click()
    row = page.locator('[data-section="commitments"] tr', has_text="三个工作日内回复群众诉求")
    row.locator('input[name="note"]').fill("已全部回复")
    row.get_by_role("button", name="标记完成").click()
    expect(page.locator(".message-success")).to_contain_text("该整改承诺已标记为完成")
    done = page.locator('[data-section="commitments"] tr', has_text="三个工作日内回复群众诉求")
    expect(done).to_contain_text("已全部回复")
    expect(done.locator("[data-card]")).to_have_count(0)
    visitor.close()
    assert not foreign and not errors, (foreign, errors)

"""退回 in headless Chromium: the lead unit asks on the matter page, a supervisor approves on the board,
and the matter is back with the service office for re-dispatch."""

import pytest
from playwright.sync_api import expect

from huishang.cases.states import State
from huishang.supervision.models import SendBackRequest
from tests.cases.worlds import cast, matter_in
from tests.web.test_browser import Visitor, browser  # noqa: F401 (the fixture)


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_a_unit_asks_to_send_back_and_a_supervisor_approves_it_on_the_board(browser, live_server):  # noqa: F811
    people = cast()
    matter = matter_in(State.IN_PROGRESS, people)
    foreign, errors = [], []

    unit = Visitor(browser, live_server.url, foreign, errors)
    page = unit.log_in(people.handler)
    page.goto(f"{live_server.url}/matters/{matter.number}/")
    form = page.locator('form[data-action="send-back-request"]')
    form.locator("textarea").fill("该事项属供电公司职责，不属于本单位办理范围")
    form.locator('button[type="submit"]').click()
    expect(page.locator(".message").first).to_contain_text("退回申请已提交督查组")
    expect(page.locator('[data-send-back="pending"]')).to_contain_text("待审批")
    expect(page.locator('form[data-action="send-back-request"]')).to_have_count(0)

    supervisor = Visitor(browser, live_server.url, foreign, errors)
    page = supervisor.log_in(people.supervisor)
    page.goto(live_server.url + "/supervision/")
    row = page.locator(f'[data-section="send-backs"] tr[data-send-back="{matter.number}"]')
    expect(row).to_contain_text("该事项属供电公司职责")
    row.get_by_label("同意：退回重新交办").check()
    row.locator('button[type="submit"]').click()
    expect(page.locator(".message").first).to_contain_text("审批意见已记录")
    expect(page.locator('[data-section="send-backs"] tr[data-send-back]')).to_have_count(0)

    matter.refresh_from_db()
    assert (matter.state, matter.lead_unit) == (State.ACCEPTED, None)
    assert SendBackRequest.objects.get().decided_by == people.supervisor
    assert foreign == [] and errors == []
    unit.close()
    supervisor.close()

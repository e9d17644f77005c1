"""In a real browser: the office reveals a masked phone on the matter page; the auditor then reads the reveal."""

import pytest
from playwright.sync_api import expect

from huishang.audit.models import AuditEntry
from huishang.directory.models import Role
from tests import factories as f
from tests.web.test_browser import Visitor, browser  # noqa: F401  (the fixture)

PHONE = "13912345678"


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_the_office_reveals_a_phone_and_the_auditor_sees_it_in_the_log(browser, live_server):  # noqa: F811
    f.category()
    contact = f.enterprise_contact()
    contact.phone = PHONE
    contact.save()
    matter = f.matter(by=contact)
    office, auditor = f.office(), f.user(Role.AUDITOR)
    foreign, errors = [], []

    visitor = Visitor(browser, live_server.url, foreign, errors)
    page = visitor.log_in(office)
    page.goto(f"{live_server.url}/matters/{matter.number}/")
    shown = page.locator(".revealable-value")
    expect(shown).to_have_text("139****5678")
    page.get_by_placeholder("原因").fill("电话回访")
    page.get_by_role("button", name="显示").click()
    expect(shown).to_have_text(PHONE)
    visitor.close()
    assert AuditEntry.objects.filter(kind="reveal", actor_username=office.username,
                                     detail__reason="电话回访").exists()

    visitor = Visitor(browser, live_server.url, foreign, errors)
    page = visitor.log_in(auditor)
    visitor.open_menu("审计日志")
    expect(page.locator(".audit-chain")).to_have_attribute("data-chain", "intact")
    page.get_by_label("类型").select_option("reveal")
    page.get_by_role("button", name="筛选").click()
    expect(page.locator(".audit-entries tbody tr")).to_have_count(1)
    expect(page.locator(".audit-entries tbody")).to_contain_text(office.username)
    visitor.close()
    assert not foreign and not errors, (foreign, errors)

"""In real Chromium under the Content-Security-Policy: the main pages run without a violation, and the QR code
enrolment works (a data: image, no script)."""

import time

import pytest
from django_otp.oath import hotp
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import expect

from tests import factories as f
from tests.web.test_browser import Visitor, browser  # noqa: F401  (the fixture that launches Debian's chromium)

# Playwright's init scripts run outside the page's CSP, so this listener sees every violation the page causes.
COLLECT_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__cspViolations.push(event.violatedDirective + " " + (event.blockedURI || "inline") + " " + event.sourceFile
                              + ":" + event.lineNumber);
});
"""


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_the_main_pages_run_with_the_csp_and_without_violations(browser, live_server):  # noqa: F811
    matter = f.assigned_matter()
    meeting = f.consultation()
    supervisor = f.supervisor()
    foreign, errors, console = [], [], []
    visitor = Visitor(browser, live_server.url, foreign, errors)
    visitor.context.add_init_script(COLLECT_VIOLATIONS)
    visitor.page.on("console", lambda message: console.append(message.text) if message.type == "error" else None)
    page = visitor.log_in(supervisor)  # through the password and the one-time code steps
    violations = {}
    for path in ["/", "/matters/", f"/matters/{matter.number}/", f"/meetings/{meeting.pk}/", "/dashboard/",
                 "/api/v1/docs"]:
        response = page.goto(live_server.url + path)
        assert response.status == 200, path
        assert "script-src 'self'" in response.headers["content-security-policy"]
        page.wait_for_load_state("networkidle")
        violations[path] = page.evaluate("window.__cspViolations")
    console_violations = [text for text in console if "Content Security Policy" in text]
    # The listener does see a violation: an inline script added to the page is blocked and reported.
    page.evaluate("const s = document.createElement('script'); s.textContent = 'window.ran = 1';"
                  " document.body.appendChild(s)")
    page.wait_for_function("window.__cspViolations.length > 0")
    assert page.evaluate("window.ran") is None
    visitor.close()
    assert violations == {path: [] for path in violations}
    assert console_violations == []
    assert errors == [] and foreign == []


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_a_person_enrols_an_authenticator_from_the_qr_code_page_and_then_signs_in_with_a_code(browser, live_server):  # noqa: F811
    contact = f.enterprise_contact()
    foreign, errors = [], []
    visitor = Visitor(browser, live_server.url, foreign, errors)
    visitor.context.add_init_script(COLLECT_VIOLATIONS)
    page = visitor.log_in(contact)
    page.locator(".account-menu summary").click()
    page.get_by_role("link", name="两步验证").click()
    qr_code = page.locator("img.qr-code")
    expect(qr_code).to_be_visible()
    assert qr_code.evaluate("image => image.naturalWidth") > 0
    device = TOTPDevice.objects.get(user=contact, confirmed=False)
    page.fill("#id_otp", str(hotp(device.bin_key, int(time.time()) // device.step)).zfill(6))
    page.get_by_role("button", name="确认").click()
    expect(page.locator(".message-success")).to_contain_text("两步验证已启用")
    assert page.evaluate("window.__cspViolations") == []
    visitor.close()

    again = Visitor(browser, live_server.url, foreign, errors)
    again.log_in(contact)  # the helper now meets the code step
    expect(again.page.locator(".who-name")).to_have_text(contact.get_full_name())
    again.close()
    assert errors == [] and foreign == []

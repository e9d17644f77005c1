"""Every page a person opens, as every demo role on a desktop and as the public on a phone, read as a person would.

The demo world is built once; each role signs in on the login page (with its second factor) at 1366×768 and
opens every page its rendered menu links to, and the forms behind those pages' "new" links; the public opens
the public pages at 390×844. A page fails on a console error or uncaught error, a failed same-origin request,
an English phrase of our own catalogues in the Chinese page, text running past the right edge of the screen,
or an axe violation (WCAG 2 A/AA) of impact serious or critical. Every failure of every page is collected
first and reported together, so one run shows all.
"""

import gettext
import re
import subprocess
import time
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
from django.test import override_settings
from playwright.sync_api import expect

from huishang.accounts import second_factor
from huishang.cases import services as matter_services
from huishang.demo.world import build_world
from huishang.directory.models import Role, User
from tests import factories as f
from tests.web.test_browser import browser  # noqa: F401  (the fixture)

SOURCE = Path(__file__).parents[2] / "src" / "huishang"
AXE = Path(__file__).parent / "vendor" / "axe-core" / "axe.min.js"
DESKTOP = {"width": 1366, "height": 768}
PHONE = {"width": 390, "height": 844}
PUBLIC_PAGES = ["/suggestions/", "/suggestions/follow/", "/suggestions/results/", "/suggestions/public/",
                "/alliances/showcase/", "/recruitment/"]
# Links on a menu page that open one of its main forms.
FORM_LINK = re.compile(r"/(new|create|add)/?$")
# Words of our catalogues that a Chinese page may show as they are: names and codes, not untranslated UI.
ALLOWED_ENGLISH = {
    "Open311",  # the standard's own name
}
SERIOUS = {"serious", "critical"}

# In the browser: the page's overflow past the right edge, as the document and as visible text nodes that are
# not inside a box that scrolls or clips them (a wide table in its own scroller is fine).
OVERFLOW_JS = """() => {
  const width = window.innerWidth, found = [];
  if (document.documentElement.scrollWidth > width) {
    found.push(`document ${document.documentElement.scrollWidth}px wide`);
  }
  const clipped = (element) => {
    for (let e = element; e && e !== document.body; e = e.parentElement) {
      const overflow = getComputedStyle(e).overflowX;
      if (overflow !== 'visible') return true;
    }
    return false;
  };
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.textContent.trim() || !node.parentElement) continue;
    if (node.parentElement.closest('[hidden], script, style, template')) continue;
    range.selectNodeContents(node);
    for (const box of range.getClientRects()) {
      if (box.width > 0 && box.right > width + 1 && !clipped(node.parentElement)
          && getComputedStyle(node.parentElement).visibility !== 'hidden') {
        found.push(`"${node.textContent.trim().slice(0, 40)}" ends at ${Math.round(box.right)}px`);
        break;
      }
    }
    if (found.length > 5) break;
  }
  return found;
}"""

# The text a person reads in Chinese: what is marked as another language (the language switch's "English") aside.
TEXT_JS = """() => {
  let text = document.body.innerText;
  for (const other of document.body.querySelectorAll('[lang]:not([lang^="zh"])')) {
    text = text.split(other.innerText).join(' ');
  }
  return text;
}"""

AXE_JS = """async () => {
  const result = await axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa']},
                                          resultTypes: ['violations']});
  return result.violations.map(v => ({id: v.id, impact: v.impact, count: v.nodes.length,
                                      targets: v.nodes.slice(0, 3).map(n => n.target.join(' '))}));
}"""


def english_phrases(data_words) -> re.Pattern:
    """Our own English texts that have a different Chinese translation, long enough not to be a name or code,
    as one pattern of whole words; ``data_words`` (usernames, which are data a person typed) are left out.

    Read from the compiled catalogues; a text with placeholders gives its literal pieces.
    """
    phrases = set()
    for mo in SOURCE.rglob("locale/zh_Hans/LC_MESSAGES/django.mo"):
        with mo.open("rb") as handle:
            catalogue = gettext.GNUTranslations(handle)._catalog
        for msgid, msgstr in catalogue.items():
            if isinstance(msgid, tuple):  # plural forms: the singular is enough
                msgid = msgid[0]
            msgid = msgid.split("\x04")[-1]  # drop the context
            if not msgid or msgid == msgstr:
                continue
            for piece in re.split(r"%\(\w+\)[sdf]|%[sd]|\{\w*\}", msgid):
                piece = piece.strip(" .,:;()—-")
                letters = sum(c.isascii() and c.isalpha() for c in piece)
                if piece not in ALLOWED_ENGLISH and (len(piece.split()) >= 2 and letters >= 4 or letters >= 6):
                    phrases.add(piece)
    phrases -= set(data_words)
    # Longest first, so that "Log out" is named rather than a shorter phrase inside it.
    alternatives = "|".join(re.escape(phrase) for phrase in sorted(phrases, key=len, reverse=True))
    # Whole words: "alliance" inside the username alliance_chair is data, not an untranslated text.
    return re.compile(rf"(?<![\w])(?:{alternatives})(?![\w])", re.ASCII)


class Inspector:
    """One person at one screen size: opens pages and notes, per page, everything that is wrong with it."""

    def __init__(self, browser, base_url, viewport, phrases, findings):
        self.context = browser.new_context(locale="zh-CN", viewport=viewport)
        self.context.set_default_timeout(20_000)
        # Put in place before each page's own scripts, by the browser rather than the page: the pages' Content
        # Security Policy rightly refuses an injected script tag.
        self.context.add_init_script(path=AXE)
        self.page = self.context.new_page()
        self.base_url = base_url
        self.phrases = phrases
        self.findings = findings
        self.current = None
        self.page.on("console", self._console)
        self.page.on("pageerror", lambda error: self._note("page error", str(error)))
        self.page.on("requestfailed", lambda request: self._note(
            "failed request", f"{request.url} ({request.failure})"))
        self.page.on("response", self._response)
        self.page.on("dialog", lambda dialog: dialog.dismiss())

    def _note(self, rule, detail):
        self.findings.append(f"{self.current}: {rule}: {detail}")

    def _console(self, message):
        if message.type == "error":
            # A resource the browser asks for by itself (the favicon) has no response event: its address is here.
            where = message.location.get("url", "")
            self._note("console error", f"{message.text} ({where})" if where else message.text)

    def _response(self, response):
        parts = urlsplit(response.url)
        if parts.scheme in ("data", "blob"):
            return
        if not response.url.startswith(self.base_url):
            self._note("foreign request", response.url)
        elif response.status >= 400:
            self._note(f"HTTP {response.status}", response.url)

    def log_in(self, user, who):
        self.current = f"[{who}] /login/"
        page = self.page
        page.goto(self.base_url + "/login/")
        page.fill("#id_username", user.username)
        page.fill("#id_password", PASSWORD)
        page.get_by_role("button", name="登录").click()
        if second_factor.confirmed_device(user) is not None:
            page.fill("#id_otp", f.one_time_code(user))
            page.get_by_role("button", name="验证").click()
        expect(page.locator("h1")).to_have_text("工作台")

    def links(self, selector) -> list[str]:
        hrefs = self.page.eval_on_selector_all(selector, "links => links.map(a => a.href)")
        return [href for href in hrefs if href.startswith(self.base_url)]

    def inspect(self, url, who):
        path = urlsplit(url).path
        self.current = f"[{who}] {path}"
        response = self.page.goto(urljoin(self.base_url, url), wait_until="load")
        if response is None or response.status >= 400:
            return  # the response handler has noted it
        page = self.page
        # The language of what the page shows, not of its addresses or hidden inputs.
        english = sorted(set(self.phrases.findall(page.evaluate(TEXT_JS))))
        if english:
            self._note("English on a Chinese page", "; ".join(f'"{phrase}"' for phrase in english[:8]))
        for overflow in page.evaluate(OVERFLOW_JS):
            self._note("text past the right edge", overflow)
        for violation in page.evaluate(AXE_JS):
            self.axe_counts.setdefault(violation["id"], [0, 0, violation["impact"]])
            self.axe_counts[violation["id"]][0] += 1
            self.axe_counts[violation["id"]][1] += violation["count"]
            if violation["impact"] in SERIOUS:
                self._note(f"axe {violation['id']} ({violation['impact']})",
                           f"{violation['count']} elements, e.g. {', '.join(violation['targets'])}")

    def close(self):
        self.context.close()


PASSWORD = "Demo-Password-2026"


def one_account_per_role(accounts):
    chosen = {}
    for account in accounts:
        chosen.setdefault(account.role, account)
    return chosen


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_every_page_of_every_role_and_the_public_reads_right(browser, live_server):  # noqa: F811
    # Without one, chromium sets Chinese text narrower than it is and no overflow would be seen.
    assert subprocess.run(["fc-list", ":lang=zh"], capture_output=True, text=True).stdout.strip(), \
        "a Chinese font is needed for the layout checks (./run test installs fonts-wqy-microhei)"
    started = time.monotonic()
    with override_settings(PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"]):
        world = build_world(password=PASSWORD)
    built = time.monotonic()
    accounts = one_account_per_role(world.accounts)
    missing = [role for role in Role.values if role not in accounts]
    assert not missing, f"the demo has no account for {missing}"
    phrases = english_phrases(User.objects.values_list("username", flat=True))
    findings, axe_counts, opened = [], {}, 0

    for role, account in accounts.items():
        who = f"{role} {account.username}"
        inspector = Inspector(browser, live_server.url, DESKTOP, phrases, findings)
        inspector.axe_counts = axe_counts
        inspector.log_in(account, who)
        menu = inspector.links(".mainnav a[href], .account .morenav-list a[href]")
        assert menu, f"{who} has no menu"
        forms = []
        for url in menu:
            inspector.inspect(url, who)
            opened += 1
            if not urlsplit(url).path.startswith("/admin/"):  # the admin's own add forms are Django's, by the dozen
                forms += [link for link in inspector.links("main a[href]") if FORM_LINK.search(urlsplit(link).path)]
        for url in dict.fromkeys(forms):
            if url not in menu:
                inspector.inspect(url, who)
                opened += 1
        inspector.close()

    public = Inspector(browser, live_server.url, PHONE, phrases, findings)
    public.axe_counts = axe_counts
    for url in PUBLIC_PAGES:
        public.inspect(url, "public, phone")
        opened += 1
    public.close()

    print(f"\nbuilt the demo in {built - started:.0f} s; {opened} pages in {time.monotonic() - built:.0f} s")
    for rule, (pages, elements, impact) in sorted(axe_counts.items()):
        print(f"axe {rule} ({impact}): {pages} pages, {elements} elements")
    assert not findings, f"{len(findings)} findings:\n" + "\n".join(findings)


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_muted_text_state_badges_and_links_in_text_read_apart_from_their_ground(browser, live_server):  # noqa: F811
    """Item 9 of issue 21: axe found colour contrast (muted text, state badges, the warning card) and links in
    text told apart by colour alone. A workbench and matter list holding matters in each colour of state, and
    the public page's footer, now pass both rules."""
    f.category()
    office = f.office()
    handler = f.unit_handler()
    f.matter(title="待受理的事项")
    f.accepted_matter(by_office=office, title="已受理的事项")
    responded = f.assigned_matter(by_office=office, lead=handler.organization, title="已答复的事项")
    matter_services.acknowledge(responded, by=handler)
    matter_services.respond(responded, by=handler, content="已办理完毕。")
    context = browser.new_context(locale="zh-CN", viewport=DESKTOP)
    context.add_init_script(path=AXE)
    page = context.new_page()
    page.goto(live_server.url + "/login/")
    page.fill("#id_username", office.username)
    page.fill("#id_password", f.PASSWORD)
    page.get_by_role("button", name="登录").click()
    expect(page.locator("h1")).to_have_text("工作台")
    found = {}
    for path in ["/", "/matters/", "/suggestions/"]:
        page.goto(live_server.url + path)
        found[path] = page.evaluate("""async () => (await axe.run(document, {
            runOnly: {type: 'rule', values: ['color-contrast', 'link-in-text-block']}, resultTypes: ['violations'],
        })).violations.map(v => `${v.id}: ${v.nodes.map(n => n.target.join(' ')).join(', ')}`)""")
    context.close()
    assert found == {"/": [], "/matters/": [], "/suggestions/": []}

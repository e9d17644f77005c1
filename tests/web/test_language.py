"""Chinese is the default language; the switch in the header gives English."""

import pytest
from django.test import Client

from tests import factories as f
from tests.web.pages import signed_in, text_of

pytestmark = pytest.mark.django_db


def test_pages_are_in_chinese_by_default():
    text = text_of(signed_in(f.office()).get("/"))
    assert "工作台" in text and "已提交，待受理" in text and "Workbench" not in text


def test_the_language_switch_gives_english_and_back():
    client = signed_in(f.office())
    switched = client.post("/i18n/setlang/", {"language": "en", "next": "/matters/"})
    assert switched.status_code == 302 and switched["Location"] == "/matters/"
    english = text_of(client.get("/"))
    assert "Workbench" in english and "Submitted, waiting to be accepted" in english and "工作台" not in english
    client.post("/i18n/setlang/", {"language": "zh-hans", "next": "/"})
    assert "工作台" in text_of(client.get("/"))


def test_the_login_page_offers_the_switch_before_signing_in():
    page = Client().get("/login/")
    assert page.status_code == 200
    html = page.content.decode()
    assert 'action="/i18n/setlang/"' in html and 'value="en"' in html and "登录" in text_of(page)

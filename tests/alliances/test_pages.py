"""The alliance pages through the web client: who reaches which page, forms that call the services."""

import datetime
import io
import re

import pytest
from django.test import Client
from django.urls import reverse
from docx import Document

from huishang.alliances import services
from huishang.core import clock
from tests import factories as f
from tests.alliances import world

pytestmark = pytest.mark.django_db


def client_of(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def setting():
    admin = f.admin()
    alliance = world.alliance(admin=admin)
    first, second = world.member(alliance, admin=admin), world.member(alliance, admin=admin)
    keeper = world.person()
    resource = world.resource(alliance, admin=admin, keeper=keeper)
    services.record_agreement(alliance, by=admin, subject="配网工器具联合研制", parties=[first, second],
                              signed_on=datetime.date(2023, 4, 12))
    services.record_activity(alliance, by=admin, kind="exchange_visit", title="赴重庆交流学习",
                             held_on=datetime.date(2023, 6, 15), minutes="取经学习")
    services.record_achievement(alliance, by=admin, kind="patent", title="一种绝缘遮蔽罩安装工具", studios=[first],
                                achieved_on=datetime.date(2023, 9, 1))
    return {"alliance": alliance, "first": first, "second": second, "keeper": keeper, "resource": resource}


def test_the_dashboard_shows_the_alliance_with_its_chart_data(setting):
    page = client_of(setting["first"].leader).get(reverse("alliances:dashboard", args=[setting["alliance"].pk]))
    assert page.status_code == 200
    text = page.content.decode()
    assert "配网工器具联合研制" in text and 'id="alliance-charts"' in text and "vendor/echarts" in text


def test_the_member_studios_card_counts_todays_members_as_the_lists_do_not_every_studio_that_ever_joined(setting):
    admin, alliance = f.admin(), setting["alliance"]
    leaving = world.member(alliance, admin=admin)
    services.record_leaving(alliance.memberships.get(studio=leaving), by=admin, left_on=datetime.date(2023, 12, 31))

    def studios_card(page) -> str:
        return re.search(r'data-figure="studios">.*?class="figure-number">([^<]+)<', page.content.decode(), re.S)[1]

    reader = client_of(setting["first"].leader)
    assert studios_card(reader.get(reverse("alliances:dashboard", args=[alliance.pk]))) == "2"
    assert studios_card(reader.get(reverse("alliances:list"))) == "2"


def test_people_outside_the_alliances_do_not_reach_the_dashboard(setting):
    page = client_of(f.enterprise_contact()).get(reverse("alliances:dashboard", args=[setting["alliance"].pk]))
    assert page.status_code == 403


def test_the_public_showcase_needs_no_login_and_shows_shared_achievements(setting):
    listing = Client().get(reverse("alliances:showcase"))
    assert listing.status_code == 200 and setting["alliance"].name in listing.content.decode()
    detail = Client().get(reverse("alliances:showcase-alliance", args=[setting["alliance"].pk]))
    text = detail.content.decode()
    assert "一种绝缘遮蔽罩安装工具" in text and setting["first"].name in text


def test_the_yearly_report_is_a_word_document_of_that_year(setting):
    answer = client_of(setting["first"].leader).get(reverse("alliances:report", args=[setting["alliance"].pk, 2023]))
    assert answer.status_code == 200
    text = "\n".join(paragraph.text for paragraph in Document(io.BytesIO(answer.content)).paragraphs)
    assert "赴重庆交流学习" in text and "配网工器具联合研制" in text and "一种绝缘遮蔽罩安装工具" in text
    later = client_of(setting["first"].leader).get(reverse("alliances:report", args=[setting["alliance"].pk, 2024]))
    assert "赴重庆交流学习" not in "\n".join(p.text for p in Document(io.BytesIO(later.content)).paragraphs)


def test_a_leader_edits_their_studio_page_but_not_anothers(setting):
    leader = setting["first"].leader
    own = reverse("alliances:studio-edit", args=[setting["first"].pk])
    data = {"name": setting["first"].name, "level": "provincial", "leader_name": "赵小东", "leader_honours": "天府工匠",
            "field": "曲轴刀具", "members": "甲、乙", "introduction": "介绍"}
    assert client_of(leader).post(own, data).status_code == 302
    setting["first"].refresh_from_db()
    assert setting["first"].field == "曲轴刀具"
    other = reverse("alliances:studio-edit", args=[setting["second"].pk])
    assert client_of(leader).post(other, data).status_code == 403
    setting["second"].refresh_from_db()
    assert setting["second"].field == "数控加工"


def test_a_conflicting_booking_shows_the_error_in_chinese_on_the_form(setting):
    day = clock.today() + datetime.timedelta(days=3)
    services.book_resource(setting["resource"], by=setting["first"].leader, studio=setting["first"], starts_on=day,
                           ends_on=day, purpose="实训")
    page = client_of(setting["second"].leader).post(
        reverse("alliances:resource", args=[setting["resource"].pk]),
        {"studio": setting["second"].pk, "starts_on": day.isoformat(), "ends_on": day.isoformat(), "purpose": "实训"},
        headers={"Accept-Language": "zh-hans"})
    assert page.status_code == 422
    assert "已被" in page.content.decode()
    assert setting["resource"].bookings.count() == 1


def test_only_the_owner_may_decide_a_booking_on_the_page(setting):
    day = clock.today() + datetime.timedelta(days=3)
    booking = services.book_resource(setting["resource"], by=setting["first"].leader, studio=setting["first"],
                                     starts_on=day, ends_on=day, purpose="实训")
    url = reverse("alliances:booking-decide", args=[booking.pk])
    assert client_of(setting["first"].leader).post(url, {"decision": "approve"}).status_code == 403
    assert client_of(setting["keeper"]).post(url, {"decision": "approve"}).status_code == 302
    booking.refresh_from_db()
    assert booking.state == "approved"


PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def test_the_secretary_records_an_activity_with_photos_and_a_leader_cannot(setting):
    from django.core.files.uploadedfile import SimpleUploadedFile

    alliance = setting["alliance"]
    url = reverse("alliances:activity-new", args=[alliance.pk])
    data = {"kind": "training", "title": "带电作业技能培训", "held_on": "2024-05-20", "location": "内江"}
    assert client_of(setting["first"].leader).post(url, data).status_code == 403
    secretary = world.secretary(alliance)
    answer = client_of(secretary).post(url, {**data, "photos": [SimpleUploadedFile("现场.png", PNG, "image/png")]})
    assert answer.status_code == 302
    activity = alliance.activities.get(title="带电作业技能培训")
    photo = activity.photos.get()
    assert client_of(setting["first"].leader).get(reverse("alliances:activity-photo", args=[photo.pk])).status_code == 200


def test_a_photo_that_is_not_an_image_is_refused_naming_the_field(setting):
    from django.core.files.uploadedfile import SimpleUploadedFile

    secretary = world.secretary(setting["alliance"])
    answer = client_of(secretary).post(
        reverse("alliances:activity-new", args=[setting["alliance"].pk]),
        {"kind": "training", "title": "培训", "held_on": "2024-05-20",
         "photos": [SimpleUploadedFile("notes.txt", b"hello", "text/plain")]})
    assert answer.status_code == 422
    assert not setting["alliance"].activities.filter(title="培训").exists()

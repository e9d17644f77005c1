"""The talk pages: the office sees the bottom units awaiting a talk and records one with its commitments;
the unit reads its talk, its rank the month after and marks a commitment done; nobody else reads them."""

import datetime

import pytest
from django.urls import reverse

from huishang.core import clock
from huishang.ranking import talks
from huishang.ranking.models import Talk
from tests import factories as f
from tests.ranking.talks_world import HELD_ON, NOVEMBER, at, published, talk_with, world
from tests.web.pages import section_of, signed_in, text_of

pytestmark = pytest.mark.django_db


def _new_url(w) -> str:
    return reverse("ranking:talk-new") + f"?month=2026-10&unit={w.flagged.pk}&region={w.city.code}"


def _talk_form(**changes) -> dict:
    data = {
        "held_on": "2026-11-10", "chaired_by": "市政务服务局 王副局长", "attendees": "内江市住建局 李局长",
        "problems": "10月响应率偏低。",
        "commitments-TOTAL_FORMS": "3", "commitments-INITIAL_FORMS": "0",
        "commitments-MIN_NUM_FORMS": "0", "commitments-MAX_NUM_FORMS": "20",
        "commitments-0-content": "三个工作日内回复群众诉求", "commitments-0-due": "2026-11-30",
        "commitments-1-content": "建立每日调度机制", "commitments-1-due": "2026-12-31",
        "commitments-2-content": "", "commitments-2-due": "",
    }
    return {**data, **changes}


def test_the_office_sees_the_bottom_unit_awaiting_a_talk_with_a_link_to_record_it():
    w = world()
    page = signed_in(w.office).get(reverse("ranking:talks"))

    assert page.status_code == 200 and "内江市住建局" in section_of(page, "awaiting")
    assert _new_url(w).replace("&", "&amp;") in page.content.decode()


def test_the_office_records_a_talk_with_its_commitments_from_the_web():
    w = world()
    with clock.frozen_at(at(HELD_ON, 16)):
        answer = signed_in(w.office).post(_new_url(w), _talk_form())

    talk = Talk.objects.get()
    assert answer.status_code == 302 and answer["Location"] == reverse("ranking:talk", args=[talk.pk])
    assert [c.content for c in talk.commitments.all()] == ["三个工作日内回复群众诉求", "建立每日调度机制"]
    with clock.frozen_at(at(datetime.date(2026, 12, 2))):
        page = signed_in(w.office).get(answer["Location"])
    text = text_of(page)
    assert "市政务服务局 王副局长" in text and "2026-11-30 已超期" in text and "尚未通报" in section_of(page, "ranks")


def test_a_commitment_due_before_the_talk_is_refused_beside_its_row():
    w = world()
    with clock.frozen_at(at(HELD_ON, 16)):
        answer = signed_in(w.office).post(_new_url(w), _talk_form(**{"commitments-1-due": "2026-11-01"}))

    assert answer.status_code == 422 and not Talk.objects.exists()
    html = answer.content.decode()
    row = html[html.index('data-commitment="2"'):html.index('data-commitment="3"')]
    assert "整改承诺的完成时限不能早于约谈日期。" in row


def test_only_the_office_of_the_region_opens_the_talk_form():
    w = world()
    assert signed_in(w.office).get(_new_url(w)).status_code == 200
    assert signed_in(f.office(f.region("500118", "永川区"))).get(_new_url(w)).status_code == 403
    assert signed_in(w.handler).get(_new_url(w)).status_code == 403


def test_the_unit_reads_its_talk_with_its_rank_the_month_after_and_marks_a_commitment_done():
    w = world()
    talk = talk_with(w)
    published(NOVEMBER, w.city, [(w.flagged, 1, False), (w.ranked, 2, True)], by=w.office,
              on=datetime.date(2026, 12, 3))
    handler = signed_in(w.handler)
    commitment = talk.commitments.first()

    page = handler.get(reverse("ranking:talk", args=[talk.pk]))
    assert "2026-11 1 90.00" in section_of(page, "ranks") and "2026-10 2 80.00 末位" in section_of(page, "ranks")
    answer = handler.post(reverse("ranking:commitment-done", args=[talk.pk, commitment.pk]), {"note": "已建立机制"})
    assert answer.status_code == 302
    commitment.refresh_from_db()
    assert commitment.done_by == w.handler and commitment.done_note == "已建立机制"
    assert "已建立机制" in section_of(handler.get(reverse("ranking:talk", args=[talk.pk])), "commitments")


def test_the_unit_sees_its_own_talks_only():
    w = world()
    talk = talk_with(w)

    assert str(talk.pk) in signed_in(w.handler).get(reverse("ranking:talks")).content.decode()
    assert "尚无约谈记录" in text_of(signed_in(w.ranked_handler).get(reverse("ranking:talks")))
    assert signed_in(w.ranked_handler).get(reverse("ranking:talk", args=[talk.pk])).status_code == 404
    done = reverse("ranking:commitment-done", args=[talk.pk, talk.commitments.first().pk])
    assert signed_in(w.ranked_handler).post(done, {"note": ""}).status_code == 404


def test_the_office_cannot_mark_the_units_commitment_done():
    w = world()
    talk = talk_with(w)
    commitment = talk.commitments.first()

    answer = signed_in(w.office).post(reverse("ranking:commitment-done", args=[talk.pk, commitment.pk]), {"note": ""},
                                      follow=True)
    assert "只有作出承诺的单位可以标记完成" in text_of(answer)
    commitment.refresh_from_db()
    assert commitment.done_at is None


def test_an_enterprise_contact_is_refused_the_talks():
    assert signed_in(f.enterprise_contact()).get(reverse("ranking:talks")).status_code == 403


def test_the_menu_offers_the_talks_to_the_office_and_to_a_unit_that_was_talked_to():
    w = world()
    talk_with(w)

    assert 'href="/ranking/talks/"' in signed_in(w.office).get(reverse("web:workbench")).content.decode()
    assert 'href="/ranking/talks/"' in signed_in(w.handler).get(reverse("web:workbench")).content.decode()
    assert 'href="/ranking/talks/"' not in signed_in(w.ranked_handler).get(reverse("web:workbench")).content.decode()


def _held_talks(client) -> str:
    return text_of(client.get(reverse("ranking:talks"))).split("已开展的约谈")[1]


def test_the_talk_list_shows_the_units_rank_that_month_and_the_month_after():
    w = world()
    talk_with(w)
    office = signed_in(w.office)

    with clock.frozen_at(at(datetime.date(2026, 11, 20))):
        assert "2026-10 内江市住建局 2026-11-10 市政务服务局 王副局长 2 尚未通报。 2 0" in _held_talks(office)
    published(NOVEMBER, w.city, [(w.flagged, 1, False), (w.ranked, 2, True)], by=w.office,
              on=datetime.date(2026, 12, 3))
    with clock.frozen_at(at(datetime.date(2026, 12, 3))):
        assert "2026-10 内江市住建局 2026-11-10 市政务服务局 王副局长 2 1 2 1" in _held_talks(office)


def test_a_flagged_unit_of_a_published_month_leads_to_the_talks():
    w = world()
    page = signed_in(w.office).get(reverse("ranking:month", args=["2026-10"]) + f"?region={w.city.code}")

    html = page.content.decode()
    row = html[html.index('data-unit="内江市住建局"'):]
    assert page.status_code == 200 and f'href="{reverse("ranking:talks")}" data-talks' in row[:row.index("</tr>")]


def test_a_commitment_past_its_date_shows_its_card_on_the_talk_and_in_the_list():
    w = world()
    talk = talk_with(w)
    handler = signed_in(w.handler)

    with clock.frozen_at(at(datetime.date(2026, 12, 2))):
        detail = handler.get(reverse("ranking:talk", args=[talk.pk]))
        listed = handler.get(reverse("ranking:talks"))
    commitments = section_of(detail, "commitments")
    assert "黄牌" in commitments and "2026-11-30" in commitments
    assert 'data-card="yellow"' in detail.content.decode() and 'data-card="yellow"' in listed.content.decode()


def test_the_units_workbench_lists_its_open_commitments_with_their_cards_and_the_other_units_none():
    w = world()
    talk = talk_with(w)
    talks.mark_done(talk.commitments.get(due=datetime.date(2027, 1, 15)), by=w.handler)

    with clock.frozen_at(at(datetime.date(2026, 12, 2))):
        own = signed_in(w.handler).get("/")
        other = signed_in(w.ranked_handler).get("/")
        office = signed_in(w.office).get("/")
    panel = section_of(own, "commitments")
    assert "内江市住建局 · 第1项整改" in panel and "2026-11-30到期 · 黄牌" in panel and "第2项整改" not in panel
    assert 'data-section="commitments"' not in other.content.decode()
    assert "第1项整改" in section_of(office, "commitments")


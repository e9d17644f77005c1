"""The pages of consultation topics: the public gives an opinion and supports one by phone; the office
files, decides, publishes and forwards; the staff pages are refused to others and confined to the region."""

import datetime

import pytest

from huishang.core import clock
from huishang.directory.models import Region
from huishang.suggestions import topics
from huishang.suggestions.models import Opinion, Support, Topic
from tests import factories as f
from tests.suggestions import helpers, text_outbox
from tests.suggestions.topic_worlds import legislative_point, opinion, renovation


@pytest.fixture(autouse=True)
def outbox(settings):
    settings.HUISHANG_SMS_BACKEND = "tests.suggestions.text_outbox.OutboxSmsBackend"
    text_outbox.SENT.clear()


@pytest.fixture
def office(db):
    return f.office(scope=helpers.yangpu())


def test_a_visitor_gives_an_opinion_and_supports_one_with_a_phone_code(client, office):
    topic = renovation(office)
    page = client.get(f"/suggestions/topics/{topic.code}/").content.decode()
    assert topic.title in page and "征集中" in page
    response = client.post(f"/suggestions/topics/{topic.code}/opinion/",
                           {"text": "建设社区食堂。", "author_name": "池海芳", **helpers.solved()})
    assert response.status_code == 302
    canteen = Opinion.objects.get(topic=topic)
    page = client.get(f"/suggestions/topics/{topic.code}/").content.decode()
    assert "建设社区食堂。" in page and "池*芳" in page and "池海芳" not in page
    url = f"/suggestions/topics/{topic.code}/opinions/{canteen.pk}/support/"
    assert client.post(url, {"action": "send", "phone": "13912345678"}).status_code == 200
    code = text_outbox.last_code("13912345678")
    assert client.post(url, {"action": "support", "phone": "13912345678", "code": code}).status_code == 302
    assert Support.objects.filter(opinion=canteen).count() == 1
    again = client.post(url, {"action": "send", "phone": "13912345678"})
    assert again.status_code == 422 and "已经支持过" in again.content.decode()


def test_the_opinion_form_is_refused_once_the_topic_has_closed(client, office):
    topic = renovation(office)
    Topic.objects.filter(pk=topic.pk).update(closes_on=clock.today() - datetime.timedelta(days=1))
    response = client.post(f"/suggestions/topics/{topic.code}/opinion/", {"text": "晚了。", **helpers.solved()})
    assert response.status_code == 409 and "截止" in response.content.decode()
    assert not Opinion.objects.exists()


def test_a_topic_not_yet_open_is_not_public(client, office):
    topic = renovation(office, opens_on=clock.today() + datetime.timedelta(days=1))
    assert client.get(f"/suggestions/topics/{topic.code}/").status_code == 404


def test_the_office_files_decides_publishes_and_forwards_through_the_staff_pages(client, office):
    law = topics.open_topic(
        by=office, code="draft-1", kind="draft_law", title="住宅小区建设管理条例（修正草案）", description="征求意见。",
        region=helpers.yangpu(), point=legislative_point(), opens_on=clock.today() - datetime.timedelta(days=9),
        closes_on=clock.today() + datetime.timedelta(days=1),
    )
    first = opinion(law, text="第十二条应明确物业费公示频次。")
    Topic.objects.filter(pk=law.pk).update(closes_on=clock.today() - datetime.timedelta(days=1))
    client.force_login(office)
    base = f"/suggestions/staff/topics/{law.code}/"
    assert client.post(f"{base}opinions/{first.pk}/theme/", {"theme": "物业管理"}).status_code == 302
    assert client.post(f"{base}opinions/{first.pk}/decide/", {"outcome": "adopted", "reason": "已吸收"}).status_code == 302
    assert client.post(f"{base}forward/", {"addressee": "上海市人大常委会法工委"}).status_code == 302
    assert client.post(f"{base}result/", {"result": "意见已报送并被吸收。"}).status_code == 302
    page = client.get(base).content.decode()
    assert f"〔{clock.today().year}〕1号" in page and 'data-theme="物业管理"' in page
    docx = client.get(f"{base}forwarding.docx")
    assert docx.status_code == 200 and docx.content.startswith(b"PK")
    pdf = client.get(f"{base}forwarding.pdf")
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    public = client.get(f"/suggestions/topics/{law.code}/").content.decode()
    assert "意见已报送并被吸收。" in public and "结果已公布" in public


def test_the_office_opens_a_topic_through_the_staff_page(client, office):
    client.force_login(office)
    today = clock.today()
    response = client.post("/suggestions/staff/topics/", {
        "code": "jf228", "kind": "project", "title": "228街坊更新改造", "description": "请提意见。",
        "region": helpers.YANGPU, "opens_on": today.isoformat(), "closes_on": (today + datetime.timedelta(days=9)).isoformat(),
    })
    assert response.status_code == 302 and Topic.objects.get().opened_by == office


def test_the_staff_topic_pages_are_refused_to_units_and_the_public_and_confined_to_the_region(client, office):
    topic = renovation(office)
    assert client.get("/suggestions/staff/topics/").status_code == 302
    client.force_login(f.unit_handler())
    assert client.get("/suggestions/staff/topics/").status_code == 403
    assert client.get(f"/suggestions/staff/topics/{topic.code}/").status_code == 403
    hongkou = Region.objects.create(code="310109", name="虹口区", parent=Region.objects.get(code="310000"))
    client.force_login(f.office(scope=hongkou))
    assert topic.title not in client.get("/suggestions/staff/topics/").content.decode()
    assert client.get(f"/suggestions/staff/topics/{topic.code}/").status_code == 404
    client.force_login(f.leader(scope=helpers.yangpu()))  # a leader reads, and may not act
    assert client.get(f"/suggestions/staff/topics/{topic.code}/").status_code == 200
    canteen = opinion(topic)
    response = client.post(f"/suggestions/staff/topics/{topic.code}/opinions/{canteen.pk}/theme/", {"theme": "食堂"})
    assert response.status_code == 403 and Opinion.objects.get().theme == ""

"""Consultation topics under /api/v1/suggestions/topics: reading with the summary, opinions, supports by a
confirmed phone or the calling account (once per topic), and the office's decisions and forwarding."""

import datetime

import pytest

from huishang.core import clock
from huishang.directory.models import Region
from huishang.suggestions.models import Support, Topic
from tests import factories as f
from tests.api.client import as_user
from tests.suggestions import helpers, text_outbox
from tests.suggestions.topic_worlds import legislative_point, opinion, renovation

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def outbox(settings):
    settings.HUISHANG_SMS_BACKEND = "tests.suggestions.text_outbox.OutboxSmsBackend"
    text_outbox.SENT.clear()


@pytest.fixture
def office():
    return f.office(scope=helpers.yangpu())


def test_any_account_reads_an_open_topic_with_its_summary(office):
    topic = renovation(office)
    opinion(topic)
    body = as_user(f.enterprise_contact()).get(f"/suggestions/topics/{topic.code}").json()
    assert (body["stage"], body["opinions"], body["supports"]) == ("open", 1, 0)
    assert as_user(f.enterprise_contact()).get("/suggestions/topics").json()[0]["code"] == topic.code


def test_an_account_gives_an_opinion_and_supports_once(office):
    topic = renovation(office)
    resident = as_user(f.enterprise_contact())
    given = resident.post(f"/suggestions/topics/{topic.code}/opinions", {"text": "建设社区食堂。"})
    assert given.status_code == 201
    opinion_id = given.json()["id"]
    first = resident.post(f"/suggestions/topics/{topic.code}/opinions/{opinion_id}/supports", {})
    assert first.status_code == 201 and first.json()["supports"] == 1
    second = resident.post(f"/suggestions/topics/{topic.code}/opinions/{opinion_id}/supports", {})
    assert second.status_code == 422 and second.json()["field"] == "account"


def test_a_kiosk_supports_for_a_phone_confirmed_by_its_code(office):
    topic = renovation(office)
    canteen = opinion(topic)
    kiosk = as_user(f.user("union", scope=helpers.yangpu()))
    assert kiosk.post(f"/suggestions/topics/{topic.code}/text-codes", {"phone": "13912345678"}).status_code == 202
    wrong = kiosk.post(f"/suggestions/topics/{topic.code}/opinions/{canteen.pk}/supports",
                       {"phone": "13912345678", "code": "abcdef"})
    assert wrong.status_code == 422 and wrong.json()["field"] == "code"
    right = kiosk.post(f"/suggestions/topics/{topic.code}/opinions/{canteen.pk}/supports",
                       {"phone": "13912345678", "code": text_outbox.last_code("13912345678")})
    assert right.status_code == 201 and Support.objects.get().account_id is None
    again = kiosk.post(f"/suggestions/topics/{topic.code}/text-codes", {"phone": "13912345678"})
    assert again.status_code == 422 and again.json()["field"] == "phone"


def test_a_closed_topic_takes_no_opinion(office):
    topic = renovation(office)
    Topic.objects.filter(pk=topic.pk).update(closes_on=clock.today() - datetime.timedelta(days=1))
    refused = as_user(f.enterprise_contact()).post(f"/suggestions/topics/{topic.code}/opinions", {"text": "晚了"})
    assert refused.status_code == 409


def test_only_the_office_files_and_decides_and_it_forwards_a_draft_law_as_a_numbered_document(office):
    law = Topic.objects.get(code=as_user(office).post("/suggestions/topics", {
        "code": "draft-1", "kind": "draft_law", "title": "住宅小区建设管理条例（修正草案）", "description": "征求意见。",
        "region": helpers.YANGPU, "point": legislative_point().code,
        "opens_on": (clock.today() - datetime.timedelta(days=5)).isoformat(), "closes_on": clock.today().isoformat(),
    }).json()["code"])
    first = opinion(law, text="第十二条应明确物业费公示频次。")
    Topic.objects.filter(pk=law.pk).update(closes_on=clock.today() - datetime.timedelta(days=1))
    leader = as_user(f.leader(scope=helpers.yangpu()))
    assert leader.post(f"/suggestions/topics/{law.code}/opinions/{first.pk}/theme", {"theme": "物业"}).status_code == 403
    api = as_user(office)
    assert api.post(f"/suggestions/topics/{law.code}/opinions/{first.pk}/theme", {"theme": "物业"}).json()["theme"] == "物业"
    decided = api.post(f"/suggestions/topics/{law.code}/opinions/{first.pk}/decision", {"outcome": "adopted", "reason": "吸收"})
    assert decided.json()["outcome"] == "adopted"
    forwarded = api.post(f"/suggestions/topics/{law.code}/forwarding", {"addressee": "上海市人大常委会法工委"})
    assert forwarded.status_code == 201 and forwarded.json()["number"] == f"〔{clock.today().year}〕1号"
    assert api.get(f"/suggestions/topics/{law.code}").json()["forwarded_as"] == forwarded.json()["number"]


def test_an_office_elsewhere_neither_reads_nor_acts_on_the_topic(office):
    topic = renovation(office, opens_on=clock.today() + datetime.timedelta(days=3))
    hongkou = Region.objects.create(code="310109", name="虹口区", parent=Region.objects.get(code="310000"))
    elsewhere = as_user(f.office(scope=hongkou))
    assert elsewhere.get(f"/suggestions/topics/{topic.code}").status_code == 404
    assert elsewhere.get("/suggestions/topics").json() == []
    assert as_user(office).get(f"/suggestions/topics/{topic.code}").status_code == 200


def test_held_opinions_and_signatures_are_shown_only_to_the_office_of_the_topics_region(office):
    from huishang.suggestions.models import SensitiveWord

    SensitiveWord.objects.create(word="代开发票")
    topic = renovation(office)
    opinion(topic, text="建设社区食堂。", author_name="池海芳")
    opinion(topic, text="门口有人代开发票。")
    own = as_user(office).get(f"/suggestions/topics/{topic.code}/opinions").json()
    assert len(own) == 2 and {row["signed"] for row in own} == {"池海芳", ""}
    hongkou = Region.objects.create(code="310109", name="虹口区", parent=Region.objects.get(code="310000"))
    other = as_user(f.office(scope=hongkou)).get(f"/suggestions/topics/{topic.code}/opinions").json()
    assert [(row["text"], row["signed"]) for row in other] == [("建设社区食堂。", "池*芳")]

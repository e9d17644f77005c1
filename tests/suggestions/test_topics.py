"""Consultation topics (征集专题): opinions and supports while open, one support per person and topic, the
phone kept only as a keyed hash, text-message codes, the office's summary, adoption, result and forwarding."""

import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from huishang.core import clock
from huishang.core.errors import InvalidTransition, NotAllowed, NotFound, ValidationError
from huishang.directory.models import Region
from huishang.suggestions import topic_selectors, topics
from huishang.suggestions.limits import TooManyAttempts
from huishang.suggestions.models import PhoneCode, Support, Topic
from tests import factories as f
from tests.suggestions import helpers, text_outbox
from tests.suggestions.topic_worlds import legislative_point, opinion, renovation

PHONE = "13912345678"


@pytest.fixture(autouse=True)
def outbox(settings):
    settings.HUISHANG_SMS_BACKEND = "tests.suggestions.text_outbox.OutboxSmsBackend"
    text_outbox.SENT.clear()
    return text_outbox


@pytest.fixture
def office(db):
    return f.office(scope=helpers.yangpu())


def support_by_phone(topic_opinion, phone=PHONE):
    topics.send_support_code(topic_opinion.topic, phone=phone)
    return topics.support_opinion(topic_opinion, phone=phone, code=text_outbox.last_code(phone))


def wrong_code(right: str) -> str:
    return str((int(right) + 1) % 10**6).zfill(6)


def closed(topic):
    Topic.objects.filter(pk=topic.pk).update(closes_on=clock.today() - datetime.timedelta(days=1))
    topic.refresh_from_db()
    return topic


# --- one support per person and topic ---------------------------------------------------------------------

def test_a_phone_number_supports_once_per_topic_and_the_second_is_refused_naming_why(office):
    topic = renovation(office)
    canteen, parking = opinion(topic), opinion(topic, text="增加停车位。")
    support_by_phone(canteen)
    with pytest.raises(ValidationError) as refused:
        topics.send_support_code(topic, phone=PHONE)
    assert refused.value.field == "phone" and "已经支持过" in str(refused.value.message)
    assert len(text_outbox.SENT) == 1  # refused before a text was sent
    with pytest.raises(ValidationError) as again:
        topics.support_opinion(parking, phone="139 1234 5678", code="000000")
    assert again.value.field == "phone" and "每人" in str(again.value.message)
    assert Support.objects.filter(topic=topic).count() == 1


def test_the_same_phone_supports_once_on_each_of_two_topics(office):
    first, second = renovation(office), renovation(office, code="jf229")
    support_by_phone(opinion(first))
    support_by_phone(opinion(second))
    keys = list(Support.objects.values_list("phone_key", flat=True))
    assert len(keys) == 2 and keys[0] != keys[1]  # two topics' supporters cannot be matched


def test_an_account_supports_once_per_topic_and_the_second_is_refused_naming_why(office):
    topic = renovation(office)
    resident = f.enterprise_contact()
    canteen, parking = opinion(topic), opinion(topic, text="增加停车位。")
    topics.support_opinion(canteen, by=resident)
    with pytest.raises(ValidationError) as refused:
        topics.support_opinion(parking, by=resident)
    assert refused.value.field == "account" and "您的账号已经支持过" in str(refused.value.message)


def test_a_visitor_neither_signed_in_nor_with_a_phone_cannot_support(office):
    topic = renovation(office)
    with pytest.raises(ValidationError) as refused:
        topics.support_opinion(opinion(topic))
    assert refused.value.field == "phone"


# --- the phone is never stored in clear -------------------------------------------------------------------

def test_the_supporters_phone_is_stored_nowhere_in_clear(office):
    from django.db import connection

    topic = renovation(office)
    support_by_phone(opinion(topic))
    with connection.cursor() as cursor:
        for table in ("suggestions_support", "suggestions_phonecode", "suggestions_intakeattempt"):
            cursor.execute(f"SELECT * FROM {table}")
            for row in cursor.fetchall():
                assert not any(PHONE in str(value) or "12345678" in str(value) for value in row), (table, row)
    support = Support.objects.get()
    assert len(support.phone_key) == 64 and support.account_id is None


# --- text-message codes -----------------------------------------------------------------------------------

def test_a_wrong_code_is_refused_and_counts_as_a_try(office):
    topic = renovation(office)
    canteen = opinion(topic)
    topics.send_support_code(topic, phone=PHONE)
    with pytest.raises(ValidationError) as refused:
        topics.support_opinion(canteen, phone=PHONE, code=wrong_code(text_outbox.last_code(PHONE)))
    assert refused.value.field == "code" and "验证码不正确" in str(refused.value.message)
    assert PhoneCode.objects.get().tries == 1 and not Support.objects.exists()
    topics.support_opinion(canteen, phone=PHONE, code=text_outbox.last_code(PHONE))
    assert Support.objects.count() == 1


def test_an_expired_code_is_refused(office):
    topic = renovation(office)
    canteen = opinion(topic)
    sent_at = clock.now()
    with clock.frozen_at(sent_at):
        topics.send_support_code(topic, phone=PHONE)
    with clock.frozen_at(sent_at + datetime.timedelta(minutes=6)), pytest.raises(ValidationError) as refused:
        topics.support_opinion(canteen, phone=PHONE, code=text_outbox.last_code(PHONE))
    assert refused.value.field == "code" and "已过期" in str(refused.value.message)


def test_a_code_confirms_once(office):
    topic = renovation(office)
    canteen = opinion(topic)
    topics.send_support_code(topic, phone=PHONE)
    code = text_outbox.last_code(PHONE)
    topics.support_opinion(canteen, phone=PHONE, code=code)
    Support.objects.all().delete()  # even were the support gone, the code is spent
    with pytest.raises(ValidationError) as refused:
        topics.support_opinion(canteen, phone=PHONE, code=code)
    assert refused.value.field == "code"


def test_a_phone_asks_for_codes_a_limited_number_of_times(office):
    topic = renovation(office)
    for _ in range(5):
        topics.send_support_code(topic, phone=PHONE)
    with pytest.raises(TooManyAttempts) as refused:
        topics.send_support_code(topic, phone=PHONE)
    assert refused.value.field == "phone" and len(text_outbox.SENT) == 5


# --- the period -------------------------------------------------------------------------------------------

def test_opinions_and_supports_are_refused_once_the_period_has_closed(office):
    topic = renovation(office)
    canteen = opinion(topic)
    closed(topic)
    with pytest.raises(InvalidTransition, match="截止"):
        opinion(topic)
    with pytest.raises(InvalidTransition, match="截止"):
        topics.support_opinion(canteen, by=f.enterprise_contact())
    with pytest.raises(InvalidTransition, match="截止"):
        topics.send_support_code(topic, phone=PHONE)


def test_opinions_are_refused_before_the_period_opens(office):
    topic = renovation(office, opens_on=clock.today() + datetime.timedelta(days=2))
    with pytest.raises(InvalidTransition):
        opinion(topic)


def test_an_opinion_with_a_sensitive_word_is_held_and_cannot_be_supported_until_released(office):
    from huishang.suggestions.models import SensitiveWord

    SensitiveWord.objects.create(word="代开发票")
    topic = renovation(office)
    held = opinion(topic, text="门口有人代开发票。")
    assert held.held and topic_selectors.summary(topic)["opinions"] == 0
    with pytest.raises(NotFound):
        topics.support_opinion(held, by=f.enterprise_contact())
    topics.release_opinion(held, by=office)
    topics.support_opinion(held, by=f.enterprise_contact())


# --- summary, adoption, result ----------------------------------------------------------------------------

def test_the_summary_counts_opinions_and_supports_by_theme_the_most_supported_first(office):
    topic = renovation(office)
    canteen = opinion(topic, text="建设社区食堂。")
    delivery = opinion(topic, text="食堂为老人送餐。")
    parking = opinion(topic, text="增加停车位。")
    unfiled = opinion(topic, text="保留老建筑。")
    for one, theme in ((canteen, "社区食堂"), (delivery, "社区食堂"), (parking, "停车")):
        topics.file_under_theme(one, by=office, theme=theme)
    for n in range(3):
        topics.support_opinion(canteen, by=f.enterprise_contact())
    topics.support_opinion(delivery, by=f.enterprise_contact())
    topics.support_opinion(parking, by=f.enterprise_contact())
    support_by_phone(parking)
    summary = topic_selectors.summary(topic)
    assert (summary["opinions"], summary["supports"]) == (4, 6)
    assert [(row["theme"], row["opinions"], row["supports"]) for row in summary["themes"]] == [
        ("社区食堂", 2, 4), ("停车", 1, 2), ("未归类", 1, 0)]
    assert [one.pk for one in topic_selectors.opinions_of(topic)][:2] == [canteen.pk, parking.pk]
    assert unfiled.theme == ""


def test_the_office_decides_opinions_and_publishes_the_result_only_after_closing(office):
    topic = renovation(office)
    canteen = opinion(topic)
    with pytest.raises(InvalidTransition):
        topics.decide_opinion(canteen, by=office, outcome="adopted", reason="居民呼声最高")
    with pytest.raises(InvalidTransition):
        topics.publish_result(topic, by=office, text="建成熊猫饭堂。")
    closed(topic)
    topics.decide_opinion(canteen, by=office, outcome="adopted", reason="居民呼声最高")
    topics.publish_result(topic, by=office, text="把最好的位置留给社区食堂，建成熊猫饭堂。")
    assert topic_selectors.stage_of(topic) == "published"
    assert list(topic_selectors.adopted_opinions(topic)) == [canteen]
    assert topic_selectors.summary(topic)["adopted"] == 1
    with pytest.raises(InvalidTransition):
        topics.publish_result(topic, by=office, text="再发一次")
    with pytest.raises(InvalidTransition):
        topics.decide_opinion(canteen, by=office, outcome="not_adopted", reason="改主意")


# --- forwarding a draft law -------------------------------------------------------------------------------

def draft_law(office):
    today = clock.today()
    return topics.open_topic(
        by=office, code="draft-1", kind="draft_law", title="《上海市住宅小区建设管理条例（修正草案）》征求意见",
        description="基层立法联系点收集对草案的意见。", region=helpers.yangpu(), point=legislative_point(),
        opens_on=today - datetime.timedelta(days=10), closes_on=today + datetime.timedelta(days=5),
    )


def test_the_opinions_on_a_draft_law_are_forwarded_once_as_a_numbered_document(office):
    law = draft_law(office)
    opinion(law, text="第十二条应明确物业费公示频次。")
    with pytest.raises(InvalidTransition):
        topics.forward_opinions(law, by=office, addressee="上海市人大常委会法工委")
    closed(law)
    forwarded = topics.forward_opinions(law, by=office, addressee="上海市人大常委会法工委")
    assert forwarded.document_number == f"〔{clock.today().year}〕1号" and forwarded.opinions == 1
    with pytest.raises(InvalidTransition, match="1号"):
        topics.forward_opinions(law, by=office, addressee="上海市人大常委会法工委")
    second = topics.open_topic(
        by=office, code="draft-2", kind="draft_law", title="另一部草案", description="征求意见。",
        region=helpers.yangpu(), point=law.point, opens_on=law.opens_on, closes_on=law.opens_on,
    )
    opinion_day = law.opens_on
    with clock.frozen_at(datetime.datetime.combine(opinion_day, datetime.time(10))):
        opinion(second, text="建议增加听证程序。")
    assert topics.forward_opinions(second, by=office, addressee="上海市人大常委会法工委").number == 2


def test_a_project_is_not_forwarded_and_a_draft_law_needs_a_legislative_contact_point(office):
    project = closed(renovation(office))
    with pytest.raises(InvalidTransition):
        topics.forward_opinions(project, by=office, addressee="人大")
    with pytest.raises(ValidationError) as refused:
        topics.open_topic(
            by=office, code="law-x", kind="draft_law", title="草案", description="征求意见。", region=helpers.yangpu(),
            opens_on=clock.today(), closes_on=clock.today(), point=helpers.point(code="yp-01"),
        )
    assert refused.value.field == "point"


# --- documents ----------------------------------------------------------------------------------------------

def test_a_topic_carries_its_documents_checked_like_attachments(office):
    plan = SimpleUploadedFile("改造方案.pdf", b"%PDF-1.4 plan", content_type="application/pdf")
    topic = renovation(office, documents=[plan])
    assert topic.documents.get().original_name == "改造方案.pdf"
    with pytest.raises(ValidationError) as refused:
        topics.add_document(topic, by=office, uploaded=SimpleUploadedFile("x.exe", b"MZ", content_type="x"))
    assert refused.value.field == "documents"


# --- permissions and jurisdiction -------------------------------------------------------------------------

def test_only_the_office_of_the_region_opens_and_handles_topics(office):
    with pytest.raises(NotAllowed):
        renovation(f.supervisor(scope=helpers.yangpu()))
    topic = renovation(office)
    canteen = opinion(topic)
    closed(topic)
    for outsider in (f.unit_handler(), f.leader(scope=helpers.yangpu()), f.enterprise_contact()):
        with pytest.raises(NotAllowed):
            topics.decide_opinion(canteen, by=outsider, outcome="adopted", reason="好")
    topics.decide_opinion(canteen, by=office, outcome="adopted", reason="好")


def test_an_office_acts_only_on_topics_of_its_jurisdiction(office):
    shanghai = Region.objects.get(code="310000")
    hongkou = Region.objects.create(code="310109", name="虹口区", parent=shanghai)
    elsewhere = f.office(scope=hongkou)
    with pytest.raises(NotAllowed) as refused:
        renovation(elsewhere)
    assert refused.value.field == "region"
    topic = renovation(office)
    canteen = opinion(topic)
    with pytest.raises(NotAllowed):
        topics.file_under_theme(canteen, by=elsewhere, theme="社区食堂")
    with pytest.raises(NotAllowed) as outside:
        renovation(office, code="jf-x", places=[hongkou])
    assert outside.value.field == "places"
    assert topic not in topic_selectors.visible_topics(elsewhere)
    assert topic in topic_selectors.visible_topics(office)

"""Whatever an applicant or the office types into recruitment is stored printable (core.text): a control
character never reaches the application, the review, the round, the event or the exports written from them."""

import datetime

import pytest

from huishang.core.errors import ValidationError
from huishang.recruitment import events, services
from huishang.recruitment.models import Event, Intention, Position
from tests import factories as f
from tests.recruitment.rounds import applicant, apply, at, proofreader_round
from tests.recruitment.test_api import BASE, token

pytestmark = pytest.mark.django_db

TYPED = " 第一行\u0001\r\n第二行\u0000\u0085 "
STORED = "第一行\n第二行"
# A form refuses a NUL outright (Django's own check); every other control character is dropped.
TYPED_ON_A_FORM = TYPED.replace("\u0000", "")


def test_an_application_is_stored_without_the_control_characters_the_applicant_typed():
    application, _code = apply(proofreader_round(), name="李\u0001思雨", school="内江\u0007师范学院",
                               major="汉语言\u001b文学", resume=TYPED)
    application.refresh_from_db()
    assert (application.name, application.school, application.major) == ("李思雨", "内江师范学院", "汉语言文学")
    assert application.resume == STORED


def test_an_application_sent_through_the_public_form_is_stored_without_control_characters(client):
    round_ = proofreader_round()
    data = {**applicant(name="李\u0001思雨", school="内江\u0007师范学院", resume=TYPED_ON_A_FORM), "full_time": "yes",
            "confirms_conditions": "on"}
    with at(datetime.date(2023, 11, 3)):
        assert client.post(f"/recruitment/rounds/{round_.pk}/apply/", data).status_code == 201
    application = round_.applications.get()
    assert (application.name, application.school, application.resume) == ("李思雨", "内江师范学院", STORED)


def test_a_review_note_is_stored_without_control_characters_and_one_of_nothing_else_is_refused():
    office = f.office()
    application, _code = apply(proofreader_round(office))
    with pytest.raises(ValidationError):
        services.review_application(application, by=office, approve=False, note="\u0001\u0007 ")
    services.review_application(application, by=office, approve=False, note=TYPED)
    application.refresh_from_db()
    assert application.review_note == STORED


def test_a_review_note_sent_through_the_api_is_stored_without_control_characters(client):
    office = f.office()
    application, _code = apply(proofreader_round(office))
    answer = client.post(f"{BASE}/applications/{application.pk}/review", {"approve": False, "note": "学历\u0001不符"},
                         content_type="application/json", **token(client, office))
    assert answer.status_code == 200, answer.content
    application.refresh_from_db()
    assert application.review_note == "学历不符"


def test_a_rounds_texts_are_stored_without_control_characters():
    round_ = proofreader_round(title="校对\u0001人员公告", employer="内江\u0007日报社", post="校对\u001b人员",
                               duties=TYPED, conditions_to_confirm=TYPED, preferences=TYPED)
    round_.refresh_from_db()
    assert (round_.title, round_.employer, round_.post) == ("校对人员公告", "内江日报社", "校对人员")
    assert (round_.duties, round_.conditions_to_confirm, round_.preferences) == (STORED,) * 3


def test_an_events_texts_employers_positions_and_intentions_are_stored_without_control_characters():
    office = f.office()
    event = events.hold_event(by=office, kind=Event.Kind.CAMPUS, title="校园\u0001招聘会", venue="礼堂\u0007",
                              held_on=datetime.date(2023, 5, 10), region=f.region(),
                              university=events.university_named("内江\u001b师范学院"))
    event.refresh_from_db()
    assert (event.title, event.venue, event.university.name) == ("校园招聘会", "礼堂", "内江师范学院")
    participation = events.add_employer(event, by=office, employer="内江\u0001医药", positions=[("仓管\u0007员", 3)])
    events.record_intentions(participation, by=office, candidates=[("李\u0001明", "仓管\u0007员")])
    participation.refresh_from_db()
    assert participation.employer == "内江医药"
    assert list(Position.objects.values_list("title", flat=True)) == ["仓管员"]
    assert list(Intention.objects.values_list("candidate", "position")) == [("李明", "仓管员")]


def test_an_intention_whose_name_is_only_control_characters_is_refused():
    office = f.office()
    event = events.hold_event(by=office, kind=Event.Kind.NIGHT_MARKET, title="招聘夜市",
                              held_on=datetime.date(2023, 5, 10), region=f.region())
    participation = events.add_employer(event, by=office, employer="内江医药", positions=[("仓管员", 3)])
    with pytest.raises(ValidationError):
        events.record_intentions(participation, by=office, candidates=[("\u0001", "")])
    assert not Intention.objects.exists()

"""The office records events, their employers, positions and intentions, and announces rounds through the web
forms; refusals name the field in Chinese and others cannot use the forms."""

import datetime

import pytest

from huishang.core import clock
from huishang.recruitment import events
from huishang.recruitment.models import Event, Intention, Position, Round, University
from tests import factories as f
from tests.web.pages import signed_in, text_of

pytestmark = pytest.mark.django_db
DAY = datetime.date(2023, 5, 10)


def night_market(office):
    return events.hold_event(by=office, kind=Event.Kind.NIGHT_MARKET, title="东兴区招聘夜市", held_on=DAY,
                             region=f.region())


def test_the_office_records_a_campus_session_naming_a_new_university():
    office = f.office()
    answer = signed_in(office).post("/recruitment/events/new/", {
        "kind": Event.Kind.CAMPUS, "title": "内江师范学院专场", "held_on": "2023-05-10", "venue": "体育馆",
        "region": f.region().pk, "new_university": "内江师范学院"})
    event = Event.objects.get()
    assert answer.status_code == 302 and answer["Location"] == f"/recruitment/events/{event.pk}/"
    assert (event.kind, event.university.name, event.organised_by) == (Event.Kind.CAMPUS, "内江师范学院", office)


def test_a_campus_session_without_university_is_refused_in_chinese_and_nothing_is_kept():
    answer = signed_in(f.office()).post("/recruitment/events/new/", {
        "kind": Event.Kind.CAMPUS, "title": "校园招聘", "held_on": "2023-05-10", "region": f.region().pk})
    assert answer.status_code == 422
    assert "高校：校园招聘须注明高校，其他活动不填高校。" in text_of(answer)
    assert not Event.objects.exists()


def test_a_refused_event_does_not_keep_the_university_it_named():
    answer = signed_in(f.office()).post("/recruitment/events/new/", {
        "kind": Event.Kind.JOB_FAIR, "title": "招聘会", "held_on": "2023-05-10", "region": f.region().pk,
        "new_university": "四川大学"})
    assert answer.status_code == 422 and not University.objects.exists() and not Event.objects.exists()


def test_a_supervisor_does_not_reach_the_event_form():
    supervisor = f.supervisor()
    assert signed_in(supervisor).get("/recruitment/events/new/").status_code == 403
    assert "登记招聘活动" not in text_of(signed_in(supervisor).get("/recruitment/events/"))
    assert "登记招聘活动" in text_of(signed_in(f.office()).get("/recruitment/events/"))


def test_the_office_adds_an_employer_with_positions_and_its_intentions():
    office = f.office()
    event = night_market(office)
    client = signed_in(office)
    answer = client.post(f"/recruitment/events/{event.pk}/employers/", {
        "employer-employer": "四川省内江医药有限公司", "employer-positions": "仓管员，3\n配送司机 2"})
    assert answer.status_code == 302
    assert sorted(Position.objects.values_list("title", "openings")) == [("仓管员", 3), ("配送司机", 2)]
    participation = event.participations.get()
    answer = client.post(f"/recruitment/events/{event.pk}/employers/{participation.pk}/intentions/", {
        f"i{participation.pk}-candidates": "李明，仓管员\n王芳"})
    assert answer.status_code == 302
    assert sorted(Intention.objects.values_list("candidate", "position")) == [("李明", "仓管员"), ("王芳", "")]
    page = text_of(client.get(f"/recruitment/events/{event.pk}/"))
    assert "四川省内江医药有限公司" in page and "仓管员 × 3" in page and "李明 · 仓管员" in page


def test_a_position_line_without_openings_is_refused_naming_the_line():
    office = f.office()
    event = night_market(office)
    answer = signed_in(office).post(f"/recruitment/events/{event.pk}/employers/", {
        "employer-employer": "内江日报社", "employer-positions": "校对员，2\n记者"})
    assert answer.status_code == 422 and "第2行：请写明岗位名称和招聘人数。" in text_of(answer)
    assert not event.participations.exists()


def test_a_supervisor_cannot_record_intentions():
    office = f.office()
    event = night_market(office)
    participation = events.add_employer(event, by=office, employer="内江日报社", positions=[("校对员", 2)])
    supervisor = signed_in(f.supervisor())
    page = supervisor.get(f"/recruitment/events/{event.pk}/").content.decode()
    assert 'data-action="intentions"' not in page and 'data-form="employer"' not in page
    answer = supervisor.post(f"/recruitment/events/{event.pk}/employers/{participation.pk}/intentions/", {
        f"i{participation.pk}-candidates": "李明"})
    assert answer.status_code == 403 and not Intention.objects.exists()
    assert "只有本地区的工作专班可以登记招聘活动。" in text_of(answer)


def round_form(**overrides) -> dict:
    today = clock.today()
    data = {"title": "内江日报社招聘校对人员公告", "employer": "内江日报社", "post": "校对人员", "head_count": "3",
            "min_education": "2", "full_time_required": "on", "born_on_or_after": "1983-01-01",
            "conditions_to_confirm": "身体健康，适应夜班工作。", "preferences": "具有校对经验者优先。",
            "written_weight": "50", "interview_weight": "50", "region": f.region().pk,
            "announced_on": today.isoformat(), "deadline": (today + datetime.timedelta(days=14)).isoformat()}
    data.update(overrides)
    return data


def test_the_office_announces_a_round_that_the_public_then_sees():
    office = f.office()
    answer = signed_in(office).post("/recruitment/rounds/new/", round_form())
    round_ = Round.objects.get()
    assert answer.status_code == 302 and answer["Location"] == f"/recruitment/rounds/{round_.pk}/"
    assert (round_.head_count, round_.born_on_or_after, round_.preferences) == (
        3, datetime.date(1983, 1, 1), "具有校对经验者优先。")
    assert "内江日报社招聘校对人员公告" in text_of(signed_in(office).get("/recruitment/"))


def test_weights_that_do_not_add_up_are_refused_in_chinese():
    answer = signed_in(f.office()).post("/recruitment/rounds/new/", round_form(written_weight="60"))
    assert answer.status_code == 422 and "笔试与面试权重之和须为100。" in text_of(answer)
    assert not Round.objects.exists()


def test_only_the_office_announces_a_round():
    for outsider in (f.supervisor(), f.leader(), f.enterprise_contact()):
        assert signed_in(outsider).get("/recruitment/rounds/new/").status_code == 403
        assert signed_in(outsider).post("/recruitment/rounds/new/", round_form()).status_code == 403
    assert not Round.objects.exists()


def test_the_office_opens_the_round_and_event_forms_from_the_lists():
    office = signed_in(f.office())
    assert "发布招聘公告" in text_of(office.get("/recruitment/rounds/"))
    round_page = office.get("/recruitment/rounds/new/")
    assert round_page.status_code == 200 and "公告标题" in text_of(round_page) and "报名截止日期" in text_of(round_page)
    event_page = office.get("/recruitment/events/new/")
    assert event_page.status_code == 200 and "活动名称" in text_of(event_page)

"""The exam pages: the office schedules sessions, issues tickets and records checks on its round's pages, which
staff of its jurisdiction read and no one else; the applicant downloads the ticket with their codes only."""

import datetime
import io
import re

import pytest
from pypdf import PdfReader

from huishang.audit.models import AuditEntry
from huishang.recruitment import services, tickets
from huishang.recruitment.models import AdmissionTicket, ConditionCheck, Round
from tests import factories as f
from tests.recruitment.exams import approved, written_session
from tests.recruitment.rounds import DEADLINE, apply, at, proofreader_round
from tests.recruitment.test_event_and_round_forms import round_form
from tests.web.pages import signed_in, text_of

pytestmark = pytest.mark.django_db
SESSION_FORM = {"kind": "written", "starts_at": "2023-11-25T09:00", "ends_at": "2023-11-25T11:00",
                "place": "内江师范学院东区教学楼", "rooms": "第一考场 30\n第二考场 25"}


@pytest.fixture
def office():
    return f.office()


@pytest.fixture
def round_(office):
    return proofreader_round(office, conditions_to_verify="无犯罪记录")


def test_the_office_schedules_a_session_on_the_exams_page(client, office, round_):
    client.force_login(office)
    with at(DEADLINE + datetime.timedelta(days=2)):
        answer = client.post(f"/recruitment/rounds/{round_.pk}/exams/sessions/", SESSION_FORM)
    assert answer.status_code == 302
    session = round_.sessions.get()
    assert [(room.name, room.seats) for room in session.rooms.all()] == [("第一考场", 30), ("第二考场", 25)]
    page = text_of(client.get(f"/recruitment/rounds/{round_.pk}/exams/"))
    assert "笔试" in page and "内江师范学院东区教学楼" in page and "第二考场（25 座）" in page


@pytest.mark.parametrize("change, field_label", [
    ({"rooms": "第一考场"}, "考场"), ({"ends_at": "2023-11-25T08:00"}, "结束时间"), ({"place": ""}, "地点"),
    ({"starts_at": "2023-11-10T09:00", "ends_at": "2023-11-10T11:00"}, "开始时间"), ({"kind": "oral"}, "类型"),
])
def test_a_bad_session_comes_back_naming_the_field(client, office, round_, change, field_label):
    client.force_login(office)
    with at(DEADLINE + datetime.timedelta(days=2)):
        answer = client.post(f"/recruitment/rounds/{round_.pk}/exams/sessions/", {**SESSION_FORM, **change})
    assert answer.status_code == 422 and not round_.sessions.exists()
    assert f"{field_label}：" in text_of(answer)


def test_the_office_issues_the_tickets_of_a_kind_on_the_exams_page(client, office, round_):
    approved(round_, office, ["李思雨", "王晓婷"])
    written_session(round_, office)
    client.force_login(office)
    answer = client.post(f"/recruitment/rounds/{round_.pk}/exams/tickets/", {"issue-kind": "written"})
    assert answer.status_code == 302 and AdmissionTicket.objects.count() == 2
    page = client.get(f"/recruitment/rounds/{round_.pk}/exams/")
    assert round_.applications.get(name="王晓婷").id_number not in page.content.decode()
    assert text_of(page).count("第一考场") >= 3


def test_issuing_without_a_session_comes_back_naming_the_kind(client, office, round_):
    approved(round_, office, ["李思雨"])
    client.force_login(office)
    answer = client.post(f"/recruitment/rounds/{round_.pk}/exams/tickets/", {"issue-kind": "interview"})
    assert answer.status_code == 422 and "类型：请先安排此类场次。" in text_of(answer)


@pytest.mark.parametrize("make", [f.supervisor, f.leader])
def test_readers_see_the_exams_and_checks_but_get_no_form_and_may_not_post(client, office, round_, make):
    approved(round_, office, ["李思雨"])
    written_session(round_, office)
    client.force_login(make())
    exams = client.get(f"/recruitment/rounds/{round_.pk}/exams/")
    assert exams.status_code == 200 and b'data-form="session"' not in exams.content
    checks_page = client.get(f"/recruitment/rounds/{round_.pk}/checks/")
    assert checks_page.status_code == 200 and b'data-action="check"' not in checks_page.content
    assert client.post(f"/recruitment/rounds/{round_.pk}/exams/tickets/", {"issue-kind": "written"}).status_code == 403
    assert not AdmissionTicket.objects.exists()


@pytest.mark.parametrize("path", ["exams/", "checks/"])
def test_the_exam_pages_are_refused_outside_staff_and_outside_the_jurisdiction(client, office, round_, path):
    client.force_login(f.enterprise_contact())
    assert client.get(f"/recruitment/rounds/{round_.pk}/{path}").status_code == 403
    client.force_login(f.office(scope=f.region("500118", "永川区")))
    assert client.get(f"/recruitment/rounds/{round_.pk}/{path}").status_code == 404


def test_the_office_of_another_region_cannot_issue_tickets_or_record_checks(client, office, round_):
    [applicant] = approved(round_, office, ["李思雨"])
    written_session(round_, office)
    client.force_login(f.office(scope=f.region("500118", "永川区")))
    assert client.post(f"/recruitment/rounds/{round_.pk}/exams/tickets/", {"issue-kind": "written"}).status_code == 404
    answer = client.post(f"/recruitment/rounds/{round_.pk}/applications/{applicant.pk}/checks/",
                         {f"c{applicant.pk}-condition": "无犯罪记录", f"c{applicant.pk}-result": "met"})
    assert answer.status_code == 404 and not ConditionCheck.objects.exists()


def test_the_office_records_a_check_on_the_checks_page_with_who_and_when(client, office, round_):
    [applicant] = approved(round_, office, ["李思雨"])
    client.force_login(office)
    prefix = f"c{applicant.pk}"
    with at(DEADLINE + datetime.timedelta(days=3), 15):
        refused = client.post(f"/recruitment/rounds/{round_.pk}/applications/{applicant.pk}/checks/",
                              {f"{prefix}-condition": "无犯罪记录", f"{prefix}-result": "not_met"})
        assert refused.status_code == 422 and "备注：条件不符合的，请写明核查所见。" in text_of(refused)
        answer = client.post(f"/recruitment/rounds/{round_.pk}/applications/{applicant.pk}/checks/",
                             {f"{prefix}-condition": "无犯罪记录", f"{prefix}-result": "met", f"{prefix}-note": "证明已核验"})
    assert answer.status_code == 302
    page = text_of(client.get(f"/recruitment/rounds/{round_.pk}/checks/"))
    assert "无犯罪记录" in page and "符合" in page and "2023-11-18 15:00" in page and str(office) in page


def test_publishing_on_the_round_page_names_the_applicants_not_checked(client, office, round_):
    [applicant] = approved(round_, office, ["李思雨"])
    client.force_login(office)
    with at(DEADLINE + datetime.timedelta(days=5)):
        services.record_scores(applicant, by=office, written=80, interview=80)
        page = client.post(f"/recruitment/rounds/{round_.pk}/publish/", follow=True)
    assert f"以下报名人员尚有条件未核查：{applicant.tracking_number} 李思雨（无犯罪记录）" in text_of(page)
    round_.refresh_from_db()
    assert round_.published_at is None


def ticket_holder(round_, office):
    application, code = apply(round_, name="欧阳娜娜")
    services.review_application(application, by=office, approve=True)
    ticket = tickets.issue_ticket(application, by=office, session=written_session(round_, office))
    return application, code, ticket


def test_the_applicant_downloads_the_ticket_pdf_with_the_tracking_number_and_follow_up_code(client, office, round_):
    application, code, ticket = ticket_holder(round_, office)
    answer = client.post("/recruitment/ticket/", {"tracking_number": application.tracking_number,
                                                  "follow_up_code": code, "kind": "written"})
    assert answer.status_code == 200 and answer["Content-Type"] == "application/pdf"
    assert answer["Content-Disposition"] == f'attachment; filename="admission-ticket-{ticket.number}.pdf"'
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(answer.content)).pages)
    assert ticket.number in text and "欧阳娜娜" in text


@pytest.mark.parametrize("change, status, label", [
    ({"follow_up_code": "WRONG234"}, 404, "查询码"), ({"kind": "interview"}, 404, "类型"), ({"kind": ""}, 422, "类型"),
    ({"tracking_number": ""}, 422, "查询号"),
])
def test_a_download_without_the_right_codes_gets_the_form_back_naming_the_field(client, office, round_, change,
                                                                                status, label):
    application, code, _ticket = ticket_holder(round_, office)
    data = {"tracking_number": application.tracking_number, "follow_up_code": code, "kind": "written", **change}
    answer = client.post("/recruitment/ticket/", data)
    assert answer.status_code == status and answer["Content-Type"].startswith("text/html")
    assert f"{label}：" in text_of(answer)


def test_the_tracker_shows_the_tickets_and_the_notices_with_a_download_button(client, office, round_):
    application, code, ticket = ticket_holder(round_, office)
    page = client.post("/recruitment/track/", {"tracking_number": application.tracking_number,
                                               "follow_up_code": code})
    text = text_of(page)
    assert ticket.number in text and "第一考场" in text and "下载准考证（PDF）" in text
    assert "您的笔试准考证" in text


def test_the_round_form_states_the_preference_rule_and_the_conditions_the_office_checks():
    office = signed_in(f.office())
    refused = office.post("/recruitment/rounds/new/", round_form(preference_rule="bonus", preference_bonus=""))
    assert refused.status_code == 422 and "每项优先条件加分：按加分计的" in text_of(refused)
    answer = office.post("/recruitment/rounds/new/", round_form(
        preference_rule="bonus", preference_bonus="2", conditions_to_verify="无犯罪记录\n身体健康"))
    round_ = Round.objects.get()
    assert answer.status_code == 302
    assert (round_.preference_rule, round_.preference_bonus, round_.verified_conditions) == (
        "bonus", 2, ["无犯罪记录", "身体健康"])
    page = text_of(office.get(f"/recruitment/rounds/{round_.pk}/"))
    assert "加分计入总成绩：每项加 2.00 分" in page and "无犯罪记录；身体健康" in page


def test_the_round_page_shows_claimed_preferences_in_review_and_counted_ones_in_the_ranking(client, office):
    round_ = proofreader_round(office, preference_rule="tie_break")
    [applicant] = approved(round_, office, ["李思雨"], has_qualification=True, has_experience=True)
    with at(DEADLINE + datetime.timedelta(days=5)):
        services.record_scores(applicant, by=office, written=80, interview=80)
    client.force_login(office)
    page = client.get(f"/recruitment/rounds/{round_.pk}/")
    assert "优先条件：取得出版编辑校相关资格、具有校对或媒体经验" in text_of(page)
    assert b'<td class="num" data-cell="preferences">2</td>' in page.content
    assert "总成绩相同的，具备优先条件" in text_of(page)


def test_each_condition_of_an_applicant_has_its_own_form_fields(client, office):
    round_ = proofreader_round(office, conditions_to_verify="无犯罪记录\n身体健康")
    [applicant] = approved(round_, office, ["李思雨"])
    client.force_login(office)
    html = client.get(f"/recruitment/rounds/{round_.pk}/checks/").content.decode()
    ids = re.findall(r'id="(id_[^"]+)"', html)
    assert len(ids) == len(set(ids))
    pk = applicant.pk
    assert f'id="id_{pk}_0_c{pk}-result_0"' in html and f'id="id_{pk}_1_c{pk}-result_0"' in html


def test_a_ticket_download_is_written_to_the_audit_log(client, office, round_):
    application, code, ticket = ticket_holder(round_, office)
    client.post("/recruitment/ticket/", {"tracking_number": application.tracking_number, "follow_up_code": code,
                                         "kind": "written"})
    entry = AuditEntry.objects.filter(kind="export").order_by("-seq").first()
    assert entry.subject == f"recruitment.AdmissionTicket:{ticket.pk}" and entry.detail == {"format": "pdf"}

"""Admission tickets: only for an applicant who passed review, one per kind of session, a seat no one else holds
within what the room holds; the applicant is told and downloads the PDF with their tracking number and follow-up
code, and with nothing else."""

import io

import pytest
from pypdf import PdfReader

from huishang.core.errors import ConcurrentChange, InvalidTransition, NotAllowed, NotFound, ValidationError
from huishang.recruitment import applicant_notices, services, tickets
from huishang.recruitment.models import AdmissionTicket, ApplicantNotice
from huishang.recruitment.ticket_pdf import admission_ticket_pdf
from tests import factories as f
from tests.notifications.loopback import sms_provider  # noqa: F401  (the fixture is used by name)
from tests.recruitment.exams import approved, interview_session, written_session
from tests.recruitment.rounds import apply, proofreader_round

pytestmark = pytest.mark.django_db


@pytest.fixture
def office():
    return f.office()


@pytest.fixture
def round_(office):
    return proofreader_round(office)


def test_a_ticket_names_the_session_the_room_and_the_first_free_seat(office, round_):
    first, second = approved(round_, office, ["李思雨", "王晓婷"])
    session = written_session(round_, office, rooms=[("第一考场", 30), ("第二考场", 25)])
    one = tickets.issue_ticket(first, by=office, session=session)
    two = tickets.issue_ticket(second, by=office, session=session)
    assert (one.session, one.room.name, one.seat, one.kind) == (session, "第一考场", 1, "written")
    assert (two.room.name, two.seat) == ("第一考场", 2)
    assert one.number == f"ZK2023{round_.pk:03d}B0001" and two.number.endswith("B0002")
    assert one.issued_by == office


def test_a_ticket_is_issued_only_to_an_applicant_who_passed_review(office, round_):
    session = written_session(round_, office)
    pending, _code = apply(round_, name="张宇航")
    rejected, _code = apply(round_, name="刘欣然")
    services.review_application(rejected, by=office, approve=False, note="未提供校对作品")
    for application in (pending, rejected):
        with pytest.raises(InvalidTransition):
            tickets.issue_ticket(application, by=office, session=session)
    assert not AdmissionTicket.objects.exists()


def test_an_applicant_gets_one_ticket_per_kind_of_session(office, round_):
    [applicant] = approved(round_, office, ["李思雨"])
    written, interview = written_session(round_, office), interview_session(round_, office)
    tickets.issue_ticket(applicant, by=office, session=written)
    with pytest.raises(InvalidTransition):
        tickets.issue_ticket(applicant, by=office, session=written)
    assert tickets.issue_ticket(applicant, by=office, session=interview).kind == "interview"
    assert applicant.tickets.count() == 2


def test_no_seat_is_given_twice(office, round_):
    first, second = approved(round_, office, ["李思雨", "王晓婷"])
    session = written_session(round_, office)
    room = session.rooms.get()
    tickets.issue_ticket(first, by=office, session=session, room=room, seat=7)
    with pytest.raises(ValidationError) as refused:
        tickets.issue_ticket(second, by=office, session=session, room=room, seat=7)
    assert refused.value.field == "seat"


def test_the_database_refuses_a_seat_held_twice_when_two_offices_race(office, round_):
    first, second = approved(round_, office, ["李思雨", "王晓婷"])
    session = written_session(round_, office)
    room = session.rooms.get()
    tickets.issue_ticket(first, by=office, session=session, room=room, seat=3)
    # The second issuer read the seat free before the first committed: the constraint stops it.
    with pytest.raises(ConcurrentChange):
        tickets._issue(second, by=office, session=session, room=room, seat=3)


def test_no_seat_lies_beyond_what_the_room_holds(office, round_):
    first, second, third = approved(round_, office, ["李思雨", "王晓婷", "张宇航"])
    session = written_session(round_, office, rooms=[("小考场", 2)])
    room = session.rooms.get()
    with pytest.raises(ValidationError) as refused:
        tickets.issue_ticket(first, by=office, session=session, room=room, seat=3)
    assert refused.value.field == "seat"
    tickets.issue_ticket(first, by=office, session=session)
    tickets.issue_ticket(second, by=office, session=session)
    with pytest.raises(ValidationError) as full:
        tickets.issue_ticket(third, by=office, session=session)
    assert full.value.field == "session"


def test_a_room_or_session_of_another_round_is_refused_naming_it(office, round_):
    [applicant] = approved(round_, office, ["李思雨"])
    other = proofreader_round(office, title="另一轮招聘")
    foreign = written_session(other, office)
    with pytest.raises(ValidationError) as refused:
        tickets.issue_ticket(applicant, by=office, session=foreign)
    assert refused.value.field == "session"
    own = written_session(round_, office)
    with pytest.raises(ValidationError) as refused:
        tickets.issue_ticket(applicant, by=office, session=own, room=foreign.rooms.get())
    assert refused.value.field == "room"


def test_issuing_a_kind_seats_everyone_who_passed_room_by_room(office, round_):
    applications = approved(round_, office, ["甲", "乙", "丙", "丁", "戊"])
    apply(round_, name="未审")  # awaiting review: no ticket
    written_session(round_, office, rooms=[("第一考场", 2), ("第二考场", 4)])
    issued = tickets.issue_tickets(round_, by=office, kind="written")
    assert [ticket.application for ticket in issued] == applications
    assert [(ticket.room.name, ticket.seat) for ticket in issued] == [
        ("第一考场", 1), ("第一考场", 2), ("第二考场", 1), ("第二考场", 2), ("第二考场", 3)]
    assert tickets.issue_tickets(round_, by=office, kind="written") == []  # everyone has one


def test_issuing_a_kind_needs_a_session_of_it_and_enough_seats(office, round_):
    approved(round_, office, ["甲", "乙", "丙"])
    with pytest.raises(ValidationError) as no_session:
        tickets.issue_tickets(round_, by=office, kind="interview")
    assert no_session.value.field == "kind"
    written_session(round_, office, rooms=[("小考场", 2)])
    with pytest.raises(ValidationError) as too_few:
        tickets.issue_tickets(round_, by=office, kind="written")
    assert too_few.value.field == "kind" and "3" in str(too_few.value.message)
    assert not AdmissionTicket.objects.exists()  # nothing half issued


@pytest.mark.parametrize("make", [f.supervisor, f.leader, f.enterprise_contact, f.unit_handler])
def test_only_the_office_issues_tickets(office, round_, make):
    [applicant] = approved(round_, office, ["李思雨"])
    session = written_session(round_, office)
    with pytest.raises(NotAllowed):
        tickets.issue_ticket(applicant, by=make(), session=session)
    with pytest.raises(NotAllowed):
        tickets.issue_tickets(round_, by=make(), kind="written")


def test_the_office_of_another_region_does_not_issue_tickets(office, round_):
    [applicant] = approved(round_, office, ["李思雨"])
    session = written_session(round_, office)
    with pytest.raises(NotAllowed):
        tickets.issue_ticket(applicant, by=f.office(scope=f.region("500118", "永川区")), session=session)


def test_the_applicant_downloads_the_ticket_with_the_tracking_number_and_follow_up_code(office, round_):
    application, code = apply(round_, name="李思雨")
    services.review_application(application, by=office, approve=True)
    issued = tickets.issue_ticket(application, by=office, session=written_session(round_, office))
    found = tickets.ticket_of(tracking_number=application.tracking_number.lower(), follow_up_code=code,
                              kind="written")
    assert found == issued


def test_a_wrong_follow_up_code_gets_no_ticket(office, round_):
    application, code = apply(round_, name="李思雨")
    services.review_application(application, by=office, approve=True)
    tickets.issue_ticket(application, by=office, session=written_session(round_, office))
    wrong = "2" * 8 if code != "2" * 8 else "3" * 8
    with pytest.raises(NotFound) as refused:
        tickets.ticket_of(tracking_number=application.tracking_number, follow_up_code=wrong, kind="written")
    assert refused.value.field == "follow_up_code"


def test_no_ticket_issued_a_form_sent_again_and_a_kind_without_ticket_read_alike(office, round_):
    application, code = apply(round_, name="李思雨")
    services.review_application(application, by=office, approve=True)
    written_session(round_, office)
    again, again_code = apply(round_, name="李思雨", id_number=application.id_number)
    refusals = []
    for number, follow_up in ((application.tracking_number, code), (again.tracking_number, again_code)):
        with pytest.raises(NotFound) as refused:
            tickets.ticket_of(tracking_number=number, follow_up_code=follow_up, kind="written")
        refusals.append((refused.value.field, str(refused.value.message)))
    assert refusals[0] == refusals[1] and refusals[0][0] == "kind"


def test_the_ticket_pdf_shows_the_applicant_the_session_room_and_seat_with_the_id_number_masked(office, round_):
    [applicant] = approved(round_, office, ["欧阳娜娜"])
    ticket = tickets.issue_ticket(applicant, by=office, session=written_session(round_, office, rooms=[("第三考场", 40)]),
                                  seat=None)
    content = admission_ticket_pdf(ticket)
    assert content.startswith(b"%PDF-")
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages).replace("\n", "")
    for expected in ("内江日报社招聘校对人员公告", "准考证", ticket.number, "欧阳娜娜", applicant.tracking_number,
                     "笔试", "2023-11-25 09:00–11:00", "内江师范学院东区教学楼", "第三考场"):
        assert expected in text, expected
    assert applicant.id_number not in text and applicant.id_number[-4:] in text


def test_the_applicant_is_told_of_the_ticket_on_the_tracker_and_by_sms(office, round_, sms_provider,  # noqa: F811
                                                                        django_capture_on_commit_callbacks):
    [applicant] = approved(round_, office, ["李思雨"])
    session = written_session(round_, office)
    with django_capture_on_commit_callbacks(execute=True):
        ticket = tickets.issue_ticket(applicant, by=office, session=session)
    notice = ApplicantNotice.objects.get(application=applicant)
    assert ticket.number in notice.body and "第一考场" in notice.body and "准考证" in notice.subject
    [request] = sms_provider.sent
    assert request["PhoneNumberSet"] == ["+8613883201234"]
    assert request["TemplateId"] == "recruitment.ticket_issued"
    assert request["TemplateParamSet"][0] == ticket.number
    notice.refresh_from_db()
    assert notice.texted_at is not None


def test_an_sms_the_provider_refused_is_sent_by_the_workers_retry(office, round_, sms_provider,  # noqa: F811
                                                                   django_capture_on_commit_callbacks):
    [applicant] = approved(round_, office, ["李思雨"])
    session = written_session(round_, office)
    sms_provider.failing = True
    with django_capture_on_commit_callbacks(execute=True):
        tickets.issue_ticket(applicant, by=office, session=session)
    assert ApplicantNotice.objects.get().texted_at is None
    sms_provider.failing = False
    assert applicant_notices.deliver_pending() == 1
    assert ApplicantNotice.objects.get().texted_at is not None and len(sms_provider.sent) == 2

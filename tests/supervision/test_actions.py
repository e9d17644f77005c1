"""Each supervision action allowed to its role and refused to the others, with the records it leaves."""

import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from huishang.cases import services as matter_services
from huishang.cases.states import Action, State
from huishang.core.errors import InvalidTransition, NotAllowed, ValidationError
from huishang.notifications.models import Notification
from huishang.supervision import services
from huishang.supervision.jobs import schedule_follow_ups
from huishang.supervision.models import ExtensionRequest, FollowUp
from tests import factories as f
from tests.cases.worlds import cast, matter_in

pytestmark = pytest.mark.django_db
LATER = datetime.date.today() + datetime.timedelta(days=60)


@pytest.fixture
def people():
    return cast()


@pytest.fixture
def matter(people):
    return matter_in(State.IN_PROGRESS, people)


def outsiders(people):
    return {
        "unit": people.handler, "enterprise": people.contact, "office": people.office, "leader": f.leader(),
        "other-region supervisor": f.supervisor(scope=f.region("500118", "永川区")),
    }


def test_a_supervisor_reminds_the_lead_unit_and_its_handlers_are_notified(people, matter):
    reminder = services.remind(matter, by=people.supervisor, note="请加快办理")
    assert reminder.unit == people.handler.organization and reminder.by == people.supervisor
    assert Notification.objects.filter(recipient=people.handler, key__startswith="reminder:").count() == 1


@pytest.mark.parametrize("who", ["unit", "enterprise", "office", "leader", "other-region supervisor"])
def test_only_a_supervisor_in_scope_may_remind(people, matter, who):
    with pytest.raises(NotAllowed):
        services.remind(matter, by=outsiders(people)[who], note="请加快办理")


def test_a_reminder_needs_a_note_and_a_matter_the_unit_is_handling(people, matter):
    with pytest.raises(ValidationError) as error:
        services.remind(matter, by=people.supervisor, note=" ")
    assert error.value.field == "note"
    resolved = matter_in(State.RESOLVED, people)
    with pytest.raises(InvalidTransition):
        services.remind(resolved, by=people.supervisor, note="请加快办理")


def test_a_supervisor_escalates_to_a_leader_whose_scope_covers_the_matter(people, matter):
    leader = f.leader()
    escalation = services.escalate(matter, by=people.supervisor, leader=leader, reason="超期未办")
    assert escalation.leader == leader
    assert Notification.objects.filter(recipient=leader).count() == 1


def test_escalation_to_someone_who_is_not_a_leader_in_scope_is_refused(people, matter):
    with pytest.raises(ValidationError) as error:
        services.escalate(matter, by=people.supervisor, leader=people.office, reason="超期未办")
    assert error.value.field == "leader"
    with pytest.raises(NotAllowed) as error:  # a leader of another jurisdiction
        services.escalate(matter, by=people.supervisor, leader=f.leader(scope=f.region("500118", "永川区")),
                          reason="超期未办")
    assert error.value.field == "leader"


@pytest.mark.parametrize("who", ["unit", "enterprise", "office", "leader"])
def test_only_a_supervisor_may_escalate(people, matter, who):
    with pytest.raises(NotAllowed):
        services.escalate(matter, by=outsiders(people)[who], leader=f.leader(), reason="超期未办")


def test_the_lead_unit_asks_for_an_extension_and_the_supervisors_are_told(people, matter):
    request = services.request_extension(matter, by=people.handler, requested_due=LATER, reason="需省级审批")
    assert request.status == ExtensionRequest.Status.PENDING
    assert Notification.objects.filter(recipient=people.supervisor).count() == 1


@pytest.mark.parametrize("who", ["enterprise", "office", "leader"])
def test_only_the_lead_unit_may_ask_for_an_extension(people, matter, who):
    with pytest.raises(NotAllowed):
        services.request_extension(matter, by=outsiders(people)[who], requested_due=LATER, reason="需省级审批")
    with pytest.raises(NotAllowed):
        services.request_extension(matter, by=people.supervisor, requested_due=LATER, reason="需省级审批")
    with pytest.raises(NotAllowed):
        services.request_extension(matter, by=f.unit_handler(), requested_due=LATER, reason="需省级审批")


def test_an_extension_must_ask_for_a_later_deadline_and_only_one_waits_at_a_time(people, matter):
    with pytest.raises(ValidationError) as error:
        services.request_extension(matter, by=people.handler, requested_due=matter.due, reason="需省级审批")
    assert error.value.field == "requested_due"
    services.request_extension(matter, by=people.handler, requested_due=LATER, reason="需省级审批")
    with pytest.raises(InvalidTransition):
        services.request_extension(matter, by=people.handler, requested_due=LATER, reason="再次申请")


def test_an_approved_extension_moves_the_deadline_with_a_trail_entry(people, matter):
    request = services.request_extension(matter, by=people.handler, requested_due=LATER, reason="需省级审批")
    services.decide_extension(request, by=people.supervisor, approve=True, note="同意")
    matter.refresh_from_db()
    assert matter.due == LATER and matter.assignments.get().due == LATER
    assert matter.trail.filter(action=Action.EXTEND, actor=people.supervisor).exists()
    assert Notification.objects.filter(recipient=people.handler, key__startswith="extension-decided").count() == 1


def test_a_refused_extension_keeps_the_deadline_and_needs_a_reason(people, matter):
    due = matter.due
    request = services.request_extension(matter, by=people.handler, requested_due=LATER, reason="需省级审批")
    with pytest.raises(ValidationError) as error:
        services.decide_extension(request, by=people.supervisor, approve=False, note="")
    assert error.value.field == "note"
    services.decide_extension(request, by=people.supervisor, approve=False, note="按原期限办结")
    matter.refresh_from_db()
    assert matter.due == due and request.status == ExtensionRequest.Status.REFUSED
    with pytest.raises(InvalidTransition):
        services.decide_extension(request, by=people.supervisor, approve=True)


@pytest.mark.parametrize("who", ["unit", "enterprise", "office", "leader", "other-region supervisor"])
def test_only_a_supervisor_in_scope_decides_an_extension(people, matter, who):
    request = services.request_extension(matter, by=people.handler, requested_due=LATER, reason="需省级审批")
    with pytest.raises(NotAllowed):
        services.decide_extension(request, by=outsiders(people)[who], approve=True)


def test_a_supervisor_records_an_on_site_review_with_findings_and_a_photo(people, matter):
    photo = SimpleUploadedFile("现场.png", b"\x89PNG\r\n\x1a\n" + b"0" * 64, content_type="image/png")
    visit = services.record_visit(matter, by=people.supervisor, method="on_site", findings="设备已到位", photos=[photo])
    assert visit.photos.count() == 1 and matter.attachments.count() == 1


def test_a_supervision_review_refuses_a_non_image_photo_and_saves_nothing(people, matter):
    text = SimpleUploadedFile("a.txt", b"hello", content_type="text/plain")
    with pytest.raises(ValidationError) as error:
        services.record_visit(matter, by=people.supervisor, method="phone", findings="电话核实", photos=[text])
    assert error.value.field == "photos" and not matter.supervision_visits.exists()


@pytest.mark.parametrize("who", ["unit", "enterprise", "office", "leader"])
def test_only_a_supervisor_records_a_supervision_review(people, matter, who):
    with pytest.raises(NotAllowed):
        services.record_visit(matter, by=outsiders(people)[who], method="phone", findings="电话核实")


def _follow_up(people):
    matter = matter_in(State.RESOLVED, people)
    schedule_follow_ups()
    return matter, FollowUp.objects.get(matter=matter)


def test_a_satisfied_follow_up_closes_the_matter(people):
    matter, row = _follow_up(people)
    services.record_follow_up(row, by=people.supervisor, satisfaction="satisfied")
    matter.refresh_from_db()
    assert matter.state == State.CLOSED and row.satisfaction == "satisfied"


def test_a_dissatisfied_follow_up_reopens_the_matter_for_the_unit(people):
    matter, row = _follow_up(people)
    with pytest.raises(ValidationError) as error:
        services.record_follow_up(row, by=people.office, satisfaction="dissatisfied")
    assert error.value.field == "note"
    services.record_follow_up(row, by=people.office, satisfaction="dissatisfied", note="设备仍未到位")
    matter.refresh_from_db()
    assert matter.state == State.IN_PROGRESS and matter.resolved_at is None
    assert matter.trail.filter(action=Action.REOPEN, note="设备仍未到位").exists()


@pytest.mark.parametrize("who", ["unit", "enterprise", "leader"])
def test_only_the_supervision_group_or_the_office_records_a_follow_up(people, who):
    _matter, row = _follow_up(people)
    with pytest.raises(NotAllowed):
        services.record_follow_up(row, by=outsiders(people)[who], satisfaction="satisfied")


def test_a_follow_up_is_recorded_once(people):
    _matter, row = _follow_up(people)
    services.record_follow_up(row, by=people.office, satisfaction="fairly")
    with pytest.raises(InvalidTransition):
        services.record_follow_up(row, by=people.office, satisfaction="satisfied")


def test_reopen_is_open_to_supervisors_and_the_office_on_a_resolved_matter_only(people):
    resolved = matter_in(State.RESOLVED, people)
    for who in (people.handler, people.contact, f.leader()):
        with pytest.raises(NotAllowed):
            matter_services.reopen(resolved, by=who, reason="未解决")
    with pytest.raises(InvalidTransition):
        matter_services.reopen(matter_in(State.IN_PROGRESS, people), by=people.supervisor, reason="未解决")
    matter_services.reopen(resolved, by=people.supervisor, reason="未解决")
    assert resolved.state == State.IN_PROGRESS


def test_only_the_supervision_group_or_office_may_extend_a_deadline_directly(people, matter):
    for who in (people.handler, people.contact, f.leader()):
        with pytest.raises(NotAllowed):
            matter_services.extend_deadline(matter, by=who, due=LATER)
    assert matter_services.extend_deadline(matter, by=people.office, due=LATER).due == LATER


"""Every step of a matter tells the party who must act next, and the submitter at the steps they care about
(cases/notices.py): a matter driven through the services, the Notification rows read back by recipient."""

import datetime

import pytest
from django.utils import timezone

from huishang.cases import services
from huishang.cases.models import Transition
from huishang.cases.states import State
from huishang.core import clock
from huishang.notifications.models import Notification
from huishang.supervision import services as supervision
from tests import factories as f
from tests.cases.worlds import cast, in_fortnight, matter_in

pytestmark = pytest.mark.django_db


def told(matter, event: str) -> set:
    rows = Notification.objects.filter(event=event, link=f"/matters/{matter.number}/")
    return set(rows.values_list("recipient__username", flat=True))


def names(*users) -> set:
    return {user.username for user in users}


@pytest.fixture
def people():
    return cast()


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Run a step and the notices it leaves for after its commit."""
    def run(step):
        with django_capture_on_commit_callbacks(execute=True):
            return step()
    return run


def test_a_submitted_matter_tells_the_offices_whose_jurisdiction_holds_it_and_no_other(people, committed):
    elsewhere = f.office(scope=f.region("500118", "永川区"))
    deployment_wide = f.user("office")
    matter = committed(lambda: f.matter(by=people.contact))
    assert told(matter, "cases.submit") == names(people.office, deployment_wide)
    assert elsewhere.username not in told(matter, "cases.submit")
    note = Notification.objects.get(recipient=people.office)
    assert note.subject == f"待受理的新事项 {matter.number}" and "用工短缺" in note.body


def test_the_office_submitting_a_matter_itself_is_not_told_of_it(people, committed):
    matter = committed(lambda: services.submit_matter(
        by=people.office, title="融资难", description="贷款审批慢", category=f.category(), enterprise=f.enterprise()))
    assert told(matter, "cases.submit") == set()


def test_acceptance_tells_the_submitter(people, committed):
    matter = matter_in(State.SUBMITTED, people)
    committed(lambda: services.accept(matter, by=people.office))
    assert told(matter, "cases.accept") == names(people.contact)


def test_a_rejection_tells_the_submitter_with_the_reason(people, committed):
    matter = matter_in(State.SUBMITTED, people)
    committed(lambda: services.reject(matter, by=people.office, reason="属于司法程序事项"))
    assert told(matter, "cases.reject") == names(people.contact)
    note = Notification.objects.get(recipient=people.contact, event="cases.reject")
    assert note.subject == f"您的事项 {matter.number} 未予受理"
    assert "原因：属于司法程序事项" in note.body


def test_an_assignment_tells_the_handlers_of_the_lead_and_the_supporting_units_only(people, committed):
    colleague = f.unit_handler(of=people.handler.organization)
    supporting = f.unit_handler()
    bystander = f.unit_handler()
    matter = matter_in(State.ACCEPTED, people)
    committed(lambda: services.assign(matter, by=people.office, lead_unit=people.handler.organization,
                                      supporting_units=[supporting.organization], due=in_fortnight()))
    assert told(matter, "cases.assign") == names(people.handler, colleague, supporting)
    assert bystander.username not in told(matter, "cases.assign")
    assert Notification.objects.filter(recipient=people.contact).count() == 0


def test_signing_for_a_matter_tells_nobody(people, committed):
    matter = matter_in(State.ASSIGNED, people)
    before = Notification.objects.count()
    committed(lambda: services.acknowledge(matter, by=people.handler))
    assert Notification.objects.count() == before


def test_an_answer_tells_the_submitter_who_must_now_review_it(people, committed):
    matter = matter_in(State.IN_PROGRESS, people)
    committed(lambda: services.respond(matter, by=people.handler, content="已协调人社局组织专场招聘会"))
    assert told(matter, "cases.respond") == names(people.contact)
    note = Notification.objects.get(recipient=people.contact, event="cases.respond")
    assert "请评价" in note.subject and "已协调人社局组织专场招聘会" in note.body


def test_not_satisfied_tells_the_lead_unit_and_a_supervisors_resolution_tells_the_submitter(people, committed):
    matter = matter_in(State.RESPONDED, people)
    committed(lambda: services.review(matter, by=people.contact, satisfied=False, note="招聘会未覆盖焊工"))
    assert told(matter, "cases.continue") == names(people.handler)
    matter.refresh_from_db()
    committed(lambda: services.respond(matter, by=people.handler, content="已增开焊工专场"))
    matter.refresh_from_db()
    committed(lambda: services.review(matter, by=people.supervisor, satisfied=True))
    assert told(matter, "cases.resolve") == names(people.contact)


def test_the_submitter_resolving_their_own_matter_is_not_told_of_it(people, committed):
    matter = matter_in(State.RESPONDED, people)
    committed(lambda: services.review(matter, by=people.contact, satisfied=True))
    assert told(matter, "cases.resolve") == set()


def test_a_reopening_tells_the_lead_unit_with_the_reason(people, committed):
    matter = matter_in(State.RESOLVED, people)
    committed(lambda: services.reopen(matter, by=people.supervisor, reason="回访发现问题反弹"))
    assert told(matter, "cases.reopen") == names(people.handler)
    assert "回访发现问题反弹" in Notification.objects.get(event="cases.reopen").body


def test_an_approved_send_back_tells_the_office(people, committed):
    matter = matter_in(State.IN_PROGRESS, people)
    request = committed(lambda: supervision.request_send_back(matter, by=people.handler, reason="不属于本单位职责"))
    committed(lambda: supervision.decide_send_back(request, by=people.supervisor, approve=True))
    assert told(matter, "cases.send_back") == names(people.office)


def test_telling_the_same_step_again_sends_nothing_twice(people, committed):
    from huishang.cases import notices

    matter = matter_in(State.SUBMITTED, people)
    committed(lambda: services.accept(matter, by=people.office))
    entry = Transition.objects.get(matter=matter, action="accept")
    assert committed(lambda: notices.tell(entry)) == 0
    assert Notification.objects.filter(recipient=people.contact).count() == 1
    assert Notification.objects.get(recipient=people.contact).key == f"matter:{entry.pk}:{people.contact.pk}"


def test_a_step_rolled_back_tells_nobody(people, committed):
    matter = matter_in(State.SUBMITTED, people)
    with pytest.raises(Exception):
        committed(lambda: services.reject(matter, by=people.office, reason="  "))
    assert Notification.objects.count() == 0


def test_a_notice_is_dated_when_its_step_was_taken_even_if_told_later(people, django_capture_on_commit_callbacks):
    matter = matter_in(State.SUBMITTED, people)
    step_time = timezone.make_aware(datetime.datetime(2024, 3, 4, 10))
    with clock.frozen_at(step_time), django_capture_on_commit_callbacks() as callbacks:
        services.accept(matter, by=people.office)
    for callback in callbacks:
        callback()
    assert Notification.objects.get(recipient=people.contact).created_at == step_time


def test_a_reassignment_tells_the_new_lead_unit_and_not_the_old_one_as_a_new_assignment(people, committed):
    from huishang.dispatch import services as dispatch

    new_unit = f.unit_handler()
    matter = matter_in(State.IN_PROGRESS, people)
    committed(lambda: dispatch.reassign(matter, by=people.office, lead_unit=new_unit.organization,
                                        due=in_fortnight(), reason="职能调整，改由新单位办理"))
    assert told(matter, "cases.reassign") == names(new_unit)
    assert "职能调整，改由新单位办理" in Notification.objects.get(event="cases.reassign").body


def test_a_ledger_taken_in_in_bulk_tells_the_units_it_assigns_and_no_office(people, committed):
    from huishang.cases.bulk import NewMatter, bulk_intake

    other_office = f.user("office")
    enterprise = people.contact.organization
    rows = [NewMatter(title="厂区道路照明不足", description="夜班通勤存在安全隐患", category=f.category(),
                      enterprise=enterprise, lead_unit=people.handler.organization, due=in_fortnight()),
            NewMatter(title="融资难", description="贷款审批慢", category=f.category(), enterprise=enterprise)]
    assigned, submitted = committed(lambda: bulk_intake(rows, by=people.office, note="台账导入"))
    assert told(assigned, "cases.assign") == names(people.handler)
    assert told(submitted, "cases.submit") == set() and not Notification.objects.filter(recipient=other_office)


def test_the_enterprise_of_a_matter_the_office_raised_for_it_is_told_of_the_answer_it_must_review(people, committed):
    colleague = f.enterprise_contact(of=people.contact.organization)
    matter = committed(lambda: services.submit_matter(
        by=people.office, title="融资难", description="贷款审批慢", category=f.category(),
        enterprise=people.contact.organization))
    committed(lambda: services.accept(matter, by=people.office))
    committed(lambda: services.assign(matter, by=people.office, lead_unit=people.handler.organization,
                                      due=in_fortnight()))
    committed(lambda: services.acknowledge(matter, by=people.handler))
    committed(lambda: services.respond(matter, by=people.handler, content="已对接银行"))
    assert told(matter, "cases.accept") == names(people.contact, colleague)
    assert told(matter, "cases.respond") == names(people.contact, colleague)

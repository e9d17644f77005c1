"""首次联系: the lead unit's handler records its contact with the submitter (phone, visit, online message) while the
unit handles the matter; the time is not in the future nor before the assignment; the trail keeps it. Through the
service, the API (POST /matters/{key}/contacts) and the matter page."""

import datetime

import pytest
from django.utils import timezone

from huishang.cases import services
from huishang.cases.models import Contact
from huishang.cases.states import Action, State
from huishang.core import clock
from huishang.core.errors import InvalidTransition, NotAllowed, ValidationError
from tests import factories as f
from tests.api.client import as_user
from tests.cases.worlds import cast, matter_in
from tests.web.pages import signed_in, text_of

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("state", [State.ASSIGNED, State.IN_PROGRESS])
def test_the_lead_units_handler_records_a_contact_while_the_unit_handles_the_matter(state):
    people = cast()
    matter = matter_in(state, people)
    moment = clock.now()
    contact = services.record_contact(matter, by=people.handler, method="phone", contacted_at=moment, note="已电话沟通")
    assert (contact.method, contact.contacted_at, contact.note, contact.by) == ("phone", moment, "已电话沟通", people.handler)
    assert contact.assignment == matter.assignments.get()
    matter.refresh_from_db()
    entry = matter.trail.last()
    assert matter.state == state and (entry.action, entry.from_state, entry.to_state) == (Action.CONTACT, state, state)
    assert "已电话沟通" in entry.note


@pytest.mark.parametrize("state", [State.ACCEPTED, State.RESPONDED, State.RESOLVED])
def test_a_contact_is_refused_when_the_unit_does_not_handle_the_matter(state):
    people = cast()
    matter = matter_in(state, people)
    with pytest.raises((InvalidTransition, NotAllowed)):
        services.record_contact(matter, by=people.handler, method="phone", contacted_at=clock.now())
    assert not Contact.objects.exists()


def test_only_the_lead_units_handler_records_a_contact():
    people = cast()
    matter = matter_in(State.IN_PROGRESS, people)
    for outsider in (f.unit_handler(), people.office, people.contact, people.supervisor):
        with pytest.raises(NotAllowed):
            services.record_contact(matter, by=outsider, method="visit", contacted_at=clock.now())
    assert not Contact.objects.exists()


def test_a_contact_in_the_future_or_before_the_assignment_is_refused_naming_the_field():
    people = cast()
    matter = matter_in(State.IN_PROGRESS, people)
    assigned_at = matter.assignments.get().assigned_at
    for moment in (clock.now() + datetime.timedelta(minutes=5), assigned_at - datetime.timedelta(minutes=1)):
        with pytest.raises(ValidationError) as refused:
            services.record_contact(matter, by=people.handler, method="online", contacted_at=moment)
        assert refused.value.field == "contacted_at"
    with pytest.raises(ValidationError) as unknown:
        services.record_contact(matter, by=people.handler, method="fax", contacted_at=clock.now())
    assert unknown.value.field == "method"
    assert not Contact.objects.exists()


def test_the_api_records_a_contact_and_shows_it_on_the_assignment():
    people = cast()
    matter = matter_in(State.IN_PROGRESS, people)
    client = as_user(people.handler)
    moment = timezone.localtime(clock.now()).replace(microsecond=0)
    answer = client.post(f"/matters/{matter.number}/contacts",
                         {"method": "visit", "contacted_at": moment.isoformat(), "note": "上门了解情况"})
    assert answer.status_code == 201, answer.json()
    assert answer.json()["method"] == "visit" and answer.json()["method_label"] == "上门走访"
    detail = client.get(f"/matters/{matter.number}").json()
    [assignment] = detail["assignments"]
    assert [c["note"] for c in assignment["contacts"]] == ["上门了解情况"]
    assert assignment["acknowledge_due"] and assignment["response_due"]


def test_the_api_refuses_a_contact_in_the_future_and_one_by_another_unit():
    people = cast()
    matter = matter_in(State.IN_PROGRESS, people)
    later = (timezone.localtime(clock.now()) + datetime.timedelta(hours=2)).isoformat()
    refused = as_user(people.handler).post(f"/matters/{matter.number}/contacts", {"method": "phone", "contacted_at": later})
    assert refused.status_code == 422 and refused.json()["field"] == "contacted_at"
    bad_time = as_user(people.handler).post(f"/matters/{matter.number}/contacts", {"method": "phone", "contacted_at": "soon"})
    assert bad_time.status_code == 422
    now = timezone.localtime(clock.now()).isoformat()
    other = f.unit_handler(of=f.unit("另一单位"))
    assert as_user(other).post(f"/matters/{matter.number}/contacts",
                               {"method": "phone", "contacted_at": now}).status_code in (403, 404)
    assert not Contact.objects.exists()


def test_the_matter_page_offers_the_contact_form_to_the_lead_unit_and_records_it():
    people = cast()
    matter = matter_in(State.IN_PROGRESS, people)
    unit = signed_in(people.handler)
    page = unit.get(f"/matters/{matter.number}/")
    assert 'data-action="contact"' in page.content.decode() or "contact-method" in page.content.decode()
    # The form reads minutes: a contact in the minute of the assignment is not before it.
    moment = timezone.localtime(clock.now())
    answer = unit.post(f"/matters/{matter.number}/contact/", {
        "contact-version": matter.version, "contact-method": "phone",
        "contact-contacted_at": moment.strftime("%Y-%m-%dT%H:%M"), "contact-note": "电话告知办理进度",
    })
    assert answer.status_code == 302
    assert "电话告知办理进度" in text_of(unit.get(f"/matters/{matter.number}/"))
    assert Contact.objects.get().method == "phone"


def test_the_matter_page_refuses_a_contact_in_the_future_naming_the_field():
    people = cast()
    matter = matter_in(State.IN_PROGRESS, people)
    later = timezone.localtime(clock.now() + datetime.timedelta(days=1))
    answer = signed_in(people.handler).post(f"/matters/{matter.number}/contact/", {
        "contact-version": matter.version, "contact-method": "phone",
        "contact-contacted_at": later.strftime("%Y-%m-%dT%H:%M"),
    })
    assert answer.status_code == 422 and "联系时间不能晚于现在" in text_of(answer)
    assert not Contact.objects.exists()

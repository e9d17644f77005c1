"""Each role's workbench ("/") shows what waits for that user, and nothing outside their scope."""

import datetime

import pytest
from django.test import Client

from huishang.cases.states import State
from huishang.directory.models import Role
from huishang.audit.log import record_event
from tests import factories as f
from tests.cases.worlds import cast, matter_in
from tests.employment import makers as employment
from tests.web.pages import section_of, signed_in, text_of

pytestmark = pytest.mark.django_db


def test_workbench_sends_an_anonymous_visitor_to_the_login_page():
    response = Client().get("/")
    assert response.status_code == 302 and response["Location"].startswith("/login/")


def test_office_workbench_lists_matters_to_accept_and_to_dispatch_and_upcoming_meetings():
    people = cast()
    submitted = matter_in(State.SUBMITTED, people)
    accepted = matter_in(State.ACCEPTED, people)
    meeting = f.consultation(by=people.office, held_on=datetime.date.today() + datetime.timedelta(days=3))
    page = signed_in(people.office).get("/")
    assert submitted.number in section_of(page, "to_accept")
    assert accepted.number not in section_of(page, "to_accept")
    assert accepted.number in section_of(page, "to_dispatch")
    assert meeting.title in section_of(page, "meetings")
    assert "待受理" in text_of(page)


def test_unit_workbench_lists_assignments_to_acknowledge_and_work_to_respond_with_overdue_marked():
    people = cast()
    fresh = matter_in(State.ASSIGNED, people)
    late = matter_in(State.IN_PROGRESS, people)
    # Move the deadline into the past the way the records would show it after time has passed.
    type(late).objects.filter(pk=late.pk).update(due=datetime.date.today() - datetime.timedelta(days=2))
    other_units_matter = f.assigned_matter(by_office=people.office)
    page = signed_in(people.handler).get("/")
    assert fresh.number in section_of(page, "to_acknowledge")
    to_respond = section_of(page, "to_respond")
    assert late.number in to_respond and "已超期" in to_respond
    assert other_units_matter.number not in text_of(page)
    assert 'class="overdue"' in page.content.decode()


def test_unit_workbench_lists_its_answers_waiting_for_review_and_what_it_resolved():
    people = cast()
    answered = matter_in(State.RESPONDED, people)
    resolved = matter_in(State.RESOLVED, people)
    page = signed_in(people.handler).get("/")
    assert answered.number in section_of(page, "answered") and answered.number not in section_of(page, "done")
    assert resolved.number in section_of(page, "done")


def test_a_job_stations_staff_sees_its_station_and_no_empty_office_queue_of_a_place_without_matters():
    station = employment.station()
    staff = employment.staff_of(station)
    page = signed_in(staff).get("/")
    assert station.name in section_of(page, "job_stations")
    assert 'data-section="to_accept"' not in page.content.decode()


def test_an_office_account_that_also_staffs_a_station_keeps_its_queue_and_sees_its_station():
    people = cast()
    submitted = matter_in(State.SUBMITTED, people)
    station = employment.station(in_region=people.office.region)
    station.staff.add(people.office)
    page = signed_in(people.office).get("/")
    assert submitted.number in section_of(page, "to_accept")
    assert station.name in section_of(page, "job_stations")


def test_auditor_workbench_shows_the_latest_audit_entries_and_nobody_elses_does():
    auditor = f.user(Role.AUDITOR)
    record_event("export", actor=f.office(), subject="事项台账")
    assert "事项台账" in section_of(signed_in(auditor).get("/"), "audit")
    assert 'data-section="audit"' not in signed_in(f.admin()).get("/").content.decode()


def test_auditor_workbench_names_each_entry_s_kind_and_record_in_chinese_not_by_their_codes():
    auditor = f.user(Role.AUDITOR)
    record_event("create", actor=f.office(), subject="cases.Category:7")
    panel = section_of(signed_in(auditor).get("/"), "audit")
    assert "新建 · 类别 #7" in panel
    assert "create" not in panel and "cases.Category" not in panel


def test_enterprise_workbench_lists_its_matters_and_those_waiting_for_its_review_with_a_raise_button():
    people = cast()
    responded = matter_in(State.RESPONDED, people)
    submitted = matter_in(State.SUBMITTED, people)
    strangers = f.matter()
    page = signed_in(people.contact).get("/")
    assert responded.number in section_of(page, "to_review")
    assert submitted.number in section_of(page, "open")
    assert strangers.number not in text_of(page)
    assert 'href="/matters/new/"' in page.content.decode() and "反映问题" in text_of(page)


def test_butler_workbench_lists_the_matters_of_the_enterprises_in_care():
    people = cast()
    submitted = matter_in(State.SUBMITTED, people)
    butler = f.user(Role.BUTLER)
    butler.enterprises_in_care.add(people.contact.organization)
    page = signed_in(butler).get("/")
    assert submitted.number in section_of(page, "open")


def test_supervisor_workbench_lists_overdue_matters_and_responses_to_review():
    people = cast()
    late = matter_in(State.ASSIGNED, people)
    type(late).objects.filter(pk=late.pk).update(due=datetime.date.today() - datetime.timedelta(days=1))
    on_time = matter_in(State.IN_PROGRESS, people)
    responded = matter_in(State.RESPONDED, people)
    page = signed_in(people.supervisor).get("/")
    overdue = section_of(page, "overdue")
    assert late.number in overdue and on_time.number not in overdue
    assert responded.number in section_of(page, "to_review")


def test_leader_workbench_shows_the_headline_figures_and_recent_meetings():
    people = cast()
    leader = f.leader()
    matter_in(State.RESOLVED, people)
    meeting = f.consultation(by=people.office)
    page = signed_in(leader).get("/")
    figures = section_of(page, "figures")
    assert "办结率" in figures and "100.0" in figures
    assert meeting.title in section_of(page, "meetings")


def test_admin_workbench_links_to_the_administration_site_and_the_lists():
    admin = f.admin()
    admin.is_staff = True
    admin.save()
    page = signed_in(admin).get("/")
    html = page.content.decode()
    assert 'href="/admin/"' in html and 'href="/matters/"' in html and 'href="/meetings/"' in html


def test_workbench_shows_who_is_signed_in_with_the_role_and_a_logout_form():
    people = cast()
    page = signed_in(people.handler).get("/")
    text = text_of(page)
    assert people.handler.name in text and "责任单位经办人" in text
    assert 'action="/logout/"' in page.content.decode()


def test_logging_out_takes_a_post_and_ends_the_session():
    client = signed_in(f.office())
    response = client.post("/logout/")
    assert response.status_code == 302 and response["Location"] == "/login/"
    assert client.get("/")["Location"].startswith("/login/")

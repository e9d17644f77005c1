"""Training from the station's page: a course is scheduled, seekers enrol, complete it, and the station records
whether each trainee found work; those who only read the station cannot."""

import datetime

import pytest

from huishang.core import clock
from huishang.core.errors import InvalidTransition, NotAllowed
from huishang.employment import services
from huishang.employment.models import Course, Enrolment
from huishang.employment.selectors import found_work_after
from tests import factories as f
from tests.api.client import as_user
from tests.employment import makers as m
from tests.web.pages import signed_in, text_of

pytestmark = pytest.mark.django_db


def course_with_trainee(station, staff):
    course = services.create_course(by=staff, station=station, title="家政服务员培训班",
                                    starts_on=datetime.date(2023, 9, 11), ends_on=datetime.date(2023, 9, 22))
    return course, services.enrol(by=staff, course=course, seeker=m.seeker(station, by=staff))


def test_the_station_schedules_a_course_on_its_page():
    station = m.station()
    answer = signed_in(m.staff_of(station)).post(f"/employment/stations/{station.pk}/courses/", {
        "course-title": "养老护理员培训班", "course-starts_on": "2023-10-09", "course-ends_on": "2023-10-20"})
    assert answer.status_code == 302
    assert Course.objects.get().title == "养老护理员培训班"


def test_a_course_ending_before_it_starts_is_refused_in_chinese():
    station = m.station()
    answer = signed_in(m.staff_of(station)).post(f"/employment/stations/{station.pk}/courses/", {
        "course-title": "养老护理员培训班", "course-starts_on": "2023-10-20", "course-ends_on": "2023-10-09"})
    assert answer.status_code == 422 and "结束日期：课程结束日期早于开始日期。" in text_of(answer)
    assert not Course.objects.exists()


def test_the_station_enrols_completes_and_records_that_the_trainee_found_work():
    station = m.station()
    staff = m.staff_of(station)
    client = signed_in(staff)
    with clock.frozen_at(datetime.datetime(2023, 9, 1, 9)):
        course = services.create_course(by=staff, station=station, title="家政服务员培训班",
                                        starts_on=datetime.date(2023, 9, 11), ends_on=datetime.date(2023, 9, 22))
        seeker = m.seeker(station, by=staff)
        client.post(f"/employment/courses/{course.pk}/enrolments/", {f"enrol{course.pk}-seeker": seeker.pk})
    enrolment = Enrolment.objects.get()
    with clock.frozen_at(datetime.datetime(2023, 9, 22, 16)):
        assert 'data-action="complete"' in client.get(f"/employment/stations/{station.pk}/").content.decode()
        client.post(f"/employment/enrolments/{enrolment.pk}/complete/")
        client.post(f"/employment/enrolments/{enrolment.pk}/work/", {"found_work": "yes"})
    enrolment.refresh_from_db()
    assert enrolment.completed_on == datetime.date(2023, 9, 22) and enrolment.reported_found_work is True
    assert found_work_after(Enrolment.objects.all()).get().found_work
    assert "培训后已就业" in text_of(client.get(f"/employment/stations/{station.pk}/"))


def test_whether_work_was_found_is_recorded_only_after_completion():
    station = m.station()
    staff = m.staff_of(station)
    _course, enrolment = course_with_trainee(station, staff)
    with pytest.raises(InvalidTransition):
        services.record_work_after_training(by=staff, enrolment=enrolment, found_work=True)
    answer = signed_in(staff).post(f"/employment/enrolments/{enrolment.pk}/work/", {"found_work": "no"}, follow=True)
    assert "请先记录结业。" in text_of(answer)
    enrolment.refresh_from_db()
    assert enrolment.reported_found_work is None


def test_a_trainee_reported_without_work_does_not_count_as_found_work():
    station = m.station()
    staff = m.staff_of(station)
    _course, enrolment = course_with_trainee(station, staff)
    with clock.frozen_at(datetime.datetime(2023, 9, 22, 16)):
        services.complete(by=staff, enrolment=enrolment)
    services.record_work_after_training(by=staff, enrolment=enrolment, found_work=False)
    assert not found_work_after(Enrolment.objects.all()).get().found_work


def test_a_supervisor_reads_the_courses_but_cannot_enrol_or_record():
    station = m.station()
    staff = m.staff_of(station)
    course, enrolment = course_with_trainee(station, staff)
    supervisor = f.supervisor(scope=station.region)
    page = signed_in(supervisor).get(f"/employment/stations/{station.pk}/")
    assert page.status_code == 200 and "家政服务员培训班" in text_of(page)
    assert 'data-form="course"' not in page.content.decode() and 'data-action="enrol"' not in page.content.decode()
    with pytest.raises(NotAllowed):
        services.record_work_after_training(by=supervisor, enrolment=enrolment, found_work=True)
    other = m.seeker(station, by=staff, name="另一人")
    answer = signed_in(supervisor).post(f"/employment/courses/{course.pk}/enrolments/",
                                        {f"enrol{course.pk}-seeker": other.pk}, follow=True)
    assert "只有本零工驿站的工作人员可以办理。" in text_of(answer) and course.enrolments.count() == 1


def test_the_api_records_whether_a_trainee_found_work_and_a_supervisor_may_not():
    station = m.station()
    staff = m.staff_of(station)
    _course, enrolment = course_with_trainee(station, staff)
    with clock.frozen_at(datetime.datetime(2023, 9, 22, 16)):
        services.complete(by=staff, enrolment=enrolment)
    answer = as_user(staff).post(f"/employment/enrolments/{enrolment.pk}/work", {"found_work": True})
    assert answer.status_code == 200 and answer.json()["found_work"] is True
    assert answer.json()["reported_found_work"] is True
    refused = as_user(f.supervisor(scope=station.region)).post(f"/employment/enrolments/{enrolment.pk}/work",
                                                                {"found_work": False})
    assert refused.status_code == 403
    enrolment.refresh_from_db()
    assert enrolment.reported_found_work is True

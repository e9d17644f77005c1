"""Internship bases: application, the office's review, posts, and interns taken only while the base is valid."""

import datetime

import pytest
from django.db import connection

from huishang.audit.models import AuditEntry
from huishang.core import clock
from huishang.core.errors import InvalidTransition, NotAllowed, ValidationError
from huishang.employment import internships
from huishang.employment.models import Intern, InternshipBase
from huishang.notifications.models import Notification
from tests import factories as f
from tests.employment import makers as m

pytestmark = pytest.mark.django_db
day = m.day


def at(text):
    return clock.frozen_at(datetime.datetime.combine(day(text), datetime.time(10, 0)))


def test_an_enterprise_contact_applies_for_its_own_enterprise_and_no_other():
    contact = f.enterprise_contact()
    with at("2023-02-01"):
        base = internships.apply_for_base(by=contact, enterprise=contact.organization, application="客服岗位见习")
    assert base.state == InternshipBase.State.APPLIED and base.region == contact.organization.region
    with pytest.raises(NotAllowed):
        internships.apply_for_base(by=contact, enterprise=f.enterprise())


def test_the_office_records_an_application_only_for_an_enterprise_of_its_jurisdiction():
    elsewhere = f.enterprise(in_region=f.region("500118", "永川区"))
    with pytest.raises(NotAllowed) as refused:
        internships.apply_for_base(by=f.office(), enterprise=elsewhere)
    assert refused.value.field == "enterprise"
    assert internships.apply_for_base(by=f.office(), enterprise=f.enterprise()).state == InternshipBase.State.APPLIED


def test_an_enterprise_has_one_application_under_review_and_one_valid_recognition_at_a_time():
    base = m.base(recognised_on=None)
    with pytest.raises(InvalidTransition):
        internships.apply_for_base(by=f.office(), enterprise=base.enterprise)
    recognised = m.base(recognised_on="2023-03-01", valid_until="2025-02-28")
    with at("2024-01-10"), pytest.raises(InvalidTransition):
        internships.apply_for_base(by=f.office(), enterprise=recognised.enterprise)
    with at("2025-03-10"):
        renewed = internships.apply_for_base(by=f.office(), enterprise=recognised.enterprise)
    assert renewed.state == InternshipBase.State.APPLIED


def test_the_office_recognises_an_application_from_a_day_until_a_later_one():
    base = m.base(recognised_on=None)
    office = f.office()
    with pytest.raises(ValidationError) as refused:
        internships.recognise_base(base, by=office, recognised_on=day("2023-03-01"), valid_until=day("2023-03-01"))
    assert refused.value.field == "valid_until"
    with pytest.raises(ValidationError) as refused:
        internships.recognise_base(base, by=office, recognised_on=day("2023-01-01"), valid_until=day("2024-01-01"))
    assert refused.value.field == "recognised_on"
    with at("2023-03-01"):
        base = internships.recognise_base(base, by=office, recognised_on=day("2023-03-01"),
                                          valid_until=day("2025-02-28"))
    assert (base.state, base.recognised_on, base.valid_until, base.reviewed_by) == (
        InternshipBase.State.RECOGNISED, day("2023-03-01"), day("2025-02-28"), office)


def test_only_the_office_of_the_bases_region_reviews_it():
    base = m.base(recognised_on=None)
    for outsider in (f.supervisor(), f.enterprise_contact(of=base.enterprise),
                     f.office(scope=f.region("500118", "永川区"))):
        with pytest.raises(NotAllowed):
            internships.recognise_base(base, by=outsider, recognised_on=day("2023-03-01"),
                                       valid_until=day("2024-03-01"))
        with pytest.raises(NotAllowed):
            internships.refuse_base(base, by=outsider, reason="场地不符合要求")
    assert InternshipBase.objects.get(pk=base.pk).state == InternshipBase.State.APPLIED


def test_a_refusal_gives_its_reason_and_a_decided_application_is_not_decided_again():
    base = m.base(recognised_on=None)
    with pytest.raises(ValidationError) as refused:
        internships.refuse_base(base, by=f.office(), reason="  ")
    assert refused.value.field == "reason"
    base = internships.refuse_base(base, by=f.office(), reason="见习岗位不足5个")
    assert (base.state, base.refusal_reason) == (InternshipBase.State.REFUSED, "见习岗位不足5个")
    with pytest.raises(InvalidTransition):
        internships.recognise_base(base, by=f.office(), recognised_on=day("2023-03-01"), valid_until=day("2024-03-01"))


def test_a_decision_on_a_base_read_before_another_decision_is_refused():
    base = m.base(recognised_on=None)
    stale = InternshipBase.objects.get(pk=base.pk)
    internships.refuse_base(base, by=f.office(), reason="材料不全")
    with pytest.raises(Exception) as refused:
        internships.recognise_base(stale, by=f.office(), recognised_on=day("2023-03-01"),
                                   valid_until=day("2024-03-01"))
    assert refused.value.code == "concurrent_change"


def test_posts_are_offered_only_by_a_recognised_base():
    with pytest.raises(InvalidTransition):
        internships.add_post(by=f.office(), base=m.base(recognised_on=None), title="客服专员", places=5)
    base = m.base()
    with pytest.raises(ValidationError) as refused:
        internships.add_post(by=f.office(), base=base, title="客服专员", places=0)
    assert refused.value.field == "places"
    post = internships.add_post(by=f.office(), base=base, title="客服专员", places=5)
    assert list(base.posts.all()) == [post]


def test_an_intern_starts_only_on_a_day_the_base_is_recognised_and_valid():
    base = m.base(recognised_on="2023-03-01", valid_until="2024-02-29")
    for starts_on in ("2023-02-28", "2024-03-01"):
        with pytest.raises(ValidationError) as refused:
            m.intern(base, starts_on=starts_on, ends_on="2024-06-30")
        assert refused.value.field == "starts_on"
    with pytest.raises(ValidationError) as refused:
        m.intern(m.base(recognised_on=None), starts_on="2023-04-01")
    assert refused.value.field == "starts_on"
    assert m.intern(base, starts_on="2024-02-29", ends_on="2024-05-31").base == base


def test_an_internship_does_not_end_before_it_starts():
    with pytest.raises(ValidationError) as refused:
        m.intern(m.base(), starts_on="2023-06-01", ends_on="2023-05-31")
    assert refused.value.field == "ends_on"
    assert m.intern(m.base(), starts_on="2023-06-01", ends_on="2023-06-01").ends_on == day("2023-06-01")


def test_a_person_does_one_internship_at_a_time():
    first = m.intern(m.base(), starts_on="2023-04-01", ends_on="2023-06-30", serial=501)
    with pytest.raises(ValidationError) as refused:
        m.intern(m.base(), starts_on="2023-06-30", ends_on="2023-09-30", serial=501)
    assert refused.value.field == "id_number"
    with at("2023-05-15"):
        internships.leave_early(first, by=f.office(), left_on=day("2023-05-15"))
    assert m.intern(m.base(), starts_on="2023-06-01", ends_on="2023-08-31", serial=501).starts_on == day("2023-06-01")


def test_the_intern_is_recorded_with_the_id_number_checked_and_kept_encrypted():
    with pytest.raises(ValidationError) as refused:
        internships.record_intern(by=f.office(), base=m.base(), name="李思雨", id_number="130629200103051234",
                                  starts_on=day("2023-04-01"), ends_on=day("2023-06-30"))
    assert refused.value.field == "id_number"
    intern = m.intern(m.base(), serial=777)
    with connection.cursor() as cursor:
        cursor.execute("SELECT id_number FROM employment_intern WHERE id = %s", [intern.pk])
        stored = cursor.fetchone()[0]
    assert stored != intern.id_number and intern.id_number not in str(stored)


def test_an_internship_is_completed_not_before_its_end_or_left_early_before_it():
    intern = m.intern(m.base(), starts_on="2023-04-01", ends_on="2023-06-30")
    with at("2023-06-29"), pytest.raises(InvalidTransition):
        internships.complete_internship(intern, by=f.office())
    with at("2023-07-01"), pytest.raises(ValidationError) as refused:
        internships.leave_early(intern, by=f.office(), left_on=day("2023-06-30"))
    assert refused.value.field == "left_on"
    with at("2023-06-30"):
        intern = internships.complete_internship(intern, by=f.office())
    assert intern.outcome == Intern.Outcome.COMPLETED
    with at("2023-07-01"), pytest.raises(InvalidTransition):
        internships.leave_early(intern, by=f.office(), left_on=day("2023-05-01"))


def test_whether_the_intern_was_hired_is_recorded_once_the_internship_ended():
    intern = m.intern(m.base(), starts_on="2023-04-01", ends_on="2023-06-30")
    with pytest.raises(InvalidTransition):
        internships.record_hired_after(intern, by=f.office(), hired=True)
    with at("2023-05-20"):
        intern = internships.leave_early(intern, by=f.office(), left_on=day("2023-05-20"))
    intern = internships.record_hired_after(intern, by=f.office(), hired=True)
    assert (intern.outcome, intern.left_on, intern.last_day, intern.hired_after) == (
        Intern.Outcome.LEFT_EARLY, day("2023-05-20"), day("2023-05-20"), True)


def test_the_bases_own_contact_keeps_its_interns_and_another_enterprises_contact_does_not():
    base = m.base()
    own = f.enterprise_contact(of=base.enterprise)
    assert m.intern(base, by=own).base == base
    for outsider in (f.enterprise_contact(), f.supervisor(), f.office(scope=f.region("500118", "永川区"))):
        with pytest.raises(NotAllowed):
            m.intern(base, by=outsider, serial=900)
        with pytest.raises(NotAllowed):
            internships.add_post(by=outsider, base=base, title="数据标注员", places=3)


def test_a_review_and_the_end_of_an_internship_are_kept_in_the_audit_log():
    base = m.base(recognised_on=None)
    base = internships.recognise_base(base, by=f.office(), recognised_on=day("2023-03-01"),
                                      valid_until=day("2025-02-28"))
    reviewed = AuditEntry.objects.filter(kind="update", subject=f"employment.InternshipBase:{base.pk}").get()
    assert {"state", "recognised_on", "valid_until", "reviewed_by"} <= set(reviewed.detail["fields"])
    intern = m.intern(base, starts_on="2023-04-01", ends_on="2023-06-30")
    with at("2023-05-02"):
        internships.leave_early(intern, by=f.office(), left_on=day("2023-05-02"))
    left = AuditEntry.objects.filter(kind="update", subject=f"employment.Intern:{intern.pk}").get()
    assert set(left.detail["fields"]) == {"outcome", "left_on"}


def test_the_enterprises_contacts_are_told_of_the_decision_and_a_refusal_gives_its_reason():
    base = m.base(recognised_on=None)
    contact = f.enterprise_contact(of=base.enterprise)
    other_enterprise = f.enterprise_contact()
    office = f.office()
    with at("2023-03-01"):
        internships.recognise_base(base, by=office, recognised_on=day("2023-03-01"), valid_until=day("2025-02-28"))
    told = Notification.objects.get(event="employment.base_reviewed")
    assert told.recipient == contact and told.link == f"/employment/internships/{base.pk}/"
    assert "2023-03-01" in told.body and "2025-02-28" in told.body
    with at("2025-03-10"):
        again = internships.apply_for_base(by=contact, enterprise=base.enterprise)
    internships.refuse_base(again, by=office, reason="带教制度不健全")
    latest = Notification.objects.filter(event="employment.base_reviewed").order_by("-pk").first()
    assert latest.recipient == contact and "带教制度不健全" in latest.body
    assert not Notification.objects.filter(recipient__in=[office, other_enterprise]).exists()

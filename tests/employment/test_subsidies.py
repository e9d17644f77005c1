"""The subsidy ledger: eligibility checked on entry and refused naming the rule; payment; totals by kind."""

import datetime

import pytest

from huishang.core import clock
from huishang.core.errors import InvalidTransition, NotAllowed, ValidationError
from huishang.employment import internships, subsidies
from huishang.employment.models import Subsidy, SubsidyKind
from huishang.employment.subsidies import Ineligible, months_covered
from tests import factories as f
from tests.employment import makers as m

pytestmark = pytest.mark.django_db
day = m.day


def at(text):
    return clock.frozen_at(datetime.datetime.combine(day(text), datetime.time(10, 0)))


def internship_subsidy(intern, *, by=None, period=("2023-04-01", "2023-06-30"), amount_fen=450_000, **extra):
    with at("2023-07-10"):
        return subsidies.record_subsidy(
            by=by or f.office(), kind=SubsidyKind.INTERNSHIP, beneficiary=Subsidy.Beneficiary.ENTERPRISE,
            intern=intern, period_from=day(period[0]), period_to=day(period[1]), amount_fen=amount_fen, **extra)


def reward(enterprise, *, person_name="王浩", id_number=None, period=("2023-07-01", "2023-07-31"), by=None,
           amount_fen=100_000, kind=SubsidyKind.HIRING_REWARD):
    with at("2023-08-05"):
        return subsidies.record_subsidy(
            by=by or f.office(), kind=kind, beneficiary=Subsidy.Beneficiary.ENTERPRISE, enterprise=enterprise,
            person_name=person_name, person_id_number=id_number or m.id_number("19990101", 321),
            basis="招用登记失业人员，签订1年以上劳动合同", period_from=day(period[0]), period_to=day(period[1]),
            amount_fen=amount_fen)


def test_an_internship_subsidy_for_an_intern_of_a_valid_base_is_entered_with_its_approver():
    office = f.office()
    intern = m.intern(m.base(), starts_on="2023-04-01", ends_on="2023-06-30")
    subsidy = internship_subsidy(intern, by=office)
    assert (subsidy.kind, subsidy.enterprise, subsidy.person_name, subsidy.person_id_number, subsidy.region) == (
        SubsidyKind.INTERNSHIP, intern.base.enterprise, intern.name, intern.id_number, intern.base.region)
    assert subsidy.approved_by == office and subsidy.paid_on is None
    assert intern.name in subsidy.basis and "2023-04-01" in subsidy.basis


def test_an_internship_subsidy_names_its_intern():
    with pytest.raises(ValidationError) as refused:
        with at("2023-07-10"):
            subsidies.record_subsidy(by=f.office(), kind=SubsidyKind.INTERNSHIP, beneficiary="enterprise",
                                     enterprise=f.enterprise(), basis="见习", period_from=day("2023-04-01"),
                                     period_to=day("2023-06-30"), amount_fen=100_000)
    assert refused.value.field == "intern"


def test_an_internship_subsidy_outside_the_bases_recognition_is_refused_naming_the_rule():
    base = m.base(recognised_on="2023-03-01", valid_until="2023-05-31")
    intern = m.intern(base, starts_on="2023-04-01", ends_on="2023-07-31")
    with pytest.raises(Ineligible) as refused:
        internship_subsidy(intern, period=("2023-04-01", "2023-07-31"), amount_fen=100_000)
    assert refused.value.rule == "base_validity" and refused.value.field == "period_from"
    assert "就业见习补贴只补贴见习基地认定有效期内的见习" in str(refused.value.message)
    assert internship_subsidy(intern, period=("2023-04-01", "2023-05-31"), amount_fen=100_000).pk


def test_an_internship_subsidy_covers_only_days_of_the_internship():
    intern = m.intern(m.base(), starts_on="2023-04-01", ends_on="2023-06-30")
    with pytest.raises(Ineligible) as refused:
        internship_subsidy(intern, period=("2023-04-01", "2023-07-31"))
    assert refused.value.rule == "internship_period"


def test_an_intern_who_left_early_is_subsidised_only_until_the_day_of_leaving():
    intern = m.intern(m.base(), starts_on="2023-04-01", ends_on="2023-09-30")
    with at("2023-05-20"):
        intern = internships.leave_early(intern, by=f.office(), left_on=day("2023-05-20"))
    with pytest.raises(Ineligible) as refused:
        internship_subsidy(intern, period=("2023-04-01", "2023-06-30"), amount_fen=100_000)
    assert refused.value.rule == "internship_period"
    assert internship_subsidy(intern, period=("2023-04-01", "2023-05-20"), amount_fen=100_000).pk


def test_an_internship_subsidy_is_at_most_the_months_covered_times_the_deployments_monthly_cap(settings):
    settings.HUISHANG_INTERNSHIP_MONTHLY_CAP_YUAN = 1500
    intern = m.intern(m.base(), starts_on="2023-04-01", ends_on="2023-06-30")
    with pytest.raises(Ineligible) as refused:
        internship_subsidy(intern, amount_fen=3 * 150_000 + 1)
    assert refused.value.rule == "monthly_cap" and refused.value.field == "amount_fen"
    assert "4500.00" in str(refused.value.message)
    assert internship_subsidy(intern, amount_fen=3 * 150_000).amount_fen == 450_000


def test_months_covered_counts_a_begun_month_whole():
    assert months_covered(day("2023-03-01"), day("2023-05-31")) == 3
    assert months_covered(day("2023-03-15"), day("2023-06-14")) == 3
    assert months_covered(day("2023-03-15"), day("2023-06-20")) == 4
    assert months_covered(day("2023-12-01"), day("2024-01-01")) == 2


def test_a_second_subsidy_of_one_kind_for_one_person_and_period_is_refused_naming_the_rule():
    enterprise = f.enterprise()
    person = m.id_number("19990101", 321)
    reward(enterprise, id_number=person)
    with pytest.raises(Ineligible) as refused:
        reward(f.enterprise(), id_number=person, period=("2023-07-15", "2023-08-15"))
    assert refused.value.rule == "one_per_period"
    assert reward(enterprise, id_number=person, period=("2023-08-01", "2023-08-31")).pk
    assert reward(enterprise, id_number=person, kind=SubsidyKind.SOCIAL_INSURANCE).pk


def test_an_enterprise_subsidy_with_no_person_is_once_per_enterprise_kind_and_period():
    enterprise = f.enterprise()

    def social_insurance(period):
        with at("2023-10-10"):
            return subsidies.record_subsidy(
                by=f.office(), kind=SubsidyKind.SOCIAL_INSURANCE, beneficiary="enterprise", enterprise=enterprise,
                basis="吸纳就业困难人员社保补贴（第三季度）", period_from=day(period[0]), period_to=day(period[1]),
                amount_fen=1_234_500)

    social_insurance(("2023-07-01", "2023-09-30"))
    with pytest.raises(Ineligible) as refused:
        social_insurance(("2023-09-01", "2023-11-30"))
    assert refused.value.rule == "one_per_period"
    assert social_insurance(("2023-10-01", "2023-12-31")).pk


def test_every_field_of_a_subsidy_is_checked_and_named():
    enterprise = f.enterprise()
    base = dict(by=f.office(), kind=SubsidyKind.HIRING_REWARD, beneficiary="enterprise", enterprise=enterprise,
                person_name="王浩", person_id_number=m.id_number(), basis="招用", period_from=day("2023-07-01"),
                period_to=day("2023-07-31"), amount_fen=100_000)
    wrong = {"kind": {"kind": "bonus"}, "beneficiary": {"beneficiary": "someone"},
             "enterprise": {"enterprise": None}, "person_id_number": {"person_id_number": "123"},
             "period_to": {"period_to": day("2023-06-30")}, "amount_fen": {"amount_fen": 0},
             "basis": {"basis": " "}, "person_name": {"beneficiary": "person", "person_name": ""}}
    for field, change in wrong.items():
        with pytest.raises(ValidationError) as refused:
            subsidies.record_subsidy(**(base | change))
        assert refused.value.field == field, field
    with pytest.raises(ValidationError) as refused:
        subsidies.record_subsidy(**(base | {"beneficiary": "person", "enterprise": None}))
    assert refused.value.field == "region"


def test_only_the_office_of_the_region_keeps_the_subsidy_ledger():
    enterprise = f.enterprise()
    for outsider in (f.supervisor(), f.leader(), f.enterprise_contact(of=enterprise),
                     f.office(scope=f.region("500118", "永川区"))):
        with pytest.raises(NotAllowed):
            reward(enterprise, by=outsider)
    assert not Subsidy.objects.exists()
    assert reward(enterprise, by=f.admin()).pk


def test_a_payment_is_recorded_once_not_before_the_approval_nor_in_the_future():
    subsidy = reward(f.enterprise())
    with at("2023-08-10"):
        for paid_on in ("2023-08-04", "2023-08-11"):
            with pytest.raises(ValidationError) as refused:
                subsidies.record_payment(subsidy, by=f.office(), paid_on=day(paid_on))
            assert refused.value.field == "paid_on"
        with pytest.raises(NotAllowed):
            subsidies.record_payment(subsidy, by=f.supervisor(), paid_on=day("2023-08-10"))
        subsidy = subsidies.record_payment(subsidy, by=f.office(), paid_on=day("2023-08-10"))
        with pytest.raises(InvalidTransition):
            subsidies.record_payment(subsidy, by=f.office(), paid_on=day("2023-08-10"))
    assert subsidy.paid_on == day("2023-08-10")


def test_totals_count_each_kind_and_what_was_paid():
    enterprise = f.enterprise()
    intern = m.intern(m.base(), starts_on="2023-04-01", ends_on="2023-06-30")
    internship_subsidy(intern, amount_fen=450_000)
    paid = reward(enterprise, id_number=m.id_number("19990101", 1))
    reward(enterprise, id_number=m.id_number("19990101", 2), amount_fen=50_050)
    with at("2023-08-10"):
        subsidies.record_payment(paid, by=f.office(), paid_on=day("2023-08-10"))
    totals = subsidies.totals_by_kind(Subsidy.objects.all())
    assert [(row["kind"], row["count"], row["amount_fen"], row["paid_fen"]) for row in totals["kinds"]] == [
        ("internship", 1, 450_000, 0), ("hiring_reward", 2, 150_050, 100_000), ("social_insurance", 0, 0, 0)]
    assert (totals["count"], totals["amount_fen"], totals["paid_fen"]) == (3, 600_050, 100_000)
    assert subsidies.yuan(totals["amount_fen"]) == "6000.50"

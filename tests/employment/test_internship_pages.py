"""The internship-base and subsidy pages: who reaches them, fields named on bad input, masked personal data,
the jurisdiction's bound."""

import datetime
import io

import openpyxl
import pytest

from huishang.core import clock
from huishang.employment import subsidies
from huishang.employment.models import InternshipBase, Subsidy, SubsidyKind
from tests import factories as f
from tests.employment import makers as m
from tests.web.pages import signed_in, text_of

pytestmark = pytest.mark.django_db
day = m.day
YONGCHUAN = ("500118", "永川区")


def reward(office, enterprise, *, id_number=None):
    with clock.frozen_at(datetime.datetime(2023, 8, 5, 10, 0)):
        return subsidies.record_subsidy(
            by=office, kind=SubsidyKind.HIRING_REWARD, beneficiary="enterprise", enterprise=enterprise,
            person_name="王浩", person_id_number=id_number or m.id_number("19990101", 321), basis="招用登记失业人员",
            period_from=day("2023-07-01"), period_to=day("2023-07-31"), amount_fen=100_000)


def test_the_office_applies_for_an_enterprise_of_its_jurisdiction_and_a_missing_enterprise_is_named():
    office = f.office()
    enterprise = f.enterprise()
    client = signed_in(office)
    refused = client.post("/employment/internships/apply/", {"application": "客服岗位"})
    assert refused.status_code == 422 and "企业" in text_of(refused)
    elsewhere = f.enterprise(in_region=f.region(*YONGCHUAN))
    assert client.post("/employment/internships/apply/", {"enterprise": elsewhere.pk}).status_code == 422
    applied = client.post("/employment/internships/apply/", {"enterprise": enterprise.pk, "application": "客服岗位"})
    base = InternshipBase.objects.get(enterprise=enterprise)
    assert applied.status_code == 302 and applied["Location"] == f"/employment/internships/{base.pk}/"


def test_recognising_with_a_validity_ending_first_names_the_field_and_a_refusal_needs_its_reason():
    base = m.base(recognised_on=None)
    client = signed_in(f.office())
    refused = client.post(f"/employment/internships/{base.pk}/recognise/", {
        "recognised_on": "2023-03-01", "valid_until": "2023-02-01"})
    assert refused.status_code == 422 and "有效期至" in text_of(refused)
    refused = client.post(f"/employment/internships/{base.pk}/refuse/", {"reason": ""})
    assert refused.status_code == 422 and "不予认定理由" in text_of(refused)
    assert client.post(f"/employment/internships/{base.pk}/recognise/", {
        "recognised_on": "2023-03-01", "valid_until": "2025-02-28"}).status_code == 302
    page = client.get(f"/employment/internships/{base.pk}/")
    assert "已认定" in text_of(page) and "2025-02-28" in text_of(page)


def test_an_intern_ending_before_starting_or_starting_outside_the_validity_is_refused_naming_the_field():
    base = m.base(recognised_on="2023-03-01", valid_until="2024-02-29")
    client = signed_in(f.office())
    fields = {"intern-name": "李思雨", "intern-id_number": m.id_number("20010305", 5), "intern-phone": "13900001111"}
    refused = client.post(f"/employment/internships/{base.pk}/interns/", fields | {
        "intern-starts_on": "2023-06-01", "intern-ends_on": "2023-05-01"})
    assert refused.status_code == 422 and "结束" in text_of(refused) and "见习结束日期不能早于开始日期" in text_of(refused)
    refused = client.post(f"/employment/internships/{base.pk}/interns/", fields | {
        "intern-starts_on": "2024-03-01", "intern-ends_on": "2024-05-31"})
    assert refused.status_code == 422 and "不是有效期内的就业见习基地" in text_of(refused)
    assert client.post(f"/employment/internships/{base.pk}/interns/", fields | {
        "intern-starts_on": "2023-06-01", "intern-ends_on": "2023-08-31"}).status_code == 302


def test_the_base_page_shows_interns_id_numbers_and_phones_masked():
    base = m.base()
    intern = m.intern(base, serial=456)
    page = signed_in(f.supervisor()).get(f"/employment/internships/{base.pk}/")
    assert page.status_code == 200
    html = page.content.decode()
    assert intern.id_number not in html and "13900001111" not in html
    assert "139****1111" in text_of(page) and intern.name in text_of(page)


def test_an_ineligible_subsidy_is_refused_on_the_page_naming_the_rule_in_chinese():
    office = f.office()
    intern = m.intern(m.base(office=office), by=office, starts_on="2023-04-01", ends_on="2023-06-30")
    response = signed_in(office).post("/employment/subsidies/add/", {
        "kind": "internship", "beneficiary": "enterprise", "intern": intern.pk, "period_from": "2023-04-01",
        "period_to": "2023-06-30", "amount_yuan": "6000.01"})
    assert response.status_code == 422
    assert "金额（元）" in text_of(response) and "就业见习补贴不超过补贴月数×每月上限" in text_of(response)
    assert not Subsidy.objects.exists()
    entered = signed_in(office).post("/employment/subsidies/add/", {
        "kind": "internship", "beneficiary": "enterprise", "intern": intern.pk, "period_from": "2023-04-01",
        "period_to": "2023-06-30", "amount_yuan": "4500"})
    subsidy = Subsidy.objects.get()
    assert entered.status_code == 302 and subsidy.amount_fen == 450_000 and subsidy.approved_by == office


def test_a_subsidy_started_from_an_intern_comes_with_the_intern_and_the_internships_days():
    office = f.office()
    intern = m.intern(m.base(office=office), by=office, starts_on="2023-04-01", ends_on="2023-06-30")
    page = signed_in(office).get(f"/employment/subsidies/?intern={intern.pk}")
    html = page.content.decode()
    assert f'<option value="{intern.pk}" selected>' in html
    assert 'value="2023-04-01"' in html and 'value="2023-06-30"' in html


def test_the_ledger_page_totals_each_kind_and_masks_id_numbers_and_the_export_does_too():
    office = f.office()
    enterprise = f.enterprise()
    person = m.id_number("19990101", 321)
    reward(office, enterprise, id_number=person)
    page = signed_in(office).get("/employment/subsidies/")
    assert page.status_code == 200 and person not in page.content.decode()
    assert "重点群体就业一次性奖励 1 1000.00" in text_of(page)
    export = signed_in(office).get("/employment/subsidies/export/?kind=hiring_reward")
    assert export.status_code == 200
    rows = list(openpyxl.load_workbook(io.BytesIO(export.content)).active.iter_rows(values_only=True))
    assert rows[0][0] == "就业补贴发放台账" and person not in str(rows) and rows[-1][0] == "合计（1笔）"


def test_a_payment_is_recorded_on_the_subsidys_page_and_a_future_day_is_named():
    office = f.office()
    subsidy = reward(office, f.enterprise())
    client = signed_in(office)
    refused = client.post(f"/employment/subsidies/{subsidy.pk}/pay/", {"paid_on": "2999-01-01"})
    assert refused.status_code == 422 and "发放日期" in text_of(refused)
    assert client.post(f"/employment/subsidies/{subsidy.pk}/pay/", {"paid_on": "2023-08-10"}).status_code == 302
    assert Subsidy.objects.get().paid_on == day("2023-08-10")


def test_an_enterprise_contact_sees_its_own_base_and_neither_other_bases_nor_the_ledger():
    own = m.base()
    other = m.base()
    client = signed_in(f.enterprise_contact(of=own.enterprise))
    listed = client.get("/employment/internships/")
    assert listed.status_code == 200 and own.enterprise.name in text_of(listed)
    assert other.enterprise.name not in text_of(listed)
    assert client.get(f"/employment/internships/{own.pk}/").status_code == 200
    assert client.get(f"/employment/internships/{other.pk}/").status_code == 404
    assert client.get("/employment/subsidies/").status_code == 403
    assert client.post(f"/employment/internships/{own.pk}/recognise/", {
        "recognised_on": "2023-03-01", "valid_until": "2025-02-28"}).status_code == 403


def test_a_supervisor_reads_bases_and_the_ledger_but_neither_reviews_nor_enters():
    base = m.base(recognised_on=None)
    subsidy = reward(f.office(), f.enterprise())
    client = signed_in(f.supervisor())
    page = client.get(f"/employment/internships/{base.pk}/")
    assert page.status_code == 200 and 'data-form="recognise"' not in page.content.decode()
    assert client.post(f"/employment/internships/{base.pk}/recognise/", {
        "recognised_on": "2023-03-01", "valid_until": "2025-02-28"}).status_code == 403
    ledger = client.get("/employment/subsidies/")
    assert ledger.status_code == 200 and 'data-form="subsidy"' not in ledger.content.decode()
    assert client.get(f"/employment/subsidies/{subsidy.pk}/").status_code == 200
    assert client.post("/employment/subsidies/add/", {
        "kind": "hiring_reward", "beneficiary": "enterprise", "enterprise": subsidy.enterprise_id,
        "person_name": "李四", "person_id_number": m.id_number("19990101", 7), "basis": "招用",
        "period_from": "2023-07-01", "period_to": "2023-07-31", "amount_yuan": "1000"}).status_code == 403
    assert client.post(f"/employment/subsidies/{subsidy.pk}/pay/", {"paid_on": "2023-08-10"}).status_code == 403


def test_an_office_of_another_place_sees_neither_the_base_nor_the_subsidy():
    base = m.base()
    subsidy = reward(f.office(), base.enterprise)
    client = signed_in(f.office(scope=f.region(*YONGCHUAN)))
    assert base.enterprise.name not in text_of(client.get("/employment/internships/"))
    assert client.get(f"/employment/internships/{base.pk}/").status_code == 404
    assert client.get(f"/employment/subsidies/{subsidy.pk}/").status_code == 404
    assert "王浩" not in text_of(client.get("/employment/subsidies/"))
    assert client.post(f"/employment/internships/{base.pk}/interns/", {}).status_code == 404


def test_a_unit_handler_reaches_neither_page():
    client = signed_in(f.unit_handler())
    assert client.get("/employment/internships/").status_code == 403
    assert client.get("/employment/subsidies/").status_code == 403

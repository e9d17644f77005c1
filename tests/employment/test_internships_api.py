"""The internship and subsidy API: the same workflow and rules as the pages, refusals naming the field (and the rule),
personal data masked, others' records unseen."""

import datetime

import pytest

from huishang.core import clock
from tests import factories as f
from tests.api.client import as_user
from tests.employment import makers as m

pytestmark = pytest.mark.django_db
YONGCHUAN = ("500118", "永川区")


def test_the_office_runs_a_base_from_application_to_an_interns_subsidy():
    office = f.office()
    enterprise = f.enterprise()
    api = as_user(office)
    with clock.frozen_at(datetime.datetime(2023, 2, 1, 10, 0)):
        applied = api.post("/employment/internship-bases", {"enterprise": enterprise.pk, "application": "客服岗位"})
    assert applied.status_code == 201, applied.content
    base = applied.json()["id"]
    recognised = api.post(f"/employment/internship-bases/{base}/recognise", {
        "recognised_on": "2023-03-01", "valid_until": "2025-02-28"})
    assert recognised.json()["state"] == "recognised"
    post = api.post(f"/employment/internship-bases/{base}/posts", {"title": "客服专员", "places": 5})
    assert post.status_code == 201
    full_id = m.id_number("20010305", 11)
    intern = api.post(f"/employment/internship-bases/{base}/interns", {
        "name": "李思雨", "id_number": full_id, "phone": "13900001111", "post": post.json()["id"],
        "starts_on": "2023-04-01", "ends_on": "2023-06-30"})
    assert intern.status_code == 201, intern.content
    assert intern.json()["id_number"] == full_id[:6] + "********" + full_id[-4:]
    assert intern.json()["phone"] == "139****1111"
    with clock.frozen_at(datetime.datetime(2023, 6, 30, 17, 0)):
        completed = api.post(f"/employment/interns/{intern.json()['id']}/complete")
    assert completed.json()["outcome"] == "completed"
    assert api.post(f"/employment/interns/{intern.json()['id']}/hired", {"hired": True}).json()["hired_after"] is True
    with clock.frozen_at(datetime.datetime(2023, 7, 10, 10, 0)):
        entered = api.post("/employment/subsidies", {
            "kind": "internship", "beneficiary": "enterprise", "intern": intern.json()["id"],
            "period_from": "2023-04-01", "period_to": "2023-06-30", "amount_fen": 450_000})
    assert entered.status_code == 201, entered.content
    assert entered.json()["person_id_number"] == intern.json()["id_number"]
    assert entered.json()["enterprise"]["id"] == enterprise.pk
    totals = api.get("/employment/subsidies/totals", date_from="2023-07-01", date_to="2023-07-31").json()
    assert totals["amount_fen"] == 450_000 and totals["kinds"][0] == {
        "kind": "internship", "count": 1, "amount_fen": 450_000, "paid_fen": 0}
    paid = api.post(f"/employment/subsidies/{entered.json()['id']}/payment", {"paid_on": "2023-07-20"})
    assert paid.json()["paid_on"] == "2023-07-20"
    exported = api.get("/employment/subsidies/export")
    assert exported.status_code == 200 and exported["Content-Type"].startswith("application/vnd.openxmlformats")


def test_an_ineligible_subsidy_is_refused_with_the_rule_and_the_field():
    office = f.office()
    intern = m.intern(m.base(office=office), by=office, starts_on="2023-04-01", ends_on="2023-06-30")
    refused = as_user(office).post("/employment/subsidies", {
        "kind": "internship", "beneficiary": "enterprise", "intern": intern.pk, "period_from": "2023-04-01",
        "period_to": "2023-07-31", "amount_fen": 100_000})
    assert refused.status_code == 422
    assert refused.json()["code"] == "ineligible" and refused.json()["field"] == "period_from"
    assert "就业见习补贴只补贴见习期内的天数" in refused.json()["message"]


def test_bad_input_is_refused_naming_the_field():
    office = f.office()
    base = m.base(office=office)
    api = as_user(office)
    refused = api.post(f"/employment/internship-bases/{base.pk}/interns", {
        "name": "李思雨", "id_number": "123", "starts_on": "2023-04-01", "ends_on": "2023-06-30"})
    assert refused.status_code == 422 and refused.json()["field"] == "id_number"
    refused = api.post(f"/employment/internship-bases/{base.pk}/interns", {
        "name": "李思雨", "id_number": m.id_number(), "starts_on": "2023-04-01", "ends_on": "2023-03-30"})
    assert refused.json()["field"] == "ends_on"
    refused = api.post("/employment/subsidies", {
        "kind": "hiring_reward", "beneficiary": "enterprise", "enterprise": base.enterprise_id,
        "period_from": "2023-04-01", "period_to": "2023-04-30", "amount_fen": 100_000})
    assert refused.status_code == 422 and refused.json()["field"] == "basis"
    refused = api.post(f"/employment/internship-bases/{base.pk}/posts", {"title": "客服", "places": 0})
    assert refused.status_code == 422 and "places" in str(refused.json())


def test_an_enterprise_contact_applies_for_its_own_enterprise_but_neither_reviews_nor_reads_the_ledger():
    contact = f.enterprise_contact()
    api = as_user(contact)
    assert api.post("/employment/internship-bases", {"enterprise": f.enterprise().pk}).status_code == 403
    applied = api.post("/employment/internship-bases", {"enterprise": contact.organization_id})
    assert applied.status_code == 201
    refused = api.post(f"/employment/internship-bases/{applied.json()['id']}/recognise", {
        "recognised_on": "2023-03-01", "valid_until": "2025-02-28"})
    assert refused.status_code == 403
    as_user(f.office()).post(f"/employment/internship-bases/{applied.json()['id']}/refuse", {"reason": "材料不全"})
    assert [row["state"] for row in api.get("/employment/internship-bases").json()] == ["refused"]
    assert api.get("/employment/subsidies").json() == []
    assert api.post("/employment/subsidies", {
        "kind": "hiring_reward", "beneficiary": "enterprise", "enterprise": contact.organization_id,
        "person_name": "王浩", "person_id_number": m.id_number(), "basis": "招用", "period_from": "2023-04-01",
        "period_to": "2023-04-30", "amount_fen": 100_000}).status_code == 403


def test_an_office_of_another_place_neither_sees_nor_uses_the_base():
    base = m.base()
    outsider = as_user(f.office(scope=f.region(*YONGCHUAN)))
    assert outsider.get("/employment/internship-bases").json() == []
    assert outsider.get(f"/employment/internship-bases/{base.pk}").status_code == 404
    offered = outsider.post(f"/employment/internship-bases/{base.pk}/posts", {"title": "客服", "places": 2})
    assert offered.status_code == 404
    intern = m.intern(base)
    assert outsider.post(f"/employment/interns/{intern.pk}/complete").status_code == 404

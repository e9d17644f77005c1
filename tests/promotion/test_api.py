"""The promotion API: staff of the region read the pipeline, the office moves it; errors name the field."""

import pytest

from tests import factories as f
from tests.api.client import token_of
from tests.promotion.leads import lead

pytestmark = pytest.mark.django_db
BASE = "/api/v1/promotion"


def token(client, user):
    return {"HTTP_AUTHORIZATION": f"Bearer {token_of(user)}"}


def test_the_office_opens_and_advances_a_lead(client):
    office = f.office()
    auth = token(client, office)
    opened = client.post(f"{BASE}/leads", {"enterprise_name": "软通动力", "project": "交付中心", "region": "511000"},
                         content_type="application/json", **auth)
    assert opened.status_code == 201
    pk = opened.json()["id"]
    moved = client.post(f"{BASE}/leads/{pk}/advance", {"to": "negotiating"}, content_type="application/json", **auth)
    assert moved.status_code == 200 and moved.json()["stage"] == "negotiating"
    refused = client.post(f"{BASE}/leads/{pk}/advance", {"to": "signed"}, content_type="application/json", **auth)
    assert refused.status_code == 422 and refused.json()["field"] == "planned_seats"
    skipped = client.post(f"{BASE}/leads/{pk}/advance", {"to": "landed"}, content_type="application/json", **auth)
    assert skipped.status_code == 409


def test_a_lead_without_a_project_is_a_field_error(client):
    answer = client.post(f"{BASE}/leads", {"enterprise_name": "软通动力", "region": "511000"},
                         content_type="application/json", **token(client, f.office()))
    assert answer.status_code == 422 and answer.json()["field"] == "project"


def test_a_supervisor_reads_but_does_not_move_leads(client):
    subject = lead()
    auth = token(client, f.supervisor())
    assert client.get(f"{BASE}/leads/{subject.pk}", **auth).status_code == 200
    answer = client.post(f"{BASE}/leads/{subject.pk}/advance", {"to": "negotiating"}, content_type="application/json",
                         **auth)
    assert answer.status_code == 403


def test_an_enterprise_contact_does_not_see_the_pipeline(client):
    lead()
    assert client.get(f"{BASE}/leads", **token(client, f.enterprise_contact())).status_code == 403


def test_a_lead_outside_the_region_is_not_found(client):
    subject = lead()
    elsewhere = f.supervisor(scope=f.region("500118", "永川区"))
    assert client.get(f"{BASE}/leads/{subject.pk}", **token(client, elsewhere)).status_code == 404


def test_the_funnel_needs_a_token(client):
    assert client.get(f"{BASE}/funnel").status_code == 401


def test_an_id_too_large_for_the_database_is_a_field_error(client):
    answer = client.get(f"{BASE}/leads/{2**70}", **token(client, f.office()))
    assert answer.status_code == 422


def test_the_office_drops_a_lead_and_hands_another_over_through_the_api(client):
    office, colleague = f.office(), f.office()
    auth = token(client, office)
    dropped = client.post(f"{BASE}/leads/{lead(office).pk}/drop", {"reason": "企业无落地意向"},
                          content_type="application/json", **auth)
    assert dropped.status_code == 200
    assert (dropped.json()["stage"], dropped.json()["drop_reason"]) == ("dropped", "企业无落地意向")
    other = lead(office, name="软通动力")
    handed = client.post(f"{BASE}/leads/{other.pk}/owner", {"owner": colleague.pk, "note": "工作调整"},
                         content_type="application/json", **auth)
    assert handed.status_code == 200 and handed.json()["owner"]["id"] == colleague.pk
    assert handed.json()["owner_changes"][0]["from_owner"] == office.pk


def test_a_supervisor_cannot_drop_a_lead_or_change_its_owner_through_the_api(client):
    office = f.office()
    subject = lead(office)
    auth = token(client, f.supervisor())
    assert client.post(f"{BASE}/leads/{subject.pk}/drop", {"reason": "x"}, content_type="application/json",
                       **auth).status_code == 403
    assert client.post(f"{BASE}/leads/{subject.pk}/owner", {"owner": f.office().pk}, content_type="application/json",
                       **auth).status_code == 403


def test_a_drop_without_a_reason_names_the_field(client):
    office = f.office()
    refused = client.post(f"{BASE}/leads/{lead(office).pk}/drop", {"reason": " "}, content_type="application/json",
                          **token(client, office))
    assert refused.status_code == 422 and refused.json()["field"] == "reason"

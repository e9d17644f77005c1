"""The recruitment API is for staff with a token; the public uses the web pages."""

import pytest

from huishang.recruitment.models import Education
from tests import factories as f
from tests.api.client import token_of
from tests.recruitment.rounds import apply, proofreader_round

pytestmark = pytest.mark.django_db
BASE = "/api/v1/recruitment"


def token(client, user):
    return {"HTTP_AUTHORIZATION": f"Bearer {token_of(user)}"}


def test_applications_need_a_token(client):
    round_ = proofreader_round()
    assert client.get(f"{BASE}/rounds/{round_.pk}/applications").status_code == 401


def test_the_office_reads_applications_with_id_numbers_masked(client):
    office = f.office()
    round_ = proofreader_round(office)
    apply(round_, education=Education.MASTER)
    rows = client.get(f"{BASE}/rounds/{round_.pk}/applications", **token(client, office)).json()
    assert len(rows) == 1 and "*" in rows[0]["id_number"] and "*" in rows[0]["phone"]


def test_an_enterprise_contact_may_not_read_applications(client):
    round_ = proofreader_round()
    answer = client.get(f"{BASE}/rounds/{round_.pk}/applications", **token(client, f.enterprise_contact()))
    assert answer.status_code == 403


def test_the_office_reviews_over_the_api_and_a_supervisor_may_not(client):
    office = f.office()
    round_ = proofreader_round(office)
    apply(round_)
    application = round_.applications.get()
    refused = client.post(f"{BASE}/applications/{application.pk}/review", {"approve": True},
                          content_type="application/json", **token(client, f.supervisor()))
    assert refused.status_code == 403
    done = client.post(f"{BASE}/applications/{application.pk}/review", {"approve": True},
                       content_type="application/json", **token(client, office))
    assert done.status_code == 200 and done.json()["review"] == "approved"


def test_the_office_records_an_event_with_employers_and_intentions(client):
    auth = token(client, f.office())
    event = client.post(f"{BASE}/events", {"kind": "campus", "title": "内江师院校园招聘会", "held_on": "2023-05-10",
                                           "region": "511000", "university": "内江师范学院"},
                        content_type="application/json", **auth)
    assert event.status_code == 201
    pk = event.json()["id"]
    employer = client.post(f"{BASE}/events/{pk}/employers",
                           {"employer": "贝塔斯曼", "positions": [{"title": "客服专员", "openings": 20}]},
                           content_type="application/json", **auth)
    assert employer.status_code == 201
    intentions = client.post(f"{BASE}/events/{pk}/employers/{employer.json()['id']}/intentions",
                             {"candidates": [{"candidate": "张三", "position": "客服专员"}]},
                             content_type="application/json", **auth)
    assert intentions.json() == {"id": employer.json()["id"], "employer": "贝塔斯曼", "positions": 1, "intentions": 1}


def test_a_campus_event_without_university_names_the_field(client):
    answer = client.post(f"{BASE}/events", {"kind": "campus", "title": "校园招聘", "held_on": "2023-05-10",
                                            "region": "511000"}, content_type="application/json",
                         **token(client, f.office()))
    assert answer.status_code == 422 and answer.json()["field"] == "university"


def test_a_leader_may_not_record_an_event(client):
    answer = client.post(f"{BASE}/events", {"kind": "job_fair", "title": "招聘会", "held_on": "2023-05-10",
                                            "region": "511000"}, content_type="application/json",
                         **token(client, f.leader()))
    assert answer.status_code == 403


def test_the_office_announces_a_round_over_the_api(client):
    answer = client.post(f"{BASE}/rounds", {
        "title": "招聘校对人员", "employer": "内江日报社", "post": "校对人员", "head_count": 3, "region": "511000",
        "announced_on": "2023-11-01", "deadline": "2023-11-15", "min_education": 2,
        "written_weight": 60, "interview_weight": 60}, content_type="application/json", **token(client, f.office()))
    assert answer.status_code == 422 and answer.json()["field"] == "written_weight"

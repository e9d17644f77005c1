"""The exams over the API, for staff with a token: sessions, tickets and checks, each refused outside the office of
the round's jurisdiction, bad input named by its field."""

import datetime

import pytest

from huishang.recruitment.models import AdmissionTicket, ConditionCheck
from tests import factories as f
from tests.recruitment.exams import approved, written_session
from tests.recruitment.rounds import DEADLINE, at, proofreader_round
from tests.recruitment.test_api import BASE, token

pytestmark = pytest.mark.django_db
SESSION = {"kind": "written", "starts_at": "2023-11-25T09:00:00+08:00", "ends_at": "2023-11-25T11:00:00+08:00",
           "place": "内江师范学院东区教学楼", "rooms": [{"name": "第一考场", "seats": 30}]}


@pytest.fixture
def office():
    return f.office()


@pytest.fixture
def round_(office):
    return proofreader_round(office, conditions_to_verify="无犯罪记录", preference_rule="tie_break")


def post(client, user, path, body):
    return client.post(f"{BASE}{path}", body, content_type="application/json", **token(client, user))


def test_the_office_schedules_a_session_and_issues_tickets_over_the_api(client, office, round_):
    approved(round_, office, ["李思雨", "王晓婷"])
    with at(DEADLINE + datetime.timedelta(days=2)):
        answer = post(client, office, f"/rounds/{round_.pk}/sessions", SESSION)
    assert answer.status_code == 201
    assert answer.json()["rooms"] == [{"id": answer.json()["rooms"][0]["id"], "name": "第一考场", "seats": 30}]
    issued = post(client, office, f"/rounds/{round_.pk}/tickets", {"kind": "written"})
    assert issued.status_code == 201
    assert [(row["room"], row["seat"]) for row in issued.json()] == [("第一考场", 1), ("第一考场", 2)]
    sessions = client.get(f"{BASE}/rounds/{round_.pk}/sessions", **token(client, office)).json()
    assert sessions[0]["tickets_issued"] == 2
    listed = client.get(f"{BASE}/rounds/{round_.pk}/tickets", **token(client, f.supervisor())).json()
    assert [row["number"] for row in listed] == [row["number"] for row in issued.json()]


@pytest.mark.parametrize("change, field", [({"kind": "oral"}, "kind"), ({"rooms": []}, "rooms"),
                                           ({"ends_at": "2023-11-25T08:00:00+08:00"}, "ends_at"),
                                           ({"starts_at": "soon"}, "starts_at"),
                                           ({"rooms": [{"name": "第一考场", "seats": 0}]}, "seats")])
def test_a_bad_session_is_refused_naming_the_field(client, office, round_, change, field):
    with at(DEADLINE + datetime.timedelta(days=2)):
        answer = post(client, office, f"/rounds/{round_.pk}/sessions", {**SESSION, **change})
    assert answer.status_code == 422 and field in str(answer.json())
    assert not round_.sessions.exists()


@pytest.mark.parametrize("make", [f.supervisor, f.leader])
def test_readers_may_not_issue_tickets_or_record_checks(client, office, round_, make):
    [applicant] = approved(round_, office, ["李思雨"])
    written_session(round_, office)
    assert post(client, make(), f"/rounds/{round_.pk}/tickets", {"kind": "written"}).status_code == 403
    answer = post(client, make(), f"/applications/{applicant.pk}/checks", {"condition": "无犯罪记录", "result": "met"})
    assert answer.status_code == 403
    assert not AdmissionTicket.objects.exists() and not ConditionCheck.objects.exists()


def test_an_enterprise_contact_reads_no_sessions(client, round_):
    assert client.get(f"{BASE}/rounds/{round_.pk}/sessions", **token(client, f.enterprise_contact())).status_code == 403


def test_the_office_of_another_region_finds_no_round(client, office, round_):
    [applicant] = approved(round_, office, ["李思雨"])
    elsewhere = f.office(scope=f.region("500118", "永川区"))
    assert client.get(f"{BASE}/rounds/{round_.pk}/checks", **token(client, elsewhere)).status_code == 404
    answer = post(client, elsewhere, f"/applications/{applicant.pk}/checks", {"condition": "无犯罪记录", "result": "met"})
    assert answer.status_code == 404


def test_the_office_records_checks_and_reads_what_is_left(client, office, round_):
    [applicant] = approved(round_, office, ["李思雨"], has_qualification=True)
    answer = post(client, office, f"/applications/{applicant.pk}/checks",
                  {"condition": "无犯罪记录", "result": "met", "note": "证明已核验"})
    assert answer.status_code == 201 and answer.json()["checked_by"] == str(office)
    [row] = client.get(f"{BASE}/rounds/{round_.pk}/checks", **token(client, office)).json()
    assert [(item["condition"], item["result"]) for item in row["conditions"]] == [
        ("无犯罪记录", "met"), ("preference:qualification", None)]


@pytest.mark.parametrize("body, field", [({"condition": "无违纪记录", "result": "met"}, "condition"),
                                         ({"condition": "无犯罪记录", "result": "maybe"}, "result"),
                                         ({"condition": "无犯罪记录", "result": "not_met"}, "note")])
def test_a_bad_check_is_refused_naming_the_field(client, office, round_, body, field):
    [applicant] = approved(round_, office, ["李思雨"])
    answer = post(client, office, f"/applications/{applicant.pk}/checks", body)
    assert answer.status_code == 422 and field in str(answer.json())


def test_a_round_states_its_preference_rule_over_the_api(client, office):
    body = {"title": "内江日报社招聘校对人员公告", "employer": "内江日报社", "post": "校对人员", "head_count": 3,
            "region": "511000", "announced_on": "2023-11-01", "deadline": "2023-11-15", "min_education": 2,
            "preference_rule": "bonus", "preference_bonus": "1.5", "conditions_to_verify": "无犯罪记录"}
    f.region()
    answer = post(client, office, "/rounds", body)
    assert answer.status_code == 201, answer.json()
    assert (answer.json()["preference_rule"], answer.json()["preference_bonus"]) == ("bonus", "1.50")
    assert "1.50" in answer.json()["tie_breaks"]
    refused = post(client, office, "/rounds", {**body, "preference_rule": "lottery"})
    assert refused.status_code == 422 and "preference_rule" in str(refused.json())

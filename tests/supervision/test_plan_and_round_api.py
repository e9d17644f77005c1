"""The work plan under /api/v1/matters/{key}/plan and review rounds under /api/v1/supervision/rounds: each operation
calls the service, refuses as JSON naming the field, and answers only inside the caller's jurisdiction."""

import datetime
import io

import pytest
from docx import Document

from huishang.cases.states import State
from huishang.supervision.models import WorkPlan
from tests import factories as f
from tests.api.client import as_user
from tests.cases.worlds import cast, matter_in

pytestmark = pytest.mark.django_db


def later(days: int) -> str:
    return (datetime.date.today() + datetime.timedelta(days=days)).isoformat()


PLAN = {"measures": "分步推进：协调供地、办理许可、开工建设。",
        "milestones": [{"title": "完成供地协调", "due": later(20)}, {"title": "取得施工许可", "due": later(50)}]}


def test_the_lead_unit_submits_the_plan_the_office_returns_it_then_approves_the_next_and_progress_is_reported():
    people = cast()
    matter = matter_in(State.IN_PROGRESS, people)
    path = f"/matters/{matter.number}/plan"
    assert as_user(people.handler).get(path).status_code == 404
    answer = as_user(people.handler).post(path, PLAN)
    assert answer.status_code == 201, answer.content
    assert [m["title"] for m in answer.json()["milestones"]] == ["完成供地协调", "取得施工许可"]
    refused = as_user(people.office).post(path + "/decision", {"approve": False})
    assert refused.status_code == 422 and refused.json()["field"] == "note"
    assert as_user(people.office).post(path + "/decision", {"approve": False, "note": "请细化"}).json()["status"] == "returned"
    as_user(people.handler).post(path, PLAN)
    assert as_user(people.office).post(path + "/decision", {"approve": True}).json()["status"] == "approved"
    first = as_user(people.supervisor).get(path).json()["milestones"][0]["id"]
    answer = as_user(people.handler).post(path + "/progress", {"content": "供地协调完成", "milestone": first,
                                                               "reached": True})
    assert answer.status_code == 201 and answer.json()["milestones"][0]["reached_at"]
    assert WorkPlan.objects.filter(matter=matter).count() == 2


def test_only_the_lead_unit_submits_and_only_the_office_decides_over_the_api():
    people = cast()
    matter = matter_in(State.IN_PROGRESS, people)
    path = f"/matters/{matter.number}/plan"
    assert as_user(people.office).post(path, PLAN).status_code == 403
    assert as_user(f.unit_handler()).post(path, PLAN).status_code == 404  # another unit does not see the matter
    as_user(people.handler).post(path, PLAN)
    assert as_user(people.handler).post(path + "/decision", {"approve": True}).status_code == 403
    assert as_user(people.supervisor).post(path + "/decision", {"approve": True}).status_code == 403


def test_another_citys_staff_do_not_see_the_plan():
    people = cast()
    matter = matter_in(State.IN_PROGRESS, people)
    as_user(people.handler).post(f"/matters/{matter.number}/plan", PLAN)
    yongchuan = f.region("500118", "永川区")
    assert as_user(f.office(yongchuan)).get(f"/matters/{matter.number}/plan").status_code == 404
    assert as_user(f.office(yongchuan)).post(f"/matters/{matter.number}/plan/decision",
                                             {"approve": True}).status_code == 404


def _round_body(people, **changes):
    today = datetime.date.today()
    body = {"title": "季度回访督查", "period_start": (today - datetime.timedelta(days=30)).isoformat(),
            "period_end": today.isoformat(), "region": "511000", "members": [people.supervisor.pk]}
    return {**body, **changes}


def test_a_round_is_opened_checked_finished_and_reported_over_the_api():
    people = cast()
    matter = matter_in(State.RESOLVED, people)
    client = as_user(people.supervisor)
    answer = client.post("/supervision/rounds", _round_body(people))
    assert answer.status_code == 201, answer.content
    review_round = answer.json()
    assert [row["number"] for row in review_round["matters"]] == [matter.number]
    base = f"/supervision/rounds/{review_round['id']}"
    answer = client.post(f"{base}/matters/{matter.number}/finding",
                         {"method": "phone", "verdict": "not_solved", "note": "企业反映问题复发"})
    assert answer.status_code == 200, answer.content
    assert (answer.json()["moved_to"], answer.json()["state"]) == ("in_progress", "in_progress")
    assert client.post(f"{base}/finish", {"summary": "发现1件问题反弹"}).json()["status"] == "finished"
    report = client.get(f"{base}/report")
    assert report["Content-Type"].startswith("application/vnd.openxmlformats")
    assert matter.number in "\n".join(p.text for p in Document(io.BytesIO(report.content)).paragraphs)
    assert client.get(f"{base}/report", format="pdf").content.startswith(b"%PDF")


def test_rounds_are_run_by_supervisors_and_read_only_inside_the_jurisdiction():
    people = cast()
    matter_in(State.RESOLVED, people)
    assert as_user(people.office).post("/supervision/rounds", _round_body(people)).status_code == 403
    round_id = as_user(people.supervisor).post("/supervision/rounds", _round_body(people)).json()["id"]
    assert as_user(people.office).get(f"/supervision/rounds/{round_id}").status_code == 200
    assert as_user(people.handler).get(f"/supervision/rounds/{round_id}").status_code == 404
    outsider = f.supervisor(f.region("500118", "永川区"))
    assert as_user(outsider).get(f"/supervision/rounds/{round_id}").status_code == 404
    assert as_user(outsider).get("/supervision/rounds").json() == []
    refused = as_user(outsider).post("/supervision/rounds", _round_body(people, members=[outsider.pk]))
    assert refused.status_code == 403 and refused.json()["field"] == "region"

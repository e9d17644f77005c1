"""The screening API: campaigns with their coverage, the screening list, re-grading and stability plans; refusals
name the field, and each call stays in the jurisdiction."""

import datetime

import pytest

from huishang.assessment.models import Risk
from huishang.directory.models import Role
from tests import factories as f
from tests.api.client import as_user
from tests.assessment.test_screening import campaign, found, screen, targets

pytestmark = pytest.mark.django_db


def test_the_office_runs_a_campaign_over_the_api_and_coverage_follows():
    office = f.office()
    api = as_user(office)
    opened = api.post("/assessment/campaigns", {"title": "2024年风险排查", "scope": "规模以上企业", "region": "511000",
                                                 "starts_on": "2024-04-19", "ends_on": "2024-06-30"})
    assert opened.status_code == 201, opened.content
    pk = opened.json()["id"]
    officer = f.user(Role.UNION, scope=f.region())
    first = api.post(f"/assessment/campaigns/{pk}/targets", {"enterprise": f.enterprise().pk, "screener": officer.pk})
    api.post(f"/assessment/campaigns/{pk}/targets", {"enterprise": f.enterprise().pk, "screener": office.pk})
    done = as_user(officer).post(f"/assessment/campaigns/{pk}/targets/{first.json()['id']}/screened",
                                 {"screened_on": "2024-04-22"})
    assert done.status_code == 200 and done.json()["screened_by"] == officer.pk
    read = api.get(f"/assessment/campaigns/{pk}").json()
    assert (read["to_screen"], read["screened"], read["coverage"]) == (2, 1, 50.0)
    assert [row["coverage"] for row in api.get("/assessment/campaigns").json()] == [50.0]


def test_bad_input_names_the_field():
    office = f.office()
    api = as_user(office)
    backwards = api.post("/assessment/campaigns", {"title": "排查", "scope": "全区", "region": "511000",
                                                    "starts_on": "2024-04-19", "ends_on": "2024-04-01"})
    assert backwards.status_code == 422 and backwards.json()["field"] == "ends_on"
    run = campaign(office)
    risk = found(office, run, screen(targets(office, run, 1)[0], office), level=Risk.Level.GENERAL)
    same = api.post(f"/assessment/risks/{risk.pk}/grading", {"level": "general", "reason": "无变化"})
    assert same.status_code == 422 and same.json()["field"] == "level"
    plan = api.post(f"/assessment/risks/{risk.pk}/stability-plans", {
        "measures": "走访", "person_in_charge": "王建", "review_on": datetime.date.today().isoformat()})
    assert plan.status_code == 422 and plan.json()["field"] == "risk"
    moved = api.post(f"/assessment/risks/{risk.pk}/grading", {"level": "serious", "reason": "裁员人数增加"})
    assert moved.status_code == 200 and moved.json()["needs_plan"] is True
    assert [row["to_level"] for row in moved.json()["gradings"]] == ["general", "serious"]


def test_others_may_not_screen_or_regrade_and_another_jurisdiction_finds_nothing():
    office = f.office()
    run = campaign(office)
    target, = targets(office, run, 1)
    risk = found(office, run, screen(target, office))
    assert as_user(f.supervisor()).post(f"/assessment/risks/{risk.pk}/grading",
                                        {"level": "low", "reason": "好转"}).status_code == 403
    assert as_user(f.enterprise_contact()).get("/assessment/campaigns").status_code == 403
    elsewhere = as_user(f.office(scope=f.region("500118", "永川区")))
    assert elsewhere.get(f"/assessment/campaigns/{run.pk}").status_code == 404
    assert elsewhere.post(f"/assessment/risks/{risk.pk}/grading", {"level": "low", "reason": "好转"}).status_code == 404
    assert elsewhere.get("/assessment/campaigns").json() == []

"""The union-work API: each workflow through it, refusals naming the field, the jurisdiction's bound."""

import pytest

from tests import factories as f
from tests.api.client import as_user
from tests.unionwork import makers as m

pytestmark = pytest.mark.django_db


def test_a_plan_is_drafted_given_tasks_adopted_at_a_plenary_and_its_progress_read():
    body, by = m.federation()
    responsible = m.unit("重庆市永川区人力资源和社会保障局")
    api = as_user(by)
    plan = api.post("/unionwork/plans", {"organiser": body.pk, "year": 2024, "title": "2024年工会重点工作",
                                         "report": "2023年全区工会工作情况"}).json()
    task = api.post(f"/unionwork/plans/{plan['id']}/tasks", {"title": "深化产改", "goal": "完成改革任务清单",
                                                             "responsible": responsible.pk, "deadline": "2024-12-31"})
    assert task.status_code == 201, task.content
    plenary = m.plenary(by)
    adopted = api.post(f"/unionwork/plans/{plan['id']}/adopt", {"plenary": plenary.pk})
    assert adopted.status_code == 200 and adopted.json()["state"] == "adopted"
    reported = as_user(f.unit_handler(of=responsible)).post(f"/unionwork/tasks/{task.json()['id']}/progress",
                                                            {"percent": 40, "note": "已完成40%"})
    assert reported.status_code == 201, reported.content
    detail = api.get(f"/unionwork/plans/{plan['id']}").json()
    assert detail["tasks"][0]["percent"] == 40 and detail["progress"]["tasks"] == 1


def test_a_competition_is_scored_and_ranked_through_the_api_with_ties():
    body, by = m.federation()
    api = as_user(by)
    employer = f.enterprise(in_region=m.yongchuan())
    competition = api.post("/unionwork/competitions", {"organiser": body.pk, "title": "数控车工技能竞赛", "trade": "数控车工",
                                                       "held_on": "2024-06-20"}).json()
    entries = [api.post(f"/unionwork/competitions/{competition['id']}/entries",
                        {"competitor": name, "organization": employer.pk}).json() for name in ("甲", "乙", "丙")]
    for entry, score in zip(entries, (90, 95, 90)):
        answer = api.post(f"/unionwork/competitions/{competition['id']}/scores", {"entry": entry["id"], "score": score})
        assert answer.status_code == 200, answer.content
    published = api.post(f"/unionwork/competitions/{competition['id']}/publish").json()
    assert [(row["rank"], row["competitor"], row["award"]) for row in published["entries"]] == [
        (1, "乙", "first"), (2, "甲", "second"), (2, "丙", "second")]


def test_bad_input_is_refused_naming_the_field():
    body, by = m.federation()
    api = as_user(by)
    answer = api.post("/unionwork/plans", {"organiser": body.pk, "year": 2024, "title": "  "})
    assert answer.status_code == 422 and answer.json()["field"] == "title"
    answer = api.post("/unionwork/plans", {"organiser": 999999, "year": 2024, "title": "计划"})
    assert answer.status_code == 422 and answer.json()["field"] == "organiser"
    group = api.post("/unionwork/reform-groups", {"organiser": body.pk, "year": 2024, "title": "产改领导小组"}).json()
    answer = api.post(f"/unionwork/reform-groups/{group['id']}/tasks", {"member": 999999, "title": "任务",
                                                                       "deadline": "2024-06-30"})
    assert answer.status_code == 422 and answer.json()["field"] == "member"
    answer = api.post(f"/unionwork/reform-groups/{group['id']}/tasks", {"member": 1, "title": "任务",
                                                                       "deadline": "2024-02-30"})
    assert answer.status_code == 422 and answer.json()["field"] == "deadline"


def test_a_member_unit_reports_on_its_task_and_another_unit_is_refused():
    body, by = m.federation()
    api = as_user(by)
    hr, other = m.unit("人社局"), m.unit("经信委")
    group = api.post("/unionwork/reform-groups", {"organiser": body.pk, "year": 2024, "title": "产改领导小组"}).json()
    member = api.post(f"/unionwork/reform-groups/{group['id']}/members", {"organization": hr.pk}).json()
    task = api.post(f"/unionwork/reform-groups/{group['id']}/tasks", {"member": member["id"], "title": "技能人才评价",
                                                                     "deadline": "2024-06-30"}).json()
    refused = as_user(f.unit_handler(of=other)).post(f"/unionwork/tasks/{task['id']}/progress",
                                                     {"percent": 50, "note": "代报"})
    assert refused.status_code == 403
    done = as_user(f.unit_handler(of=hr)).post(f"/unionwork/tasks/{task['id']}/progress", {"percent": 100, "note": "完成"})
    assert done.status_code == 201
    detail = api.get(f"/unionwork/reform-groups/{group['id']}").json()
    assert detail["progress"]["done"] == 1 and detail["members"][0]["tasks"][0]["done_on"]


def test_another_jurisdiction_neither_reads_nor_acts_on_union_work():
    body, by = m.federation()
    api = as_user(by)
    plan = api.post("/unionwork/plans", {"organiser": body.pk, "year": 2024, "title": "2024年工会重点工作"}).json()
    neijiang = as_user(f.office(scope=f.region()))
    assert neijiang.get("/unionwork/plans").json() == []
    assert neijiang.get(f"/unionwork/plans/{plan['id']}").status_code == 404
    answer = api.post(f"/unionwork/plans/{plan['id']}/tasks", {"title": "任务", "responsible": f.unit(in_region=f.region()).pk,
                                                              "deadline": "2024-06-30"})
    assert answer.status_code == 403 and answer.json()["field"] == "responsible"
    assert as_user(f.enterprise_contact()).get("/unionwork/plans").json() == []


def test_a_cooperation_between_three_towns_with_its_progress():
    district = m.yongchuan()
    baofeng = f.region("500118107", "宝峰镇", parent=district)
    laisu = f.region("500118108", "来苏镇", parent=district)
    pilu = f.region("510521109", "毗卢镇")
    api = as_user(f.office(scope=district))
    agreement = api.post("/unionwork/cooperations", {
        "title": "三镇特色产业集群合作", "region": baofeng.code, "signed_on": "2024-04-17", "aims": "共建特色产业集群",
        "regions": [baofeng.code, laisu.code, pilu.code]})
    assert agreement.status_code == 201, agreement.content
    pk = agreement.json()["id"]
    assert api.post(f"/unionwork/cooperations/{pk}/progress", {"note": "互派干部观摩学习"}).status_code == 201
    detail = api.get(f"/unionwork/cooperations/{pk}").json()
    assert [party["region"]["name"] for party in detail["parties"]] == ["宝峰镇", "来苏镇", "毗卢镇"]
    assert detail["progress"][0]["note"] == "互派干部观摩学习"
    answer = api.post("/unionwork/cooperations", {"title": "合作", "region": "999999", "signed_on": "2024-04-17",
                                                  "aims": "合作", "regions": []})
    assert answer.status_code == 422 and answer.json()["field"] == "region"

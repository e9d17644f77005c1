"""The screening pages: the office opens a campaign, lists enterprises and screeners, the screener marks one
screened; a risk's page shows its gradings and takes a re-grading and a stability plan."""

import datetime

import pytest

from huishang.assessment import risks
from huishang.assessment.models import Risk, ScreeningCampaign
from huishang.directory.models import Role
from tests import factories as f
from tests.assessment.test_screening import campaign, found, screen, targets

pytestmark = pytest.mark.django_db


def test_the_office_opens_a_campaign_and_a_union_officer_marks_an_enterprise_screened(client):
    office = f.office()
    officer = f.user(Role.UNION, scope=f.region())
    enterprise = f.enterprise()
    client.force_login(office)
    opened = client.post("/assessment/campaigns/", {"title": "2024年风险排查", "scope": "规模以上企业",
                                                    "region": f.region().pk, "starts_on": "2024-04-19",
                                                    "ends_on": "2024-06-30"})
    assert opened.status_code == 302
    run = ScreeningCampaign.objects.get()
    added = client.post(f"/assessment/campaigns/{run.pk}/targets/", {"enterprise": enterprise.pk,
                                                                      "screener": officer.pk})
    assert added.status_code == 302
    target = run.targets.get()
    client.force_login(officer)
    page = client.get(f"/assessment/campaigns/{run.pk}/")
    assert page.status_code == 200 and 'data-action="screened"' in page.content.decode()
    assert 'data-action="target"' not in page.content.decode()
    done = client.post(f"/assessment/campaigns/{run.pk}/targets/{target.pk}/screened/",
                       {"screened_on": "2024-04-22", "finding": "未发现风险隐患。"})
    assert done.status_code == 302
    assert "100.0%" in client.get("/assessment/campaigns/").content.decode()


def test_a_wrong_campaign_comes_back_on_the_form_and_outsiders_are_refused(client):
    client.force_login(f.office())
    bad = client.post("/assessment/campaigns/", {"title": "排查", "scope": "全区", "region": f.region().pk,
                                                 "starts_on": "2024-04-19", "ends_on": "2024-04-01"})
    assert bad.status_code == 422 and "专项行动的结束日期不能早于开始日期" in bad.content.decode()
    client.force_login(f.enterprise_contact())
    assert client.get("/assessment/campaigns/").status_code == 403
    client.force_login(f.leader())
    assert client.post("/assessment/campaigns/", {"title": "排查"}).status_code == 403


def test_a_campaign_of_another_jurisdiction_is_not_found(client):
    yongchuan = f.region("500118", "永川区")
    run = campaign(f.office(scope=yongchuan), region=yongchuan)
    client.force_login(f.leader())
    assert client.get(f"/assessment/campaigns/{run.pk}/").status_code == 404


def test_the_risk_page_takes_a_regrading_and_a_plan(client):
    office = f.office()
    run = campaign(office)
    target = screen(targets(office, run, 1)[0], office)
    risk = found(office, run, target, level=Risk.Level.GENERAL)
    client.force_login(office)
    assert client.post(f"/assessment/risks/{risk.pk}/grading/", {"level": "serious", "reason": "裁员人数增加"}).status_code == 302
    page = client.get(f"/assessment/risks/{risk.pk}/").content.decode()
    assert "data-needs-plan" in page and "裁员人数增加" in page
    planned = client.post(f"/assessment/risks/{risk.pk}/stability-plans/", {
        "measures": "驻企指导", "person_in_charge": "王建", "review_on": datetime.date.today().isoformat()})
    assert planned.status_code == 302
    assert "data-needs-plan" not in client.get(f"/assessment/risks/{risk.pk}/").content.decode()
    missing = client.post(f"/assessment/risks/{risk.pk}/grading/", {"level": "low", "reason": ""})
    assert missing.status_code == 422
    client.force_login(f.supervisor())
    assert client.post(f"/assessment/risks/{risk.pk}/grading/", {"level": "low", "reason": "好转"}).status_code == 403
    assert risks.risk_for(office, risk.pk).level == Risk.Level.SERIOUS

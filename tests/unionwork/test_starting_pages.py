"""The pages that start union work: a union's officer sets up a plan, the reform's group, a campaign, a competition
and adds their tasks, members, participants, results and entries; the office and union officers record a cooperation
agreement. Each is refused to those who do not run the record, and another place's records are out of reach."""

import datetime

import pytest

from huishang.unionwork import services
from huishang.unionwork.models import (
    Campaign, CampaignParticipant, Competition, Cooperation, Entry, MemberUnit, ReformGroup, Task, WorkPlan,
)
from tests import factories as f
from tests.unionwork import makers as m
from tests.web.pages import signed_in, text_of

pytestmark = pytest.mark.django_db

DAY = datetime.date(2099, 6, 30)


def _elsewhere():
    """杨浦's union federation and its officer: another jurisdiction than 永川's."""
    body = m.union("上海市杨浦区总工会", region=f.region("310110", "杨浦区"))
    return body, m.officer(body)


# --- the year's plan --------------------------------------------------------------------------------------------

def test_a_unions_officer_drafts_a_plan_and_adds_its_tasks_through_the_pages():
    body, by = m.federation()
    responsible = m.unit("重庆市永川区人力资源和社会保障局")
    client = signed_in(by)
    form = client.get("/unionwork/plans/new/")
    assert form.status_code == 200 and f'<option value="{body.pk}" selected' in form.content.decode()
    answer = client.post("/unionwork/plans/new/", {"organiser": body.pk, "year": "2024", "title": "2024年工会重点工作",
                                                   "report": "2023年工作情况"})
    plan = WorkPlan.objects.get()
    assert answer.status_code == 302 and answer["Location"] == f"/unionwork/plans/{plan.pk}/"
    assert (plan.organiser, plan.year, plan.state) == (body, 2024, WorkPlan.State.DRAFT)
    answer = client.post(f"/unionwork/plans/{plan.pk}/tasks/", {"title": "深化产改", "goal": "新增高技能人才500人",
                                                                "responsible": responsible.pk, "deadline": "2024-12-31"})
    assert answer.status_code == 302
    assert Task.objects.get(plan=plan).responsible == responsible
    assert "深化产改" in text_of(client.get(f"/unionwork/plans/{plan.pk}/"))


def test_a_refused_plan_is_shown_in_chinese_on_its_field_with_what_was_filled_in():
    body, by = m.federation()
    answer = signed_in(by).post("/unionwork/plans/new/", {"organiser": body.pk, "year": "1999",
                                                         "title": "2024年工会重点工作"})
    assert answer.status_code == 422
    assert "年份：请填写2000至2100之间的年份。" in text_of(answer)
    assert 'value="2024年工会重点工作"' in answer.content.decode()
    assert not WorkPlan.objects.exists()


def test_only_a_unions_officers_and_the_administrator_start_a_plan():
    body, by = m.federation()
    for refused in (f.office(scope=m.yongchuan()), f.unit_handler(of=m.unit())):
        client = signed_in(refused)
        assert client.get("/unionwork/plans/new/").status_code == 403
        assert client.post("/unionwork/plans/new/", {"organiser": body.pk, "year": "2024",
                                                     "title": "代拟计划"}).status_code == 403
    assert signed_in(f.enterprise_contact()).get("/unionwork/plans/new/").status_code == 403
    assert signed_in(f.admin()).get("/unionwork/plans/new/").status_code == 200
    assert not WorkPlan.objects.exists()


def test_an_officer_may_not_start_a_plan_for_another_union():
    body, by = m.federation()
    other = m.union("重庆市永川区宝峰镇总工会")
    answer = signed_in(by).post("/unionwork/plans/new/", {"organiser": other.pk, "year": "2024", "title": "代拟计划"})
    assert answer.status_code == 422 and not WorkPlan.objects.exists()
    assert f'value="{other.pk}"' not in signed_in(by).get("/unionwork/plans/new/").content.decode()


def test_another_union_and_another_place_may_not_add_tasks_to_a_plan():
    body, by = m.federation()
    plan = services.create_plan(by=by, organiser=body, year=2024, title="2024年工会重点工作")
    task = {"title": "代加任务", "responsible": m.unit().pk, "deadline": "2024-12-31"}
    town = signed_in(m.officer(m.union("重庆市永川区宝峰镇总工会")))
    assert town.post(f"/unionwork/plans/{plan.pk}/tasks/", task).status_code == 403
    assert 'data-form="task"' not in town.get(f"/unionwork/plans/{plan.pk}/").content.decode()
    _body, yangpu = _elsewhere()
    assert signed_in(yangpu).post(f"/unionwork/plans/{plan.pk}/tasks/", task).status_code == 404
    assert not Task.objects.exists()


def test_the_responsible_body_is_chosen_among_the_jurisdictions_units_and_unions_only():
    body, by = m.federation()
    plan = services.create_plan(by=by, organiser=body, year=2024, title="2024年工会重点工作")
    outside = f.unit("内江市人力资源和社会保障局", in_region=f.region())
    page = signed_in(by).get(f"/unionwork/plans/{plan.pk}/").content.decode()
    assert "重庆市永川区总工会" in page and "内江市人力资源和社会保障局" not in page
    answer = signed_in(by).post(f"/unionwork/plans/{plan.pk}/tasks/", {"title": "跨区任务", "responsible": outside.pk,
                                                                       "deadline": "2024-12-31"})
    assert answer.status_code == 422 and not Task.objects.exists()


# --- the reform's leading group ------------------------------------------------------------------------------

def test_the_federation_records_its_leading_group_its_member_units_and_their_tasks():
    body, by = m.federation()
    hr = m.unit("重庆市永川区人力资源和社会保障局")
    client = signed_in(by)
    assert client.post("/unionwork/reform/new/", {"organiser": body.pk, "year": "2024", "leader": "蔡焘",
                                                  "title": "永川区推进产业工人队伍建设改革领导小组"}).status_code == 302
    group = ReformGroup.objects.get()
    assert client.post(f"/unionwork/reform/{group.pk}/members/", {"organization": hr.pk}).status_code == 302
    member = MemberUnit.objects.get(group=group)
    answer = client.post(f"/unionwork/reform/{group.pk}/tasks/", {"member": member.pk, "title": "开展技能人才自主评价",
                                                                 "deadline": "2024-06-30"})
    assert answer.status_code == 302
    assert Task.objects.get(member=member).responsible == hr
    again = client.post(f"/unionwork/reform/{group.pk}/members/", {"organization": hr.pk})
    assert again.status_code == 422 and MemberUnit.objects.count() == 1


def test_a_member_unit_may_neither_add_members_nor_tasks_to_the_group():
    body, by = m.federation()
    group = m.reform_group(by, body)
    hr = m.unit("重庆市永川区人力资源和社会保障局")
    member = services.add_member(by=by, group=group, organization=hr)
    handler = signed_in(f.unit_handler(of=hr))
    assert handler.post(f"/unionwork/reform/{group.pk}/members/", {"organization": m.unit().pk}).status_code == 403
    assert handler.post(f"/unionwork/reform/{group.pk}/tasks/", {"member": member.pk, "title": "自加任务",
                                                                "deadline": "2024-06-30"}).status_code == 403
    assert 'data-form="member"' not in handler.get(f"/unionwork/reform/{group.pk}/").content.decode()
    _body, yangpu = _elsewhere()
    assert signed_in(yangpu).post(f"/unionwork/reform/{group.pk}/members/",
                                  {"organization": m.unit().pk}).status_code == 404
    assert MemberUnit.objects.count() == 1 and not Task.objects.exists()


# --- campaigns and competitions ------------------------------------------------------------------------------

def test_the_federation_records_a_campaign_its_participants_and_their_results():
    body, by = m.federation()
    enterprise = f.enterprise("重庆磐谷动力技术有限公司", in_region=m.yongchuan())
    client = signed_in(by)
    assert client.post("/unionwork/campaigns/new/", {"organiser": body.pk, "year": "2024",
                                                     "title": "2024年“渝工五大行动”"}).status_code == 302
    campaign = Campaign.objects.get()
    assert client.post(f"/unionwork/campaigns/{campaign.pk}/participants/",
                       {"organization": enterprise.pk}).status_code == 302
    participant = CampaignParticipant.objects.get()
    answer = client.post(f"/unionwork/campaigns/{campaign.pk}/results/",
                         {"participant": participant.pk, "result": "开展岗位练兵12场"})
    assert answer.status_code == 302
    participant.refresh_from_db()
    assert participant.result == "开展岗位练兵12场"
    assert "开展岗位练兵12场" in text_of(client.get(f"/unionwork/campaigns/{campaign.pk}/"))


def test_the_office_reads_a_campaign_but_adds_no_participant_and_another_place_reaches_nothing():
    body, by = m.federation()
    campaign = services.create_campaign(by=by, organiser=body, year=2024, title="渝工五大行动")
    enterprise = f.enterprise(in_region=m.yongchuan())
    office = signed_in(f.office(scope=m.yongchuan()))
    assert 'data-form="participant"' not in office.get(f"/unionwork/campaigns/{campaign.pk}/").content.decode()
    assert office.post(f"/unionwork/campaigns/{campaign.pk}/participants/",
                       {"organization": enterprise.pk}).status_code == 403
    assert office.get("/unionwork/campaigns/new/").status_code == 403
    _body, yangpu = _elsewhere()
    assert signed_in(yangpu).post(f"/unionwork/campaigns/{campaign.pk}/participants/",
                                  {"organization": enterprise.pk}).status_code == 404
    assert not CampaignParticipant.objects.exists()


def test_a_competition_is_set_up_under_a_campaign_and_takes_entries_until_its_results_are_published():
    body, by = m.federation()
    campaign = services.create_campaign(by=by, organiser=body, year=2024, title="渝工五大行动")
    employer = f.enterprise("重庆良工科技公司", in_region=m.yongchuan())
    client = signed_in(by)
    form = client.get(f"/unionwork/competitions/new/?campaign={campaign.pk}").content.decode()
    assert f'<option value="{campaign.pk}" selected' in form
    answer = client.post("/unionwork/competitions/new/", {
        "organiser": body.pk, "campaign": campaign.pk, "title": "数控车工职业技能竞赛", "trade": "数控车工",
        "held_on": "2024-09-20", "first_prizes": "1", "second_prizes": "2", "third_prizes": "3"})
    competition = Competition.objects.get()
    assert answer.status_code == 302 and competition.campaign == campaign
    entry = {"competitor": "刘志强", "organization": employer.pk}
    assert client.post(f"/unionwork/competitions/{competition.pk}/entries/", entry).status_code == 302
    services.score_entry(by=by, entry=Entry.objects.get(), score="94.5")
    services.publish_results(by=by, competition=competition)
    late = client.post(f"/unionwork/competitions/{competition.pk}/entries/", {**entry, "competitor": "杨帆"})
    assert late.status_code == 409 and Entry.objects.count() == 1


def test_a_refused_entry_comes_back_on_the_competitions_page_naming_the_field():
    body, by = m.federation()
    competition = m.competition(by, body)
    employer = f.enterprise(in_region=m.yongchuan())
    client = signed_in(by)
    client.post(f"/unionwork/competitions/{competition.pk}/entries/", {"competitor": "刘志强",
                                                                        "organization": employer.pk})
    again = client.post(f"/unionwork/competitions/{competition.pk}/entries/", {"competitor": "刘志强",
                                                                                "organization": employer.pk})
    assert again.status_code == 422
    assert "选手：该选手已报名。" in text_of(again) and 'value="刘志强"' in again.content.decode()
    assert Entry.objects.count() == 1


def test_the_office_may_not_enter_a_competitor_nor_another_place_reach_the_competition():
    body, by = m.federation()
    competition = m.competition(by, body)
    entry = {"competitor": "刘志强", "organization": f.enterprise(in_region=m.yongchuan()).pk}
    assert signed_in(f.office(scope=m.yongchuan())).post(f"/unionwork/competitions/{competition.pk}/entries/",
                                                          entry).status_code == 403
    _body, yangpu = _elsewhere()
    assert signed_in(yangpu).post(f"/unionwork/competitions/{competition.pk}/entries/", entry).status_code == 404
    assert signed_in(f.unit_handler(of=m.unit())).get("/unionwork/competitions/new/").status_code == 403
    assert not Entry.objects.exists()


# --- cooperation between towns ------------------------------------------------------------------------------

def test_a_union_officer_records_the_three_towns_agreement_with_a_town_of_another_province():
    baofeng, laisu, pilu, shizhong = m.three_towns()
    body, by = m.federation()
    client = signed_in(by)
    form = client.get("/unionwork/cooperation/new/").content.decode()
    assert "毗卢镇" in form and "市中区" not in form
    answer = client.post("/unionwork/cooperation/new/", {
        "title": "三镇合作", "region": baofeng.pk, "signed_on": "2024-04-17", "aims": "共建特色产业集群",
        "regions": [baofeng.pk, laisu.pk, pilu.pk]})
    cooperation = Cooperation.objects.get()
    assert answer.status_code == 302 and answer["Location"] == f"/unionwork/cooperation/{cooperation.pk}/"
    assert {party.region for party in cooperation.parties.all()} == {baofeng, laisu, pilu}


def test_an_agreement_of_one_party_is_refused_on_the_parties_field_with_what_was_filled_in():
    baofeng, _laisu, _pilu, _shizhong = m.three_towns()
    answer = signed_in(f.office(scope=m.yongchuan())).post("/unionwork/cooperation/new/", {
        "title": "单方协议", "region": baofeng.pk, "signed_on": "2024-04-17", "aims": "共建", "regions": [baofeng.pk]})
    assert answer.status_code == 422
    assert "合作协议至少有两方。" in text_of(answer) and 'value="单方协议"' in answer.content.decode()
    assert not Cooperation.objects.exists()


def test_a_unit_and_an_enterprise_record_no_agreement_and_none_is_kept_in_another_place():
    baofeng, laisu, _pilu, shizhong = m.three_towns()
    agreement = {"title": "三镇合作", "signed_on": "2024-04-17", "aims": "共建", "regions": [baofeng.pk, laisu.pk]}
    for refused in (f.unit_handler(of=m.unit()), f.enterprise_contact()):
        assert signed_in(refused).get("/unionwork/cooperation/new/").status_code == 403
        assert signed_in(refused).post("/unionwork/cooperation/new/",
                                       {**agreement, "region": baofeng.pk}).status_code == 403
    answer = signed_in(f.office(scope=m.yongchuan())).post("/unionwork/cooperation/new/",
                                                            {**agreement, "region": shizhong.pk})
    assert answer.status_code == 422 and not Cooperation.objects.exists()


# --- where the pages are offered ------------------------------------------------------------------------------

def test_the_overview_offers_the_new_pages_to_those_who_may_use_them():
    body, by = m.federation()
    officer = text_of(signed_in(by).get("/unionwork/"))
    assert all(link in officer for link in ("新建工作计划", "新建领导小组", "新建行动", "新建竞赛", "新建合作协议"))
    office = text_of(signed_in(f.office(scope=m.yongchuan())).get("/unionwork/"))
    assert "新建合作协议" in office and "新建工作计划" not in office
    unit = text_of(signed_in(f.unit_handler(of=m.unit())).get("/unionwork/"))
    assert "新建" not in unit

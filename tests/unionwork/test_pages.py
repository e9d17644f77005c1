"""The union-work pages: progress, scoring and publishing through the forms, the 通报 as Word and PDF, and
who is let in."""

import datetime
import io

import pytest
from docx import Document

from huishang.unionwork import services
from huishang.unionwork.models import Entry, ProgressReport
from tests import factories as f
from tests.unionwork import makers as m
from tests.web.pages import signed_in, text_of

pytestmark = pytest.mark.django_db


def _reform(deadline=datetime.date(2024, 6, 30)):
    body, by = m.federation()
    group = m.reform_group(by, body)
    hr = m.unit("重庆市永川区人力资源和社会保障局")
    member = services.add_member(by=by, group=group, organization=hr)
    task = services.add_reform_task(by=by, member=member, title="开展技能人才评价", goal="新增高技能人才500人",
                                    deadline=deadline)
    return group, task, hr, by


def test_a_member_unit_reports_progress_on_its_task_page_and_the_group_page_shows_it():
    group, task, hr, _by = _reform(deadline=datetime.date(2099, 6, 30))
    handler = signed_in(f.unit_handler(of=hr))
    answer = handler.post(f"/unionwork/tasks/{task.pk}/", {"percent": "60", "note": "已评价技能人才300人"})
    assert answer.status_code == 302
    assert ProgressReport.objects.get().percent == 60
    page = text_of(handler.get(f"/unionwork/reform/{group.pk}/"))
    assert "开展技能人才评价" in page and "60%" in page


def test_a_refused_progress_report_is_shown_on_the_field_it_concerns():
    group, task, hr, _by = _reform(deadline=datetime.date(2099, 6, 30))
    handler = signed_in(f.unit_handler(of=hr))
    handler.post(f"/unionwork/tasks/{task.pk}/", {"percent": "60", "note": "过半"})
    answer = handler.post(f"/unionwork/tasks/{task.pk}/", {"percent": "20", "note": "回退"})
    assert answer.status_code == 422
    assert "60%" in text_of(answer) and ProgressReport.objects.count() == 1


def test_another_unit_neither_gets_the_progress_form_nor_may_post_it():
    group, task, _hr, _by = _reform()
    stranger = signed_in(f.unit_handler(of=m.unit()))
    page = stranger.get(f"/unionwork/tasks/{task.pk}/")
    assert page.status_code == 200 and 'data-form="progress"' not in page.content.decode()
    assert stranger.post(f"/unionwork/tasks/{task.pk}/", {"percent": "60", "note": "代报"}).status_code == 403
    assert not ProgressReport.objects.exists()


def test_another_jurisdiction_and_an_enterprise_are_not_let_in():
    group, task, _hr, _by = _reform()
    assert signed_in(f.office(scope=f.region())).get(f"/unionwork/reform/{group.pk}/").status_code == 404
    assert signed_in(f.office(scope=f.region())).get(f"/unionwork/tasks/{task.pk}/").status_code == 404
    assert signed_in(f.enterprise_contact()).get("/unionwork/").status_code == 403


def test_the_progress_bulletin_is_a_word_document_and_a_pdf_naming_each_units_tasks():
    group, task, hr, _by = _reform()
    with m.at(2024, 7, 2):
        services.report_progress(by=f.unit_handler(of=hr), task=task, percent=80, note="已评价400人")
        client = signed_in(f.office(scope=m.yongchuan()))
        word = client.get(f"/unionwork/reform/{group.pk}/bulletin.docx")
        pdf = client.get(f"/unionwork/reform/{group.pk}/bulletin.pdf")
    text = "\n".join(cell.text for table in Document(io.BytesIO(word.content)).tables
                     for row in table.rows for cell in row.cells)
    assert "重庆市永川区人力资源和社会保障局" in text and "开展技能人才评价" in text and "80%" in text
    paragraphs = "\n".join(p.text for p in Document(io.BytesIO(word.content)).paragraphs)
    assert "重庆市永川区总工会" in paragraphs
    assert pdf["Content-Type"] == "application/pdf" and pdf.content.startswith(b"%PDF")
    assert client.get(f"/unionwork/reform/{group.pk}/bulletin.xls").status_code == 404


def test_the_organisers_score_and_publish_a_competition_through_its_page():
    body, by = m.federation()
    competition = m.competition(by, body, prizes=(1, 1, 1))
    employer = f.enterprise(in_region=m.yongchuan())
    entries = [services.add_entry(by=by, competition=competition, competitor=name, organization=employer)
               for name in ("甲", "乙", "丙")]
    client = signed_in(by)
    for entry, score in zip(entries, ("90", "95", "90")):
        assert client.post(f"/unionwork/competitions/{competition.pk}/",
                           {"entry": entry.pk, "score": score}).status_code == 302
    assert client.post(f"/unionwork/competitions/{competition.pk}/", {"entry": entries[0].pk,
                                                                      "score": "101"}).status_code == 422
    client.post(f"/unionwork/competitions/{competition.pk}/", {"action": "publish"})
    assert dict(Entry.objects.values_list("competitor", "award")) == {"乙": "first", "甲": "second", "丙": "second"}
    page = text_of(signed_in(f.office(scope=m.yongchuan())).get(f"/unionwork/competitions/{competition.pk}/"))
    assert "乙" in page


def test_an_office_may_not_score_a_unions_competition_through_the_page():
    body, by = m.federation()
    competition = m.competition(by, body)
    entry = services.add_entry(by=by, competition=competition, competitor="甲",
                               organization=f.enterprise(in_region=m.yongchuan()))
    office = signed_in(f.office(scope=m.yongchuan()))
    assert office.post(f"/unionwork/competitions/{competition.pk}/", {"entry": entry.pk, "score": "99"}).status_code == 403
    entry.refresh_from_db()
    assert entry.score is None


def test_the_overview_lists_the_union_work_of_the_jurisdiction():
    body, by = m.federation()
    plan, _tasks = m.adopted_plan(by, body, [("深化产改", m.unit(), datetime.date(2024, 12, 31))])
    page = text_of(signed_in(f.office(scope=m.yongchuan())).get("/unionwork/"))
    assert "2024年工会重点工作" in page
    assert "2024年工会重点工作" not in text_of(signed_in(f.office(scope=f.region())).get("/unionwork/"))
    plan_page = text_of(signed_in(by).get(f"/unionwork/plans/{plan.pk}/"))
    assert "十四届五次全委（扩大）会" in plan_page


def test_the_organiser_records_the_plans_adoption_on_its_page_and_a_unit_may_not():
    body, by = m.federation()
    plan = services.create_plan(by=by, organiser=body, year=2024, title="2024年工会重点工作")
    responsible = m.unit()
    services.add_plan_task(by=by, plan=plan, title="深化产改", goal="", responsible=responsible,
                           deadline=datetime.date(2024, 12, 31))
    plenary = m.plenary(by)
    assert signed_in(f.unit_handler(of=responsible)).post(f"/unionwork/plans/{plan.pk}/",
                                                          {"plenary": plenary.pk}).status_code == 403
    assert signed_in(by).post(f"/unionwork/plans/{plan.pk}/", {"plenary": plenary.pk}).status_code == 302
    plan.refresh_from_db()
    assert plan.plenary == plenary


def test_a_party_reports_cooperation_progress_on_the_agreements_page():
    district = m.yongchuan()
    baofeng = f.region("500118107", "宝峰镇", parent=district)
    office = f.office(scope=district)
    agreement = services.record_cooperation(by=office, title="三镇合作", region=baofeng, signed_on=datetime.date(2024, 4, 17),
                                            aims="共建特色产业集群", regions=[baofeng, f.region("510521109", "毗卢镇")])
    client = signed_in(office)
    assert client.post(f"/unionwork/cooperation/{agreement.pk}/", {"note": "联合举办观摩会"}).status_code == 302
    assert "联合举办观摩会" in text_of(client.get(f"/unionwork/cooperation/{agreement.pk}/"))
    assert signed_in(f.unit_handler(of=m.unit())).post(f"/unionwork/cooperation/{agreement.pk}/",
                                                       {"note": "代报"}).status_code == 403

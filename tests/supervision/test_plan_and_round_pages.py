"""The work plan on the matter page and the review round pages, through the web client: each role sees the forms
it may use, the forms call the services, and a round of another city is not found."""

import datetime
import io

import pytest
from docx import Document

from huishang.cases.states import State
from huishang.supervision import rounds
from huishang.supervision.models import ReviewRound, RoundMatter, WorkPlan
from tests import factories as f
from tests.cases.worlds import cast, matter_in
from tests.web.pages import signed_in

pytestmark = pytest.mark.django_db


def later(days):
    return (datetime.date.today() + datetime.timedelta(days=days)).isoformat()


def test_the_lead_unit_submits_a_plan_on_the_matter_page_and_the_office_approves_it_there():
    people = cast()
    matter = matter_in(State.IN_PROGRESS, people)
    page = f"/matters/{matter.number}/"
    unit = signed_in(people.handler)
    assert 'data-action="plan-submit"' in unit.get(page).content.decode()
    assert 'data-action="plan-submit"' not in signed_in(people.office).get(page).content.decode()
    answer = unit.post(f"/supervision/matters/{matter.number}/plan/", {
        "measures": "协调供地并办理许可", "milestones": f"{later(10)} 完成供地协调\n{later(40)} 取得施工许可"})
    assert answer.status_code == 302
    plan = WorkPlan.objects.get(matter=matter)
    assert [m.title for m in plan.milestones.all()] == ["完成供地协调", "取得施工许可"]
    office = signed_in(people.office)
    assert 'data-action="plan-decide"' in office.get(page).content.decode()
    assert 'data-action="plan-decide"' not in signed_in(people.supervisor).get(page).content.decode()
    office.post(f"/supervision/matters/{matter.number}/plan/decision/", {"approve": "1", "note": ""})
    plan.refresh_from_db()
    assert plan.status == WorkPlan.Status.APPROVED
    assert 'data-action="plan-progress"' in unit.get(page).content.decode()


def test_a_milestone_line_without_a_date_is_refused_with_a_message():
    people = cast()
    matter = matter_in(State.IN_PROGRESS, people)
    answer = signed_in(people.handler).post(f"/supervision/matters/{matter.number}/plan/", {
        "measures": "措施", "milestones": "下月完成"}, follow=True)
    assert "YYYY-MM-DD" in answer.content.decode()
    assert not WorkPlan.objects.filter(matter=matter).exists()


def test_a_supervisor_opens_a_round_records_a_finding_and_downloads_its_report():
    people = cast()
    matter = matter_in(State.RESOLVED, people)
    client = signed_in(people.supervisor)
    today = datetime.date.today()
    answer = client.post("/supervision/rounds/", {
        "title": "季度回访督查", "period_start": (today - datetime.timedelta(days=30)).isoformat(),
        "period_end": today.isoformat(), "region": f.region().pk, "members": [people.supervisor.pk],
        "rules": ["resolved", "reopened", "long_running"]})
    review_round = ReviewRound.objects.get()
    assert answer.status_code == 302 and answer["Location"].endswith(f"/rounds/{review_round.pk}/")
    page = client.get(f"/supervision/rounds/{review_round.pk}/").content.decode()
    assert matter.number in page and 'data-action="finding"' in page
    client.post(f"/supervision/rounds/{review_round.pk}/matters/{matter.number}/finding/", {
        "method": "phone", "verdict": "solved", "check_enterprise_confirms": "on", "note": ""})
    entry = RoundMatter.objects.get()
    assert (entry.verdict, entry.checklist["enterprise_confirms"], entry.moved_to) == ("solved", True, "closed")
    report = client.get(f"/supervision/rounds/{review_round.pk}/report.docx")
    assert matter.number in "\n".join(p.text for p in Document(io.BytesIO(report.content)).paragraphs)
    assert client.get(f"/supervision/rounds/{review_round.pk}/report.pdf").content.startswith(b"%PDF")


def test_round_pages_are_the_staffs_and_a_round_of_another_city_is_not_found():
    people = cast()
    matter_in(State.RESOLVED, people)
    today = datetime.date.today()
    review_round = rounds.create_round(by=people.supervisor, title="回访督查", period_start=today, period_end=today,
                                       region=f.region(), members=[people.supervisor])
    assert signed_in(people.handler).get("/supervision/rounds/").status_code == 403
    assert signed_in(people.office).get(f"/supervision/rounds/{review_round.pk}/").status_code == 200
    assert 'data-action="round-new"' not in signed_in(people.office).get("/supervision/rounds/").content.decode()
    outsider = f.supervisor(f.region("500118", "永川区"))
    assert signed_in(outsider).get(f"/supervision/rounds/{review_round.pk}/").status_code == 404
    assert signed_in(outsider).get(f"/supervision/rounds/{review_round.pk}/report.pdf").status_code == 404

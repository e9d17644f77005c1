"""What a survey produces: who took part (by 界别 and role), its symposium, the opinions members and experts
gave, the proposals (提案) members made and the survey report (调研报告); each allowed and refused, within the
office's jurisdiction, a bad input refused naming its field."""

import datetime
import io

import pytest
from docx import Document

from huishang.cases import services as matter_services
from huishang.core import clock
from huishang.core.errors import NotAllowed, ValidationError
from huishang.meetings import services as meeting_services
from huishang.meetings.models import Meeting
from huishang.surveys import services
from huishang.surveys.models import Opinion, Participant, Proposal
from huishang.surveys.report import survey_content, survey_report, survey_report_pdf
from huishang.surveys.selectors import opinions_for
from tests import factories as f
from tests.api.client import as_user
from tests.web.pages import signed_in, text_of

pytestmark = pytest.mark.django_db
SURVEY_DAY = datetime.date(2024, 4, 16)
Role = Participant.Role


def survey(office, enterprises=None):
    return services.record_survey(
        by=office, title="生产性服务业专题调研", held_on=SURVEY_DAY, region=office.region,
        organiser="区政协民革界别", enterprises=enterprises or [f.enterprise()], questions=["最突出的困难是什么？"])


def with_people(office):
    """A survey with a 民革 member, an invited expert and a department's staff."""
    run = survey(office)
    member = services.add_participant(by=office, survey=run, name="周明", role=Role.MEMBER, sector="民革",
                                      affiliation="区政协")
    expert = services.add_participant(by=office, survey=run, name="郑华", role=Role.EXPERT,
                                      affiliation="重庆市生产性服务业协会")
    staff = services.add_participant(by=office, survey=run, name="冉光辉", role=Role.STAFF, affiliation="区经信委")
    return run, member, expert, staff


def field_of(call):
    with pytest.raises(ValidationError) as refused:
        call()
    return refused.value.field


# --- participants ---------------------------------------------------------------------------------------------

def test_participants_are_recorded_by_sector_and_role_and_a_member_needs_a_sector():
    office = f.office()
    run, member, expert, staff = with_people(office)
    assert [(p.name, p.role, p.sector) for p in run.participants.all()] == [
        ("郑华", Role.EXPERT, ""), ("周明", Role.MEMBER, "民革"), ("冉光辉", Role.STAFF, "")]
    assert field_of(lambda: services.add_participant(by=office, survey=run, name="王立", role=Role.MEMBER)) == "sector"
    assert field_of(lambda: services.add_participant(by=office, survey=run, name="王立", role="chair")) == "role"
    assert field_of(lambda: services.add_participant(by=office, survey=run, name=" ", role=Role.EXPERT)) == "name"
    assert field_of(lambda: services.add_participant(by=office, survey=run, name="周明", role=Role.MEMBER,
                                                     sector="民革", affiliation="区政协")) == "name"


def test_only_the_office_of_the_surveys_region_records_who_took_part():
    office = f.office()
    run = survey(office)
    elsewhere = f.office(scope=f.region(code="320100", name="南京市"))
    for other in (f.supervisor(), f.leader(), f.unit_handler(), elsewhere):
        with pytest.raises(NotAllowed):
            services.add_participant(by=other, survey=run, name="周明", role=Role.MEMBER, sector="民革")
    assert not Participant.objects.exists()


# --- symposium ------------------------------------------------------------------------------------------------

def symposium(office, *, on=SURVEY_DAY, kind=Meeting.Kind.SYMPOSIUM, region=None):
    with clock.frozen_at(datetime.datetime.combine(on, datetime.time(14, 30))):
        return meeting_services.create_meeting(by=office, kind=kind, held_on=on, region=region or office.region,
                                               title="调研座谈会", location="区政协会议室")


def test_the_survey_is_linked_to_its_symposium_and_not_to_another_kind_of_meeting_or_an_earlier_one():
    office = f.office()
    run = survey(office)
    meeting = symposium(office)
    services.link_symposium(by=office, survey=run, meeting=meeting)
    run.refresh_from_db()
    assert run.symposium == meeting and list(meeting.surveys.all()) == [run]
    consultation = symposium(office, kind=Meeting.Kind.CONSULTATION)
    assert field_of(lambda: services.link_symposium(by=office, survey=run, meeting=consultation)) == "meeting"
    earlier = symposium(office, on=SURVEY_DAY - datetime.timedelta(days=1))
    assert field_of(lambda: services.link_symposium(by=office, survey=run, meeting=earlier)) == "meeting"


def test_a_symposium_outside_the_offices_jurisdiction_is_refused_naming_the_meeting():
    district_office = f.office(scope=f.district())
    run = survey(district_office)
    city_meeting = symposium(f.office())
    with pytest.raises(NotAllowed) as refused:
        services.link_symposium(by=district_office, survey=run, meeting=city_meeting)
    assert refused.value.field == "meeting"


# --- opinions -------------------------------------------------------------------------------------------------

def test_members_and_invited_experts_give_opinions_and_staff_do_not():
    office = f.office()
    run, member, expert, staff = with_people(office)
    services.record_opinion(by=office, survey=run, participant=member, text="提升工业设计能力和水平。")
    services.record_opinion(by=office, survey=run, participant=expert, text="重视产品标准制定。")
    assert [o.participant.name for o in opinions_for(office, run)] == ["周明", "郑华"]
    assert field_of(lambda: services.record_opinion(by=office, survey=run, participant=staff, text="x")) == "participant"
    other_run, other_member, *_rest = with_people(office)
    assert field_of(lambda: services.record_opinion(by=office, survey=run, participant=other_member,
                                                    text="x")) == "participant"
    assert field_of(lambda: services.record_opinion(by=office, survey=run, participant=member, text="  ")) == "text"
    with pytest.raises(NotAllowed):
        services.record_opinion(by=f.supervisor(), survey=run, participant=member, text="加强校企合作。")
    assert Opinion.objects.count() == 2


def test_the_staff_of_the_region_read_the_opinions_and_a_visited_enterprises_contact_does_not():
    office, visited = f.office(), f.enterprise()
    run = survey(office, [visited])
    assert opinions_for(f.supervisor(), run).count() == 0
    with pytest.raises(NotAllowed):
        opinions_for(f.enterprise_contact(of=visited), run)


# --- proposals ------------------------------------------------------------------------------------------------

def test_members_make_proposals_drawing_on_the_surveys_opinions():
    office = f.office()
    run, member, expert, staff = with_people(office)
    opinion = services.record_opinion(by=office, survey=run, participant=member, text="强化生产性服务业人才队伍建设。")
    proposal = services.record_proposal(
        by=office, survey=run, title="关于强化生产性服务业人才队伍建设的提案", body="建议……",
        proposers=[member], opinions=[opinion], submitted_on=datetime.date(2024, 5, 10))
    assert list(proposal.proposers.all()) == [member] and list(proposal.opinions.all()) == [opinion]
    assert field_of(lambda: services.record_proposal(by=office, survey=run, title="t", body="b", proposers=[expert],
                                                     submitted_on=SURVEY_DAY)) == "proposers"
    assert field_of(lambda: services.record_proposal(by=office, survey=run, title="t", body="b", proposers=[],
                                                     submitted_on=SURVEY_DAY)) == "proposers"
    other_opinion = services.record_opinion(by=office, survey=with_people(office)[0],
                                            participant=Participant.objects.exclude(survey=run).filter(
                                                role=Role.MEMBER).get(), text="x")
    assert field_of(lambda: services.record_proposal(by=office, survey=run, title="t", body="b", proposers=[member],
                                                     opinions=[other_opinion], submitted_on=SURVEY_DAY)) == "opinions"
    before = SURVEY_DAY - datetime.timedelta(days=1)
    assert field_of(lambda: services.record_proposal(by=office, survey=run, title="t", body="b", proposers=[member],
                                                     submitted_on=before)) == "submitted_on"
    assert Proposal.objects.count() == 1


# --- the report -----------------------------------------------------------------------------------------------

def test_the_report_holds_participants_opinions_proposals_and_how_far_each_problem_got():
    f.category()
    office = f.office()
    run, member, expert, staff = with_people(office)
    visited = run.enterprises.get()
    services.link_symposium(by=office, survey=run, meeting=symposium(office))
    services.record_opinion(by=office, survey=run, participant=expert, text="重视产品标准制定。")
    services.record_proposal(by=office, survey=run, title="关于加强校企合作的提案", body="建议……", proposers=[member],
                             submitted_on=datetime.date(2024, 5, 10))
    matter = services.raise_problem(by=office, survey=run, enterprise=visited, title="高端人才短缺",
                                    description="急需高级工程师。", category=f.category())
    matter_services.accept(matter, by=office)
    content = survey_content(run, user=office)
    assert [value for _label, value in content.figures] == [1, 1, 1, 1, 1, 0, 1]
    document = Document(io.BytesIO(survey_report(run, user=office)))
    text = "\n".join(paragraph.text for paragraph in document.paragraphs)
    for expected in ("周明", "民革", "郑华", "重视产品标准制定", "关于加强校企合作的提案", matter.number, "调研座谈会"):
        assert expected in text
    assert survey_report_pdf(run, user=office).startswith(b"%PDF")


def test_the_report_is_the_staffs_and_refused_to_a_visited_enterprises_contact():
    office, visited = f.office(), f.enterprise()
    run = survey(office, [visited])
    assert signed_in(office).get(f"/surveys/{run.pk}/report/").status_code == 200
    assert signed_in(f.supervisor()).get(f"/surveys/{run.pk}/report/?format=pdf").status_code == 200
    assert signed_in(f.enterprise_contact(of=visited)).get(f"/surveys/{run.pk}/report/").status_code == 403
    elsewhere = f.office(scope=f.region(code="320100", name="南京市"))
    assert signed_in(elsewhere).get(f"/surveys/{run.pk}/report/").status_code == 404


# --- API and pages --------------------------------------------------------------------------------------------

def test_participants_opinions_and_proposals_through_the_api_name_the_field_on_bad_input():
    office = f.office()
    run = survey(office)
    client = as_user(office)
    member = client.post(f"/surveys/{run.pk}/participants", {"name": "周明", "role": "member", "sector": "民革"})
    assert member.status_code == 201, member.content
    refused = client.post(f"/surveys/{run.pk}/participants", {"name": "王立", "role": "member"})
    assert refused.status_code == 422 and refused.json()["field"] == "sector"
    opinion = client.post(f"/surveys/{run.pk}/opinions", {"participant": member.json()["id"], "text": "加强校企合作。"})
    assert opinion.status_code == 201
    bad = client.post(f"/surveys/{run.pk}/opinions", {"participant": 999999, "text": "x"})
    assert bad.status_code == 422 and bad.json()["field"] == "participant"
    proposal = client.post(f"/surveys/{run.pk}/proposals", {
        "title": "关于加强校企合作的提案", "body": "建议……", "proposers": [member.json()["id"]],
        "opinions": [opinion.json()["id"]], "submitted_on": "2024-05-10"})
    assert proposal.status_code == 201 and proposal.json()["opinions"] == [opinion.json()["id"]]
    assert [row["name"] for row in as_user(f.supervisor()).get(f"/surveys/{run.pk}/participants").json()] == ["周明"]
    assert as_user(f.supervisor()).post(f"/surveys/{run.pk}/opinions", {
        "participant": member.json()["id"], "text": "x"}).status_code == 403
    report = client.get(f"/surveys/{run.pk}/report?format=pdf")
    assert report.status_code == 200 and report.content.startswith(b"%PDF")
    assert client.get(f"/surveys/{run.pk}/report?format=xlsx").status_code == 422


def test_a_survey_of_another_region_is_not_found_through_the_api():
    run = survey(f.office())
    elsewhere = as_user(f.office(scope=f.region(code="320100", name="南京市")))
    assert elsewhere.get(f"/surveys/{run.pk}/opinions").status_code == 404
    assert elsewhere.post(f"/surveys/{run.pk}/participants", {"name": "周明", "role": "expert"}).status_code == 404


def test_the_office_records_an_opinion_on_the_surveys_page_and_the_contact_sees_none():
    office, visited = f.office(), f.enterprise()
    run, member, _expert, _staff = with_people(office)
    run.enterprises.add(visited)
    page = signed_in(office).post(f"/surveys/{run.pk}/opinions/", {
        "opinion-participant": member.pk, "opinion-text": "立足企业真实需求出台帮扶政策。"}, follow=True)
    assert page.status_code == 200 and "立足企业真实需求出台帮扶政策" in text_of(page)
    refused = signed_in(office).post(f"/surveys/{run.pk}/opinions/", {"opinion-participant": member.pk})
    assert refused.status_code == 422
    contact_page = signed_in(f.enterprise_contact(of=visited)).get(f"/surveys/{run.pk}/")
    assert "立足企业真实需求出台帮扶政策" not in text_of(contact_page)
    assert signed_in(f.enterprise_contact(of=visited)).post(f"/surveys/{run.pk}/opinions/", {
        "opinion-participant": member.pk, "opinion-text": "x"}).status_code == 403

"""The papers an office prints: the 会议纪要 of a meeting, a numbered 交办单 per assigned unit, a numbered 督办单
for a carded matter; each opened as .docx and as PDF, and read the way a person reads them."""

import datetime
import io

import docx
import pytest
from pypdf import PdfReader

from huishang.cases import services as matter_services
from huishang.core import clock
from huishang.core.errors import NotAllowed, NotFound, ValidationError
from huishang.meetings import documents, services, sheets
from huishang.meetings.models import Sheet
from huishang.supervision.models import Card
from tests import factories as f

pytestmark = pytest.mark.django_db

MEETING_DAY = datetime.date(2024, 3, 8)
DUE = datetime.date(2024, 4, 30)


def at(day: datetime.date, hour: int = 10):
    return clock.frozen_at(datetime.datetime.combine(day, datetime.time(hour)))


def docx_text(content: bytes) -> str:
    document = docx.Document(io.BytesIO(content))
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join([paragraph.text for paragraph in document.paragraphs] + cells)


def pdf_text(content: bytes) -> str:
    return "".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages).replace("\n", "")


def both_formats(paper) -> list[str]:
    """What a person reads in the Word document and in the PDF of one paper."""
    return [docx_text(documents.as_docx(paper)), pdf_text(documents.as_pdf(paper))]


class World:
    """A meeting of 8 March 2024 that assigned one matter to a lead and a supporting unit and deferred another."""

    def __init__(self):
        self.office = f.office()
        self.lead, self.support, self.stranger = f.unit("区经信局"), f.unit("区人社局"), f.unit("区商务局")
        self.lead_handler, self.support_handler = f.unit_handler(self.lead), f.unit_handler(self.support)
        self.stranger_handler = f.unit_handler(self.stranger)
        self.contact = f.enterprise_contact()
        with at(datetime.date(2024, 2, 20)):
            self.matter = f.accepted_matter(by=self.contact, by_office=self.office, title="用电增容审批慢")
            self.deferred = f.accepted_matter(by=self.contact, by_office=self.office, title="厂区道路破损")
            self.meeting = services.create_meeting(by=self.office, held_on=MEETING_DAY, location="区政府三楼会议室",
                                                   attendees="区经信局、区人社局")
            self.item = services.add_to_agenda(self.meeting, self.matter, by=self.office)
            self.other_item = services.add_to_agenda(self.meeting, self.deferred, by=self.office)
        with at(MEETING_DAY, 11):
            services.decide(self.item, by=self.office, outcome="assigned", decision="限期办结增容手续",
                            lead_unit=self.lead, supporting_units=[self.support], due=DUE)
            services.decide(self.other_item, by=self.office, outcome="deferred", decision="补充材料")
        with at(MEETING_DAY, 16):
            services.record_minutes(self.meeting, by=self.office, minutes="会议听取了企业诉求。\n会议议定如下。")
        self.matter.refresh_from_db()


@pytest.fixture
def world():
    return World()


# Decisions and minutes wait for the meeting

def test_a_decision_before_the_meetings_date_is_refused_naming_the_date():
    office = f.office()
    with at(datetime.date(2024, 3, 1)):
        matter = f.accepted_matter(by_office=office)
        meeting = services.create_meeting(by=office, held_on=MEETING_DAY)
        item = services.add_to_agenda(meeting, matter, by=office)  # the agenda is built before the meeting
        with pytest.raises(ValidationError) as refused:
            services.decide(item, by=office, outcome="deferred")
    assert refused.value.field == "held_on" and "2024-03-08" in str(refused.value.message)
    with at(MEETING_DAY, 9):
        assert services.decide(item, by=office, outcome="deferred").outcome == "deferred"


def test_decisions_together_are_refused_before_the_meeting_and_none_is_kept():
    office = f.office()
    with at(datetime.date(2024, 3, 1)):
        meeting = services.create_meeting(by=office, held_on=MEETING_DAY)
        items = [services.add_to_agenda(meeting, f.accepted_matter(by_office=office), by=office) for _ in range(2)]
        with pytest.raises(ValidationError):
            services.decide_all(meeting, by=office, decisions=[{"item": item, "outcome": "deferred"} for item in items])
    assert {item.outcome for item in meeting.agenda_items.all()} == {"pending"}


def test_minutes_are_written_only_once_the_meeting_has_taken_place():
    office = f.office()
    with at(datetime.date(2024, 3, 7)):
        meeting = services.create_meeting(by=office, held_on=MEETING_DAY)
        with pytest.raises(ValidationError) as refused:
            services.record_minutes(meeting, by=office, minutes="会议纪要")
    assert refused.value.field == "held_on"
    with at(MEETING_DAY, 17):
        services.record_minutes(meeting, by=office, minutes="会议纪要")
    meeting.refresh_from_db()
    assert meeting.minutes == "会议纪要"


def test_the_notice_changes_until_the_meetings_day_and_not_after():
    office, leader = f.office(), f.leader()
    with at(datetime.date(2024, 3, 1)):
        meeting = services.create_meeting(by=office, held_on=MEETING_DAY)
        services.update_notice(meeting, by=office, location="区政府五楼会议室", attendees="各责任单位", chair=leader)
    meeting.refresh_from_db()
    assert (meeting.location, meeting.attendees, meeting.chair) == ("区政府五楼会议室", "各责任单位", leader)
    with at(datetime.date(2024, 3, 9)), pytest.raises(ValidationError):
        services.update_notice(meeting, by=office, location="别处", attendees="", chair=None)
    with at(datetime.date(2024, 3, 1)), pytest.raises(NotAllowed):
        services.update_notice(meeting, by=f.unit_handler(), location="别处", attendees="", chair=None)


# 会议纪要

def test_the_minutes_paper_names_the_meeting_its_number_place_units_and_deadlines(world):
    for text in both_formats(sheets.minutes_paper(world.meeting, reader=world.office)):
        for words in (world.meeting.title, "〔2024〕第1次", "2024年3月8日", "区政府三楼会议室", "区经信局、区人社局",
                      "会议听取了企业诉求", world.matter.number, world.matter.enterprise.name, "用电增容审批慢",
                      "限期办结增容手续", "区经信局", "区人社局", "2024年4月30日", world.deferred.number, "补充材料"):
            assert words in text, words


def test_an_enterprise_reads_in_the_minutes_only_its_own_matters():
    office = f.office()
    mine, theirs = f.enterprise_contact(), f.enterprise_contact()
    with at(datetime.date(2024, 3, 1)):
        own = f.accepted_matter(by=mine, by_office=office, title="本企业问题")
        other = f.accepted_matter(by=theirs, by_office=office, title="他企业问题")
        meeting = services.create_meeting(by=office, held_on=MEETING_DAY)
        for matter in (own, other):
            services.add_to_agenda(meeting, matter, by=office)
    docx_words = docx_text(documents.as_docx(sheets.minutes_paper(meeting, reader=mine)))
    assert own.number in docx_words and other.number not in docx_words and "他企业问题" not in docx_words


# 交办单

def test_each_assigned_unit_has_a_numbered_assignment_sheet_with_its_role_and_deadline(world):
    with at(datetime.date(2024, 3, 9)):
        lead = sheets.assignment_paper(world.meeting, world.lead.pk, reader=world.office)
        support = sheets.assignment_paper(world.meeting, world.support.pk, reader=world.support_handler)
    assert (lead.number, support.number) == ("交办〔2024〕1号", "交办〔2024〕2号")
    for text in both_formats(lead):
        for words in ("交办〔2024〕1号", "交办单", "区经信局", world.meeting.title, world.matter.number, "用电增容审批慢",
                      "限期办结增容手续", "牵头", "2024年4月30日"):
            assert words in text, words
        assert world.deferred.number not in text
    for text in both_formats(support):
        assert "交办〔2024〕2号" in text and "区人社局" in text and "配合" in text and world.matter.number in text


def test_an_assignment_sheet_keeps_its_number_when_printed_again(world):
    with at(datetime.date(2024, 3, 9)):
        first = sheets.assignment_paper(world.meeting, world.lead.pk, reader=world.office).number
    with at(datetime.date(2025, 1, 5)):
        again = sheets.assignment_paper(world.meeting, world.lead.pk, reader=world.lead_handler).number
        other = services.create_meeting(by=world.office, held_on=datetime.date(2025, 1, 5))
        matter = f.accepted_matter(by_office=world.office)
        services.decide(services.add_to_agenda(other, matter, by=world.office), by=world.office, outcome="assigned",
                        lead_unit=world.lead, due=datetime.date(2025, 2, 1))
        next_year = sheets.assignment_paper(other, world.lead.pk, reader=world.office).number
    assert first == again == "交办〔2024〕1号" and next_year == "交办〔2025〕1号"
    assert Sheet.objects.filter(kind=Sheet.Kind.ASSIGNMENT).count() == 2


def test_a_unit_is_refused_another_units_assignment_sheet(world):
    with pytest.raises(NotAllowed):
        sheets.assignment_paper(world.meeting, world.lead.pk, reader=world.support_handler)
    with pytest.raises(NotAllowed):
        sheets.assignment_paper(world.meeting, world.lead.pk, reader=world.contact)
    assert sheets.assigned_units(world.meeting, reader=world.support_handler) == [world.support]
    assert not Sheet.objects.exists()


# 督办单

def carded(world, *, on=datetime.date(2024, 5, 6)) -> Card:
    """The matter, past its deadline, holds a yellow card (as the card job gives one)."""
    with at(on):
        matter_services.acknowledge(world.matter, by=world.lead_handler)
        return Card.objects.create(matter=world.matter, level=Card.Level.YELLOW, reason="超期未办结",
                                   issued_at=clock.now())


def test_a_carded_matter_has_a_numbered_supervision_sheet_with_its_units_card_and_deadlines(world):
    carded(world)
    with at(datetime.date(2024, 5, 6), 15):
        paper = sheets.supervision_paper(world.matter, reader=world.office)
    assert paper.number == "督办〔2024〕1号"
    for text in both_formats(paper):
        # 5 working days after Monday 6 May 2024: Saturday 11 May, a working day that year (调休).
        for words in ("督办〔2024〕1号", "督办单", world.matter.number, "用电增容审批慢", world.matter.enterprise.name,
                      "区经信局", "区人社局", "黄牌", "超期未办结", "2024年4月30日", "2024年5月11日"):
            assert words in text, words


def test_the_supervision_sheet_is_for_the_matters_units_and_staff_and_keeps_its_number(world):
    carded(world)
    with at(datetime.date(2024, 5, 7)):
        assert sheets.supervision_paper(world.matter, reader=world.support_handler).number == "督办〔2024〕1号"
    with at(datetime.date(2024, 5, 9)):
        assert sheets.supervision_paper(world.matter, reader=f.supervisor()).number == "督办〔2024〕1号"
    for outsider in (world.stranger_handler, world.contact):
        with pytest.raises(NotAllowed):
            sheets.supervision_paper(world.matter, reader=outsider)


def test_a_matter_without_a_card_has_no_supervision_sheet(world):
    with pytest.raises(NotFound):
        sheets.supervision_paper(world.matter, reader=world.office)

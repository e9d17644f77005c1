"""Yongchuan's butlers and CPPCC survey in the demo (seed 000): the problems they found waiting for the office (the
demo assigns no matter outside 内江, see butlers/demo.py), the visit plan and its overdue enterprises, who took part
in the survey, the opinions, proposals and report."""

import datetime
import io

import pytest
from docx import Document

from huishang.butlers.figures import butler_figures
from huishang.butlers.plan import visit_interval_days
from huishang.cases.models import Matter
from huishang.cases.states import State
from huishang.directory.models import User
from huishang.figures.selectors import Scope
from huishang.meetings.models import AgendaItem, Meeting
from huishang.surveys.models import Participant, Survey
from huishang.surveys.report import survey_report

pytestmark = pytest.mark.django_db


def test_the_four_problems_butlers_raised_wait_for_the_office_off_every_agenda(demo_world):
    raised = Matter.objects.filter(source=Matter.Source.BUTLER, region__code="500118")
    assert raised.count() == 4
    assert {matter.state for matter in raised} <= {State.SUBMITTED, State.ACCEPTED}
    figures = butler_figures(Scope())["butlers"]
    assert (figures["problems_raised"], figures["problems_resolved"]) == (4, 0)
    assert not AgendaItem.objects.filter(matter__in=raised).exists()


def test_the_office_asks_for_a_visit_a_quarter_and_at_the_end_of_april_2024_nine_enterprises_are_overdue(demo_world):
    # Each of the 13 enterprises was last visited in January 2024 (due in April), save the 4 visited in late April.
    assert visit_interval_days() == 90
    april = butler_figures(Scope(date_from=datetime.date(2024, 4, 1), date_to=datetime.date(2024, 4, 30)))["butlers"]
    assert april["enterprises_covered"] == 13 and april["visits_overdue"] == 9


def test_the_surveys_six_problems_are_linked_to_it_and_wait_for_the_office(demo_world):
    matters = Survey.objects.get().matters.all()
    assert matters.count() == 6
    assert {matter.state for matter in matters} <= {State.SUBMITTED, State.ACCEPTED}


def test_the_survey_has_its_members_by_sector_experts_symposium_opinions_proposals_and_report(demo_world):
    survey = Survey.objects.get()
    members = survey.participants.filter(role=Participant.Role.MEMBER)
    assert members.filter(sector="民革").count() == 3 and members.count() == 4
    assert survey.participants.filter(role=Participant.Role.EXPERT, affiliation="重庆市生产性服务业协会").count() == 2
    assert survey.symposium.kind == Meeting.Kind.SYMPOSIUM and survey.symposium.held_on == survey.held_on
    assert survey.opinions.count() == 6 and survey.proposals.count() == 2
    assert all(proposal.opinions.exists() for proposal in survey.proposals.all())
    office = User.objects.get(username="office_yc")
    text = "\n".join(p.text for p in Document(io.BytesIO(survey_report(survey, user=office))).paragraphs)
    assert "关于强化生产性服务业人才队伍建设的提案" in text and "民革" in text

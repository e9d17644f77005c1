"""Rows of a survey's participants, opinions and proposals (调研) for the query-count cases."""

import datetime
from types import SimpleNamespace

from huishang.surveys import services
from huishang.surveys.models import Participant
from tests import factories as f
from tests.scale.rows import next_name

DAY = datetime.date(2024, 4, 16)


def survey_world() -> SimpleNamespace:
    office = f.office()
    survey = services.record_survey(by=office, title="生产性服务业专题调研", held_on=DAY, region=office.region,
                                    organiser="区政协民革界别", enterprises=[f.enterprise()])
    return SimpleNamespace(viewer=office, office=office, survey=survey, names=[])


def add_participants(world, n):
    for _ in range(n):
        services.add_participant(by=world.office, survey=world.survey, name=next_name(world, "委员"),
                                 role=Participant.Role.MEMBER, sector="民革")


def add_opinions(world, n):
    """Each opinion by a member of its own, its text named."""
    for _ in range(n):
        member = services.add_participant(by=world.office, survey=world.survey, name=f"委员{len(world.names)}",
                                          role=Participant.Role.MEMBER, sector="民革", affiliation="区政协")
        services.record_opinion(by=world.office, survey=world.survey, participant=member,
                                text=next_name(world, "意见"))


def add_proposals(world, n):
    """Each proposal by two members of its own, drawing on an opinion of each."""
    for _ in range(n):
        title = next_name(world, "提案")
        members = [services.add_participant(by=world.office, survey=world.survey, name=f"{title}提案人{i}",
                                            role=Participant.Role.MEMBER, sector="民革") for i in (1, 2)]
        opinions = [services.record_opinion(by=world.office, survey=world.survey, participant=member, text="意见")
                    for member in members]
        services.record_proposal(by=world.office, survey=world.survey, title=title, body="建议……", proposers=members,
                                 opinions=opinions, submitted_on=DAY)

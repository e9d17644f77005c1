"""Shapes of the surveys API."""

import datetime
from typing import Literal

from ninja import Field, Schema

from huishang.api.schemas import TEXT_MAX, Id, OrganizationRef, RegionRef, RequiredText, StrictSchema, Text
from huishang.core.parsing import Day


class QuestionOut(Schema):
    id: int
    text: str


class AnswerOut(Schema):
    question: int = Field(alias="question_id")
    enterprise: OrganizationRef
    text: str


class SurveyMatterRef(Schema):
    number: str
    title: str
    state: str


class SurveyOut(Schema):
    id: int
    title: str
    held_on: datetime.date
    organiser: str
    region: RegionRef


class SurveyDetail(SurveyOut):
    summary: str
    enterprises: list[OrganizationRef]
    questions: list[QuestionOut]
    answers: list[AnswerOut]
    matters: list[SurveyMatterRef]


class SurveyIn(StrictSchema):
    title: RequiredText(200)
    held_on: Day
    region: RequiredText(12)
    organiser: RequiredText(200)
    enterprises: list[Id]
    summary: Text(TEXT_MAX) = ""
    questions: list[RequiredText(300)] = []


class AnswerIn(StrictSchema):
    question: Id
    enterprise: Id
    text: RequiredText(TEXT_MAX)


class SurveyProblemIn(StrictSchema):
    enterprise: Id
    title: RequiredText(200)
    description: RequiredText(TEXT_MAX)
    category: RequiredText(32)


class SurveyParticipantIn(StrictSchema):
    name: RequiredText(100)
    role: RequiredText(10) = Field(description="member (委员), expert (特邀专家) or staff (委室、部门)")
    sector: Text(60) = Field("", description="界别, e.g. 民革; required of a member")
    affiliation: Text(200) = ""


class SurveyParticipantOut(Schema):
    id: int
    name: str
    role: str
    sector: str
    affiliation: str


class SurveySymposiumIn(StrictSchema):
    meeting: Id


class SurveyOpinionIn(StrictSchema):
    participant: Id
    text: RequiredText(TEXT_MAX)


class SurveyOpinionOut(Schema):
    id: int
    participant: int = Field(alias="participant_id")
    participant_name: str = Field(alias="participant.name")
    text: str


class SurveyProposalIn(StrictSchema):
    title: RequiredText(200)
    body: RequiredText(TEXT_MAX)
    proposers: list[Id]
    opinions: list[Id] = []
    submitted_on: Day


class SurveyProposalOut(Schema):
    id: int
    title: str
    body: str
    submitted_on: datetime.date
    proposers: list[int]
    opinions: list[int]

    @staticmethod
    def resolve_proposers(proposal):
        return [person.pk for person in proposal.proposers.all()]

    @staticmethod
    def resolve_opinions(proposal):
        return [opinion.pk for opinion in proposal.opinions.all()]


class SurveyReportFormat(Schema):
    format: Literal["docx", "pdf"] = "docx"

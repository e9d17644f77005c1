"""Shapes of the surveys API."""

import datetime

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

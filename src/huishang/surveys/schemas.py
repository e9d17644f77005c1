"""Shapes of the surveys API."""

import datetime

from ninja import Field, Schema

from huishang.api.schemas import Id, OrganizationRef, RegionRef


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


class SurveyIn(Schema):
    title: str = Field(max_length=200)
    held_on: datetime.date
    region: str
    organiser: str = Field(max_length=200)
    enterprises: list[Id]
    summary: str = ""
    questions: list[str] = []


class AnswerIn(Schema):
    question: Id
    enterprise: Id
    text: str


class SurveyProblemIn(Schema):
    enterprise: Id
    title: str = Field(max_length=200)
    description: str
    category: str

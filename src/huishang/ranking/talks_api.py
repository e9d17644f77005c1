"""Talks (约谈) over the API, under /api/v1/ranking/talks: the talks a reader may see, recording one with its
commitments, and a commitment marked done. Each operation calls ranking.talks, as the web pages do."""

import datetime
from typing import Literal

from ninja import Router, Schema, Status
from pydantic import Field

from huishang.api.errors import ErrorOut
from huishang.api.lookups import organization_by_id, region_by_code
from huishang.api.schemas import Id, LocalDateTime, OrganizationRef, RequiredText, StrictSchema, Text
from huishang.core import clock
from huishang.core.parsing import Day
from huishang.ranking import selectors, talks
from huishang.ranking.api import REGION, RegionCode
from huishang.ranking.models import Talk

router = Router(tags=["ranking"])
REFUSALS = {403: ErrorOut, 404: ErrorOut, 409: ErrorOut, 422: ErrorOut}


class RankingCommitmentIn(StrictSchema):
    content: RequiredText(talks.COMMITMENT_LENGTH)
    due: Day


class RankingTalkIn(StrictSchema):
    unit: Id = Field(description="the flagged unit's id")
    month: str = Field(description="the published month that flagged it, YYYY-MM", pattern=r"^\d{4}-\d{2}$",
                       min_length=7, max_length=7)
    held_on: Day
    chaired_by: RequiredText(talks.CHAIR_LENGTH)
    attendees: RequiredText(talks.ATTENDEES_LENGTH)
    problems: RequiredText(talks.PROBLEMS_LENGTH)
    commitments: list[RankingCommitmentIn] = Field(max_length=talks.MOST_COMMITMENTS)


class RankingCommitmentDoneIn(StrictSchema):
    note: Text(talks.COMMITMENT_LENGTH) = ""


class RankingCommitmentCardOut(Schema):
    level: Literal["warning", "yellow", "red"]
    reason: str


class RankingCommitmentOut(Schema):
    id: int
    content: str
    due: datetime.date
    overdue: bool
    card: RankingCommitmentCardOut | None = Field(
        description="the card it holds today by the default card rule, as a matter's deadline; null when done")
    done_at: LocalDateTime | None
    done_note: str


class RankingTalkRankOut(Schema):
    month: str
    rank: int | None = Field(description="null: not ranked, or the month is not published yet")
    score: float | None
    flagged: bool | None


class RankingTalkOut(Schema):
    id: int
    unit: OrganizationRef
    month: str
    region: str | None
    held_on: datetime.date
    chaired_by: str
    attendees: str
    problems: str
    commitments: list[RankingCommitmentOut]
    ranks: list[RankingTalkRankOut] = Field(description="the unit's line in the talk's month and the month after")


def _rank(month: datetime.date, line: dict | None) -> dict:
    line = line or {}
    return {"month": f"{month:%Y-%m}", "rank": line.get("rank"), "score": line.get("score"),
            "flagged": line.get("flagged")}


def _commitment(commitment, today: datetime.date, card: talks.CommitmentCard | None) -> dict:
    return {"id": commitment.pk, "content": commitment.content, "due": commitment.due,
            "overdue": commitment.overdue_on(today), "done_at": commitment.done_at, "done_note": commitment.done_note,
            "card": {"level": card.level, "reason": card.reason} if card else None}


def _talk(talk: Talk, beside: dict, cards: dict) -> dict:
    today = clock.today()
    return {
        "id": talk.pk, "unit": talk.unit, "month": f"{talk.month:%Y-%m}",
        "region": talk.region.code if talk.region else None, "held_on": talk.held_on, "chaired_by": talk.chaired_by,
        "attendees": talk.attendees, "problems": talk.problems,
        "commitments": [_commitment(commitment, today, cards[commitment.pk]) for commitment in talk.commitments.all()],
        "ranks": [_rank(beside["month"], beside["line"]), _rank(beside["next_month"], beside["next_line"])],
    }


def _one_talk(talk: Talk) -> dict:
    return _talk(talk, talks.ranks_beside(talk), talks.commitment_cards(talk.commitments.all(), today=clock.today()))


@router.get("", response={200: list[RankingTalkOut]}, summary="约谈列表 / Talks with bottom units",
            description="The talks the reader may see (a unit handler its own unit's), latest month first.")
def list_talks(request, month: str | None = None):
    rows = talks.visible_talks(request.auth).order_by("-month", "unit__name")
    if month:
        rows = rows.filter(month=selectors.parse_month(month))
    rows = list(rows[:500])
    ranks = talks.ranks_beside_each(rows)
    cards = talks.commitment_cards([c for talk in rows for c in talk.commitments.all()], today=clock.today())
    return [_talk(talk, ranks[talk.pk], cards) for talk in rows]


@router.post("", response={201: RankingTalkOut, **REFUSALS}, summary="记录约谈 / Record a talk",
             description="The office of the ranking's region records its talk with a unit the month's latest "
                         "published version flags at the bottom, with the unit's commitments.")
def record_talk(request, payload: RankingTalkIn, region: RegionCode = REGION):
    place = region_by_code(region) if region else selectors.default_region(request.auth)
    talk = talks.record_talk(
        by=request.auth, unit=organization_by_id(payload.unit, "unit"), region=place,
        month=selectors.parse_month(payload.month), held_on=payload.held_on, chaired_by=payload.chaired_by,
        attendees=payload.attendees, problems=payload.problems,
        commitments=[talks.Promise(row.content, row.due) for row in payload.commitments])
    talk = talks.talk_of(request.auth, talk.pk)
    return Status(201, _one_talk(talk))


@router.get("/{talk_id}", response={200: RankingTalkOut, 404: ErrorOut}, summary="约谈详情 / A talk")
def read_talk(request, talk_id: int):
    talk = talks.talk_of(request.auth, talk_id)
    return _one_talk(talk)


@router.post("/{talk_id}/commitments/{commitment_id}/done", response={200: RankingCommitmentOut, **REFUSALS},
             summary="整改承诺完成 / Mark a commitment done")
def commitment_done(request, talk_id: int, commitment_id: int, payload: RankingCommitmentDoneIn):
    commitment = talks.mark_done(talks.commitment_of(request.auth, talk_id, commitment_id), by=request.auth,
                                 note=payload.note)
    return _commitment(commitment, clock.today(), None)  # done: no card

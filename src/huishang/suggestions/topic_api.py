"""Consultation topics in the API (/api/v1/suggestions/topics): read topics with their summary, list and give
opinions, support one (as the calling account, or for a phone number confirmed by a text-message code, as a
kiosk at a collection point does), and the office's filing, decisions, result and forwarding."""

import datetime

from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from ninja import Router, Schema, Status

from huishang.api.errors import ErrorOut
from huishang.api.schemas import NOTE_MAX, Id, LocalDateTime, RequiredText, StrictSchema, Text
from huishang.core.errors import NotAllowed
from huishang.core.parsing import Day
from huishang.directory.models import Region
from huishang.suggestions import topic_selectors, topics
from huishang.suggestions.models import CollectionPoint, Opinion, Topic
from huishang.suggestions.permissions import manages_topics

router = Router(tags=["suggestions"])
REFUSALS = {403: ErrorOut, 404: ErrorOut, 409: ErrorOut, 422: ErrorOut}


class TopicThemeOut(Schema):
    theme: str
    opinions: int
    supports: int
    adopted: int


class TopicListOut(Schema):
    code: str
    kind: str
    title: str
    region: str
    point: str | None
    opens_on: datetime.date
    closes_on: datetime.date
    stage: str
    opinions: int
    supports: int


class TopicOut(Schema):
    code: str
    kind: str
    title: str
    description: str
    region: str
    places: list[str]
    point: str | None
    opens_on: datetime.date
    closes_on: datetime.date
    stage: str
    opinions: int
    supports: int
    adopted: int
    themes: list[TopicThemeOut]
    documents: list[str]
    result: str | None
    forwarded_as: str | None


class TopicIn(StrictSchema):
    code: RequiredText(32)
    kind: RequiredText(16)
    title: RequiredText(100)
    description: RequiredText(5000)
    region: RequiredText(12)
    places: list[Text(12)] = []
    point: Text(32) | None = None
    opens_on: Day
    closes_on: Day


class TopicOpinionOut(Schema):
    id: int
    text: str
    signed: str
    submitted_at: LocalDateTime
    supports: int
    theme: str
    outcome: str | None
    reason: str | None
    held: bool


class TopicOpinionIn(StrictSchema):
    text: RequiredText(1000)
    signed: Text(20) = ""


class TextCodeIn(StrictSchema):
    phone: RequiredText(20)


class TopicSupportIn(StrictSchema):
    phone: Text(20) = ""
    code: Text(6) = ""


class TopicSupportOut(Schema):
    opinion: int
    supports: int


class TopicThemeIn(StrictSchema):
    theme: Text(30) = ""  # empty, or left out, takes the opinion out of every theme


class TopicDecisionIn(StrictSchema):
    outcome: RequiredText(16)
    reason: RequiredText(NOTE_MAX)


class TopicResultIn(StrictSchema):
    text: RequiredText(5000)


class ForwardingIn(StrictSchema):
    addressee: RequiredText(100)


class ForwardingOut(Schema):
    number: str
    addressee: str
    opinions: int
    forwarded_at: LocalDateTime


def _topic(request, code) -> Topic:
    return get_object_or_404(topic_selectors.readable_topics(request.auth), code=code)


def _topic_out(topic: Topic) -> dict:
    summary = topic_selectors.summary(topic)
    forwarding = topic.forwardings.first()
    return {
        "code": topic.code, "kind": topic.kind, "title": topic.title, "description": topic.description,
        "region": topic.region.code, "places": [place.code for place in topic.places.all()],
        "point": topic.point.code if topic.point_id else None, "opens_on": topic.opens_on,
        "closes_on": topic.closes_on, "stage": topic_selectors.stage_of(topic), "opinions": summary["opinions"],
        "supports": summary["supports"], "adopted": summary["adopted"],
        "themes": [{key: row[key] for key in ("theme", "opinions", "supports", "adopted")} for row in summary["themes"]],
        "documents": [document.original_name for document in topic.documents.all()],
        "result": topic.result if topic.result_published_at else None,
        "forwarded_as": forwarding.document_number if forwarding else None,
    }


def _opinion_out(opinion: Opinion, *, staff: bool) -> dict:
    # Listed opinions carry their count (opinions_of); one just changed is counted here.
    supports = opinion.support_count if hasattr(opinion, "support_count") else opinion.supports.count()
    return {
        "id": opinion.pk, "text": opinion.text, "signed": opinion.author_name if staff else opinion.signature,
        "submitted_at": opinion.submitted_at, "supports": supports, "theme": opinion.theme,
        "outcome": opinion.outcome or None, "reason": opinion.reason or None, "held": opinion.held,
    }


def _opinion(request, code, opinion_id, *, with_held=False) -> Opinion:
    topic = _topic(request, code)
    with_held = with_held and topic_selectors.handles(request.auth, topic)
    return get_object_or_404(topic_selectors.opinions_of(topic, with_held=with_held), pk=opinion_id)


@router.get("", response={200: list[TopicListOut]}, summary="征集专题列表 / List consultation topics",
            description="Every topic whose period has begun; the office's staff also their jurisdiction's not yet "
                        "open. Opinions count those shown (not held).")
def list_topics(request, limit: int = 50):
    readable = topic_selectors.readable_topics(request.auth)[: max(1, min(limit, 200))]
    return [{"code": topic.code, "kind": topic.kind, "title": topic.title, "region": topic.region.code,
             "point": topic.point.code if topic.point_id else None, "opens_on": topic.opens_on,
             "closes_on": topic.closes_on, "stage": topic_selectors.stage_of(topic), "opinions": topic.shown_opinions,
             "supports": topic.support_count} for topic in readable]


@router.post("", response={201: TopicOut, **REFUSALS}, summary="开设征集专题 / Open a consultation topic",
             description="The office, in its jurisdiction; a draft law names a legislative contact point. Documents "
                         "are added on the staff page.")
def open_topic(request, payload: TopicIn):
    region = get_object_or_404(Region, code=payload.region)
    places = [get_object_or_404(Region, code=code) for code in payload.places]
    point = get_object_or_404(CollectionPoint, code=payload.point) if payload.point else None
    topic = topics.open_topic(
        by=request.auth, code=payload.code, kind=payload.kind, title=payload.title, description=payload.description,
        region=region, places=places, point=point, opens_on=payload.opens_on, closes_on=payload.closes_on,
    )
    return Status(201, _topic_out(topic))


@router.get("/{code}", response={200: TopicOut, 404: ErrorOut}, summary="征集专题详情 / Read a topic and its summary")
def read_topic(request, code: str):
    return _topic_out(_topic(request, code))


@router.get("/{code}/opinions", response={200: list[TopicOpinionOut], 404: ErrorOut},
            summary="专题意见 / The opinions on a topic", description="Most supported first; held ones for the office only.")
def list_opinions(request, code: str):
    topic = _topic(request, code)
    staff = topic_selectors.handles(request.auth, topic)
    return [_opinion_out(opinion, staff=staff) for opinion in topic_selectors.opinions_of(topic, with_held=staff)]


@router.post("/{code}/opinions", response={201: TopicOpinionOut, **REFUSALS}, summary="提交意见 / Give an opinion",
             description="As the calling account, while the topic is open.")
def give_opinion(request, code: str, payload: TopicOpinionIn):
    topic = _topic(request, code)
    opinion = topics.submit_opinion(topic, text=payload.text, author_name=payload.signed, by=request.auth)
    return Status(201, _opinion_out(opinion, staff=topic_selectors.handles(request.auth, topic)))


@router.post("/{code}/text-codes", response={202: None, 409: ErrorOut, 404: ErrorOut, 422: ErrorOut, 429: ErrorOut},
             summary="发送短信验证码 / Send a confirmation code to a phone",
             description="Before a phone number supports an opinion; refused for a number that already supported.")
def send_text_code(request, code: str, payload: TextCodeIn):
    topics.send_support_code(_topic(request, code), phone=payload.phone)
    return Status(202, None)


@router.post("/{code}/opinions/{opinion_id}/supports", response={201: TopicSupportOut, **REFUSALS},
             summary="支持意见 / Support an opinion",
             description="One support per person and topic: for the phone confirmed by its code, or else as the "
                         "calling account. The phone is kept only as a keyed hash.")
def support(request, code: str, opinion_id: Id, payload: TopicSupportIn):
    opinion = _opinion(request, code, opinion_id)
    topics.support_opinion(opinion, by=request.auth, phone=payload.phone, code=payload.code)
    return Status(201, {"opinion": opinion.pk, "supports": opinion.supports.count()})


def _managed_opinion(request, code, opinion_id) -> Opinion:
    if not manages_topics(request.auth):
        raise NotAllowed(_("Only the service office manages consultation topics."))
    return _opinion(request, code, opinion_id, with_held=True)


@router.post("/{code}/opinions/{opinion_id}/theme", response={200: TopicOpinionOut, **REFUSALS},
             summary="意见归类 / File an opinion under a theme")
def file_opinion(request, code: str, opinion_id: Id, payload: TopicThemeIn):
    opinion = topics.file_under_theme(_managed_opinion(request, code, opinion_id), by=request.auth, theme=payload.theme)
    return _opinion_out(opinion, staff=True)


@router.post("/{code}/opinions/{opinion_id}/decision", response={200: TopicOpinionOut, **REFUSALS},
             summary="意见采纳 / Decide an opinion", description="adopted / partly_adopted / not_adopted, with the reason.")
def decide_opinion(request, code: str, opinion_id: Id, payload: TopicDecisionIn):
    opinion = topics.decide_opinion(_managed_opinion(request, code, opinion_id), by=request.auth,
                                    outcome=payload.outcome, reason=payload.reason)
    return _opinion_out(opinion, staff=True)


@router.post("/{code}/result", response={200: TopicOut, **REFUSALS}, summary="公布结果 / Publish a topic's result")
def publish_result(request, code: str, payload: TopicResultIn):
    return _topic_out(topics.publish_result(_topic(request, code), by=request.auth, text=payload.text))


@router.post("/{code}/forwarding", response={201: ForwardingOut, **REFUSALS},
             summary="意见报送 / Forward a draft law's opinions",
             description="Once, as a numbered document (〔year〕N号); the Word and PDF files are on the staff page.")
def forward(request, code: str, payload: ForwardingIn):
    forwarding = topics.forward_opinions(_topic(request, code), by=request.auth, addressee=payload.addressee)
    return Status(201, {"number": forwarding.document_number, "addressee": forwarding.addressee,
                        "opinions": forwarding.opinions, "forwarded_at": forwarding.forwarded_at})

"""Recruitment over the API for staff: rounds, applications, review, scores, publication and events. The public
applies, follows an application and reads the published result on the web pages (recruitment.public_views), which
need no account. Every change goes through a service."""

from django.utils.translation import gettext as _
from ninja import Router, Status

from huishang.core import masking
from huishang.api.errors import ErrorOut
from huishang.api.lookups import region_by_code
from huishang.api.schemas import Id, Text
from huishang.core.errors import NotAllowed, NotFound, ValidationError
from huishang.core.parsing import Year
from huishang.recruitment import events as event_services
from huishang.recruitment import selectors, services
from huishang.recruitment.models import Application, Participation, Round
from huishang.recruitment.permissions import may_read
from huishang.recruitment.ranking import rules
from huishang.recruitment.schemas import (
    ApplicationOut, ApplicationReviewIn, EventIn, EventOut, IntentionsIn, ParticipationIn, ParticipationOut, RoundIn,
    RoundOut, ScoresIn,
)

router = Router(tags=["recruitment"])
REFUSALS = {403: ErrorOut, 404: ErrorOut, 409: ErrorOut, 422: ErrorOut}


def _round_out(round_: Round) -> dict:
    fields = {name: getattr(round_, name) for name in RoundOut.model_fields if name != "tie_breaks"}
    return {**fields, "tie_breaks": rules(round_)}


def _staff_round(user, pk: int) -> Round:
    if not may_read(user):
        raise NotAllowed(_("Your role does not follow recruitment."))
    round_ = selectors.visible_rounds(user).filter(pk=pk).first()
    if round_ is None:
        raise NotFound(_("Recruitment round %(key)s was not found.") % {"key": pk})
    return round_


def _staff_application(user, pk: int) -> Application:
    application = Application.objects.select_related("round").filter(pk=pk).first()
    if application is None:
        raise NotFound(_("Application %(key)s was not found.") % {"key": pk})
    _staff_round(user, application.round_id)
    return application


def _application_out(application: Application) -> dict:
    """What staff read: personal data masked as in every view."""
    return {
        **{name: getattr(application, name) for name in ApplicationOut.model_fields if hasattr(application, name)},
        "id_number": masking.mask_id_number(application.id_number), "phone": masking.mask_phone(application.phone),
        "reasons": application.reasons,
    }


@router.get("/rounds", response={200: list[RoundOut], 403: ErrorOut}, summary="招聘轮次 / Rounds")
def list_rounds(request):
    if not may_read(request.auth):
        raise NotAllowed(_("Your role does not follow recruitment."))
    return [_round_out(round_) for round_ in selectors.visible_rounds(request.auth)]


@router.get("/rounds/{pk}/applications", response={200: list[ApplicationOut], 403: ErrorOut, 404: ErrorOut},
            summary="报名人员 / Applications")
def list_applications(request, pk: Id):
    return [_application_out(application) for application in _staff_round(request.auth, pk).applications.all()]


@router.post("/applications/{pk}/review", response={200: ApplicationOut, **REFUSALS}, summary="资格审查 / Review")
def review(request, pk: Id, payload: ApplicationReviewIn):
    application = services.review_application(
        _staff_application(request.auth, pk), by=request.auth, approve=payload.approve, note=payload.note)
    return _application_out(application)


@router.post("/applications/{pk}/scores", response={200: ApplicationOut, **REFUSALS}, summary="录入成绩 / Scores")
def scores(request, pk: Id, payload: ScoresIn):
    application = services.record_scores(_staff_application(request.auth, pk), by=request.auth,
                                         written=payload.written_score, interview=payload.interview_score)
    return _application_out(application)


@router.post("/rounds/{pk}/publish", response={200: RoundOut, **REFUSALS}, summary="发布公示 / Publish the result")
def publish(request, pk: Id):
    return _round_out(services.publish_result(_staff_round(request.auth, pk), by=request.auth))


@router.get("/events", response={200: list[EventOut], 403: ErrorOut, 422: ErrorOut},
            summary="招聘活动 / Recruitment events")
def list_events(request, kind: Text(32) | None = None, year: Year | None = None):
    if not may_read(request.auth):
        raise NotAllowed(_("Your role does not follow recruitment."))
    events = selectors.visible_events(request.auth)
    if kind:
        events = events.filter(kind=kind)
    if year:
        events = events.filter(held_on__year=year)
    return [_event_out(event) for event in events]


def _region(code: str):
    region = region_by_code(code)
    if region is None:
        raise ValidationError(_("This field is required."), field="region")
    return region


@router.post("/rounds", response={201: RoundOut, **REFUSALS}, summary="发布招聘 / Announce a round")
def create_round(request, payload: RoundIn):
    round_ = services.create_round(by=request.auth, **{**payload.dict(), "region": _region(payload.region)})
    return Status(201, _round_out(round_))


def _event_out(event) -> dict:
    """An event annotated by selectors.visible_events, as the API shows it."""
    return {**{name: getattr(event, name) for name in ("id", "kind", "title", "held_on", "venue", "employers",
                                                       "positions", "intentions")},
            "university": event.university.name if event.university else None}


@router.post("/events", response={201: EventOut, **REFUSALS}, summary="登记招聘活动 / Record an event",
             description="A campus session (kind campus) names its university. 校园招聘须注明高校。")
def hold_event(request, payload: EventIn):
    university = event_services.university_named(payload.university or "")
    event = event_services.hold_event(by=request.auth, kind=payload.kind, title=payload.title,
                                      held_on=payload.held_on, region=_region(payload.region), venue=payload.venue,
                                      university=university)
    return Status(201, _event_out(selectors.visible_events(request.auth).get(pk=event.pk)))


def _visible_event(user, pk: int):
    if not may_read(user):
        raise NotAllowed(_("Your role does not follow recruitment."))
    event = selectors.visible_events(user).filter(pk=pk).first()
    if event is None:
        raise NotFound(_("Recruitment event %(key)s was not found.") % {"key": pk})
    return event


def _participation_out(participation: Participation) -> dict:
    return {"id": participation.pk, "employer": participation.employer,
            "positions": participation.positions.count(), "intentions": participation.intentions.count()}


@router.post("/events/{pk}/employers", response={201: ParticipationOut, **REFUSALS},
             summary="参会单位及岗位 / An employer and its positions")
def add_employer(request, pk: Id, payload: ParticipationIn):
    participation = event_services.add_employer(
        _visible_event(request.auth, pk), by=request.auth, employer=payload.employer,
        positions=[(position.title, position.openings) for position in payload.positions])
    return Status(201, _participation_out(participation))


@router.post("/events/{pk}/employers/{participation_id}/intentions", response={201: ParticipationOut, **REFUSALS},
             summary="就业意向 / Employment intentions")
def record_intentions(request, pk: Id, participation_id: Id, payload: IntentionsIn):
    participation = _visible_event(request.auth, pk).participations.filter(pk=participation_id).first()
    if participation is None:
        raise NotFound(_("This employer is not at the event."))
    event_services.record_intentions(participation, by=request.auth,
                                     candidates=[(row.candidate, row.position) for row in payload.candidates])
    return Status(201, _participation_out(participation))


# The exams of a round (sessions, admission tickets, staff checks) under the same prefix.
router.add_router("", "huishang.recruitment.exam_api.router")

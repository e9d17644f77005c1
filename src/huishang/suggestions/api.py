"""Suggestion operations for staff (the public side is the web form and Open311): list and read with
contact details masked, the meeting's decision, the published implementation, release from review, figures."""

from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from ninja import Query, Router, Schema, Status

from huishang.api.errors import ErrorOut
from huishang.api.lookups import organization_by_id
from huishang.api.schemas import NOTE_MAX, Id, LocalDateTime, RequiredText, StrictSchema, Text
from huishang.core.errors import NotAllowed, ValidationError
from huishang.core.parsing import Day
from huishang.figures.permissions import figures_scope_for
from huishang.meetings.models import AgendaItem
from huishang.suggestions import services
from huishang.suggestions.figures import suggestion_breakdowns, suggestion_figures
from huishang.core.masking import mask_email, mask_name, mask_phone
from huishang.suggestions.models import Suggestion
from huishang.suggestions.selectors import public_stage, visible_suggestions
from huishang.web.access import role_of

router = Router(tags=["suggestions"])
REFUSALS = {403: ErrorOut, 404: ErrorOut, 409: ErrorOut, 422: ErrorOut}
READERS = {"office", "admin", "supervisor", "leader"}


class SuggestionOut(Schema):
    number: str
    title: str
    text: str
    category: str
    region: str
    state: str
    stage: str
    channel: str
    point: str | None
    submitted_at: LocalDateTime
    held: bool
    contact_name: str
    contact_phone: str
    contact_email: str
    decision: str | None
    reason: str | None
    implementation: str | None
    rating: int | None


class SuggestionDecisionIn(StrictSchema):
    outcome: RequiredText(16)
    reason: RequiredText(NOTE_MAX)
    lead_unit: Id
    due: Day


class ImplementationIn(StrictSchema):
    text: RequiredText(NOTE_MAX)


def _out(suggestion: Suggestion) -> dict:
    matter = suggestion.matter
    decision = getattr(suggestion, "decision", None)
    implementation = getattr(suggestion, "implementation", None)
    return {
        "number": matter.number, "title": matter.title, "text": matter.description, "category": matter.category.code,
        "region": matter.region.code, "state": matter.state, "stage": public_stage(suggestion)["key"],
        "channel": suggestion.channel, "point": suggestion.point.code if suggestion.point_id else None,
        "submitted_at": matter.submitted_at, "held": suggestion.held,
        "contact_name": mask_name(suggestion.contact_name), "contact_phone": mask_phone(suggestion.contact_phone),
        "contact_email": mask_email(suggestion.contact_email),
        "decision": decision.outcome if decision else None, "reason": decision.reason if decision else None,
        "implementation": implementation.text if implementation else None, "rating": suggestion.rating,
    }


def _visible(request, number) -> Suggestion:
    if role_of(request.auth) not in READERS:
        raise NotAllowed(_("Your role does not read suggestions."))
    return get_object_or_404(visible_suggestions(request.auth), matter__number=number)


@router.get("", response={200: list[SuggestionOut], 403: ErrorOut}, summary="人民建议列表 / List suggestions",
            description="Suggestions in the caller's scope, newest first, contact details masked. 联系方式已脱敏。")
def list_suggestions(request, held: bool = False, limit: int = 100):
    if role_of(request.auth) not in READERS:
        raise NotAllowed(_("Your role does not read suggestions."))
    suggestions = visible_suggestions(request.auth)
    if held:
        suggestions = suggestions.filter(held=True)
    return [_out(suggestion) for suggestion in suggestions[: max(1, min(limit, 500))]]


@router.get("/figures", summary="人民建议统计 / Suggestion figures", response={200: dict, 403: ErrorOut, 422: ErrorOut})
def figures(request, date_from: Day | None = Query(None, alias="from"), date_to: Day | None = Query(None, alias="to"),
            region: Text(12) | None = None):
    scope = figures_scope_for(request.auth, date_from=date_from, date_to=date_to, region=region)
    return {**suggestion_figures(scope), **suggestion_breakdowns(scope)}


@router.get("/{number}", response={200: SuggestionOut, **REFUSALS}, summary="人民建议详情 / Read a suggestion")
def read_suggestion(request, number: str):
    return _out(_visible(request, number))


@router.post("/{number}/decision", response={201: SuggestionOut, **REFUSALS},
             summary="记录会商结论 / Record the meeting's decision",
             description="adopted / partly_adopted / not_adopted with the reason; the meeting assigns the lead unit.")
def decide(request, number: str, payload: SuggestionDecisionIn):
    suggestion = _visible(request, number)
    item = AgendaItem.objects.filter(matter=suggestion.matter, outcome=AgendaItem.Outcome.PENDING).first()
    if item is None:
        raise ValidationError(_("Put the suggestion on a meeting's agenda first."), field="item")
    services.decide_suggestion(
        item, by=request.auth, outcome=payload.outcome, reason=payload.reason,
        lead_unit=organization_by_id(payload.lead_unit, "lead_unit"), due=payload.due,
    )
    return Status(201, _out(_visible(request, number)))


@router.post("/{number}/implementation", response={201: SuggestionOut, **REFUSALS},
             summary="公开落实情况 / Publish the implementation")
def publish(request, number: str, payload: ImplementationIn):
    suggestion = _visible(request, number)
    services.publish_implementation(suggestion, by=request.auth, text=payload.text)
    return Status(201, _out(_visible(request, number)))


@router.post("/{number}/release", response={200: SuggestionOut, **REFUSALS}, summary="审核通过 / Release a held suggestion")
def release(request, number: str):
    services.release_held(_visible(request, number), by=request.auth)
    return _out(_visible(request, number))

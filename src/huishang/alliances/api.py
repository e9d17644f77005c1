"""Alliance operations: alliances, studios, resources, bookings and agreements; changes call the services."""

import datetime

from django.utils.translation import gettext as _
from ninja import Query, Router, Status

from huishang.alliances import selectors, services
from huishang.alliances.api_schemas import (
    AgreementIn, AgreementOut, AllianceOut, BookingDecisionIn, BookingIn, BookingOut, ResourceOut, StudioOut,
)
from huishang.alliances.models import Alliance, Studio
from huishang.alliances.permissions import takes_part
from huishang.api.errors import ErrorOut
from huishang.api.schemas import StrictSchema
from huishang.core import clock
from huishang.core.errors import NotAllowed, NotFound, ValidationError
from huishang.core.parsing import Day

router = Router(tags=["alliances"])
REFUSALS = {403: ErrorOut, 404: ErrorOut, 409: ErrorOut, 422: ErrorOut}


class OnDay(StrictSchema):
    on: Day | None = None


def _get(rows, pk, label):
    """The row of ``rows`` (what the caller may read) with this id, or NotFound."""
    row = rows.filter(pk=pk).first() if pk <= 2**63 - 1 else None
    if row is None:
        raise NotFound(_("%(what)s %(key)s was not found.") % {"what": label, "key": pk})
    return row


def _participant(user) -> None:
    if not takes_part(user):
        raise NotAllowed(_("Only people who take part in an alliance can see this."))


def _alliance_out(alliance: Alliance, day: datetime.date) -> dict:
    return {"id": alliance.pk, "name": alliance.name, "short_name": alliance.short_name, "field": alliance.field,
            "founded_on": alliance.founded_on, "introduction": alliance.introduction,
            "studios": alliance.studios_on_day}


@router.get("", response=list[AllianceOut], summary="联盟列表 / List alliances",
            description="The alliances of the caller's jurisdiction (a cross-city alliance is listed in each member "
                        "studio's region) with their member studios on `on` (today by default). "
                        "管辖范围内的联盟及指定日期的会员工作室数。")
def list_alliances(request, query: Query[OnDay]):
    day = query.on or clock.today()
    return [_alliance_out(alliance, day) for alliance in selectors.alliances(members_on=day, user=request.auth)]


@router.get("/{alliance_id}/studios", response={200: list[StudioOut], 404: ErrorOut},
            summary="会员工作室 / Member studios", description="The studios that are members on `on` (today by default).")
def list_studios(request, alliance_id: int, query: Query[OnDay]):
    alliance = _get(selectors.visible_alliances(request.auth), alliance_id, _("Alliance"))
    return selectors.members_on(alliance, query.on or clock.today()).select_related("host", "region")


@router.get("/{alliance_id}/resources", response={200: list[ResourceOut], 404: ErrorOut},
            summary="共享资源 / Shared resources")
def list_resources(request, alliance_id: int):
    return _get(selectors.visible_alliances(request.auth), alliance_id, _("Alliance")).resources.select_related("owner")


@router.get("/{alliance_id}/agreements", response={200: list[AgreementOut], 403: ErrorOut, 404: ErrorOut},
            summary="合作协议 / Agreements")
def list_agreements(request, alliance_id: int):
    _participant(request.auth)
    return selectors.agreements_of(_get(selectors.visible_alliances(request.auth), alliance_id, _("Alliance")),
                                   request.auth)


@router.post("/{alliance_id}/agreements", response={201: AgreementOut, **REFUSALS}, summary="登记协议 / Record an agreement",
             description="By the alliance's chair or secretary-general, or the leader of one of the parties.")
def record_agreement(request, alliance_id: int, payload: AgreementIn):
    alliance = _get(selectors.visible_alliances(request.auth), alliance_id, _("Alliance"))
    parties = list(Studio.objects.filter(pk__in=payload.parties))
    if len(parties) != len(set(payload.parties)):
        raise ValidationError(_("Unknown studio."), field="parties")
    agreement = services.record_agreement(alliance, by=request.auth, kind=payload.kind, subject=payload.subject,
                                          parties=parties, signed_on=payload.signed_on, goals=payload.goals)
    return Status(201, agreement)


@router.get("/resources/{resource_id}/bookings", response={200: list[BookingOut], 403: ErrorOut, 404: ErrorOut},
            summary="资源预约 / Bookings of a resource")
def list_bookings(request, resource_id: int):
    resource = _get(selectors.visible_resources(request.auth), resource_id, _("Resource"))
    _participant(request.auth)
    return selectors.visible_bookings(request.auth).filter(resource=resource)


@router.post("/resources/{resource_id}/bookings", response={201: BookingOut, **REFUSALS},
             summary="预约资源 / Book a resource",
             description="A member studio's leader asks for days; days already pending or approved are refused (422).")
def book_resource(request, resource_id: int, payload: BookingIn):
    resource = _get(selectors.visible_resources(request.auth), resource_id, _("Resource"))
    studio = Studio.objects.filter(pk=payload.studio).first()
    if studio is None:
        raise ValidationError(_("Unknown studio."), field="studio")
    booking = services.book_resource(resource, by=request.auth, studio=studio, starts_on=payload.starts_on,
                                     ends_on=payload.ends_on, purpose=payload.purpose)
    return Status(201, booking)


@router.post("/bookings/{booking_id}/approve", response={200: BookingOut, **REFUSALS}, summary="批准预约 / Approve")
def approve_booking(request, booking_id: int, payload: BookingDecisionIn | None = None):
    booking = _get(selectors.visible_bookings(request.auth), booking_id, _("Booking"))
    return services.approve_booking(booking, by=request.auth, note=(payload or BookingDecisionIn()).note)


@router.post("/bookings/{booking_id}/refuse", response={200: BookingOut, **REFUSALS}, summary="拒绝预约 / Refuse")
def refuse_booking(request, booking_id: int, payload: BookingDecisionIn | None = None):
    booking = _get(selectors.visible_bookings(request.auth), booking_id, _("Booking"))
    return services.refuse_booking(booking, by=request.auth, note=(payload or BookingDecisionIn()).note)

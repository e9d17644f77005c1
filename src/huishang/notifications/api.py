"""Notifications over the API: one place for every app's notifications to the caller."""

from ninja import Field, Router, Schema

from huishang.api.errors import ErrorOut
from huishang.api.schemas import Id, LocalDateTime, RequiredText, StrictSchema
from huishang.notifications import services

router = Router(tags=["notifications"])


class NotificationOut(Schema):
    id: int
    event: str = Field(description='its kind, "<app>.<name>" (GET /notifications/preferences lists them)')
    subject: str
    body: str
    link: str
    created_at: LocalDateTime
    read_at: LocalDateTime | None


class MarkReadIn(StrictSchema):
    id: Id | None = None


class MarkedOut(Schema):
    marked: int


@router.get("", response=list[NotificationOut], summary="我的通知 / My notifications",
            description="The caller's newest 100 notifications from every app; `unread=true` for the unread only.")
def my_notifications(request, unread: bool = False):
    rows = services.unread(request.auth) if unread else services.of(request.auth)
    return list(rows[:100])


@router.post("/read", response={200: MarkedOut, 422: ErrorOut}, summary="标为已读 / Mark read",
             description="Marks one of the caller's notifications read (`id`), or all of them without it.")
def mark_read(request, payload: MarkReadIn):
    return {"marked": services.mark_read(request.auth, pk=payload.id)}


class PreferenceOut(Schema):
    event: str
    label: str
    email: bool
    sms: bool


class PreferenceIn(StrictSchema):
    event: RequiredText(60)
    email: bool | None = None
    sms: bool | None = None


class PreferencesIn(StrictSchema):
    preferences: list[PreferenceIn]


@router.get("/preferences", response=list[PreferenceOut], summary="通知偏好 / My notification preferences",
            description="Each kind of notification the caller may receive, and whether it also comes by e-mail "
                        "and by SMS (the bell always shows it).")
def my_preferences(request):
    return services.preferences(request.auth)


@router.put("/preferences", response={200: list[PreferenceOut], 422: ErrorOut},
            summary="设置通知偏好 / Set my notification preferences",
            description="For each kind named, whether it comes by e-mail and by SMS; a channel left out keeps its "
                        "choice, a kind left out keeps both. A kind the caller never receives is refused (422).")
def set_my_preferences(request, payload: PreferencesIn):
    return services.set_preferences(request.auth, [choice.dict() for choice in payload.preferences])

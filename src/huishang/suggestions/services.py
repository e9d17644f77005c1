"""Every change to a suggestion: public intake, paper entry, release from review, the meeting's decision,
the published implementation and the submitter's rating. Matters themselves change only through
cases.services and meetings.services."""

import datetime
import hashlib
import re
from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from huishang.cases import services as matter_services
from huishang.cases.attachments import checked_content_type
from huishang.cases.models import Category, Matter
from huishang.cases.selectors import can_view
from huishang.cases.states import State
from huishang.core import clock, parsing
from huishang.core.errors import InvalidTransition, NotAllowed, NotFound, ValidationError
from huishang.core.text import cleaned
from huishang.directory.models import Region, Role
from huishang.meetings import services as meeting_services
from huishang.meetings.models import AgendaItem
from huishang.suggestions import captcha, codes, limits
from huishang.suggestions.intake import intake_account
from huishang.suggestions.models import CollectionPoint, Decision, Implementation, Open311Client, Suggestion
from huishang.suggestions.places import check_intake_region
from huishang.suggestions.senders import Sender, check_category
from huishang.suggestions.words import words_found

TEXT_MAX = 2000
PHOTOS_MAX = 3
PHOTO_MAX_BYTES = 5 * 1024 * 1024
PHOTO_TYPES = {"image/png", "image/jpeg"}
DUPLICATE_MINUTES = 10
PHONE = re.compile(r"^(1\d{10}|0\d{2,3}-?\d{7,8})$")
STAFF_ROLES = {Role.OFFICE, Role.ADMIN}


@dataclass(frozen=True)
class Receipt:
    """What the submitter keeps: the tracking number and the follow-up code."""

    suggestion: Suggestion
    code: str
    repeated: bool

    @property
    def number(self) -> str:
        return self.suggestion.matter.number


def _text(value, field, label, max_length, required=True) -> str:
    text = cleaned(value)
    if required and not text:
        raise ValidationError(_("%(label)s is required.") % {"label": label}, field=field)
    if len(text) > max_length:
        raise ValidationError(
            _("%(label)s must be at most %(n)s characters.") % {"label": label, "n": max_length}, field=field
        )
    return text


def _checked_photos(photos) -> list:
    photos = list(photos or [])
    if len(photos) > PHOTOS_MAX:
        raise ValidationError(_("At most %(n)s photos.") % {"n": PHOTOS_MAX}, field="photos")
    for photo in photos:
        if photo.size > PHOTO_MAX_BYTES:
            raise ValidationError(
                _("%(name)s is larger than %(mb)s MB.") % {"name": photo.name, "mb": PHOTO_MAX_BYTES // 2**20},
                field="photos",
            )
        if checked_content_type(photo) not in PHOTO_TYPES:
            raise ValidationError(_("Photos must be PNG or JPEG pictures."), field="photos")
    return photos


def _region(value) -> Region:
    region = value if isinstance(value, Region) else Region.objects.filter(code=str(value or "")).first()
    if region is None:
        raise ValidationError(_("Choose a region."), field="region")
    return region


def _category(value) -> Category:
    category = value if isinstance(value, Category) else Category.objects.filter(code=str(value or "")).first()
    if category is None:
        raise ValidationError(_("Choose a category."), field="category")
    return category


def _fingerprint(*parts) -> str:
    return hashlib.sha256("\x1f".join(str(part or "") for part in parts).encode()).hexdigest()


def _window(moment: datetime.datetime) -> int:
    return int(moment.timestamp() // (DUPLICATE_MINUTES * 60))


def _earlier(fingerprint: str, window: int) -> Suggestion | None:
    return Suggestion.objects.select_related("matter").filter(
        fingerprint=fingerprint, window__in=[window, window - 1]
    ).first()


def _receipt(suggestion: Suggestion, repeated: bool) -> Receipt:
    return Receipt(suggestion, codes.follow_up_code(suggestion.matter.number, suggestion.code_salt), repeated)


def submit_suggestion(
    *, title, text, category, region, channel=Suggestion.Channel.ONLINE, point=None, address="", latitude=None,
    longitude=None, contact_name="", contact_phone="", contact_email="", photos=(), sender_address="",
    captcha_token=None, captcha_answer=None, client: Open311Client | None = None, entered_by=None,
    sender=Sender.RESIDENT,
) -> Receipt:
    """Take in a suggestion from anyone, without an account; the same one sent again within minutes is one.

    Only about a place the deployment serves (places.py): an Open311 client within its own region, a keeper
    entering paper within their point's region.

    The public form (online or at a point) needs the captcha; every channel counts against the limits per
    address and per phone (an Open311 client with its key and a keeper entering paper answer for their
    senders' addresses); a text with a sensitive word is taken in but held for review rather than published.

    The category is one the sender may choose (senders.py): a resident, unless the form says an enterprise;
    ``sender=None`` where the channel does not ask (Open311 lists every category as a service).
    """
    title = _text(title, "title", _("Title"), Matter._meta.get_field("title").max_length)
    text = _text(text, "text", _("Suggestion"), TEXT_MAX)
    category, region = _category(category), _region(region)
    if sender is not None:
        check_category(sender, category)
    check_intake_region(region, client=client, point=point if entered_by is not None else None)
    if channel not in Suggestion.Channel.values:
        raise ValidationError(_("Unknown channel."), field="channel")
    if point is not None and not (isinstance(point, CollectionPoint) and point.active):
        raise ValidationError(_("This collection point is not open."), field="point")
    address = _text(address, "address", _("Place"), 200, required=False)
    latitude = parsing.coordinate(latitude, "latitude", limit=90)
    longitude = parsing.coordinate(longitude, "longitude", limit=180)
    contact_name = _text(contact_name, "contact_name", _("Name"), 50, required=False)
    contact_phone = re.sub(r"\s", "", contact_phone or "")
    if contact_phone and not PHONE.match(contact_phone):
        raise ValidationError(_("Give a mobile number of 11 digits or a landline with its area code."), field="contact_phone")
    contact_email = _text(contact_email, "contact_email", _("Email"), 254, required=False)
    if contact_email and not re.match(r"^[^@\s]+@[^@\s]+\.[^@\s]+$", contact_email):
        raise ValidationError(_("Give a valid email address."), field="contact_email")
    photos = _checked_photos(photos)
    # The public form answers the captcha whether or not it names a point: point codes are printed on
    # posters, so naming one proves nothing about the sender.
    if channel in (Suggestion.Channel.ONLINE, Suggestion.Channel.POINT):
        captcha.check_answer(captcha_token, captcha_answer)
    if channel == Suggestion.Channel.PAPER:
        if entered_by is None or not CollectionPoint.objects.filter(pk=getattr(point, "pk", None), keeper=entered_by).exists():
            raise NotAllowed(_("Only the keeper of a collection point enters its paper suggestions."))

    now = clock.now()
    fingerprint = _fingerprint(title, text, contact_phone, sender_address, getattr(point, "pk", ""), getattr(client, "pk", ""))
    earlier = _earlier(fingerprint, _window(now))
    if earlier is not None:
        return _receipt(earlier, repeated=True)
    with transaction.atomic():
        if client is None and entered_by is None:
            limits.count_attempt("address", sender_address)
        limits.count_attempt("phone", contact_phone)
    held = words_found(title, text, address)
    try:
        with transaction.atomic():
            matter = matter_services.submit_matter(
                by=intake_account(), title=title, description=text, category=category, region=region,
                kind=Matter.Kind.SUGGESTION, source=Matter.Source.OFFICE, attachments=photos,
            )
            suggestion = Suggestion.objects.create(
                matter=matter, channel=channel, point=point, entered_by=entered_by, client=client, address=address,
                latitude=latitude, longitude=longitude, contact_name=contact_name, contact_phone=contact_phone,
                contact_email=contact_email, code_salt=codes.new_salt(), fingerprint=fingerprint,
                window=_window(now), held=bool(held), held_words="、".join(held)[:200],
            )
    except IntegrityError:
        earlier = _earlier(fingerprint, _window(now))
        if earlier is None:
            raise
        return _receipt(earlier, repeated=True)
    return _receipt(suggestion, repeated=False)


def _check_staff(by) -> None:
    if not by.is_authenticated or (by.role not in STAFF_ROLES and not by.is_superuser):
        raise NotAllowed(_("Only the service office handles suggestions."))


def _suggestion_for_staff(suggestion: Suggestion, by) -> Suggestion:
    _check_staff(by)
    if not can_view(by, suggestion.matter):
        raise NotAllowed(_("You cannot act on a matter outside your scope."))
    return suggestion


@transaction.atomic
def release_held(suggestion: Suggestion, *, by) -> Suggestion:
    """The office reads a held suggestion and lets it be published; only a held one can be released."""
    _suggestion_for_staff(suggestion, by)
    if not suggestion.held:
        raise InvalidTransition(_("This suggestion is not held for review."))
    suggestion.held, suggestion.released_by, suggestion.released_at = False, by, clock.now()
    suggestion.save(update_fields=["held", "released_by", "released_at"])
    return suggestion


@transaction.atomic
def decide_suggestion(
    item: AgendaItem, *, by, outcome, reason, lead_unit, due, supporting_units=()
) -> Decision:
    """A meeting decides a suggestion: adopted, partly adopted or not adopted, always with the reason.

    Every outcome is assigned to a unit through the meeting's decision: an adopted suggestion to carry it
    out, one not adopted to answer the submitter; so each suggestion is followed to an end like any matter.
    """
    suggestion = Suggestion.objects.filter(matter=item.matter_id).first()
    if suggestion is None:
        raise ValidationError(_("This agenda item is not a suggestion."), field="item")
    _suggestion_for_staff(suggestion, by)
    if outcome not in Decision.Outcome.values:
        raise ValidationError(_("Choose adopted, partly adopted or not adopted."), field="outcome")
    reason = _text(reason, "reason", _("Reason"), 2000)
    label = Decision.Outcome(outcome).label
    meeting_services.decide(
        item, by=by, outcome=AgendaItem.Outcome.ASSIGNED, decision=f"{label}：{reason}", lead_unit=lead_unit,
        supporting_units=supporting_units, due=due,
    )
    return Decision.objects.create(
        suggestion=suggestion, agenda_item=item, outcome=outcome, reason=reason, decided_by=by, decided_at=clock.now()
    )


ANSWERED = {State.RESPONDED, State.RESOLVED, State.CLOSED}


@transaction.atomic
def publish_implementation(suggestion: Suggestion, *, by, text) -> Implementation:
    """Publish what came of an adopted suggestion (落实情况), once the unit has reported on it."""
    _suggestion_for_staff(suggestion, by)
    decision = Decision.objects.filter(suggestion=suggestion).first()
    if decision is None or not decision.is_adopted:
        raise InvalidTransition(_("Only an adopted suggestion has an implementation to publish."))
    suggestion.matter.refresh_from_db()
    if suggestion.matter.state not in ANSWERED:
        raise InvalidTransition(_("The unit has not reported on this suggestion yet."))
    if Implementation.objects.filter(suggestion=suggestion).exists():
        raise InvalidTransition(_("The implementation of this suggestion is already published."))
    text = _text(text, "text", _("Implementation"), 2000)
    return Implementation.objects.create(suggestion=suggestion, text=text, published_by=by, published_at=clock.now())


def find_for_follow_up(*, number, code, sender_address="") -> Suggestion:
    """The suggestion the number and code open; a wrong pair says nothing about which part was wrong."""
    with transaction.atomic():
        limits.count_attempt("follow_up", sender_address)
    suggestion = Suggestion.objects.select_related("matter").filter(matter__number=(number or "").strip().upper()).first()
    if suggestion is None or not codes.code_matches(suggestion.matter.number, suggestion.code_salt, code):
        raise NotFound(_("No suggestion matches this tracking number and follow-up code."), field="code")
    return suggestion


@transaction.atomic
def rate_suggestion(suggestion: Suggestion, *, code, stars, note="") -> Suggestion:
    """The submitter, holding the follow-up code, rates the answer once, after the meeting has decided."""
    if not codes.code_matches(suggestion.matter.number, suggestion.code_salt, code):
        raise NotAllowed(_("No suggestion matches this tracking number and follow-up code."))
    if not Decision.objects.filter(suggestion=suggestion).exists():
        raise InvalidTransition(_("You can rate the answer once the suggestion has been decided."))
    if suggestion.rating is not None:
        raise InvalidTransition(_("This suggestion has already been rated."))
    try:
        stars = int(stars)
    except (TypeError, ValueError):
        stars = 0
    if not 1 <= stars <= 5:
        raise ValidationError(_("Give one to five stars."), field="stars")
    note = _text(note, "note", _("Comment"), 500, required=False)
    updated = Suggestion.objects.filter(pk=suggestion.pk, rating__isnull=True).update(
        rating=stars, rating_note=note, rated_at=clock.now()
    )
    if not updated:
        raise InvalidTransition(_("This suggestion has already been rated."))
    suggestion.refresh_from_db()
    return suggestion

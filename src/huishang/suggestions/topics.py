"""Every change to a consultation topic (征集专题): the office opens it with its documents, people give
opinions and support one (once per person and topic), the office files opinions under themes, decides
which are adopted, publishes the result and, for a draft law, forwards the opinions to the legislature
as a numbered document."""

import datetime

from django.db import IntegrityError, transaction
from django.db.models import Max
from django.utils.translation import gettext as _

from huishang.cases.attachments import checked_content_type
from huishang.core import clock
from huishang.core.errors import InvalidTransition, NotAllowed, NotFound, ValidationError
from huishang.core.text import cleaned
from huishang.directory.jurisdiction import Jurisdiction, jurisdiction_of
from huishang.directory.models import Region
from huishang.suggestions import captcha, codes, limits, text_codes
from huishang.suggestions.models import CollectionPoint, Decision, Forwarding, Opinion, Support, Topic, TopicDocument
from huishang.suggestions.permissions import manages_topics
from huishang.suggestions.words import words_found

OPINION_MAX = 1000
THEME_MAX = 30
DOCUMENTS_MAX = 5


def _text(value, field, label, max_length, required=True) -> str:
    text = cleaned(value)
    if required and not text:
        raise ValidationError(_("%(label)s is required.") % {"label": label}, field=field)
    if len(text) > max_length:
        raise ValidationError(
            _("%(label)s must be at most %(n)s characters.") % {"label": label, "n": max_length}, field=field
        )
    return text


def _check_manager(topic_region, by, field="region") -> None:
    """The office (or an administrator) acts on topics of its own jurisdiction only."""
    if not manages_topics(by):
        raise NotAllowed(_("Only the service office manages consultation topics."))
    jurisdiction_of(by).check(topic_region, field=field)


def purpose_of(topic: Topic) -> str:
    """What a text-message code confirms: a phone number for supporting on this topic."""
    return f"topic:{topic.pk}"


def _check_open(topic: Topic) -> None:
    today = clock.today()
    if today < topic.opens_on:
        raise InvalidTransition(_("This topic opens for opinions on %(day)s.") % {"day": topic.opens_on})
    if today > topic.closes_on:
        raise InvalidTransition(_("This topic closed for opinions on %(day)s.") % {"day": topic.closes_on})


def _check_closed(topic: Topic, message) -> None:
    if clock.today() <= topic.closes_on:
        raise InvalidTransition(message)


def _store_document(topic: Topic, *, by, uploaded) -> TopicDocument:
    try:
        content_type = checked_content_type(uploaded)
    except ValidationError as refused:
        raise ValidationError(refused.message, field="documents") from None
    return TopicDocument.objects.create(
        topic=topic, file=uploaded, original_name=uploaded.name[:200], content_type=content_type,
        size=uploaded.size, uploaded_by=by, uploaded_at=clock.now(),
    )


@transaction.atomic
def open_topic(
    *, by, code, kind, title, description, region: Region, opens_on: datetime.date, closes_on: datetime.date,
    places=(), point: CollectionPoint | None = None, documents=(),
) -> Topic:
    """The office opens a topic in its jurisdiction, for a period, about places inside the topic's region; a
    draft law is consulted through a legislative contact point."""
    _check_manager(region, by)
    if kind not in Topic.Kind.values:
        raise ValidationError(_("Choose a project or a draft law."), field="kind")
    code = _text(code, "code", _("Code"), 32)
    if not code.replace("-", "").replace("_", "").isalnum() or not code.isascii():
        raise ValidationError(_("A code has only letters, digits, - and _."), field="code")
    if Topic.objects.filter(code=code).exists():
        raise ValidationError(_("This code is taken."), field="code")
    title = _text(title, "title", _("Title"), 100)
    description = _text(description, "description", _("Topic description"), 5000)
    if opens_on is None or closes_on is None or closes_on < opens_on:
        raise ValidationError(_("The period must close on or after the day it opens."), field="closes_on")
    places = list(places)
    for place in places:
        Jurisdiction(region=region).check(place, field="places")
    if point is not None:
        if not point.active:
            raise ValidationError(_("This collection point is not open."), field="point")
        jurisdiction_of(by).check(point.region, field="point")
    if kind == Topic.Kind.DRAFT_LAW and (point is None or point.kind != CollectionPoint.Kind.LEGISLATIVE):
        raise ValidationError(_("A draft law is consulted through a legislative contact point."), field="point")
    documents = list(documents or [])
    if len(documents) > DOCUMENTS_MAX:
        raise ValidationError(_("At most %(n)s documents.") % {"n": DOCUMENTS_MAX}, field="documents")
    topic = Topic.objects.create(
        code=code, kind=kind, title=title, description=description, region=region, point=point,
        opens_on=opens_on, closes_on=closes_on, opened_by=by, opened_at=clock.now(),
    )
    topic.places.set(places)
    for uploaded in documents:
        _store_document(topic, by=by, uploaded=uploaded)
    return topic


@transaction.atomic
def add_document(topic: Topic, *, by, uploaded) -> TopicDocument:
    """The office adds a document to a topic of its jurisdiction (a file type and size attachments accept)."""
    _check_manager(topic.region, by)
    if topic.documents.count() >= DOCUMENTS_MAX:
        raise ValidationError(_("At most %(n)s documents.") % {"n": DOCUMENTS_MAX}, field="documents")
    return _store_document(topic, by=by, uploaded=uploaded)


def submit_opinion(
    topic: Topic, *, text, author_name="", by=None, sender_address="", captcha_token=None, captcha_answer=None,
) -> Opinion:
    """Anyone gives an opinion while the topic is open: signed in, or answering the captcha like the public
    suggestion form; counted against the limit per address; held for review when it has a sensitive word."""
    _check_open(topic)
    text = _text(text, "text", _("Opinion"), OPINION_MAX)
    author_name = _text(author_name, "author_name", _("Name"), 20, required=False)
    account = by if by is not None and by.is_authenticated else None
    if account is None:
        captcha.check_answer(captcha_token, captcha_answer)
    with transaction.atomic():
        limits.count_attempt("address", sender_address)
    held = words_found(text, author_name)
    return Opinion.objects.create(
        topic=topic, text=text, author_name=author_name, account=account, submitted_at=clock.now(),
        held=bool(held), held_words="、".join(held)[:200],
    )


def _already(topic: Topic, *, phone_key: str = "", account=None) -> bool:
    if account is not None:
        return Support.objects.filter(topic=topic, account=account).exists()
    return Support.objects.filter(topic=topic, phone_key=phone_key).exists()


def _refusal(*, by_phone: bool) -> ValidationError:
    if by_phone:
        return ValidationError(
            _("This phone number has already supported an opinion on this topic: one support per person."),
            field="phone",
        )
    return ValidationError(
        _("Your account has already supported an opinion on this topic: one support per person."), field="account"
    )


def send_support_code(topic: Topic, *, phone, sender_address="") -> None:
    """Send the code that confirms a phone number before it supports an opinion on an open topic; a number
    that already supported on it is told so instead."""
    _check_open(topic)
    digits = codes.phone_digits(phone)
    if digits and _already(topic, phone_key=codes.supporter_key(digits, topic.pk)):
        raise _refusal(by_phone=True)
    text_codes.send_code(phone=phone, purpose=purpose_of(topic), sender_address=sender_address)


def support_opinion(opinion: Opinion, *, by=None, phone="", code="") -> Support:
    """One support per person and topic, while it is open: a person is a phone number confirmed by the code
    just sent to it (kept only as a keyed hash) or, without a phone, the signed-in account."""
    topic = opinion.topic
    _check_open(topic)
    if opinion.held:
        raise NotFound(_("No such opinion."), field="opinion")
    account, key = None, ""
    if phone:
        digits = codes.phone_digits(phone)
        if not digits:
            raise ValidationError(_("Give a mobile number of 11 digits."), field="phone")
        key = codes.supporter_key(digits, topic.pk)
        if _already(topic, phone_key=key):
            raise _refusal(by_phone=True)
        text_codes.confirm(phone=digits, code=code, purpose=purpose_of(topic))
    elif by is not None and by.is_authenticated:
        account = by
        if _already(topic, account=account):
            raise _refusal(by_phone=False)
    else:
        raise ValidationError(_("Confirm your phone number with a text-message code, or sign in."), field="phone")
    try:
        with transaction.atomic():
            return Support.objects.create(topic=topic, opinion=opinion, phone_key=key, account=account, at=clock.now())
    except IntegrityError:
        raise _refusal(by_phone=bool(key)) from None


def _opinion_for_manager(opinion: Opinion, by) -> Opinion:
    _check_manager(opinion.topic.region, by, field="opinion")
    return opinion


@transaction.atomic
def release_opinion(opinion: Opinion, *, by) -> Opinion:
    """The office reads a held opinion and lets it be shown; only a held one can be released."""
    _opinion_for_manager(opinion, by)
    if not Opinion.objects.filter(pk=opinion.pk, held=True).update(held=False):
        raise InvalidTransition(_("This opinion is not held for review."))
    opinion.held = False
    return opinion


@transaction.atomic
def file_under_theme(opinion: Opinion, *, by, theme) -> Opinion:
    """The office files an opinion under a theme (社区食堂, 停车…): the summary counts opinions and supports by it."""
    _opinion_for_manager(opinion, by)
    opinion.theme = _text(theme, "theme", _("Theme"), THEME_MAX, required=False)
    opinion.save(update_fields=["theme"])
    return opinion


@transaction.atomic
def decide_opinion(opinion: Opinion, *, by, outcome, reason) -> Opinion:
    """Once the topic has closed, the office decides each opinion: adopted, partly adopted or not, with the reason."""
    _opinion_for_manager(opinion, by)
    _check_closed(opinion.topic, _("Decide on the opinions once the topic has closed."))
    if outcome not in Decision.Outcome.values:
        raise ValidationError(_("Choose adopted, partly adopted or not adopted."), field="outcome")
    if opinion.topic.result_published_at is not None:
        raise InvalidTransition(_("The result of this topic is published; its decisions stay as they are."))
    opinion.outcome, opinion.reason = outcome, _text(reason, "reason", _("Reason"), 2000)
    opinion.decided_by, opinion.decided_at = by, clock.now()
    opinion.save(update_fields=["outcome", "reason", "decided_by", "decided_at"])
    return opinion


@transaction.atomic
def publish_result(topic: Topic, *, by, text) -> Topic:
    """The office publishes what came of a closed topic, once; the adopted opinions are shown with it."""
    _check_manager(topic.region, by)
    _check_closed(topic, _("Publish the result once the topic has closed."))
    text = _text(text, "result", _("Topic result"), 5000)
    now = clock.now()
    if not Topic.objects.filter(pk=topic.pk, result_published_at__isnull=True).update(
        result=text, result_published_by=by, result_published_at=now
    ):
        raise InvalidTransition(_("The result of this topic is already published."))
    topic.result, topic.result_published_by, topic.result_published_at = text, by, now
    return topic


def forward_opinions(topic: Topic, *, by, addressee) -> Forwarding:
    """A legislative contact point sends the opinions on a closed draft law to the legislature, once, as a
    document numbered 〔year〕N号 in its region's count of the year."""
    _check_manager(topic.region, by)
    if topic.kind != Topic.Kind.DRAFT_LAW:
        raise InvalidTransition(_("Only the opinions on a draft law are forwarded to the legislature."))
    _check_closed(topic, _("Forward the opinions once the topic has closed."))
    addressee = _text(addressee, "addressee", _("Sent to"), 100)
    earlier = topic.forwardings.first()
    if earlier is not None:
        raise InvalidTransition(
            _("The opinions were already forwarded as %(number)s.") % {"number": earlier.document_number}
        )
    shown = topic.opinions.filter(held=False).count()
    if not shown:
        raise InvalidTransition(_("There is no opinion to forward."))
    now = clock.now()
    same_year = Forwarding.objects.filter(region=topic.region, year=now.year)
    number = (same_year.aggregate(last=Max("number"))["last"] or 0) + 1
    try:
        with transaction.atomic():
            return Forwarding.objects.create(
                topic=topic, number=number, year=now.year, region=topic.region, addressee=addressee,
                opinions=shown, forwarded_by=by, forwarded_at=now,
            )
    except IntegrityError:
        raise InvalidTransition(_("Someone forwarded at the same time; reload and try again.")) from None

"""约谈: the office records its talk with a unit flagged at the bottom (末位) of a published month, with the
commitments the unit made there; the unit marks each commitment done; a commitment past its date is
reminded every day (tasks.py). Services check who may act (permissions.py) and write in one transaction (the
audit log hears every row); the selectors confine every read to the reader's jurisdiction or own unit.
"""

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Prefetch, QuerySet
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from huishang.core import clock
from huishang.core.errors import InvalidTransition, NotAllowed, NotFound, ValidationError
from huishang.core.text import cleaned
from huishang.directory.jurisdiction import jurisdiction_of
from huishang.directory.models import Organization, Region, Role, User
from huishang.notifications.services import notify
from huishang.ranking import permissions
from huishang.ranking.models import Commitment, PublishedMonth, Talk
from huishang.supervision.cards import deadline_card, default_rule
from huishang.supervision.models import Card, CardRule
from huishang.workdays.calendar import overrides_between

CHAIR_LENGTH = 100
ATTENDEES_LENGTH = 1000
PROBLEMS_LENGTH = 2000
COMMITMENT_LENGTH = 500
MOST_COMMITMENTS = 20


@dataclass(frozen=True)
class Promise:
    """A commitment as the office writes it down at the talk."""

    content: str
    due: datetime.date | None


def _text(value, *, field: str, limit: int, missing: str) -> str:
    text = cleaned(value)
    if not text:
        raise ValidationError(missing, field=field)
    if len(text) > limit:
        raise ValidationError(_("At most %(n)s characters.") % {"n": limit}, field=field)
    return text


def latest_publication(*, month: datetime.date, region: Region | None) -> PublishedMonth | None:
    """The month's latest published version (a correction replaces what it flags), None before publishing."""
    return PublishedMonth.objects.filter(month=month, region=region).order_by("-version").first()


def line_of(published: PublishedMonth | None, unit_id: int) -> dict | None:
    """The unit's frozen line of a published version, None when it is not in it."""
    if published is None:
        return None
    return next((line for line in published.ranking["units"] if line["unit_id"] == unit_id), None)


def _unit_handlers(unit: Organization) -> QuerySet[User]:
    return User.objects.filter(role=Role.UNIT, is_active=True, organization=unit).order_by("pk")


@dataclass(frozen=True)
class CommitmentCard:
    """The card an open commitment holds today (level: supervision's Card.Level), shown as a matter's card is."""

    level: str
    reason: str

    def get_level_display(self) -> str:
        return Card.Level(self.level).label


# Worst first: the card a talk's row shows for its commitments.
CARD_ORDER = [Card.Level.RED, Card.Level.YELLOW, Card.Level.WARNING]


def commitment_card(commitment: Commitment, *, rule: CardRule, today: datetime.date,
                    overrides: dict | None = None) -> CommitmentCard | None:
    """A commitment not done is carded by its date as a matter is by its deadline (supervision's default card
    rule: warning when due soon, yellow once past, red long past); a commitment done holds none."""
    if commitment.done_at is not None:
        return None
    card = deadline_card(commitment.due, rule, today=today, overrides=overrides)
    return CommitmentCard(*card) if card else None


def commitment_cards(commitments, *, today: datetime.date) -> dict[int, CommitmentCard | None]:
    """Each commitment's card (by id), the card rule and the calendar read once."""
    commitments = list(commitments)
    dues = [commitment.due for commitment in commitments if commitment.done_at is None]
    if not dues:
        return {commitment.pk: None for commitment in commitments}
    rule = default_rule()
    overrides = overrides_between(min([today, *dues]), max([today, *dues]))
    return {commitment.pk: commitment_card(commitment, rule=rule, today=today, overrides=overrides)
            for commitment in commitments}


def worst_card(cards) -> CommitmentCard | None:
    held = [card for card in cards if card is not None]
    return min(held, key=lambda card: CARD_ORDER.index(card.level)) if held else None


def talk_link(talk: Talk) -> str:
    return reverse("ranking:talk", args=[talk.pk])


def _checked_promises(promises, held_on: datetime.date) -> list[Promise]:
    if not promises:
        raise ValidationError(_("Write down at least one commitment the unit made."), field="commitments")
    if len(promises) > MOST_COMMITMENTS:
        raise ValidationError(_("At most %(n)s commitments.") % {"n": MOST_COMMITMENTS}, field="commitments")
    checked = []
    for number, promise in enumerate(promises):
        content = _text(promise.content, field=f"commitments.{number}.content", limit=COMMITMENT_LENGTH,
                        missing=_("Say what the unit committed to."))
        if promise.due is None:
            raise ValidationError(_("Give the date the commitment is due."), field=f"commitments.{number}.due")
        if promise.due < held_on:
            raise ValidationError(_("A commitment falls due on or after the talk."), field=f"commitments.{number}.due")
        checked.append(Promise(content, promise.due))
    return checked


def record_talk(*, by, unit: Organization, month: datetime.date, region: Region | None, held_on: datetime.date,
                chaired_by: str, attendees: str, problems: str, commitments: list[Promise]) -> Talk:
    """The office of the ranking's region records its talk with a unit of its jurisdiction that the month's
    latest published version flags at the bottom, once per unit and month, held on a past day no earlier than
    the publication, with at least one commitment due on or after it; the unit's handlers are told."""
    if not permissions.records_talks(by, region):
        raise NotAllowed(_("Only the service office of this region may record a talk."))
    jurisdiction_of(by).check_organization(unit, field="unit")
    published = latest_publication(month=month, region=region)
    line = line_of(published, unit.pk)
    if line is None or not line["flagged"]:
        raise ValidationError(_("%(unit)s is not at the bottom of this month's published ranking.") % {"unit": unit},
                              field="unit")
    if held_on > clock.today():
        raise ValidationError(_("A talk is recorded once it has been held."), field="held_on")
    first_published = PublishedMonth.objects.filter(month=month, region=region).order_by("version").first()
    if held_on < timezone.localdate(first_published.published_at):
        raise ValidationError(_("A talk is held after the month's ranking is published."), field="held_on")
    values = {
        "chaired_by": _text(chaired_by, field="chaired_by", limit=CHAIR_LENGTH, missing=_("Say who chaired the talk.")),
        "attendees": _text(attendees, field="attendees", limit=ATTENDEES_LENGTH,
                           missing=_("Say who attended the talk.")),
        "problems": _text(problems, field="problems", limit=PROBLEMS_LENGTH,
                          missing=_("Name the problems raised at the talk.")),
    }
    promises = _checked_promises(commitments, held_on)
    try:
        with transaction.atomic():
            talk = Talk.objects.create(unit=unit, month=month, region=region, held_on=held_on, recorded_by=by,
                                       recorded_at=clock.now(), **values)
            for promise in promises:
                Commitment.objects.create(talk=talk, content=promise.content, due=promise.due)
            for handler in _unit_handlers(unit):
                notify(handler, key=f"ranking.talk:{talk.pk}:{handler.pk}", event="ranking.talk_recorded",
                       context={"talk": talk, "month": f"{month:%Y-%m}", "commitments": promises},
                       link=talk_link(talk))
    except IntegrityError:
        raise InvalidTransition(_("A talk with this unit is already recorded for this month.")) from None
    return talk


def mark_done(commitment: Commitment, *, by, note: str = "") -> Commitment:
    """A handler of the talk's unit marks one of its commitments done, once, saying what was done."""
    if not permissions.keeps_commitments(by, commitment.talk):
        raise NotAllowed(_("Only the unit that made the commitment marks it done."))
    note = cleaned(note)
    if len(note) > COMMITMENT_LENGTH:
        raise ValidationError(_("At most %(n)s characters.") % {"n": COMMITMENT_LENGTH}, field="note")
    with transaction.atomic():
        current = Commitment.objects.select_for_update().get(pk=commitment.pk)
        if current.done_at is not None:
            raise InvalidTransition(_("This commitment is marked done already."))
        current.done_at, current.done_by, current.done_note = clock.now(), by, note
        current.save(update_fields=["done_at", "done_by", "done_note"])
    return current


@transaction.atomic
def remind_overdue_commitments(*, today: datetime.date | None = None) -> int:
    """Every handler of the unit hears once a day of each of its commitments past its date and not done."""
    today = today or clock.today()
    told = 0
    overdue = (Commitment.objects.filter(done_at=None, due__lt=today)
               .select_related("talk", "talk__unit").order_by("due", "pk"))
    with translation.override(settings.LANGUAGE_CODE):
        for commitment in overdue:
            talk = commitment.talk
            for handler in _unit_handlers(talk.unit):
                told += notify(
                    handler, key=f"ranking.commitment_overdue:{commitment.pk}:{today.isoformat()}:{handler.pk}",
                    event="ranking.commitment_overdue", link=talk_link(talk),
                    context={"commitment": commitment, "talk": talk, "days": (today - commitment.due).days},
                ) is not None
    return told


# Reads

def visible_talks(user) -> QuerySet[Talk]:
    """The talks ``user`` may read: a unit handler its own unit's, the office, supervisors and leaders those
    with the units of their jurisdiction."""
    talks = Talk.objects.select_related("unit", "region").prefetch_related(
        Prefetch("commitments", queryset=Commitment.objects.order_by("due", "pk")))
    own = permissions.own_talks_unit(user)
    if own is not None:
        return talks.filter(unit=own)
    if permissions.reads_talks(user):
        return talks.filter(jurisdiction_of(user).within("unit__region"))
    return talks.none()


def open_commitments(user) -> QuerySet[Commitment]:
    """The commitments not done yet of the talks ``user`` may read, the earliest date first."""
    return (Commitment.objects.filter(done_at=None, talk__in=visible_talks(user).values("pk"))
            .select_related("talk", "talk__unit").order_by("due", "pk"))


def talk_of(user, pk) -> Talk:
    talk = visible_talks(user).filter(pk=pk).first()
    if talk is None:
        raise NotFound(_("No such talk."))
    return talk


def commitment_of(user, talk_pk, pk) -> Commitment:
    commitment = Commitment.objects.filter(talk__in=visible_talks(user).filter(pk=talk_pk), pk=pk).select_related(
        "talk", "talk__unit").first()
    if commitment is None:
        raise NotFound(_("No such commitment."))
    return commitment


def next_month(month: datetime.date) -> datetime.date:
    return (month + datetime.timedelta(days=32)).replace(day=1)


def ranks_beside_each(rows) -> dict[int, dict]:
    """For each talk of ``rows`` (by id), the unit's line in the month that flagged it and in the month after
    (None until that is published), to see whether the talk moved it; the publications read in one query."""
    rows = list(rows)
    months = {talk.month for talk in rows} | {next_month(talk.month) for talk in rows}
    latest = {}
    for published in PublishedMonth.objects.filter(month__in=months).order_by("month", "region_id", "-version"):
        latest.setdefault((published.month, published.region_id), published)
    return {talk.pk: {
        "month": talk.month, "line": line_of(latest.get((talk.month, talk.region_id)), talk.unit_id),
        "next_month": next_month(talk.month),
        "next_line": line_of(latest.get((next_month(talk.month), talk.region_id)), talk.unit_id),
    } for talk in rows}


def ranks_beside(talk: Talk) -> dict:
    """The unit's line in the month that flagged it and in the month after (ranks_beside_each)."""
    return ranks_beside_each([talk])[talk.pk]


def awaiting_talks(user, *, months: int = 3) -> list[dict]:
    """The units flagged in the latest ``months`` published months of the regions whose talks ``user``
    records, with no talk yet: the talks the office still has to hold."""
    recent = list(PublishedMonth.objects.order_by("-month").values_list("month", flat=True).distinct()[:months])
    held = set(Talk.objects.filter(month__in=recent).values_list("unit_id", "month"))
    units = jurisdiction_of(user).units()
    waiting, seen = [], set()
    for published in PublishedMonth.objects.filter(month__in=recent).select_related("region").order_by(
            "-month", "region__code", "-version"):
        if (published.month, published.region_id) in seen:
            continue
        seen.add((published.month, published.region_id))
        if not permissions.records_talks(user, published.region):
            continue
        flagged = [line for line in published.ranking["units"]
                   if line["flagged"] and (line["unit_id"], published.month) not in held]
        found = units.in_bulk([line["unit_id"] for line in flagged])
        waiting += [{"published": published, "unit": found[line["unit_id"]], "line": line}
                    for line in flagged if line["unit_id"] in found]
    return waiting


def offers_talks(user) -> bool:
    """The menu offers the talks page to the office, supervisors and leaders, and to a unit that was talked to."""
    if permissions.reads_talks(user):
        return True
    return permissions.own_talks_unit(user) is not None and visible_talks(user).exists()

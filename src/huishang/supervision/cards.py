"""Cards by rule: due soon → warning; overdue (the deadline, or a milestone of the approved work plan), or not
signed for (未按时签收) or first responded to (未按时响应) within the step limits of the current assignment → yellow; overdue beyond the rule's working days or reopened
too often → red. ``compute_cards`` brings the records in line with the rules and is safe to run again."""

import datetime

from django.conf import settings
from django.db import transaction
from django.db.models import Count, Min, OuterRef, Q, Subquery
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from huishang.cases.models import Assignment, Matter
from huishang.cases.states import AWAITING_UNIT, REOPENING_ACTIONS, State
from huishang.core import clock, parsing
from huishang.supervision.models import Card, CardRule, Milestone, WorkPlan
from huishang.workdays.calendar import working_days_between

# Matters a unit still works on: cards apply to them and are cleared once the matter is answered.
OPEN_FOR_CARDS = AWAITING_UNIT | {State.RESPONDED}


def rule_for(category_id, rules: dict[int | None, CardRule]) -> CardRule:
    """The category's rule, else the default rule, else the built-in defaults."""
    return rules.get(category_id) or rules.get(None) or CardRule()


def _rules() -> dict[int | None, CardRule]:
    return {rule.category_id: rule for rule in CardRule.objects.all()}


def _moment(value: datetime.datetime) -> str:
    return timezone.localtime(value).strftime("%Y-%m-%d %H:%M")


def late_step(assignment: Assignment | None, *, first_response_at, now: datetime.datetime) -> str | None:
    """Why the current assignment is late on a step (签收, then first response) at ``now``, or None.
    ``first_response_at`` is the earliest of the unit's contacts and answers on it (None without one)."""
    if assignment is None:
        return None
    due = assignment.acknowledge_due
    if due is not None and due < now and assignment.acknowledged_at is None:
        return _("Not signed for in time (limit %(due)s).") % {"due": _moment(due)}
    due = assignment.response_due
    if due is not None and due < now and first_response_at is None:
        return _("No first response in time (limit %(due)s).") % {"due": _moment(due)}
    return None


def deadline_card(due: datetime.date | None, rule: CardRule, *, today: datetime.date,
                  overrides: dict | None = None) -> tuple[str, str] | None:
    """The (level, reason) a deadline alone gives today, or None: due within the rule's warning days → warning;
    past it → yellow; past it by more than the rule's working days → red. Matters and the commitments of
    talks (ranking.talks) are carded by this one rule; ``overrides`` (workdays.calendar.overrides_between)
    spares a query per deadline when many are carded at once."""
    if due is None:
        return None
    if due < today:
        late_days = working_days_between(due, today, overrides)
        if late_days > rule.red_after_days:
            return Card.Level.RED, _("Overdue by %(n)s working days (deadline %(due)s).") % {
                "n": late_days, "due": due.isoformat()}
        return Card.Level.YELLOW, _("Overdue since %(due)s.") % {"due": due.isoformat()}
    left = working_days_between(today, due, overrides)
    if left <= rule.warning_days:
        return Card.Level.WARNING, _("Due in %(n)s working days (deadline %(due)s).") % {
            "n": left, "due": due.isoformat()}
    return None


# Worst first, to choose between the deadline's card and the next milestone's.
SEVERITY = [Card.Level.RED, Card.Level.YELLOW, Card.Level.WARNING]


def milestone_card(milestone: tuple[str, datetime.date] | None, rule: CardRule, *,
                   today: datetime.date) -> tuple[str, str] | None:
    """The card the approved work plan's next milestone not reached (title, day) gives today: as a deadline."""
    if milestone is None:
        return None
    title, due = milestone
    card = deadline_card(due, rule, today=today)
    if card is None:
        return None
    return card[0], _("Milestone “%(title)s”: %(reason)s") % {"title": title, "reason": card[1]}


def _worse(*cards):
    held = [card for card in cards if card is not None]
    return min(held, key=lambda card: SEVERITY.index(card[0])) if held else None


def card_for(
    matter: Matter, rule: CardRule, *, reopenings: int, today: datetime.date, late: str | None = None,
    milestone: tuple[str, datetime.date] | None = None,
) -> tuple[str, str] | None:
    """The (level, reason) the rule gives this matter today, or None; ``late`` is what late_step says of its
    current assignment, ``milestone`` the (title, day) of its approved work plan's next milestone not reached."""
    if matter.state not in OPEN_FOR_CARDS:
        return None
    if reopenings >= rule.red_reopenings:
        return Card.Level.RED, _("Reopened %(n)s times.") % {"n": reopenings}
    if matter.state not in AWAITING_UNIT:
        return None
    by_deadline = _worse(deadline_card(matter.due, rule, today=today),
                         milestone_card(milestone, rule, today=today))
    if by_deadline is not None and by_deadline[0] != Card.Level.WARNING:
        return by_deadline
    if late:
        return Card.Level.YELLOW, late
    return by_deadline


def default_rule() -> CardRule:
    """The rule of everything without a category of its own: the default row, else the built-in defaults."""
    return CardRule.objects.filter(category=None).first() or CardRule()


def candidates():
    latest = Assignment.objects.filter(matter=OuterRef("pk")).order_by("-assigned_at", "-id")
    next_milestone = Milestone.objects.filter(
        plan__matter=OuterRef("pk"), plan__status=WorkPlan.Status.APPROVED, reached_at=None,
    ).order_by("due", "id")
    return Matter.objects.filter(
        Q(state__in=OPEN_FOR_CARDS) | Q(cards__cleared_at=None, cards__isnull=False)
    ).distinct().annotate(
        reopenings=Count("trail", filter=Q(trail__action__in=REOPENING_ACTIONS)),
        current_assignment_id=Subquery(latest.values("pk")[:1]),
        milestone_due=Subquery(next_milestone.values("due")[:1]),
        milestone_title=Subquery(next_milestone.values("title")[:1]),
    )


def _current_assignments(matters: list[Matter]) -> dict[int, Assignment]:
    """The current assignment of each matter a unit handles, with the moment of its first response."""
    ids = [matter.current_assignment_id for matter in matters if matter.state in AWAITING_UNIT]
    rows = Assignment.objects.filter(pk__in=ids).annotate(
        first_contact_at=Min("contacts__contacted_at"), first_answer_at=Min("responses__at"),
    )
    return {row.pk: row for row in rows}


def _first_response_at(assignment: Assignment):
    moments = [moment for moment in (assignment.first_contact_at, assignment.first_answer_at) if moment]
    return min(moments) if moments else None


@transaction.atomic
def compute_cards(*, today: datetime.date | None = None) -> dict:
    """Issue, change or clear each matter's card so that it says what the rules say today.

    Running it again the same day changes nothing. Reasons are written in the deployment's language."""
    with translation.override(settings.LANGUAGE_CODE):
        return _compute_cards(today)


def _compute_cards(today):
    today = today or clock.today()
    now = clock.now()
    # The step limits are moments: on a day other than today, they are judged at that day's end.
    judged_at = now if today == clock.today() else parsing.end_of(today)
    rules = _rules()
    active = {card.matter_id: card for card in Card.objects.filter(cleared_at=None)}
    issued = cleared = 0
    matters = list(candidates())
    assignments = _current_assignments(matters)
    for matter in matters:
        assignment = assignments.get(matter.current_assignment_id)
        late = assignment and late_step(assignment, first_response_at=_first_response_at(assignment), now=judged_at)
        wanted = card_for(
            matter, rule_for(matter.category_id, rules), reopenings=matter.reopenings, today=today, late=late,
            milestone=(matter.milestone_title, matter.milestone_due) if matter.milestone_due else None,
        )
        card = active.get(matter.pk)
        if card and wanted and (card.level, card.reason) == wanted:
            continue
        if card and (wanted is None or card.level != wanted[0]):
            Card.objects.filter(pk=card.pk).update(cleared_at=now)
            cleared += 1
            card = None
        if wanted and card:
            # Same level, a new count of days: keep the card, refresh its reason.
            Card.objects.filter(pk=card.pk).update(reason=wanted[1])
        elif wanted:
            Card.objects.create(matter=matter, level=wanted[0], reason=wanted[1], issued_at=now)
            issued += 1
    return {"issued": issued, "cleared": cleared}


def active_cards():
    return Card.objects.filter(cleared_at=None)

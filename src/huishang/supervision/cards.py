"""Cards by rule: due soon → warning; overdue → yellow; overdue beyond the rule's working days or reopened
too often → red. ``compute_cards`` brings the records in line with the rules and is safe to run again."""

import datetime

from django.conf import settings
from django.db import transaction
from django.db.models import Count, Q
from django.utils import translation
from django.utils.translation import gettext as _

from huishang.cases.models import Matter
from huishang.cases.states import AWAITING_UNIT, Action, State
from huishang.core import clock
from huishang.supervision.models import Card, CardRule
from huishang.workdays.calendar import working_days_between

# Matters a unit still works on: cards apply to them and are cleared once the matter is answered.
OPEN_FOR_CARDS = AWAITING_UNIT | {State.RESPONDED}
REOPENING_ACTIONS = [Action.CONTINUE, Action.REOPEN]


def rule_for(category_id, rules: dict[int | None, CardRule]) -> CardRule:
    """The category's rule, else the default rule, else the built-in defaults."""
    return rules.get(category_id) or rules.get(None) or CardRule()


def _rules() -> dict[int | None, CardRule]:
    return {rule.category_id: rule for rule in CardRule.objects.all()}


def card_for(matter: Matter, rule: CardRule, *, reopenings: int, today: datetime.date) -> tuple[str, str] | None:
    """The (level, reason) the rule gives this matter today, or None."""
    if matter.state not in OPEN_FOR_CARDS:
        return None
    if reopenings >= rule.red_reopenings:
        return Card.Level.RED, _("Reopened %(n)s times.") % {"n": reopenings}
    if matter.state not in AWAITING_UNIT or matter.due is None:
        return None
    if matter.due < today:
        late = working_days_between(matter.due, today)
        if late > rule.red_after_days:
            return Card.Level.RED, _("Overdue by %(n)s working days (deadline %(due)s).") % {
                "n": late, "due": matter.due.isoformat()}
        return Card.Level.YELLOW, _("Overdue since %(due)s.") % {"due": matter.due.isoformat()}
    left = working_days_between(today, matter.due)
    if left <= rule.warning_days:
        return Card.Level.WARNING, _("Due in %(n)s working days (deadline %(due)s).") % {
            "n": left, "due": matter.due.isoformat()}
    return None


def candidates():
    return Matter.objects.filter(
        Q(state__in=OPEN_FOR_CARDS) | Q(cards__cleared_at=None, cards__isnull=False)
    ).distinct().annotate(reopenings=Count("trail", filter=Q(trail__action__in=REOPENING_ACTIONS)))


@transaction.atomic
def compute_cards(*, today: datetime.date | None = None) -> dict:
    """Issue, change or clear each matter's card so that it says what the rules say today.

    Running it again the same day changes nothing. Reasons are written in the deployment's language."""
    with translation.override(settings.LANGUAGE_CODE):
        return _compute_cards(today)


def _compute_cards(today):
    today = today or clock.today()
    now = clock.now()
    rules = _rules()
    active = {card.matter_id: card for card in Card.objects.filter(cleared_at=None)}
    issued = cleared = 0
    for matter in candidates():
        wanted = card_for(matter, rule_for(matter.category_id, rules), reopenings=matter.reopenings, today=today)
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

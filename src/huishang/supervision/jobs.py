"""The scheduled work: cards, automatic reminders, follow-up due dates and the daily digest.

Each job is idempotent: what it sends is keyed by matter or user and day, so running it twice sends
nothing twice. The task queue (``tasks.py``) runs them; tests and ``huishang worker --once`` call them directly.
"""

import datetime

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from huishang.cases.models import Matter
from huishang.cases.selectors import visible_matters
from huishang.cases.states import AWAITING_UNIT, State
from huishang.core import clock
from huishang.directory.models import Role, User
from huishang.notifications.services import notify
from huishang.supervision.cards import active_cards, compute_cards
from huishang.supervision.models import Card, ExtensionRequest, FollowUp, Reminder
from huishang.supervision.selectors import accounts_covering
from huishang.supervision.services import deliver_reminder
from huishang.workdays.calendar import add_working_days

# Working days within which a resolved matter is followed up.
FOLLOW_UP_WORKING_DAYS = 5
# Cards that make the scheduler remind the unit every working day.
REMINDED_LEVELS = [Card.Level.WARNING, Card.Level.YELLOW, Card.Level.RED]


@transaction.atomic
def send_due_reminders(*, today: datetime.date | None = None) -> int:
    """Remind the lead unit once a day of every carded matter it still handles."""
    today = today or clock.today()
    sent = 0
    carded = active_cards().filter(level__in=REMINDED_LEVELS, matter__state__in=AWAITING_UNIT).select_related("matter")
    with translation.override(settings.LANGUAGE_CODE):
        for card in carded:
            matter = card.matter
            reminder, created = Reminder.objects.get_or_create(
                key=f"auto:{matter.pk}:{today.isoformat()}",
                defaults={"matter": matter, "unit_id": matter.lead_unit_id, "at": clock.now(),
                          "note": _("Automatic reminder: %(card)s. %(reason)s") % {
                              "card": card.get_level_display(), "reason": card.reason}},
            )
            if created:
                deliver_reminder(reminder)
                sent += 1
    return sent


@transaction.atomic
def schedule_follow_ups() -> int:
    """Give every resolved matter a follow-up due within FOLLOW_UP_WORKING_DAYS working days of its resolution."""
    made = 0
    resolved = Matter.objects.filter(state=State.RESOLVED, resolved_at__isnull=False)
    for matter in resolved.exclude(follow_ups__resolved_at=F("resolved_at")):
        made += follow_up_of(matter)[1]
    return made


def follow_up_of(matter: Matter) -> tuple[FollowUp, bool]:
    """The follow-up of the matter's current resolution, made (and True) when it has none yet."""
    resolved_on = timezone.localdate(matter.resolved_at)
    return FollowUp.objects.get_or_create(
        matter=matter, resolved_at=matter.resolved_at,
        defaults={"due": add_working_days(resolved_on, FOLLOW_UP_WORKING_DAYS)},
    )


@transaction.atomic
def announce_due_follow_ups(*, today: datetime.date | None = None) -> int:
    """Tell the office and supervision accounts over its matter, once per follow-up, that a follow-up (回访)
    fell due and is not recorded yet."""
    today = today or clock.today()
    told = 0
    due = FollowUp.objects.filter(done_at=None, due__lte=today, matter__state=State.RESOLVED).select_related("matter")
    for follow_up in due:
        matter = follow_up.matter
        for person in accounts_covering(Role.OFFICE, matter) + accounts_covering(Role.SUPERVISOR, matter):
            told += notify(person, key=f"follow-up-due:{follow_up.pk}:{person.pk}", event="supervision.follow_up_due",
                           context={"matter": matter, "follow_up": follow_up},
                           link=reverse("web:matter-detail", args=[matter.number])) is not None
    return told


def digest_for(user, today: datetime.date) -> dict:
    matters = visible_matters(user)
    cards = active_cards().filter(matter__in=matters.values("pk"))
    return {
        "today": today,
        "overdue": matters.filter(state__in=AWAITING_UNIT, due__lt=today).count(),
        "red": cards.filter(level=Card.Level.RED).count(),
        "yellow": cards.filter(level=Card.Level.YELLOW).count(),
        "warning": cards.filter(level=Card.Level.WARNING).count(),
        "pending_extensions": ExtensionRequest.objects.filter(
            matter__in=matters.values("pk"), status=ExtensionRequest.Status.PENDING).count(),
        "follow_ups_due": FollowUp.objects.filter(
            matter__in=matters.values("pk"), done_at=None, due__lte=today).count(),
    }


@transaction.atomic
def send_daily_digest(*, today: datetime.date | None = None) -> int:
    """Each supervisor gets one digest a day of what needs them in their scope."""
    today = today or clock.today()
    sent = 0
    for supervisor in User.objects.filter(role=Role.SUPERVISOR, is_active=True):
        sent += notify(supervisor, key=f"digest:{supervisor.pk}:{today.isoformat()}", event="supervision.digest",
                       context=digest_for(supervisor, today), link="/supervision/") is not None
    return sent


def run_daily(*, today: datetime.date | None = None) -> dict:
    """Everything the scheduler does each morning, in order."""
    today = today or clock.today()
    return {
        "cards": compute_cards(today=today),
        "reminders": send_due_reminders(today=today),
        "follow_ups": schedule_follow_ups(),
        "follow_ups_due": announce_due_follow_ups(today=today),
        "digests": send_daily_digest(today=today),
    }

"""Supervision figures for ``huishang stats``: cards, reminders, extension requests and follow-ups of the period."""

from django.db.models import Count, Q

from huishang.figures.selectors import Scope, percent
from huishang.supervision.models import Card, ExtensionRequest, FollowUp, Reminder


def supervision_figures(scope: Scope) -> dict:
    matters = scope.matters().values("pk")
    cards = Card.objects.filter(scope.moment_range("issued_at"), matter__in=matters).aggregate(
        warning=Count("pk", filter=Q(level=Card.Level.WARNING)), yellow=Count("pk", filter=Q(level=Card.Level.YELLOW)),
        red=Count("pk", filter=Q(level=Card.Level.RED)),
    )
    extensions = ExtensionRequest.objects.filter(scope.moment_range("requested_at"), matter__in=matters).aggregate(
        all=Count("pk"), approved=Count("pk", filter=Q(status=ExtensionRequest.Status.APPROVED)),
    )
    follow_ups = FollowUp.objects.filter(scope.moment_range("done_at"), matter__in=matters, done_at__isnull=False)
    follow_up_counts = follow_ups.aggregate(
        all=Count("pk"),
        satisfied=Count("pk", filter=Q(satisfaction__in=[
            FollowUp.Satisfaction.SATISFIED, FollowUp.Satisfaction.FAIRLY])),
    )
    return {
        "supervision": {
            "cards_warning": cards["warning"],
            "cards_yellow": cards["yellow"],
            "cards_red": cards["red"],
            "reminders": Reminder.objects.filter(scope.moment_range("at"), matter__in=matters).count(),
            "extension_requests": extensions["all"],
            "extensions_approved": extensions["approved"],
            "follow_ups": follow_up_counts["all"],
            "follow_up_satisfaction_rate": percent(follow_up_counts["satisfied"], follow_up_counts["all"]),
        }
    }

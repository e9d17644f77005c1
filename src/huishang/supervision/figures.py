"""Supervision figures for ``huishang stats``: cards, reminders, extension requests, follow-ups, work plans and review
round findings of the period."""

from django.db.models import Count, Q, QuerySet

from huishang.figures.selectors import Scope, follow_up_counts, percent
from huishang.supervision.models import Card, ExtensionRequest, Reminder, RoundMatter, WorkPlan


def _of_scope(rows: QuerySet, scope: Scope) -> QuerySet:
    # Without a region, unit or category every matter is in scope: "matter IN (all matters)" would only
    # make the database read the whole matters table for nothing.
    if scope.region or scope.unit or scope.category:
        return rows.filter(matter__in=scope.matters().values("pk"))
    return rows


def supervision_figures(scope: Scope) -> dict:
    cards = _of_scope(Card.objects.filter(scope.moment_range("issued_at")), scope).aggregate(
        warning=Count("pk", filter=Q(level=Card.Level.WARNING)), yellow=Count("pk", filter=Q(level=Card.Level.YELLOW)),
        red=Count("pk", filter=Q(level=Card.Level.RED)),
    )
    extensions = _of_scope(ExtensionRequest.objects.filter(scope.moment_range("requested_at")), scope).aggregate(
        all=Count("pk"), approved=Count("pk", filter=Q(status=ExtensionRequest.Status.APPROVED)),
    )
    follow_ups = follow_up_counts(scope)
    plans = _of_scope(WorkPlan.objects.filter(scope.moment_range("submitted_at")), scope).aggregate(
        all=Count("pk"), approved=Count("pk", filter=Q(status__in=[WorkPlan.Status.APPROVED])),
    )
    findings = _of_scope(RoundMatter.objects.filter(scope.moment_range("at")), scope).aggregate(
        all=Count("pk"), not_solved=Count("pk", filter=Q(verdict=RoundMatter.Verdict.NOT_SOLVED)),
    )
    return {
        "supervision": {
            "cards_warning": cards["warning"],
            "cards_yellow": cards["yellow"],
            "cards_red": cards["red"],
            "reminders": _of_scope(Reminder.objects.filter(scope.moment_range("at")), scope).count(),
            "extension_requests": extensions["all"],
            "extensions_approved": extensions["approved"],
            "follow_ups": follow_ups["all"],
            "follow_up_satisfaction_rate": percent(follow_ups["satisfied"] + follow_ups["fairly"], follow_ups["all"]),
            # 细化工作措施: plans submitted in the period (each submission, a replaced one too), and those approved.
            "work_plans": plans["all"],
            "work_plans_approved": plans["approved"],
            # 回访督查: matters checked by a review round in the period, and those found not solved.
            "round_findings": findings["all"],
            "round_findings_not_solved": findings["not_solved"],
        }
    }

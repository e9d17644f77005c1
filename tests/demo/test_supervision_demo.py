"""The demo's supervision is seen on the day the demo is built: a realistic mix of cards, not all red, and
its send-backs went through the supervision group's approval."""

import pytest

from huishang.cases.models import Matter
from huishang.cases.states import AWAITING_UNIT, State
from huishang.supervision.models import Card, SendBackRequest

pytestmark = pytest.mark.django_db


def test_the_demo_shows_some_warnings_some_yellow_a_few_red_cards_and_many_matters_without_one(demo_world):
    waiting = Matter.objects.filter(state__in=AWAITING_UNIT)
    levels = list(Card.objects.filter(cleared_at=None, matter__in=waiting).values_list("level", flat=True))
    counts = {level: levels.count(level) for level in Card.Level.values}
    assert counts["warning"] >= 1 and counts["yellow"] >= 1 and counts["red"] >= 1
    assert counts["red"] < counts["yellow"] + counts["warning"]
    # The matters decided long ago and still not signed for are carded for it (未按时签收); of those the units
    # signed for, most hold no card.
    unsigned = waiting.filter(state=State.ASSIGNED)
    assert Card.objects.filter(cleared_at=None, matter__in=unsigned, reason__startswith="未按时签收").exists()
    signed = waiting.exclude(state=State.ASSIGNED)
    carded = Card.objects.filter(cleared_at=None, matter__in=signed).count()
    assert signed.count() - carded > carded / 2


def test_the_demo_send_backs_were_each_approved_by_a_supervisor(demo_world):
    sent_back = Matter.objects.filter(trail__action="send_back").distinct()
    assert sent_back.exists()
    approved = SendBackRequest.objects.filter(status=SendBackRequest.Status.APPROVED)
    assert set(approved.values_list("matter", flat=True)) == set(sent_back.values_list("pk", flat=True))


def test_the_demo_runs_finished_quarterly_review_rounds_that_settle_the_pending_follow_ups(demo_world):
    from huishang.supervision.models import FollowUp, ReviewRound, RoundMatter

    rounds = ReviewRound.objects.all()
    assert rounds.count() >= 3 and not rounds.exclude(status=ReviewRound.Status.FINISHED).exists()
    checked = RoundMatter.objects.exclude(at=None)
    assert checked.filter(moved_to=State.CLOSED).count() >= 30
    assert checked.filter(plan_required=True).exists()
    # Of the follow-ups the resolved matters were waiting for, few are left.
    assert FollowUp.objects.filter(done_at=None).count() < FollowUp.objects.count() / 4
    closed = checked.filter(moved_to=State.CLOSED).first().matter
    assert closed.trail.filter(action="close", note__contains="回访督查").exists()


def test_the_demo_has_an_approved_work_plan_whose_missed_milestone_is_carded(demo_world):
    from huishang.supervision.models import WorkPlan

    plan = WorkPlan.objects.get(status=WorkPlan.Status.APPROVED)
    assert plan.progress_reports.count() >= 2 and plan.milestones.filter(reached_at__isnull=False).exists()
    card = Card.objects.get(matter=plan.matter, cleared_at=None)
    assert card.level == Card.Level.YELLOW and "完成审批手续" in card.reason

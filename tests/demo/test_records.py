"""The demo's records are believable and made the way real ones are: through the services."""

import datetime

import pytest

from huishang.assessment.rights import WORKER_RIGHTS
from huishang.cases.models import Matter
from huishang.cases.states import Action, State
from huishang.demo.seed_neijiang import ARTICLE_DAY
from huishang.directory.credit_code import is_valid
from huishang.directory.models import Organization
from huishang.insight.routing.suggestions import suggest
from huishang.meetings.models import AgendaItem
from huishang.supervision.demo import REPLANNED_NOTE

pytestmark = pytest.mark.django_db


def test_every_enterprise_has_a_valid_unique_credit_code(demo_world):
    codes = list(Organization.objects.filter(kind=Organization.Kind.ENTERPRISE).values_list("credit_code", flat=True))
    assert len(codes) >= 85
    assert all(is_valid(code) for code in codes)
    assert len(set(codes)) == len(codes)


def test_every_trail_starts_with_submission_and_each_step_starts_where_the_last_ended(demo_world):
    for matter in Matter.objects.prefetch_related("trail"):
        trail = sorted(matter.trail.all(), key=lambda entry: (entry.at, entry.id))
        assert (trail[0].action, trail[0].from_state, trail[0].to_state) == (Action.SUBMIT, "", State.SUBMITTED)
        for earlier, later in zip(trail, trail[1:]):
            assert earlier.to_state == later.from_state, matter.number
        assert trail[-1].to_state == matter.state, matter.number


def test_meetings_set_deadlines_of_15_to_90_days_and_everything_happened_before_the_article(demo_world):
    # Except the deadlines of matters still open, which the supervision demo moves to around the day the
    # demo is built (supervision.demo.REPLANNED_NOTE).
    replanned = set(Matter.objects.filter(trail__note=REPLANNED_NOTE).values_list("pk", flat=True))
    for item in AgendaItem.objects.filter(outcome=AgendaItem.Outcome.ASSIGNED).select_related("assignment", "meeting"):
        if item.assignment.matter_id not in replanned:
            assert 15 <= (item.assignment.due - item.meeting.held_on).days <= 90
    neijiang = Matter.objects.filter(region__code__startswith="5110")
    latest = max(entry.at for matter in neijiang for entry in matter.trail.all() if entry.note != REPLANNED_NOTE)
    assert latest.date() < ARTICLE_DAY
    assert all(matter.resolved_at.date() < ARTICLE_DAY for matter in neijiang.exclude(resolved_at=None))


def test_the_history_shows_reopening_sending_back_deferral_rejection_and_merging(demo_world):
    assert Matter.objects.filter(trail__action=Action.CONTINUE, state__in=[State.RESOLVED, State.CLOSED]).exists()
    assert Matter.objects.filter(trail__action=Action.SEND_BACK).exists()
    assert AgendaItem.objects.filter(outcome=AgendaItem.Outcome.DEFERRED).count() == 1
    rejected = Matter.objects.get(state=State.REJECTED)
    assert rejected.trail.get(action=Action.REJECT).note
    merged = Matter.objects.get(state=State.MERGED)
    assert merged.duplicate_of.enterprise == merged.enterprise


def test_yongchuans_survey_butler_risk_and_rights_matters_wait_for_the_office_off_every_agenda(demo_world):
    yongchuan = Matter.objects.filter(region__code="500118")
    assert {matter.source for matter in yongchuan} >= {Matter.Source.SURVEY, Matter.Source.BUTLER}
    assert yongchuan.filter(kind=Matter.Kind.RISK).exists() and yongchuan.filter(category__code=WORKER_RIGHTS).exists()
    surveyed = {matter.enterprise.name for matter in yongchuan.filter(source=Matter.Source.SURVEY)}
    assert surveyed == {"重庆磐谷动力技术有限公司", "重庆固高科技长江研究院", "文理学院新材料研究院", "重庆良工科技公司",
                        "重庆太平洋精工公司"}
    assert {matter.state for matter in yongchuan} <= {State.SUBMITTED, State.ACCEPTED}
    assert not AgendaItem.objects.filter(matter__in=yongchuan).exists()
    # The butlers' and the survey's problems came in April 2024; the union's screened risks and rights cases in 2023.
    seed_page_matters = yongchuan.filter(source__in=[Matter.Source.SURVEY, Matter.Source.BUTLER])
    assert all(matter.submitted_at.date() >= datetime.date(2024, 4, 16) for matter in seed_page_matters)


def test_a_matter_waiting_for_the_office_gets_a_routing_suggestion_learnt_from_the_demos_history(demo_world):
    waiting = Matter.objects.filter(state=State.SUBMITTED).order_by("pk").first()
    suggestion = suggest(waiting)
    assert suggestion is not None and suggestion.basis == "model" and suggestion.category is not None

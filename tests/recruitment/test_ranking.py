"""Totals come from the weights; ties are broken by interview, then written test, then the earlier application."""

import datetime
from decimal import Decimal

import pytest

from huishang.recruitment import services
from huishang.recruitment.ranking import ranking, total_score
from tests import factories as f
from tests.recruitment.rounds import DEADLINE, apply, at, proofreader_round

pytestmark = pytest.mark.django_db


def scored(round_, office, people):
    """Apply, pass review and score each (name, day, written, interview)."""
    applications = {}
    for name, day, written, interview in people:
        application, _code = apply(round_, name=name, day=datetime.date(2023, 11, day))
        services.review_application(application, by=office, approve=True)
        applications[name] = application
    with at(DEADLINE + datetime.timedelta(days=5)):
        for name, _day, written, interview in people:
            services.record_scores(applications[name], by=office, written=written, interview=interview)
    return [row["application"].name for row in ranking(round_)]


def test_the_total_follows_the_weights():
    round_ = proofreader_round(written_weight=40, interview_weight=60)
    assert total_score(round_, Decimal("80"), Decimal("90")) == Decimal("86.00")


def test_the_higher_total_ranks_first():
    office = f.office()
    order = scored(proofreader_round(office), office, [("甲", 2, 70, 70), ("乙", 3, 90, 90)])
    assert order == ["乙", "甲"]


def test_on_equal_totals_the_higher_interview_score_ranks_first():
    office = f.office()
    order = scored(proofreader_round(office), office, [("甲", 2, 90, 80), ("乙", 3, 80, 90)])
    assert order == ["乙", "甲"]


def test_on_equal_totals_and_interviews_the_earlier_application_ranks_first():
    office = f.office()
    order = scored(proofreader_round(office), office, [("甲", 4, 85, 85), ("乙", 2, 85, 85)])
    assert order == ["乙", "甲"]


def test_unequal_weights_make_the_written_score_the_second_tie_break():
    office = f.office()
    # 0.4 × 90 + 0.6 × 80 = 84 = 0.4 × 75 + 0.6 × 90: the interview decides.
    order = scored(proofreader_round(office, written_weight=40, interview_weight=60), office,
                   [("甲", 2, 90, 80), ("乙", 3, 75, 90)])
    assert order == ["乙", "甲"]


def test_the_head_count_are_proposed_for_hiring_and_ties_are_marked():
    office = f.office()
    round_ = proofreader_round(office)
    scored(round_, office, [("甲", 2, 90, 90), ("乙", 3, 80, 80), ("丙", 4, 80, 80), ("丁", 5, 70, 70)])
    rows = ranking(round_)
    assert [row["proposed"] for row in rows] == [True, True, True, False]
    assert [row["rank"] for row in rows] == [1, 2, 3, 4]
    assert [row["tie_broken"] for row in rows] == [False, True, True, False]


def test_rejected_applications_are_not_ranked():
    office = f.office()
    round_ = proofreader_round(office)
    scored(round_, office, [("甲", 2, 90, 90)])
    other, _code = apply(round_, name="乙")
    services.review_application(other, by=office, approve=False, note="材料不全")
    assert [row["application"].name for row in ranking(round_)] == ["甲"]

"""The round states how its preferences (资格证/经验者优先) count, and the ranking follows it: no effect, a bonus
added to the total, or the first tie-break; a preference a staff check found not held does not count."""

import datetime

import pytest

from huishang.core.errors import ValidationError
from huishang.recruitment import checks, services
from huishang.recruitment.ranking import ranking, rules
from tests import factories as f
from tests.recruitment.rounds import DEADLINE, apply, at, proofreader_round

pytestmark = pytest.mark.django_db
AFTER_DEADLINE = DEADLINE + datetime.timedelta(days=5)

# 甲 scores higher but claims no preference; 乙 holds both; 丙 ties 乙 on the total, holding none.
PEOPLE = [("甲", 84, 84, False, False), ("乙", 82, 82, True, True), ("丙", 80, 84, False, False)]


def ranked(office, **rule):
    round_ = proofreader_round(office, **rule)
    for day, (name, written, interview, qualification, experience) in enumerate(PEOPLE, start=2):
        application, _code = apply(round_, name=name, day=datetime.date(2023, 11, day),
                                   has_qualification=qualification, has_experience=experience)
        services.review_application(application, by=office, approve=True)
        with at(AFTER_DEADLINE):
            services.record_scores(application, by=office, written=written, interview=interview)
    return round_


def names(round_):
    return [row["application"].name for row in ranking(round_)]


def test_without_a_rule_preferences_do_not_change_the_order():
    round_ = ranked(f.office())
    assert names(round_) == ["甲", "丙", "乙"]  # 丙 and 乙 tie at 82: the higher interview first


def test_under_the_bonus_rule_each_preference_held_adds_its_points():
    round_ = ranked(f.office(), preference_rule="bonus", preference_bonus="1.5")
    assert names(round_) == ["乙", "甲", "丙"]  # 82 + 2 × 1.5 = 85 > 84
    [first, *_rest] = ranking(round_)
    assert (first["preferences"], first["bonus"], str(first["total"])) == (2, 3, "85.00")


def test_under_the_tie_break_rule_preferences_decide_equal_totals_before_the_interview():
    round_ = ranked(f.office(), preference_rule="tie_break")
    assert names(round_) == ["甲", "乙", "丙"]


def test_a_preference_a_staff_check_found_not_held_does_not_count():
    office = f.office()
    round_ = ranked(office, preference_rule="bonus", preference_bonus="1.5")
    second = round_.applications.get(name="乙")
    checks.record_check(second, by=office, condition=checks.QUALIFICATION, result="not_met",
                        note="所交资格证书系他人姓名")
    assert names(round_) == ["甲", "乙", "丙"]  # 82 + 1.5 = 83.5 < 84


def test_the_rule_is_written_out_for_every_reader():
    office = f.office()
    assert "1.50" in rules(proofreader_round(office, preference_rule="bonus", preference_bonus="1.5"))
    assert "优先" in rules(proofreader_round(office, preference_rule="tie_break"))
    assert rules(proofreader_round(office)).startswith("总成绩相同")


@pytest.mark.parametrize("rule, bonus, field", [
    ("lottery", 0, "preference_rule"), ("bonus", 0, "preference_bonus"), ("bonus", "10.5", "preference_bonus"),
    ("bonus", "x", "preference_bonus"),
])
def test_a_rule_that_cannot_be_applied_is_refused_naming_the_field(rule, bonus, field):
    with pytest.raises(ValidationError) as refused:
        proofreader_round(f.office(), preference_rule=rule, preference_bonus=bonus)
    assert refused.value.field == field


def test_a_bonus_is_kept_only_under_the_bonus_rule():
    assert proofreader_round(f.office(), preference_rule="tie_break", preference_bonus=3).preference_bonus == 0

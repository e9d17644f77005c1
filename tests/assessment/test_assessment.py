"""The union target assessment: totals from weights, ranking with ties, the order of its steps, who does what."""

from decimal import Decimal

import pytest

from huishang.assessment import services
from huishang.assessment.models import Assessment
from huishang.assessment.permissions import visible_assessments
from huishang.assessment.selectors import standings
from huishang.core.errors import InvalidTransition, NotAllowed, ValidationError
from tests import factories as f
from tests.assessment import makers as m

pytestmark = pytest.mark.django_db


def reviewing(**kwargs):
    run, organiser, indicators, participants, reviewers = m.assessment(**kwargs)
    services.open_for_reports(by=organiser, assessment=run)
    services.start_review(by=organiser, assessment=run)
    return run, organiser, indicators, participants, reviewers


def test_the_total_is_the_weighted_mean_of_the_reviewers_scores():
    run, _organiser, indicators, participants, reviewers = reviewing(weights=(60, 40), unions=1)
    m.score_all(participants, indicators, reviewers, [[(90, 80), (70, 70)]])
    # 60 × 85 / 100 + 40 × 70 / 100 = 51 + 28
    assert standings(run)[0].total == Decimal("79.00")


def test_the_ranking_puts_the_highest_total_first_and_equal_totals_share_a_rank():
    run, _organiser, indicators, participants, reviewers = reviewing(weights=(50, 50), unions=4)
    m.score_all(participants, indicators, reviewers, [
        [(80, 80), (80, 80)],   # A 80
        [(90, 90), (90, 90)],   # B 90
        [(100, 60), (80, 80)],  # C 80: ties with A
        [(70, 70), (70, 70)],   # D 70
    ])
    rows = [(row.rank, row.participant.union.name, row.total) for row in standings(run)]
    assert rows == [(1, "基层工会B", Decimal("90.00")), (2, "基层工会A", Decimal("80.00")),
                    (2, "基层工会C", Decimal("80.00")), (4, "基层工会D", Decimal("70.00"))]


def test_self_reports_open_only_when_the_weights_add_up_to_100():
    run, organiser, _indicators, _participants, _reviewers = m.assessment(weights=(60, 30))
    with pytest.raises(ValidationError) as refused:
        services.open_for_reports(by=organiser, assessment=run)
    assert refused.value.field == "weight"
    with pytest.raises(ValidationError):
        services.add_indicator(by=organiser, assessment=run, name="超出", weight=11, rule="x")
    services.add_indicator(by=organiser, assessment=run, name="补足", weight=10, rule="x")
    assert services.open_for_reports(by=organiser, assessment=run).state == Assessment.State.OPEN


def test_a_grassroots_union_reports_only_for_itself_and_only_while_reports_are_open():
    run, organiser, indicators, participants, reviewers = m.assessment()
    own = m.officer(participants[0].union)
    with pytest.raises(InvalidTransition):
        services.submit_self_report(by=own, assessment=run, indicator=indicators[0], self_score=95, evidence="台账")
    services.open_for_reports(by=organiser, assessment=run)
    report = services.submit_self_report(by=own, assessment=run, indicator=indicators[0], self_score=95,
                                         evidence="活动台账和照片")
    assert report.participant == participants[0]
    for outsider in (m.officer(m.union("未参加考核的工会")), reviewers[0], f.office()):
        with pytest.raises(NotAllowed):
            services.submit_self_report(by=outsider, assessment=run, indicator=indicators[0], self_score=90,
                                        evidence="x")
    with pytest.raises(ValidationError) as refused:
        services.submit_self_report(by=own, assessment=run, indicator=indicators[0], self_score=120, evidence="x")
    assert refused.value.field == "self_score"


def test_only_appointed_reviewers_score_and_only_during_the_review():
    run, organiser, indicators, participants, reviewers = m.assessment()
    services.open_for_reports(by=organiser, assessment=run)
    with pytest.raises(InvalidTransition):
        services.score(by=reviewers[0], participant=participants[0], indicator=indicators[0], value=90)
    services.start_review(by=organiser, assessment=run)
    services.score(by=reviewers[0], participant=participants[0], indicator=indicators[0], value=90)
    for outsider in (organiser, m.officer(participants[0].union), f.supervisor()):
        with pytest.raises(NotAllowed):
            services.score(by=outsider, participant=participants[0], indicator=indicators[0], value=100)


def test_the_result_is_published_only_when_every_union_is_scored_on_every_indicator():
    run, organiser, indicators, participants, reviewers = reviewing(weights=(50, 50), unions=2)
    services.score(by=reviewers[0], participant=participants[0], indicator=indicators[0], value=90)
    with pytest.raises(ValidationError) as refused:
        services.publish(by=organiser, assessment=run)
    assert "3" in str(refused.value.message)
    with pytest.raises(NotAllowed):
        services.publish(by=reviewers[0], assessment=run)
    m.score_all(participants, indicators, reviewers[:1], [[(90,), (80,)], [(70,), (60,)]])
    published = services.publish(by=organiser, assessment=run)
    assert published.state == Assessment.State.PUBLISHED and published.published_at is not None
    with pytest.raises(InvalidTransition):
        services.score(by=reviewers[0], participant=participants[0], indicator=indicators[0], value=10)


def test_before_publication_a_union_sees_the_assessment_it_is_in_and_others_do_not():
    run, organiser, _indicators, participants, _reviewers = m.assessment()
    assert run in visible_assessments(m.officer(participants[0].union))
    assert run not in visible_assessments(m.officer(m.union("别处的工会")))
    assert run not in visible_assessments(f.enterprise_contact())
    assert run in visible_assessments(f.supervisor(scope=f.region("500118", "永川区")))
    assert run not in visible_assessments(f.supervisor(scope=f.region("511000", "内江市")))


def test_only_the_unions_own_officers_open_its_assessment():
    federation = m.union("永川区总工会")
    with pytest.raises(NotAllowed):
        services.create_assessment(by=f.office(), title="考核", year=2023, organiser=federation)
    with pytest.raises(NotAllowed):
        services.create_assessment(by=m.officer(m.union()), title="考核", year=2023, organiser=federation)
    assert services.create_assessment(by=m.officer(federation), title="考核", year=2023, organiser=federation)

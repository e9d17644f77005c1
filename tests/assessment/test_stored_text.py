"""What organisers, unions and reviewers type into an assessment is stored printable (core.text)."""

import pytest

from huishang.assessment import services
from tests.assessment import makers as m

pytestmark = pytest.mark.django_db


def test_an_assessments_texts_reports_and_score_notes_are_stored_without_control_characters():
    run, organiser, indicators, participants, reviewers = m.assessment(weights=(60, 30))
    indicator = services.add_indicator(by=organiser, assessment=run, name="指标\u0001三", weight=10,
                                       rule="按\u0007完成情况")
    assert (indicator.name, indicator.rule) == ("指标三", "按完成情况")
    services.open_for_reports(by=organiser, assessment=run)
    report = services.submit_self_report(by=m.officer(participants[0].union), assessment=run,
                                         indicator=indicators[0], self_score=95, evidence="活动\u001b台账")
    assert report.evidence == "活动台账"
    services.start_review(by=organiser, assessment=run)
    score = services.score(by=reviewers[0], participant=participants[0], indicator=indicators[0], value=90,
                           note="材料\u0001齐全")
    assert score.note == "材料齐全"

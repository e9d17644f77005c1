"""What the office types about a survey is stored printable (core.text): no control character in a survey, a
question or an answer."""

import datetime

import pytest

from huishang.surveys import services
from tests import factories as f

pytestmark = pytest.mark.django_db


def test_a_surveys_texts_and_answers_are_stored_without_control_characters():
    office, visited = f.office(), f.enterprise()
    run = services.record_survey(
        by=office, title="专题\u0001调研", held_on=datetime.date(2024, 4, 16), region=office.region,
        organiser="区政协\u0007", summary=" 走访\u001b三家企业\r\n", enterprises=[visited], questions=["困难\u0001？"])
    run.refresh_from_db()
    assert (run.title, run.organiser, run.summary) == ("专题调研", "区政协", "走访三家企业")
    question = run.questions.get()
    assert question.text == "困难？"
    services.record_answers(by=office, survey=run, enterprise=visited, answers={question: "缺\u0000人才", })
    assert question.answers.get().text == "缺人才"

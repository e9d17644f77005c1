"""解决率 asks apart from satisfaction whether the problem is solved: on the review (required on the form and in
the API) and on the follow-up (asked on the form, optional in the API, where it defaults to the satisfaction)."""

import pytest

from huishang.cases import services as matter_services
from huishang.cases.models import Review
from huishang.cases.states import State
from huishang.core.errors import ValidationError
from huishang.supervision import services
from huishang.supervision.jobs import schedule_follow_ups
from huishang.supervision.models import FollowUp
from tests.api.client import as_user
from tests.cases.worlds import cast, matter_in
from tests.web.pages import signed_in

pytestmark = pytest.mark.django_db


def _follow_up(people):
    matter = matter_in(State.RESOLVED, people)
    schedule_follow_ups()
    return matter, FollowUp.objects.get(matter=matter)


def test_a_review_records_a_satisfied_submitter_whose_problem_is_not_solved():
    people = cast()
    matter = matter_in(State.RESPONDED, people)
    review = matter_services.review(matter, by=people.contact, satisfied=True, solved=False)
    assert (review.satisfied, review.solved) == (True, False)
    with pytest.raises(ValidationError) as refused:
        matter_services.review(matter_in(State.RESPONDED, people), by=people.contact, satisfied=True, solved="yes")
    assert refused.value.field == "solved"


def test_the_api_review_requires_the_solved_answer():
    people = cast()
    matter = matter_in(State.RESPONDED, people)
    client = as_user(people.contact)
    refused = client.post(f"/matters/{matter.number}/review", {"satisfied": True})
    assert refused.status_code == 422 and refused.json()["field"] == "solved"
    answer = client.post(f"/matters/{matter.number}/review", {"satisfied": True, "solved": False})
    assert answer.status_code == 200 and answer.json()["reviews"][0]["solved"] is False


def test_the_review_form_requires_the_solved_answer():
    people = cast()
    matter = matter_in(State.RESPONDED, people)
    page = signed_in(people.contact)
    refused = page.post(f"/matters/{matter.number}/review/", {
        "review-version": matter.version, "review-satisfied": "1", "review-method": "online"})
    assert refused.status_code == 422 and not Review.objects.exists()
    page.post(f"/matters/{matter.number}/review/", {
        "review-version": matter.version, "review-satisfied": "1", "review-solved": "0", "review-method": "online"})
    assert Review.objects.get().solved is False


def test_a_follow_up_records_whether_the_problem_is_solved_and_defaults_to_the_satisfaction():
    people = cast()
    _matter, row = _follow_up(people)
    assert services.record_follow_up(row, by=people.office, satisfaction="fairly", solved=False).solved is False
    _matter, other = _follow_up(people)
    assert services.record_follow_up(other, by=people.office, satisfaction="satisfied").solved is True
    _matter, third = _follow_up(people)
    done = services.record_follow_up(third, by=people.office, satisfaction="dissatisfied", note="仍未解决")
    assert done.solved is False


def test_the_follow_up_form_asks_and_the_api_takes_whether_the_problem_is_solved():
    people = cast()
    matter, row = _follow_up(people)
    office = signed_in(people.office)
    assert 'name="solved"' in office.get(f"/matters/{matter.number}/").content.decode()
    office.post(f"/supervision/follow-ups/{row.pk}/", {"satisfaction": "satisfied", "solved": "0"})
    row.refresh_from_db()
    assert (row.satisfaction, row.solved) == ("satisfied", False)
    _matter, other = _follow_up(people)
    answer = as_user(people.office).post(f"/supervision/follow-ups/{other.pk}",
                                         {"satisfaction": "fairly", "solved": True})
    assert answer.status_code == 200
    other.refresh_from_db()
    assert other.solved is True
